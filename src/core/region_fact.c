/* region_fact.c - Stack.regionalFact(factName) for an environment-agnostic stack (deployTimeLookup
 * in core/lib/private/region-lookup.ts): the region map of a fact (limited to the
 * '@aws-cdk/core:target-partitions' context when it is set), then one value when all regions share
 * it, a pattern with the region and URL suffix tokens, or a CfnMapping "<FactClass>Map" in the stack. */
#include <string.h>

#include "internal.h"
#include "region_fact.h"

#define MAX_REGIONS 256

const char *ccdk__replace_all(ccdk_app *app, const char *s, const char *pat, const char *rep)
{
    ccdk__buf b = {0};
    size_t pl = strlen(pat);
    const char *p;
    while (pl && (p = strstr(s, pat))) {
        ccdk__buf_put(&b, s, (size_t)(p - s));
        ccdk__buf_puts(&b, rep);
        s = p + pl;
    }
    ccdk__buf_puts(&b, s);
    const char *r = ccdk__strndup(app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    return r;
}

int ccdk__target_partitions(ccdk_stack *stack, ccdk_value **parts_out)
{
    ccdk_value *parts = ccdk__node_context(&stack->node, "@aws-cdk/core:target-partitions");
    if (parts && parts->kind == CCDK__V_STR && !strcmp(parts->u.str.s, "undefined"))
        parts = NULL;
    *parts_out = NULL;
    if (parts && parts->kind != CCDK__V_LIST) {
        ccdk__buf b = {0};
        ccdk__json_write(&b, parts, 0);
        ccdk__error(stack, "Context value '@aws-cdk/core:target-partitions' should be a list of strings, got: %s",
                    b.data ? b.data : "");
        ccdk__buf_free(&b);
        return -1;
    }
    *parts_out = parts;
    return 0;
}

const char *ccdk__deploy_time_lookup(const void *scope, ccdk_stack *stack, const ccdk__region *regions,
                                     const char *fact_name, const char *(*lookup)(int region, const void *ud),
                                     const void *ud, const char *default_value)
{
    ccdk_app *app = stack->node.app;
    ccdk_value *parts;
    if (ccdk__target_partitions(stack, &parts) != 0)
        return NULL;
    /* the region map: RegionInfo.regionMap or limitedRegionMap */
    int idx[MAX_REGIONS];
    const char *val[MAX_REGIONS];
    int n = 0;
    for (int i = 0; regions[i].name && n < MAX_REGIONS; i++) {
        const char *v = lookup(i, ud);
        if (!v)
            continue;
        if (parts) {
            int in = 0;
            for (size_t k = 0; k < parts->u.list.n && !in; k++) {
                ccdk_value *p = parts->u.list.items[k];
                in = p->kind == CCDK__V_STR && !strcmp(p->u.str.s, regions[i].partition);
            }
            if (!in)
                continue;
        }
        idx[n] = i;
        val[n++] = v;
    }
    if (n == 0) {
        if (default_value)
            return default_value;
        ccdk__unscoped_error(app, "region-info: don't have any information for %s. Use 'Fact.register' to provide values, or "
                                  "add partitions to the '@aws-cdk/core:target-partitions' context value.",
                             fact_name);
        return NULL;
    }
    /* findValuePattern */
    const char *simple[MAX_REGIONS];
    int suffixes_same = 1, all_have_suffix = 1, all_have_region = 1;
    for (int k = 0; k < n; k++) {
        const ccdk__region *r = &regions[idx[k]];
        simple[k] = val[k];
        suffixes_same &= !strcmp(r->domain_suffix, regions[idx[0]].domain_suffix);
        all_have_suffix &= strstr(val[k], r->domain_suffix) != NULL;
    }
    if (!suffixes_same && all_have_suffix) {
        const char *tok = ccdk_aws_url_suffix(stack);
        for (int k = 0; k < n; k++)
            simple[k] = ccdk__replace_all(app, simple[k], regions[idx[k]].domain_suffix, tok);
    }
    for (int k = 0; k < n; k++)
        all_have_region &= strstr(simple[k], regions[idx[k]].name) != NULL;
    if (all_have_region) {
        const char *tok = ccdk_aws_region(stack);
        for (int k = 0; k < n; k++)
            simple[k] = ccdk__replace_all(app, simple[k], regions[idx[k]].name, tok);
    }
    int same = 1;
    for (int k = 1; k < n; k++)
        same &= !strcmp(simple[k], simple[0]);
    if (same)
        return simple[0];
    /* a CfnMapping "<FactClass>Map" in the stack (ucfirst of the part before ':'), one row per region;
     * the key is the part after ':' with every character not [a-zA-Z0-9] replaced by 'x' */
    const char *colon = strchr(fact_name, ':');
    const char *fact_class = colon ? ccdk__strndup(app, fact_name, (size_t)(colon - fact_name)) : fact_name;
    char *key = ccdk__strdup(app, colon ? colon + 1 : "value");
    for (char *p = key; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
            *p = 'x';
    char *map_id = (char *)ccdk__sprintf(app, "%sMap", fact_class);
    if (*map_id >= 'a' && *map_id <= 'z')
        *map_id = (char)(*map_id - 'a' + 'A');
    ccdk__node *mn = ccdk__node_find_child(&stack->node, map_id);
    ccdk_value *obj = NULL;
    if (mn) {
        /* a mapping this file created keeps its object in its own node context */
        obj = mn->ext && mn->ext->context ? ccdk__v_get(mn->ext->context, "ccdk:regional-fact-mapping") : NULL;
        if (!obj) {
            ccdk__error(scope, "There is already a Construct with name '%s' in Stack [%s]", map_id, stack->node.id);
            return NULL;
        }
    } else {
        obj = ccdk__v_obj(app);
        ccdk_cfn_mapping *m = ccdk_cfn_mapping_new(stack, map_id, obj);
        mn = ccdk__node_of(m);
        ccdk__ext(mn)->context = ccdk__v_obj(app);
        ccdk__v_set(mn->ext->context, "ccdk:regional-fact-mapping", obj);
    }
    for (int k = 0; k < n; k++) {
        const char *region = regions[idx[k]].name;
        ccdk_value *row = ccdk__v_get(obj, region);
        if (!row) {
            row = ccdk__v_obj(app);
            ccdk__v_set(obj, region, row);
        }
        ccdk__v_set(row, key, ccdk__v_str(app, val[k]));
    }
    return ccdk_cfn_mapping_find_in_map((ccdk_cfn_mapping *)mn, ccdk_aws_region(stack), key);
}

/* region-info's IS_OPT_IN_REGION facts of aws-cdk-lib 2.276.0 */
int ccdk__region_is_opt_in(const char *region)
{
    static const char *const opt_in[] = {
        "af-south-1",     "ap-east-1",      "ap-east-2",      "ap-south-2",     "ap-southeast-3", "ap-southeast-4",
        "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-west-1",      "eu-central-2",   "eu-south-1",
        "eu-south-2",     "il-central-1",   "me-central-1",   "me-south-1",     "me-west-1",      "mx-central-1",
    };
    for (size_t i = 0; region && i < sizeof opt_in / sizeof *opt_in; i++)
        if (strcmp(region, opt_in[i]) == 0)
            return 1;
    return 0;
}
