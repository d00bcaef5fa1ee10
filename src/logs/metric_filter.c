/* metric_filter.c - logs.MetricFilter (aws-logs/lib/metric-filter.ts), logGroup.addMetricFilter and
 * extractMetric (its FilterPatterns are pattern.c's). */
#include <string.h>

#include "logs_internal.h"

struct ccdk_logs_metric_filter {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *metric_namespace, *metric_name;
};

static const ccdk__kind kind_metric_filter = {.fqn = "aws-cdk-lib.aws_logs.MetricFilter", .class_name = "MetricFilter2"};

ccdk_logs_metric_filter *ccdk_logs_metric_filter_new(void *scope, const char *id, const ccdk_logs_metric_filter_props *props)
{
    ccdk_logs_metric_filter *f = ccdk__construct(ccdk_logs_metric_filter, &kind_metric_filter, scope, id);
    ccdk_app *app = f->node.app;
    static const ccdk_logs_metric_filter_props none;
    if (!props)
        props = &none;
    f->metric_namespace = ccdk__strdup(app, props->metric_namespace);
    f->metric_name = ccdk__strdup(app, props->metric_name);
    const ccdk_kv *dims = CCDK__NT(app, props->dimensions, "dimensions");
    size_t nd = 0;
    while (dims && dims[nd].key)
        nd++;
    if (nd > 3) {
        ccdk__error(f, "MetricFilter only supports a maximum of 3 dimensions but received %zu.", nd);
        return f;
    }
    if (!props->log_group || !ccdk__handle_ok(props->log_group, __func__)) {
        ccdk__error(f, "logGroup is required");
        return f;
    }
    if (!props->filter_pattern) {
        ccdk__error(f, "filterPattern is required");
        return f;
    }
    if (!props->metric_namespace || !props->metric_name) {
        ccdk__error(f, "metricNamespace and metricName are required");
        return f;
    }
    ccdk_cfn_resource *r = ccdk__l1(f, "Resource", "AWS::Logs::MetricFilter", "aws-cdk-lib.aws_logs.CfnMetricFilter");
    f->resource = r;
    if (ccdk__tri_set(props->apply_on_transformed_logs))
        ccdk__res_set(r, "ApplyOnTransformedLogs", ccdk__v_bool(app, ccdk__tri_true(props->apply_on_transformed_logs)));
    if (props->filter_name)
        ccdk__res_set(r, "FilterName", ccdk__v_from_string(app, props->filter_name));
    ccdk__res_set(r, "FilterPattern", ccdk__v_from_string(app, props->filter_pattern));
    ccdk__res_set(r, "LogGroupName", ccdk__v_from_string(app, ccdk_logs_log_group_name(props->log_group)));
    /* metricTransformations: [{metricNamespace, metricName, metricValue, defaultValue, dimensions, unit}]
     * (Object.entries of the dimensions: a later duplicate key replaces the earlier value in place) */
    ccdk_value *t = ccdk__v_obj(app); /* in the template's order; tree.json takes aws-cdk-lib's */
    if (props->default_value.set)
        ccdk__v_set(t, "DefaultValue", ccdk__v_opt_num(app, props->default_value));
    if (dims) {
        ccdk_value *dl = ccdk__v_list(app);
        const char **keys = ccdk__alloc(app, (nd + 1) * sizeof *keys);
        ccdk_value **vals = ccdk__alloc(app, (nd + 1) * sizeof *vals);
        size_t n = 0;
        for (size_t i = 0; i < nd; i++) {
            size_t k = 0;
            while (k < n && strcmp(keys[k], dims[i].key))
                k++;
            keys[k] = dims[i].key;
            vals[k] = ccdk__v_from_string(app, dims[i].value);
            if (k == n)
                n++;
        }
        for (size_t i = 0; i < n; i++) {
            ccdk_value *d = ccdk__v_obj(app);
            ccdk__v_set(d, "Key", ccdk__v_str(app, keys[i]));
            ccdk__v_set(d, "Value", vals[i]);
            ccdk__v_push(dl, d);
        }
        ccdk__v_set(t, "Dimensions", dl);
    }
    ccdk__v_set(t, "MetricName", ccdk__v_from_string(app, props->metric_name));
    ccdk__v_set(t, "MetricNamespace", ccdk__v_from_string(app, props->metric_namespace));
    ccdk__v_set(t, "MetricValue", ccdk__v_from_string(app, props->metric_value ? props->metric_value : "1"));
    if (props->unit)
        ccdk__v_set(t, "Unit", ccdk__v_str(app, props->unit));
    ccdk_value *l = ccdk__v_list(app);
    ccdk__v_push(l, t);
    ccdk__res_set(r, "MetricTransformations", l);
    return f;
}

ccdk_logs_metric_filter *ccdk_logs_log_group_add_metric_filter(ccdk_logs_log_group *lg, const char *id,
                                                               const ccdk_logs_metric_filter_props *props)
{
    if (!ccdk__target_ok(lg, __func__))
        return NULL;
    ccdk_logs_metric_filter_props p = props ? *props : (ccdk_logs_metric_filter_props){0};
    p.log_group = lg;
    return ccdk_logs_metric_filter_new(lg, id, &p);
}

