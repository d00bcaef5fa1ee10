/* cloudwatch.c - minimal cloudwatch.Metric and cloudwatch.Alarm (aws-cdk-lib/aws-cloudwatch). */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ccdk/cloudwatch.h"
#include "ccdk/sns.h"
#include "internal.h"

struct ccdk_cloudwatch_metric {
    ccdk_app *app;
    ccdk__node *scope; /* for errors */
    const char *namespace_, *metric_name;
    ccdk_kv *dims; /* {NULL, NULL}-terminated, in the order given */
    size_t ndims;
    int dims_given; /* dimensionsMap given (maybe empty): metric.dimensions is {} rather than undefined */
    const char *statistic;
    double period;         /* seconds */
    ccdk_duration period_d; /* metric.period as given (Duration.minutes(5) by default) */
    const char *label, *unit;
};

struct ccdk_cloudwatch_alarm {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *arn, *name;
};

struct ccdk_cloudwatch_alarm_action {
    const char *arn; /* what bind() gives as alarmActionArn */
};

/* ------------------------------------------------------------------ Metric */

static double period_seconds(ccdk__node *scope, ccdk_duration d)
{
    if (!ccdk_duration_is_set(d))
        return 300;
    int ok = 1;
    double s = ccdk__duration_convert(scope, d, CCDK_TIME_SECONDS, 1, &ok);
    if (ok && s != 1 && s != 5 && s != 10 && s != 30 && fmod(s, 60) != 0) {
        ccdk__buf b = {0};
        ccdk__json_write_number(&b, s);
        ccdk__buf_putc(&b, 0);
        ccdk__unscoped_error(scope->app, "'period' must be 1, 5, 10, 30, or a multiple of 60 seconds, received %s", b.data);
        ccdk__buf_free(&b);
    }
    return s;
}

static void check_dimensions(ccdk_cloudwatch_metric *m)
{
    if (m->ndims > 30)
        ccdk__unscoped_error(m->app, "The maximum number of dimensions is 30, received %zu", m->ndims);
    for (size_t i = 0; i < m->ndims; i++) {
        const char *k = m->dims[i].key, *v = m->dims[i].value;
        if (!v) {
            ccdk__unscoped_error(m->app, "Dimension value of 'undefined' is invalid for key: %s", k);
            continue;
        }
        size_t kl = strlen(k), vl = strlen(v);
        if (kl < 1 || kl > 255)
            ccdk__unscoped_error(m->app, "Dimension name must be at least 1 and no more than 255 characters; received %s", k);
        if (!ccdk__is_unresolved(v) && (vl < 1 || vl > 255))
            ccdk__unscoped_error(m->app, "Dimension value must be at least 1 and no more than 255 characters; received %s", v);
    }
}

ccdk_cloudwatch_metric *ccdk_cloudwatch_metric_new(void *scope, const ccdk_cloudwatch_metric_props *props)
{
    ccdk__node *n = ccdk__scope(scope);
    ccdk_app *app = n->app;
    ccdk_cloudwatch_metric *m = ccdk__alloc(app, sizeof *m);
    m->app = app;
    m->scope = n;
    if (!props || !props->namespace_ || !props->metric_name)
        ccdk__error(n, "Metric requires a namespace and a metric name");
    m->namespace_ = ccdk__strdup(app, props ? props->namespace_ : NULL);
    m->metric_name = ccdk__strdup(app, props ? props->metric_name : NULL);
    const ccdk_kv *dims = props ? CCDK__NT(app, props->dimensions, "dimensionsMap") : NULL;
    size_t nd = 0;
    while (dims && dims[nd].key)
        nd++;
    m->dims = ccdk__alloc(app, (nd + 1) * sizeof *m->dims);
    for (size_t i = 0; i < nd; i++) {
        /* a later duplicate key replaces the earlier value, as in an object literal */
        size_t k = 0;
        while (k < m->ndims && strcmp(m->dims[k].key, dims[i].key))
            k++;
        m->dims[k].key = ccdk__strdup(app, dims[i].key);
        m->dims[k].value = ccdk__strdup(app, dims[i].value);
        if (k == m->ndims)
            m->ndims++;
    }
    m->dims_given = props && props->dimensions.built_by_ccdk_list;
    check_dimensions(m);
    m->statistic = ccdk__strdup(app, props && props->statistic ? props->statistic : "Average");
    m->period = period_seconds(n, props ? props->period : (ccdk_duration){0});
    m->period_d = props && ccdk_duration_is_set(props->period) ? props->period : ccdk_duration_minutes(5);
    m->label = ccdk__strdup(app, props ? props->label : NULL);
    m->unit = ccdk__strdup(app, props ? props->unit : NULL);
    return m;
}

