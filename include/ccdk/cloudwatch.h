/* ccdk/cloudwatch.h - the minimal CloudWatch that Lambda features need: Metric, Alarm and the SNS alarm
 * action (aws-cloudwatch-actions). */
#ifndef CCDK_CLOUDWATCH_H
#define CCDK_CLOUDWATCH_H

#include "ccdk/core.h"
#include "ccdk/iam.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_cloudwatch_metric ccdk_cloudwatch_metric;
typedef struct ccdk_cloudwatch_alarm ccdk_cloudwatch_alarm;
typedef struct ccdk_cloudwatch_alarm_action ccdk_cloudwatch_alarm_action;

/* ================================================================== Metric */

/** MetricOptions: what metric.with() and the metric helpers of other modules take. */
typedef struct {
    /** "Average", "Maximum", "max", "p99", ...; NULL: the metric's default. */
    const char *statistic;
    /** default 5 minutes */
    ccdk_duration period;
    const char *label;
    /** Unit filter ("Milliseconds", "Count", ...). */
    const char *unit;
    /** dimensionsMap: CCDK_KVS(...) replaces the metric's dimensions; not given: the metric's. */
    ccdk_kvs dimensions;
} ccdk_cloudwatch_metric_options;

typedef struct {
    const char *namespace_; /* required */
    const char *metric_name; /* required */
    /** dimensionsMap: CCDK_KVS({"FunctionName", name}); values may be tokens. */
    ccdk_kvs dimensions;
    /** default "Average"; a simple statistic ("avg", "max", "n", ...) is kept as aws-cdk-lib's
     *  Stats name ("Average", ...), "p99"-like ones lowercased, ranges ("tm(10%:90%)") uppercased,
     *  anything else as given (an Alarm on it warns "Unrecognized statistic"). */
    const char *statistic;
    ccdk_duration period;  /* default 5 minutes */
    const char *label;
    const char *unit;
} ccdk_cloudwatch_metric_props;

/** new cloudwatch.Metric(props); owner only gives the App that owns it. A missing namespace or name is
 *  aws-cdk-lib's error on owner; a bad owner goes to the process-wide list; never NULL. */
ccdk_cloudwatch_metric *ccdk_cloudwatch_metric_new(void *owner, const ccdk_cloudwatch_metric_props *props);
/** metric.with(options): a copy, owned by the App, with the given options changed (options NULL: an
 *  unchanged copy). NULL for a NULL metric, without an error. */
ccdk_cloudwatch_metric *ccdk_cloudwatch_metric_with(const ccdk_cloudwatch_metric *m, const ccdk_cloudwatch_metric_options *options);
/** Metric.grantPutMetricData(grantee): cloudwatch:PutMetricData on "*" in the grantee's identity
 *  policy (Grant.addToPrincipal). Returns 1 when a statement was added, else 0 (a NULL grantee is an
 *  error on the process-wide list). */
int ccdk_cloudwatch_metric_grant_put_metric_data(ccdk_iam_principal *grantee);
/** metric.statistic (normalized as ccdk_cloudwatch_metric_props.statistic says) and metric.period.toSeconds(). NULL / 0 for a NULL metric, without an error. */
const char *ccdk_cloudwatch_metric_statistic(const ccdk_cloudwatch_metric *m);
double ccdk_cloudwatch_metric_period_seconds(const ccdk_cloudwatch_metric *m);
/** metric.period: the Duration as given (to props or metric.with), Duration.minutes(5) when none
 *  was; a zero (unset) duration for a NULL metric, without an error. */
ccdk_duration ccdk_cloudwatch_metric_period(const ccdk_cloudwatch_metric *m);
/** metric.namespace, metric.metricName, metric.label and metric.unit (NULL when not given); owned by
 *  the App. NULL for a NULL metric, without an error. */
const char *ccdk_cloudwatch_metric_namespace(const ccdk_cloudwatch_metric *m);
const char *ccdk_cloudwatch_metric_metric_name(const ccdk_cloudwatch_metric *m);
const char *ccdk_cloudwatch_metric_label(const ccdk_cloudwatch_metric *m);
const char *ccdk_cloudwatch_metric_unit(const ccdk_cloudwatch_metric *m);
/** metric.dimensions: the dimensionsMap in the order given (a later duplicate key replaced the
 *  earlier value in place), owned by the App; values may be tokens. Not given ({0}, as undefined)
 *  when the props had no dimensions, and for a NULL metric, without an error. */
