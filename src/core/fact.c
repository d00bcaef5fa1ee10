/* fact.c - region-info's Fact.register / Fact.find and Stack.regionalFact (core/lib/stack.ts).
 * aws-cdk-lib keeps registered facts in one process-wide database (Fact.database); ccdk keeps them
 * per App, beside the built-in facts of facts_table.c, so two Apps of one program do not see each
 * other's facts. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "region_fact.h"

static int fact_cmp(const void *key, const void *elem)
{
    const char *const *k = key; /* {region, name} */
    const ccdk__fact *f = elem;
    int c = strcmp(k[1], ccdk__facts_pool + f->name);
    return c ? c : strcmp(k[0], ccdk__regions[f->region].name);
}

static const char *builtin_fact(const char *region, const char *name)
{
    const char *key[2] = {region, name};
    const ccdk__fact *f = bsearch(key, ccdk__facts, ccdk__nfacts, sizeof *ccdk__facts, fact_cmp);
    return f ? ccdk__facts_pool + f->value : NULL;
}

const char *ccdk__fact_find(ccdk_app *app, const char *region, const char *name)
{
    if (!region || !name)
        return NULL;
    ccdk_value *rf = app && app->facts ? ccdk__v_get(app->facts, region) : NULL;
    ccdk_value *v = rf ? ccdk__v_get(rf, name) : NULL;
    if (v && v->kind == CCDK__V_STR)
        return v->u.str.s;
    return builtin_fact(region, name);
}

const char *ccdk_fact_find(ccdk_app *app, const char *region, const char *name)
{
    if (app && !ccdk__handle_ok(app, __func__))
        return NULL;
    return ccdk__fact_find(app, region, name);
}

int ccdk_fact_register(ccdk_app *app, const char *region, const char *name, const char *value, int allow_replacing)
{
    if (!ccdk__target_ok(app, __func__) || !ccdk__arg_ok(region, __func__, "region") ||
        !ccdk__arg_ok(name, __func__, "name"))
        return -1;
    const char *have = ccdk__fact_find(app, region, name);
    if (have && (!value || strcmp(have, value) != 0) && !allow_replacing) {
        /* RegionFactError (not a ValidationError: no construct path) */
        ccdk__unscoped_error(app, "Region %s already has a fact %s, with value %s", region, name, have);
        return -1;
    }
    if (!value) /* Fact.register of an undefined value changes nothing */
        return 0;
    if (!app->facts)
        app->facts = ccdk__v_obj(app);
    ccdk_value *rf = ccdk__v_get(app->facts, region);
    if (!rf) {
        rf = ccdk__v_obj(app);
        ccdk__v_set(app->facts, region, rf);
    }
    ccdk__v_set(rf, name, ccdk__v_str(app, value));
    return 0;
}

/* partitionInformation(region).partition (aws-entities.ts): by the region's prefix */
static const char *partition_of(const char *region)
{
    static const char *const map[][2] = {
        {"cn-", "aws-cn"},        {"us-gov-", "aws-us-gov"}, {"us-iso-", "aws-iso"},   {"us-isob-", "aws-iso-b"},
        {"us-isof-", "aws-iso-f"}, {"eu-isoe-", "aws-iso-e"}, {"eusc-de-", "aws-eusc"},
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strncmp(region, map[i][0], strlen(map[i][0])))
            return map[i][1];
    return "aws";
}

typedef struct {
    ccdk_app *app;
    const ccdk__region *regions;
    const char *name;
} lookup_ud;

static const char *lookup(int i, const void *p)
{
    const lookup_ud *ud = p;
    return ccdk__fact_find(ud->app, ud->regions[i].name, ud->name);
}

/* RegionInfo.regions (Fact.regions): the known regions, then those only facts app registered name
 * (in the order first registered), each with its URL suffix: its domainSuffix fact, else
 * amazonaws.com (region-lookup.ts urlSuffix). {NULL}-terminated, owned by app. */
static const ccdk__region *all_regions(ccdk_app *app)
{
    size_t nknown = 0, nextra = 0;
    while (ccdk__regions[nknown].name)
        nknown++;
    if (app->facts)
        for (uint32_t k = 0; k < app->facts->u.obj.n; k++)
            nextra += !builtin_fact(app->facts->u.obj.e[k].key, "partition");
    ccdk__region *regions = ccdk__alloc(app, (nknown + nextra + 1) * sizeof *regions);
    size_t n = 0;
    for (size_t i = 0; i < nknown; i++)
        regions[n++] = ccdk__regions[i];
    if (app->facts)
        for (uint32_t k = 0; k < app->facts->u.obj.n; k++) {
            const char *r = app->facts->u.obj.e[k].key;
            if (builtin_fact(r, "partition"))
                continue;
            regions[n].name = r;
            regions[n++].partition = partition_of(r);
        }
    for (size_t i = 0; i < n; i++) {
        const char *ds = ccdk__fact_find(app, regions[i].name, "domainSuffix");
        regions[i].domain_suffix = ds ? ds : "amazonaws.com";
    }
    regions[n].name = NULL;
    return regions;
}

int ccdk__fact_in_any_region(ccdk_app *app, const char *fact_name)
{
    for (const ccdk__region *r = all_regions(app); r->name; r++)
        if (ccdk__fact_find(app, r->name, fact_name))
            return 1;
    return 0;
}

const char *ccdk__regional_fact_agnostic(const void *scope, ccdk_stack *stack, const char *fact_name,
                                         const char *default_value)
{
    ccdk_app *app = stack->node.app;
    const ccdk__region *regions = all_regions(app);
    lookup_ud ud = {app, regions, fact_name};
    return ccdk__deploy_time_lookup(scope, stack, regions, fact_name, lookup, &ud, default_value);
}

const char *ccdk_stack_regional_fact(ccdk_stack *stack, const char *fact_name, const char *default_value)
{
    if (!ccdk__target_ok(stack, __func__) || !ccdk__arg_ok(fact_name, __func__, "fact_name"))
        return NULL;
    ccdk_app *app = stack->node.app;
    const char *region = ccdk_stack_region(stack);
    if (!ccdk_token_is_unresolved(region)) {
        const char *ret = ccdk__fact_find(app, region, fact_name);
        if (!ret)
            ret = default_value;
        if (!ret)
            ccdk__error(stack, "region-info: don't know %s for region %s. Use 'Fact.register' to provide this value.",
                        fact_name, region);
        return ret;
    }
    return ccdk__regional_fact_agnostic(stack, stack, fact_name, default_value);
}