ccdk_cloudwatch_metric *ccdk_cloudwatch_metric_with(const ccdk_cloudwatch_metric *m, const ccdk_cloudwatch_metric_options *o)
{
    if (!m)
        return NULL;
    ccdk_cloudwatch_metric *r = ccdk__alloc(m->app, sizeof *r);
    *r = *m;
    if (!o)
        return r;
    if (o->statistic)
        r->statistic = ccdk__strdup(m->app, o->statistic);
    if (ccdk_duration_is_set(o->period)) {
        r->period = period_seconds(m->scope, o->period);
        r->period_d = o->period;
    }
    if (o->label)
        r->label = ccdk__strdup(m->app, o->label);
    if (o->unit)
        r->unit = ccdk__strdup(m->app, o->unit);
    return r;
}

const char *ccdk_cloudwatch_metric_statistic(const ccdk_cloudwatch_metric *m) { return m ? m->statistic : NULL; }
double ccdk_cloudwatch_metric_period_seconds(const ccdk_cloudwatch_metric *m) { return m ? m->period : 0; }
ccdk_duration ccdk_cloudwatch_metric_period(const ccdk_cloudwatch_metric *m) { return m ? m->period_d : (ccdk_duration){0}; }
const char *ccdk_cloudwatch_metric_namespace(const ccdk_cloudwatch_metric *m) { return m ? m->namespace_ : NULL; }
const char *ccdk_cloudwatch_metric_metric_name(const ccdk_cloudwatch_metric *m) { return m ? m->metric_name : NULL; }
const char *ccdk_cloudwatch_metric_label(const ccdk_cloudwatch_metric *m) { return m ? m->label : NULL; }
const char *ccdk_cloudwatch_metric_unit(const ccdk_cloudwatch_metric *m) { return m ? m->unit : NULL; }

ccdk_kvs ccdk_cloudwatch_metric_dimensions(const ccdk_cloudwatch_metric *m)
{
    if (!m || !m->dims_given)
        return (ccdk_kvs){0};
    return (ccdk_kvs){&ccdk__list_mark, m->dims, m->ndims};
}

/* parseStatisticToFields: a simple statistic goes to Statistic, anything else to ExtendedStatistic
 * (percentile-like "p99" lowercased, ranges "TM(10%:90%)" uppercased, others as given). */
static void statistic_fields(ccdk_app *app, const char *stat, const char **simple, const char **extended)
{
    static const char *const map[][2] = {{"average", "Average"}, {"avg", "Average"},   {"minimum", "Minimum"},
                                         {"min", "Minimum"},     {"maximum", "Maximum"}, {"max", "Maximum"},
                                         {"samplecount", "SampleCount"}, {"n", "SampleCount"}, {"sum", "Sum"}};
    *simple = *extended = NULL;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strcasecmp(stat, map[i][0])) {
            *simple = map[i][1];
            return;
        }
    if (!strcasecmp(stat, "iqm")) {
        *extended = "IQM";
        return;
    }
    static const char *const singles[] = {"p", "tm", "wm", "tc", "ts", NULL};
    for (const char *const *p = singles; *p; p++) {
        size_t n = strlen(*p);
        if (strncasecmp(stat, *p, n))
            continue;
        const char *q = stat + n;
        char *end;
        if (!*q || !(isdigit((unsigned char)*q)))
            continue;
        strtod(q, &end);
        if (*end)
            continue;
        char *low = ccdk__strdup(app, stat);
        for (char *c = low; *c; c++)
            *c = (char)tolower((unsigned char)*c);
        *extended = low;
        return;
    }
    if (strchr(stat, '(') && strchr(stat, ':')) {
        char *up = ccdk__strdup(app, stat);
        for (char *c = up; *c; c++)
            *c = (char)toupper((unsigned char)*c);
        *extended = up;
        return;
    }
    *extended = stat;
}

/* ------------------------------------------------------------------ Alarm */

static const ccdk__kind kind_alarm = {.fqn = "aws-cdk-lib.aws_cloudwatch.Alarm", .class_name = "Alarm2"};

static int cmp_kv(const void *a, const void *b) { return strcmp(((const ccdk_kv *)a)->key, ((const ccdk_kv *)b)->key); }