ccdk_kvs ccdk_cloudwatch_metric_dimensions(const ccdk_cloudwatch_metric *m);

/* ================================================================== MathExpression */

/** An entry of MathExpressionProps.usingMetrics: the id the expression names, and its metric (a
 *  Metric, or another MathExpression). */
typedef struct {
    const char *id;
    ccdk_cloudwatch_metric *metric;
} ccdk_cloudwatch_using_metric;
typedef CCDK_LIST_TYPE(ccdk_cloudwatch_using_metric) ccdk_cloudwatch_using_metrics;

/** MathExpressionProps (the subset ccdk supports: no color, visibility or search account/region). */
typedef struct {
    const char *expression; /* required: "a + b" */
    /** usingMetrics: CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"a", m1}, {"b", m2}), in the order
     *  aws-cdk-lib's object would list them */
    ccdk_cloudwatch_using_metrics using_metrics;
    const char *label;
    ccdk_duration period; /* default 5 minutes; the using metrics are given this period */
} ccdk_cloudwatch_math_expression_props;

/** new cloudwatch.MathExpression(props): an IMetric of the same handle type as a Metric, for an
 *  Alarm (its Metrics list: the expression, ReturnData true, then each using metric with its id,
 *  ReturnData false). Its warnings (a using metric's period overridden, identifiers the expression
 *  names without a using metric, a sub-metric's) go on the alarms made on it; an alarm on one with
 *  more than 10 using metrics is aws-cdk-lib's error on the alarm. Ids that do not match
 *  [a-z][a-zA-Z0-9_]* are aws-cdk-lib's error (without a path). metric.with changes its label and
 *  period only; the metric getters other than label, period and expression return what a Metric
 *  would not have (NULL, zero). Owned by owner's App; never NULL. Not supported: two using metrics
 *  that are the same metric (aws-cdk-lib renders them once). */
ccdk_cloudwatch_metric *ccdk_cloudwatch_math_expression_new(void *owner, const ccdk_cloudwatch_math_expression_props *props);
/** mathExpression.expression; NULL for a Metric (and for NULL). */
const char *ccdk_cloudwatch_metric_expression(const ccdk_cloudwatch_metric *m);

/* ================================================================== Alarm */

typedef enum {
    CCDK_CW_GREATER_THAN_OR_EQUAL_TO_THRESHOLD = 0, /* the default */
    CCDK_CW_GREATER_THAN_THRESHOLD,
    CCDK_CW_LESS_THAN_THRESHOLD,
    CCDK_CW_LESS_THAN_OR_EQUAL_TO_THRESHOLD
} ccdk_cloudwatch_comparison_operator;

typedef enum {
    CCDK_CW_TREAT_MISSING_DATA_UNSET = 0,
    CCDK_CW_TREAT_MISSING_DATA_BREACHING,
    CCDK_CW_TREAT_MISSING_DATA_NOT_BREACHING,
    CCDK_CW_TREAT_MISSING_DATA_IGNORE,
    CCDK_CW_TREAT_MISSING_DATA_MISSING
} ccdk_cloudwatch_treat_missing_data;

typedef struct {
    ccdk_cloudwatch_metric *metric; /* required */
    ccdk_opt_num threshold;         /* required */
    ccdk_opt_num evaluation_periods; /* required */
    ccdk_opt_num datapoints_to_alarm;
    ccdk_cloudwatch_comparison_operator comparison_operator;
    ccdk_cloudwatch_treat_missing_data treat_missing_data;
    const char *alarm_name;
    const char *alarm_description;
    ccdk_tristate actions_enabled;
    /** statistic and period (deprecated in aws-cdk-lib's AlarmProps: they override the rendered
     *  metric's Statistic/ExtendedStatistic and Period; metric.createAlarm applies them to the metric
     *  with metric.with instead) */
    const char *statistic;
    ccdk_duration period;
} ccdk_cloudwatch_alarm_props;

/** new cloudwatch.Alarm(scope, id, props). Owned by the App. A missing metric, threshold or
 *  evaluation periods is aws-cdk-lib's error on the alarm; a bad scope goes to the process-wide list;
 *  never NULL. */
