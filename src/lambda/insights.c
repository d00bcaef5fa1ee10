/* insights.c - lambda.LambdaInsightsVersion: the layer ARN of a version for the function's
 * region and architecture (a literal, a region pattern, or a CfnMapping for env-agnostic stacks,
 * as Stack.regionalFact does), the layer and the managed policy on the function. */
#include <string.h>

#include "ccdk/lambda_insights.h"
#include "ccdk/lambda_versions.h"
#include "insights_table.h"
#include "lambda_internal.h"

#define CCDK__LI_DEF(sym) const ccdk_lambda_insights_version ccdk_lambda_insights_version_##sym = {#sym, NULL};
CCDK_LAMBDA_INSIGHTS_VERSIONS(CCDK__LI_DEF)
#undef CCDK__LI_DEF

static const ccdk_lambda_insights_version *insights_version_new(void *owner, const char *version, const char *arn)
{
    ccdk_app *app = ccdk__app_of(owner);
    if (!app)
        return NULL;
    ccdk_lambda_insights_version *v = ccdk__alloc(app, sizeof *v);
    v->version = ccdk__strdup(app, version);
    v->arn = ccdk__strdup(app, arn);
    return v;
}

const ccdk_lambda_insights_version *ccdk_lambda_insights_version_from_insights_version(void *owner, const char *version)
{
    return insights_version_new(owner, version, NULL);
}

const ccdk_lambda_insights_version *ccdk_lambda_insights_version_from_insight_version_arn(void *owner, const char *arn)
{
    return insights_version_new(owner, NULL, arn);
}

/* "1_0_98_0" (constants) and "1.0.98.0" (fromInsightsVersion) name the same version */
static const char *dotted(ccdk_app *app, const char *v)
{
    char *d = ccdk__strdup(app, v);
    for (char *p = d; *p; p++)
        if (*p == '_')
            *p = '.';
    return d;
}

static const char *lookup(const char *version, const char *arch, int region)
{
    for (const ccdk__insights_arn *a = ccdk__insights_arns; a->version; a++)
        if (a->region == region && !strcmp(a->version, version) && !strcmp(a->arch, arch))
            return a->arn;
    return NULL;
}

static int region_index(const char *name)
{
    for (int i = 0; ccdk__insights_regions[i].name; i++)
        if (!strcmp(ccdk__insights_regions[i].name, name))
            return i;
    return -1;
}