ccdk_cloudwatch_alarm *ccdk_cloudwatch_alarm_new(void *scope, const char *id, const ccdk_cloudwatch_alarm_props *props)
{
    ccdk_cloudwatch_alarm *a = ccdk__construct(ccdk_cloudwatch_alarm, &kind_alarm, scope, id);
    ccdk_app *app = a->node.app;
    ccdk_cfn_resource *r = a->resource = ccdk__l1(a, "Resource", "AWS::CloudWatch::Alarm", "aws-cdk-lib.aws_cloudwatch.CfnAlarm");
    r->tag_kind = 1;
    a->arn = ccdk_cfn_resource_get_att(r, "Arn");
    a->name = ccdk_cfn_resource_ref(r);
    static const ccdk_cloudwatch_alarm_props empty;
    if (!props)
        props = &empty;
    if (!props->threshold.set) {
        ccdk__error(a, "threshold must be specified for standard alarms");
        return a;
    }
    if (!props->metric) {
        ccdk__error(a, "metric is required");
        return a;
    }
    if (!CCDK__ENUM_OK(a, props->comparison_operator, ccdk_cloudwatch_comparison_operator,
                       CCDK_CW_GREATER_THAN_OR_EQUAL_TO_THRESHOLD, CCDK_CW_LESS_THAN_OR_EQUAL_TO_THRESHOLD,
                       "comparisonOperator") ||
        !CCDK__ENUM_OK(a, props->treat_missing_data, ccdk_cloudwatch_treat_missing_data, CCDK_CW_TREAT_MISSING_DATA_UNSET,
                       CCDK_CW_TREAT_MISSING_DATA_MISSING, "treatMissingData"))
        return a;
    static const char *const ops[] = {"GreaterThanOrEqualToThreshold", "GreaterThanThreshold", "LessThanThreshold",
                                      "LessThanOrEqualToThreshold"};
    static const char *const tmd[] = {NULL, "breaching", "notBreaching", "ignore", "missing"};
    if (props->alarm_description)
        ccdk__res_set(r, "AlarmDescription", ccdk__v_from_string(app, props->alarm_description));
    if (props->alarm_name) {
        ccdk__res_set(r, "AlarmName", ccdk__v_from_string(app, props->alarm_name));
        a->name = ccdk__strdup(app, props->alarm_name);
    }
    unsigned op = (unsigned)props->comparison_operator;
    ccdk__res_set(r, "ComparisonOperator", ccdk__v_str(app, ops[op < 4 ? op : 0]));
    ccdk__res_set(r, "Threshold", ccdk__v_opt_num(app, props->threshold));
    if (props->datapoints_to_alarm.set)
        ccdk__res_set(r, "DatapointsToAlarm", ccdk__v_opt_num(app, props->datapoints_to_alarm));
    if (props->evaluation_periods.set)
        ccdk__res_set(r, "EvaluationPeriods", ccdk__v_opt_num(app, props->evaluation_periods));
    else
        ccdk__error(a, "evaluationPeriods is required");
    if (props->treat_missing_data > 0 && props->treat_missing_data <= CCDK_CW_TREAT_MISSING_DATA_MISSING)
        ccdk__res_set(r, "TreatMissingData", ccdk__v_str(app, tmd[props->treat_missing_data]));
    if (ccdk__tri_set(props->actions_enabled))
        ccdk__res_set(r, "ActionsEnabled", ccdk__v_bool(app, ccdk__tri_true(props->actions_enabled)));

    /* the metric (a label makes it a Metrics list with one MetricStat) */
    const ccdk_cloudwatch_metric *m = props->metric;
    ccdk_kv *dims = ccdk__alloc(app, (m->ndims + 1) * sizeof *dims);
    memcpy(dims, m->dims, m->ndims * sizeof *dims);
    qsort(dims, m->ndims, sizeof *dims, cmp_kv); /* dimensionsAsList: keys sorted */
    ccdk_value *dl = ccdk__v_list(app);
    for (size_t i = 0; i < m->ndims; i++) {
        ccdk_value *d = ccdk__v_obj(app);
        ccdk__v_set(d, "Name", ccdk__v_str(app, dims[i].key));
        ccdk__v_set(d, "Value", ccdk__v_from_string(app, dims[i].value));
        ccdk__v_push(dl, d);
    }
    if (!m->label) {
        ccdk__res_set(r, "Dimensions", dl);
        ccdk__res_set(r, "Namespace", ccdk__v_from_string(app, m->namespace_));
        ccdk__res_set(r, "MetricName", ccdk__v_from_string(app, m->metric_name));
        ccdk__res_set(r, "Period", ccdk__v_num(app, m->period));
        const char *simple, *extended;
        statistic_fields(app, m->statistic, &simple, &extended);
        if (simple)
            ccdk__res_set(r, "Statistic", ccdk__v_str(app, simple));
        if (extended)
            ccdk__res_set(r, "ExtendedStatistic", ccdk__v_str(app, extended));
        if (m->unit)
            ccdk__res_set(r, "Unit", ccdk__v_str(app, m->unit));
    } else {
        ccdk_value *metric = ccdk__v_obj(app);
        ccdk__v_set(metric, "MetricName", ccdk__v_from_string(app, m->metric_name));
        ccdk__v_set(metric, "Namespace", ccdk__v_from_string(app, m->namespace_));
        ccdk__v_set(metric, "Dimensions", dl);
        ccdk_value *ms = ccdk__v_obj(app);
        ccdk__v_set(ms, "Metric", metric);
        ccdk__v_set(ms, "Period", ccdk__v_num(app, m->period));
        ccdk__v_set(ms, "Stat", ccdk__v_str(app, m->statistic));
        if (m->unit)
            ccdk__v_set(ms, "Unit", ccdk__v_str(app, m->unit));
        ccdk_value *q = ccdk__v_obj(app);
        ccdk__v_set(q, "Id", ccdk__v_str(app, "m1"));
        ccdk__v_set(q, "Label", ccdk__v_from_string(app, m->label));
        ccdk__v_set(q, "MetricStat", ms);
        ccdk__v_set(q, "ReturnData", ccdk__v_bool(app, 1));
        ccdk_value *l = ccdk__v_list(app);
        ccdk__v_push(l, q);
        ccdk__res_set(r, "Metrics", l);
    }
    return a;
}

