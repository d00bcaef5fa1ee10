/* metrics.c - the metrics of a Lambda function, version or alias (function-base.js metric,
 * metricDuration, metricErrors, metricInvocations, metricThrottles; alias.js metric) and the static
 * Function.metricAll* of every function in the account and region. */
#include "ccdk/cloudwatch.h"
#include "lambda_internal.h"

/* MetricOptions spread over a Metric's props: what they give replaces it */
static void apply_options(ccdk_cloudwatch_metric_props *p, const ccdk_cloudwatch_metric_options *o)
{
    if (!o)
        return;
    p->statistic = o->statistic;
    p->period = o->period;
    p->label = o->label;
    p->unit = o->unit;
    p->color = o->color;
    p->id = o->id;
    p->visible = o->visible;
    p->account = o->account;
    p->region = o->region;
    if (o->dimensions.built_by_ccdk_list)
        p->dimensions = o->dimensions;
}

ccdk_cloudwatch_metric *ccdk_lambda_function_metric(void *fn, const char *metric_name, const ccdk_cloudwatch_metric_options *o)
{
    ccdk__fnbase *fb = ccdk__fnbase_of(fn); /* not an IFunction: the error is recorded */
    if (!fb) {
        if (!fn) /* no App to record it on */
            ccdk__process_error("%s: the function is NULL", __func__);
        fb = &ccdk__nil_function()->base; /* never NULL */
    }
    ccdk_app *app = fb->node.app;
    ccdk_kv dims[3] = {{"FunctionName", fb->name}, {NULL, NULL}, {NULL, NULL}};
    ccdk_lambda_alias *alias = fb->fkind == CCDK__FN_ALIAS ? (ccdk_lambda_alias *)fb : NULL;
    if (alias && alias->resource && fb->lambda) {
        /* Alias.metric: FunctionName of the function, Resource `${lambda.functionName}:${aliasName}`
         * (the name given, not the qualifier read from the ARN). An imported alias
         * (fromAliasAttributes) is a QualifiedFunctionBase: FunctionName "<function>:<alias>" only.
         * Version.metric passes `dimensions`, which the `dimensionsMap` of FunctionBase.metric
         * overrides: a version's metric is FunctionName "<function>:<version>" alone. */
        dims[0].value = fb->lambda->base.name;
        dims[1].key = "Resource";
        dims[1].value = ccdk__sprintf(app, "%s:%s", fb->lambda->base.name, alias->alias_name);
    }
    ccdk_cloudwatch_metric_props p = {.namespace_ = "AWS/Lambda", .metric_name = metric_name, .dimensions = {&ccdk__list_mark, dims, dims[1].key ? 2 : 1}};
    apply_options(&p, o); /* {..., dimensionsMap: {FunctionName...}, ...props} */
    /* .attachTo(this): the function's stack's account and region, for dashboards and alarms in
     * other environments */
    ccdk_cloudwatch_metric *m = ccdk_cloudwatch_metric_new(fn, &p);
    return fb->node.stack ? ccdk_cloudwatch_metric_attach_to(m, &fb->node) : m;
}

typedef ccdk_cloudwatch_metric *(*metric_fn)(void *x, const char *name, const ccdk_cloudwatch_metric_options *o);

/* {statistic: stat, ...props}: a statistic given in the options wins */
static ccdk_cloudwatch_metric *with_stat(metric_fn metric, void *x, const char *name, const char *stat,
                                         const ccdk_cloudwatch_metric_options *o)
{
    ccdk_cloudwatch_metric_options opts = o ? *o : (ccdk_cloudwatch_metric_options){0};
    if (!opts.statistic)
        opts.statistic = stat;
    return metric(x, name, &opts);
}

static ccdk_cloudwatch_metric *metric_with_stat(void *fn, const char *name, const char *stat, const ccdk_cloudwatch_metric_options *o)
{
    return with_stat(ccdk_lambda_function_metric, fn, name, stat, o);
}

ccdk_cloudwatch_metric *ccdk_lambda_function_metric_duration(void *fn, const ccdk_cloudwatch_metric_options *o)
{
    return metric_with_stat(fn, "Duration", "Average", o);
}
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_errors(void *fn, const ccdk_cloudwatch_metric_options *o)
{
    return metric_with_stat(fn, "Errors", "Sum", o);
}
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_invocations(void *fn, const ccdk_cloudwatch_metric_options *o)
{
    return metric_with_stat(fn, "Invocations", "Sum", o);
}
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_throttles(void *fn, const ccdk_cloudwatch_metric_options *o)
{
    return metric_with_stat(fn, "Throttles", "Sum", o);
}

/* Function.metricAll(metricName, props) and its helpers (function.ts, static): new Metric({namespace:
 * 'AWS/Lambda', metricName, ...props}), no dimension unless props.dimensionsMap gives some. The
 * helpers put their default statistic before `...props`, so a statistic given wins. aws-cdk-lib's
 * Metric needs no scope; ccdk's owner only names the App whose arena holds it. */
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_all(void *owner, const char *metric_name, const ccdk_cloudwatch_metric_options *o)
{
    ccdk_cloudwatch_metric_props p = {.namespace_ = "AWS/Lambda", .metric_name = metric_name};
    apply_options(&p, o);
    return ccdk_cloudwatch_metric_new(owner, &p);
}

static ccdk_cloudwatch_metric *metric_all_with_stat(void *owner, const char *name, const char *stat, const ccdk_cloudwatch_metric_options *o)
{
    return with_stat(ccdk_lambda_function_metric_all, owner, name, stat, o);
}

ccdk_cloudwatch_metric *ccdk_lambda_function_metric_all_errors(void *owner, const ccdk_cloudwatch_metric_options *o)
{
    return metric_all_with_stat(owner, "Errors", "sum", o);
}
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_all_duration(void *owner, const ccdk_cloudwatch_metric_options *o)
{
    return ccdk_lambda_function_metric_all(owner, "Duration", o); /* the Metric's default: Average */
}
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_all_invocations(void *owner, const ccdk_cloudwatch_metric_options *o)
{
    return metric_all_with_stat(owner, "Invocations", "sum", o);
}
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_all_throttles(void *owner, const ccdk_cloudwatch_metric_options *o)
{
    return metric_all_with_stat(owner, "Throttles", "sum", o);
}
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_all_concurrent_executions(void *owner, const ccdk_cloudwatch_metric_options *o)
{
    return metric_all_with_stat(owner, "ConcurrentExecutions", "max", o);
}
ccdk_cloudwatch_metric *ccdk_lambda_function_metric_all_unreserved_concurrent_executions(void *owner, const ccdk_cloudwatch_metric_options *o)
{
    return metric_all_with_stat(owner, "UnreservedConcurrentExecutions", "max", o);
}
