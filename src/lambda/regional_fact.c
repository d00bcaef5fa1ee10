/* regional_fact.c - Stack.regionalFact(factName) of Lambda's region-info facts for an
 * environment-agnostic stack: core's deployTimeLookup over RegionInfo.regions (insights_table.c). */
#include <string.h>

#include "insights_table.h"
#include "lambda_internal.h"

int ccdk__region_index(const char *name)
{
    for (int i = 0; name && ccdk__regions[i].name; i++)
        if (!strcmp(ccdk__regions[i].name, name))
            return i;
    return -1;
}

const char *ccdk__regional_fact(const void *scope, ccdk_stack *stack, const char *fact_name,
                                const char *(*lookup)(int region, const void *ud), const void *ud)
{
    return ccdk__deploy_time_lookup(scope, stack, ccdk__regions, fact_name, lookup, ud, NULL);
}
