/* cloudwatch_internal.h - what the files of the cloudwatch module share: the Metric and Alarm
 * structs, the alarm handles that widgets and composite alarms take. Not installed. */
#ifndef CCDK_CLOUDWATCH_INTERNAL_H
#define CCDK_CLOUDWATCH_INTERNAL_H

#include "ccdk/cloudwatch.h"
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
    const char *label, *unit, *color;
    const char *id;             /* a Metric's renderingProperties.id */
    ccdk_tristate visible;
    const char *account, *region;             /* a Metric's given account / region (overrides) */
    const char *stack_account, *stack_region; /* attachTo's */
    const char *search_account, *search_region; /* a MathExpression's or SearchExpression's */
    int search;                                 /* a SearchExpression (expression set, no using metrics) */
    const char *warning; /* metric.warningsV2's "CloudWatch:Alarm:UnrecognizedStatistic", or NULL */
    /* a MathExpression (expression not NULL): its usingMetrics and warningsV2 */
    const char *expression;
    struct cw_using {
        const char *id;
        const ccdk_cloudwatch_metric *metric;
    } *using;
    size_t nusing;
    ccdk_kv *warns; /* warningsV2 in insertion order: {id, message} */
    size_t nwarns;
};

struct ccdk_cloudwatch_alarm {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *arn, *name;
    const ccdk_cloudwatch_metric *metric;
    ccdk_value *actions[3]; /* AlarmActions, InsufficientDataActions, OKActions: made on first use */
    const char *annotation_label; /* alarm.toAnnotation(): {label, value} */
    double threshold;
    int imported; /* Alarm.fromAlarmArn: arn and name only, no resource */
    int composite; /* a CompositeAlarm (composite_alarm.c) */
    int anomaly;   /* on an anomaly detection band: its annotation is the band's */
};

/* metric.dimensionsAsList's order: the dimensions sorted by key (an array of m->ndims, the App's) */
const ccdk_kv *ccdk__cloudwatch_sorted_dims(ccdk_app *app, const ccdk_cloudwatch_metric *m);
/* metricKey: what makes two metrics the same one (dashboards' and expressions' id checks) */
const char *ccdk__cloudwatch_metric_key(ccdk_app *app, const ccdk_cloudwatch_metric *m);
/* alarm.alarmRef.alarmArn of an Alarm, an imported alarm or a CompositeAlarm */
const char *ccdk__cloudwatch_alarm_arn_of(ccdk_cloudwatch_alarm *a);
/* alarm.alarmArn / alarm.alarmName of an alarm given a name (getResourceArnAttribute /
 * getResourceNameAttribute): its GetAtt / Ref in its environment, the name (and the ARN made of it)
 * in another */
void ccdk__cloudwatch_named_alarm(ccdk_cloudwatch_alarm *a, const char *name);
/* AlarmState's value: "ALARM", "OK", "INSUFFICIENT_DATA" */
const char *ccdk__cloudwatch_alarm_state_name(ccdk_cloudwatch_alarm_state s);

/* widgets.c: what a dashboard does with its widgets at synth and when they are added */
void ccdk__cloudwatch_widget_position(ccdk_cloudwatch_widget *w, double x, double y);
void ccdk__cloudwatch_widget_json(ccdk_cloudwatch_widget *w, ccdk_value *list, ccdk_stack *stack);
/* dashboard.c: Duration.toIsoString ("PT0S", "P1DT2H", ...); "" when the duration is a token */
const char *ccdk__cloudwatch_iso_duration(ccdk__node *scope, ccdk_duration d);
/* variable.c: variable.toJson() */
ccdk_value *ccdk__cloudwatch_variable_json(const ccdk_cloudwatch_variable *v);
void ccdk__cloudwatch_widget_warnings(ccdk_cloudwatch_widget *w, ccdk_kv **warns, size_t *n);

struct ccdk_cloudwatch_alarm_action {
    ccdk_app *app;
    const char *arn;
    ccdk_cloudwatch_alarm_action_bind_fn bind; /* an action of one's own: bind gives the ARN */
    void *ctx;
};

#endif