static const char *replace_all(ccdk_app *app, const char *s, const char *pat, const char *rep)
{
    ccdk__buf b = {0};
    size_t pl = strlen(pat);
    const char *p;
    while ((p = strstr(s, pat))) {
        ccdk__buf_put(&b, s, (size_t)(p - s));
        ccdk__buf_puts(&b, rep);
        s = p + pl;
    }
    ccdk__buf_puts(&b, s);
    const char *r = ccdk__strndup(app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    return r;
}

#define MAX_REGIONS 256

/* Stack.regionalFact(cloudwatch-lambda-insights-version:<v>_<arch>) for an env-agnostic stack. */
static const char *regional_fact(ccdk_lambda_function *fn, ccdk_stack *stack, const char *version, const char *arch)
{
    ccdk_app *app = fn->base.node.app;
    const char *fact_param = ccdk__sprintf(app, "%s_%s", replace_all(app, version, ".", "_"), arch);
    const char *fact_name = ccdk__sprintf(app, "cloudwatch-lambda-insights-version:%s", fact_param);
    ccdk_value *parts = ccdk__node_context(&stack->node, "@aws-cdk/core:target-partitions");
    if (parts && parts->kind == CCDK__V_STR && !strcmp(parts->u.str.s, "undefined"))
        parts = NULL;
    if (parts && parts->kind != CCDK__V_LIST) {
        ccdk__buf b = {0};
        ccdk__json_write(&b, parts, 0);
        ccdk__error(stack, "Context value '@aws-cdk/core:target-partitions' should be a list of strings, got: %s",
                    b.data ? b.data : "");
        ccdk__buf_free(&b);
        return NULL;
    }
    /* the region map: RegionInfo.regionMap or limitedRegionMap */
    int idx[MAX_REGIONS];
    const char *val[MAX_REGIONS];
    int n = 0;
    for (int i = 0; ccdk__insights_regions[i].name && n < MAX_REGIONS; i++) {
        const char *arn = lookup(version, arch, i);
        if (!arn)
            continue;
        if (parts) {
            int in = 0;
            for (size_t k = 0; k < parts->u.list.n && !in; k++) {
                ccdk_value *p = parts->u.list.items[k];
                in = p->kind == CCDK__V_STR && !strcmp(p->u.str.s, ccdk__insights_regions[i].partition);
            }
            if (!in)
                continue;
        }
        idx[n] = i;
        val[n++] = arn;
    }
    if (n == 0) {
        ccdk__unscoped_error(app, "region-info: don't have any information for %s. Use 'Fact.register' to provide values, or "
                                  "add partitions to the '@aws-cdk/core:target-partitions' context value.",
                             fact_name);
        return NULL;
    }
    /* findValuePattern */
    const char *simple[MAX_REGIONS];
    int suffixes_same = 1, all_have_suffix = 1, all_have_region = 1;
    for (int k = 0; k < n; k++) {
        const ccdk__insights_region *r = &ccdk__insights_regions[idx[k]];
        simple[k] = val[k];
        suffixes_same &= !strcmp(r->domain_suffix, ccdk__insights_regions[idx[0]].domain_suffix);
        all_have_suffix &= strstr(val[k], r->domain_suffix) != NULL;
    }
    if (!suffixes_same && all_have_suffix) {
        const char *tok = ccdk_aws_url_suffix(stack);
        for (int k = 0; k < n; k++)
            simple[k] = replace_all(app, simple[k], ccdk__insights_regions[idx[k]].domain_suffix, tok);
    }
    for (int k = 0; k < n; k++)
        all_have_region &= strstr(simple[k], ccdk__insights_regions[idx[k]].name) != NULL;
    if (all_have_region) {
        const char *tok = ccdk_aws_region(stack);
        for (int k = 0; k < n; k++)
            simple[k] = replace_all(app, simple[k], ccdk__insights_regions[idx[k]].name, tok);
    }
    int same = 1;
    for (int k = 1; k < n; k++)
        same &= !strcmp(simple[k], simple[0]);
    if (same)
        return simple[0];
    /* a CfnMapping "<FactClass>Map" in the stack, one row per region */
    const char *map_id = "Cloudwatch-lambda-insights-versionMap";
    char *key = ccdk__strdup(app, fact_param);
    for (char *p = key; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
            *p = 'x';
    ccdk__node *mn = ccdk__node_find_child(&stack->node, map_id);
    ccdk_value *obj = NULL;
    if (mn) {
        /* a mapping this file created keeps its object in its own node context */
        obj = mn->ext && mn->ext->context ? ccdk__v_get(mn->ext->context, "ccdk:insights-mapping") : NULL;
        if (!obj) {
            ccdk__error(fn, "There is already a Construct with name '%s' in Stack [%s]", map_id, stack->node.id);
            return NULL;
        }
    } else {
        obj = ccdk__v_obj(app);
        ccdk_cfn_mapping *m = ccdk_cfn_mapping_new(stack, map_id, obj);
        mn = ccdk__node_of(m);
        ccdk__ext(mn)->context = ccdk__v_obj(app);
        ccdk__v_set(mn->ext->context, "ccdk:insights-mapping", obj);
    }
    for (int k = 0; k < n; k++) {
        const char *region = ccdk__insights_regions[idx[k]].name;
        ccdk_value *row = ccdk__v_get(obj, region);
        if (!row) {
            row = ccdk__v_obj(app);
            ccdk__v_set(obj, region, row);
        }
        ccdk__v_set(row, key, ccdk__v_str(app, val[k]));
    }
    return ccdk_cfn_mapping_find_in_map((ccdk_cfn_mapping *)mn, ccdk_aws_region(stack), key);
}

/* LambdaInsightsVersion._bind(fn, fn).arn */
static const char *insights_arn(ccdk_lambda_function *fn, const ccdk_lambda_insights_version *iv)
{
    ccdk_app *app = fn->base.node.app;
    if (iv->arn)
        return iv->arn;
    if (!iv->version) {
        ccdk__error(fn, "insightsVersion needs a version or an ARN");
        return NULL;
    }
    const char *version = dotted(app, iv->version);
    const char *arch = fn->architecture ? fn->architecture->name : "x86_64";
    int exists = 0;
    for (const ccdk__insights_arn *a = ccdk__insights_arns; a->version && !exists; a++)
        exists = !strcmp(a->version, version) && !strcmp(a->arch, arch);
    if (!exists) {
        ccdk__error(fn, "Insights version %s does not exist.", version);
        return NULL;
    }
    ccdk_stack *stack = fn->base.node.stack;
    if (stack->region && !ccdk__is_unresolved(stack->region)) {
        int ri = region_index(stack->region);
        const char *arn = ri >= 0 ? lookup(version, arch, ri) : NULL;
        if (!arn)
            ccdk__error(fn, "Insights version %s is not supported in region %s", version, stack->region);
        return arn;
    }
    return regional_fact(fn, stack, version, arch);
}

/* Function.configureLambdaInsights(props), the last step of the Function constructor */
void ccdk__fn_step_insights(ccdk__fn_ctor *c)
{
    ccdk_lambda_function *fn = c->fn;
    const ccdk_lambda_insights_version *iv = c->props->insights_version;
    if (!fn || !iv)
        return;
    const char *arn = insights_arn(fn, iv);
    if (!arn)
        return;
    if (fn->runtime != CCDK_LAMBDA_RUNTIME(FROM_IMAGE)) {
        ccdk_lambda_layer_version *l = ccdk_lambda_layer_version_from_layer_version_arn(fn, "LambdaInsightsLayer", arn);
        ccdk_lambda_function_add_layers(fn, (ccdk_lambda_layer_list)CCDK_LIST(l));
    }
    if (fn->base.role)
        ccdk_iam_role_add_managed_policy(
            fn->base.role, ccdk_iam_managed_policy_from_aws_managed_policy_name(fn, "CloudWatchLambdaInsightsExecutionRolePolicy"));
}
