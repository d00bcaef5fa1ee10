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

/* FactName.cloudwatchLambdaInsightsVersion(version, arch) */
static const char *fact_name_of(ccdk_app *app, const char *version, const char *arch)
{
    return ccdk__sprintf(app, "cloudwatch-lambda-insights-version:%s_%s", ccdk__replace_all(app, version, ".", "_"), arch);
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
    /* region-info's facts: the built-in ones, or those ccdk_fact_register gave the App (as
     * aws-cdk-lib's Fact.register) */
    const char *fact = fact_name_of(app, version, arch);
    if (!ccdk__fact_in_any_region(app, fact)) {
        ccdk__error(fn, "Insights version %s does not exist.", version);
        return NULL;
    }
    ccdk_stack *stack = fn->base.node.stack;
    if (stack->region && !ccdk__is_unresolved(stack->region)) {
        const char *arn = ccdk__fact_find(app, stack->region, fact);
        if (!arn)
            ccdk__error(fn, "Insights version %s is not supported in region %s", version, stack->region);
        return arn;
    }
    return ccdk__regional_fact_agnostic(fn, stack, fact, NULL);
}

/* Function.configureLambdaInsights(props), the last step of the Function constructor */
void ccdk__fn_step_insights(ccdk__fn_ctor *c)
{
    ccdk_lambda_function *fn = c->fn;
    const ccdk_lambda_insights_version *iv = c->props->insights_version;
    if (!fn || !iv)
        return;
    /* the version is bound (its ARN looked up, a CfnMapping made, its errors thrown) only for a
     * function that gets the layer: a container image function gets the managed policy alone */
    if (fn->runtime != CCDK_LAMBDA_RUNTIME(FROM_IMAGE)) {
        const char *arn = insights_arn(fn, iv);
        if (!arn)
            return;
        ccdk_lambda_layer_version *l = ccdk_lambda_layer_version_from_layer_version_arn(fn, "LambdaInsightsLayer", arn);
        ccdk_lambda_function_add_layers(fn, (ccdk_lambda_layer_list)CCDK_LIST(l));
    }
    if (fn->base.role)
        ccdk_iam_role_add_managed_policy(
            fn->base.role, ccdk_iam_managed_policy_from_aws_managed_policy_name(fn, "CloudWatchLambdaInsightsExecutionRolePolicy"));
}