/* new Metric({namespace, metricName, statistic, ...options}).attachTo(owner): a metric filter's and a
 * log group's metrics (options' own statistic over the default) */
static ccdk_cloudwatch_metric *attached_metric(void *owner, const char *namespace_, const char *metric_name,
                                               const char *statistic, const ccdk_cloudwatch_metric_options *o)
{
    static const ccdk_cloudwatch_metric_options none;
    if (!o)
        o = &none;
    ccdk_cloudwatch_metric *m = ccdk_cloudwatch_metric_new(owner, &(ccdk_cloudwatch_metric_props){
                                                                      .namespace_ = namespace_,
                                                                      .metric_name = metric_name,
                                                                      .dimensions = o->dimensions,
                                                                      .statistic = o->statistic ? o->statistic : statistic,
                                                                      .period = o->period,
                                                                      .label = o->label,
                                                                      .unit = o->unit,
                                                                      .color = o->color,
                                                                      .id = o->id,
                                                                      .visible = o->visible,
                                                                      .account = o->account,
                                                                      .region = o->region,
                                                                  });
    return ccdk_cloudwatch_metric_attach_to(m, owner);
}

ccdk_cloudwatch_metric *ccdk_logs_metric_filter_metric(ccdk_logs_metric_filter *f, const ccdk_cloudwatch_metric_options *o)
{
    if (!f || !ccdk__handle_ok(f, __func__))
        return NULL;
    /* new Metric({metricName, namespace, statistic: "avg", ...props}).attachTo(this) */
    return attached_metric(f, f->metric_namespace, f->metric_name, "avg", o);
}

ccdk_cloudwatch_metric *ccdk_logs_log_group_extract_metric(ccdk_logs_log_group *lg, const char *json_field,
                                                           const char *metric_namespace, const char *metric_name)
{
    if (!ccdk__target_ok(lg, __func__))
        return NULL;
    ccdk_app *app = lg->node.app;
    const char *id = ccdk__sprintf(app, "%s_%s", metric_namespace ? metric_namespace : "undefined",
                                   metric_name ? metric_name : "undefined");
    ccdk_logs_metric_filter_new(lg, id, &(ccdk_logs_metric_filter_props){
                                            .log_group = lg,
                                            .metric_namespace = metric_namespace,
                                            .metric_name = metric_name,
                                            .filter_pattern = json_field ? ccdk_logs_filter_pattern_exists(lg, json_field) : NULL,
                                            .metric_value = json_field,
                                        });
    /* new Metric({metricName, namespace}).attachTo(this) */
    ccdk_cloudwatch_metric *m = ccdk_cloudwatch_metric_new(lg, &(ccdk_cloudwatch_metric_props){
                                                                   .namespace_ = metric_namespace,
                                                                   .metric_name = metric_name,
                                                               });
    return ccdk_cloudwatch_metric_attach_to(m, lg);
}

/* logGroup.metric(metricName, props): new Metric({namespace: "AWS/Logs", metricName, statistic:
 * "Sum", ...props}).attachTo(this). aws-cdk-lib gives it no dimension (not even LogGroupName). */
static ccdk_cloudwatch_metric *log_group_metric(ccdk_logs_log_group *lg, const char *metric_name,
                                                const ccdk_cloudwatch_metric_options *o)
{
    return attached_metric(lg, "AWS/Logs", metric_name, "Sum", o);
}

ccdk_cloudwatch_metric *ccdk_logs_log_group_metric(ccdk_logs_log_group *lg, const char *metric_name,
                                                   const ccdk_cloudwatch_metric_options *options)
{
    if (!ccdk__target_ok(lg, __func__))
        return NULL;
    return log_group_metric(lg, metric_name, options);
}

/* aws-cdk-lib's metricIncomingLogEvents is this.metric("IncomingLogs"): CloudWatch Logs' metric is
 * IncomingLogEvents, but the template must be aws-cdk-lib's, so the odd name stays. */
ccdk_cloudwatch_metric *ccdk_logs_log_group_metric_incoming_log_events(ccdk_logs_log_group *lg,
                                                                       const ccdk_cloudwatch_metric_options *options)
{
    if (!ccdk__target_ok(lg, __func__))
        return NULL;
    return log_group_metric(lg, "IncomingLogs", options);
}

ccdk_cloudwatch_metric *ccdk_logs_log_group_metric_incoming_bytes(ccdk_logs_log_group *lg,
                                                                  const ccdk_cloudwatch_metric_options *options)
{
    if (!ccdk__target_ok(lg, __func__))
        return NULL;
    return log_group_metric(lg, "IncomingBytes", options);
}

ccdk_cfn_resource *ccdk_logs_metric_filter_resource(ccdk_logs_metric_filter *f)
{
    return ccdk__handle_ok(f, __func__) ? f->resource : NULL;
}