ccdk_cloudwatch_alarm *ccdk_cloudwatch_alarm_new(void *scope, const char *id, const ccdk_cloudwatch_alarm_props *props);
/** alarm.alarmArn, alarm.alarmName (tokens) and the CfnAlarm; owned by the App. NULL for NULL. */
const char *ccdk_cloudwatch_alarm_arn(ccdk_cloudwatch_alarm *a);
const char *ccdk_cloudwatch_alarm_name(ccdk_cloudwatch_alarm *a);
ccdk_cfn_resource *ccdk_cloudwatch_alarm_resource(ccdk_cloudwatch_alarm *a);
/** An IAlarmAction of one's own: what its bind() returns, the alarmActionArn arn (may be a token).
 *  Owned by owner's App; never NULL (a NULL arn is an error on the App when it is added). */
ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_alarm_action_of(void *owner, const char *arn);
/** alarm.addAlarmAction(action), alarm.addInsufficientDataAction(action), alarm.addOkAction(action):
 *  the action's ARN appended to AlarmActions / InsufficientDataActions / OKActions (call again for
 *  more). An EC2 action (arn:aws:automate:<region>:ec2:...) on a metric without exactly one
 *  InstanceId dimension is aws-cdk-lib's error on the alarm. Returns 1 when added, 0 otherwise (NULL
 *  arguments: an error on the process-wide list). */
int ccdk_cloudwatch_alarm_add_alarm_action(ccdk_cloudwatch_alarm *a, ccdk_cloudwatch_alarm_action *action);
int ccdk_cloudwatch_alarm_add_insufficient_data_action(ccdk_cloudwatch_alarm *a, ccdk_cloudwatch_alarm_action *action);
int ccdk_cloudwatch_alarm_add_ok_action(ccdk_cloudwatch_alarm *a, ccdk_cloudwatch_alarm_action *action);

/** CreateAlarmOptions: metric.createAlarm's props, the alarm's without the metric. statistic and
 *  period (deprecated in aws-cdk-lib: give them to the metric) change the metric as metric.with. */
typedef struct {
    ccdk_opt_num threshold;          /* required */
    ccdk_opt_num evaluation_periods; /* required */
    ccdk_opt_num datapoints_to_alarm;
    ccdk_cloudwatch_comparison_operator comparison_operator;
    ccdk_cloudwatch_treat_missing_data treat_missing_data;
    const char *alarm_name;
    const char *alarm_description;
    ccdk_tristate actions_enabled;
    const char *statistic;
    ccdk_duration period;
} ccdk_cloudwatch_create_alarm_options;
/** metric.createAlarm(scope, id, props): new cloudwatch.Alarm(scope, id, {metric: metric.with({statistic,
 *  period}), ...props}), with ccdk_cloudwatch_alarm_new's errors. options may be NULL (the alarm's
 *  missing-threshold error). A NULL metric is an error on the process-wide list, and NULL. */
ccdk_cloudwatch_alarm *ccdk_cloudwatch_metric_create_alarm(const ccdk_cloudwatch_metric *m, void *scope, const char *id,
                                                           const ccdk_cloudwatch_create_alarm_options *options);

/* ================================================================== alarm actions */

typedef struct ccdk_sns_topic ccdk_sns_topic; /* ccdk/sns.h */
/** new cloudwatch_actions.SnsAction(topic): an IAlarmAction whose bind gives topic.topicArn (for
 *  ccdk_cloudwatch_alarm_add_alarm_action and friends). Owned by the topic's App; a NULL topic is an
 *  error on the process-wide list, and NULL. */
ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_actions_sns_action(ccdk_sns_topic *topic);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_cloudwatch_metric_new(owner, ...) ccdk_cloudwatch_metric_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_metric_grant_put_metric_data(grantee) ccdk_cloudwatch_metric_grant_put_metric_data(CCDK_IAM_GRANTABLE(grantee))
#define ccdk_cloudwatch_math_expression_new(owner, ...) ccdk_cloudwatch_math_expression_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_new(scope, ...) ccdk_cloudwatch_alarm_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_action_of(owner, ...) ccdk_cloudwatch_alarm_action_of(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_metric_create_alarm(m, scope, ...) ccdk_cloudwatch_metric_create_alarm(m, CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
