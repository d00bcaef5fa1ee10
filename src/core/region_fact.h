/* region_fact.h - Stack.regionalFact's deploy-time lookup (core/lib/private/region-lookup.ts,
 * deployTimeLookup) for an environment-agnostic stack, over a region table of the calling module's
 * own (lambda: its Lambda Insights / ADOT / Parameters and Secrets facts; s3: the static website
 * endpoints). */
#ifndef CCDK_CORE_REGION_FACT_H
#define CCDK_CORE_REGION_FACT_H

#include "synth.h"

/* a region of RegionInfo.regions: name, partition, domainSuffix */
typedef struct {
    const char *name, *partition, *domain_suffix;
} ccdk__region;

/* the '@aws-cdk/core:target-partitions' context of stack: *parts the list (NULL when unset or
 * "undefined"); -1 after aws-cdk-lib's error (on stack) when not a list. */
int ccdk__target_partitions(ccdk_stack *stack, ccdk_value **parts);
/* s with every pat replaced by rep, owned by app */
const char *ccdk__replace_all(ccdk_app *app, const char *s, const char *pat, const char *rep);
/* deployTimeLookup(stack, fact_name, regionMap or limitedRegionMap, default_value): regions is the
 * {NULL}-terminated table in RegionInfo.regions order, lookup(i, ud) the fact's value in regions[i]
 * (NULL: none). One value when all regions share it, a pattern with the region and URL suffix
 * tokens, or a CfnMapping "<FactClass>Map" in the stack; no region at all: default_value, or (NULL)
 * aws-cdk-lib's error. NULL after an error (on scope, or the App's unscoped list). */
const char *ccdk__deploy_time_lookup(const void *scope, ccdk_stack *stack, const ccdk__region *regions,
                                     const char *fact_name, const char *(*lookup)(int region, const void *ud),
                                     const void *ud, const char *default_value);

#endif