const char *ccdk_cloudwatch_alarm_arn(ccdk_cloudwatch_alarm *a) { return ccdk__handle_ok(a, __func__) ? a->arn : NULL; }
const char *ccdk_cloudwatch_alarm_name(ccdk_cloudwatch_alarm *a) { return ccdk__handle_ok(a, __func__) ? a->name : NULL; }
ccdk_cfn_resource *ccdk_cloudwatch_alarm_resource(ccdk_cloudwatch_alarm *a) { return ccdk__handle_ok(a, __func__) ? a->resource : NULL; }

/* ------------------------------------------------------------------ createAlarm, actions */

ccdk_cloudwatch_alarm *ccdk_cloudwatch_metric_create_alarm(const ccdk_cloudwatch_metric *m, void *scope, const char *id,
                                                           const ccdk_cloudwatch_create_alarm_options *options)
{
    if (!ccdk__object_ok(m, __func__))
        return NULL;
    static const ccdk_cloudwatch_create_alarm_options none;
    const ccdk_cloudwatch_create_alarm_options *o = options ? options : &none;
    return ccdk_cloudwatch_alarm_new(scope, id, &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_with(m, &(ccdk_cloudwatch_metric_options){.statistic = o->statistic, .period = o->period}),
        .threshold = o->threshold,
        .evaluation_periods = o->evaluation_periods,
        .datapoints_to_alarm = o->datapoints_to_alarm,
        .comparison_operator = o->comparison_operator,
        .treat_missing_data = o->treat_missing_data,
        .alarm_name = o->alarm_name,
        .alarm_description = o->alarm_description,
        .actions_enabled = o->actions_enabled,
    });
}

ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_actions_sns_action(ccdk_sns_topic *topic)
{
    if (!ccdk__arg_handle_ok(topic, __func__, "the topic"))
        return NULL;
    ccdk_app *app = ccdk__node_of(topic)->app;
    ccdk_cloudwatch_alarm_action *act = ccdk__alloc(app, sizeof *act);
    act->arn = ccdk_sns_topic_arn(topic);
    return act;
}

/* AlarmBase's Box of ARNs: Token.asList of an empty box renders nothing, so the list goes into the
 * template with its first action */
static void add_action(ccdk_cloudwatch_alarm *a, ccdk_cloudwatch_alarm_action *action, const char *prop, const char *func)
{
    if (!ccdk__target_ok(a, func) || !ccdk__arg_ok(action, func, "the action"))
        return;
    ccdk_app *app = a->node.app;
    ccdk_value *l = ccdk__res_get(a->resource, prop);
    if (!l) {
        l = ccdk__v_list(app);
        ccdk__res_set(a->resource, prop, l);
    }
    ccdk__v_push(l, ccdk__v_from_string(app, action->arn));
}

void ccdk_cloudwatch_alarm_add_alarm_action(ccdk_cloudwatch_alarm *a, ccdk_cloudwatch_alarm_action *action)
{
    add_action(a, action, "AlarmActions", __func__);
}
void ccdk_cloudwatch_alarm_add_ok_action(ccdk_cloudwatch_alarm *a, ccdk_cloudwatch_alarm_action *action)
{
    add_action(a, action, "OKActions", __func__);
}
void ccdk_cloudwatch_alarm_add_insufficient_data_action(ccdk_cloudwatch_alarm *a, ccdk_cloudwatch_alarm_action *action)
{
    add_action(a, action, "InsufficientDataActions", __func__);
}
