/* ccdk/cloudwatch.h - the CloudWatch that Lambda features need: Metric, MathExpression,
 * SearchExpression, Alarm (and anomaly detection), CompositeAlarm, AlarmMuteRule, Dashboard and its
 * widgets, and the SNS alarm action (aws-cloudwatch-actions). */
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
    /** The color of the metric in graph widgets ("#1f77b4": the CCDK_CW_COLOR_* strings or any
     *  hex color); not given: the metric's. */
    const char *color;
    /** id: the metric's id in graph widgets (a math expression's usingMetrics id wins); visible:
     *  shown in graphs; account / region: where the metric lives (a graph renders them as its
     *  accountId / region, an alarm in another account lists it with its AccountId). Not given:
     *  the metric's. */
    const char *id;
    ccdk_tristate visible;
    const char *account, *region;
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
    /** the color in graph widgets (CCDK_CW_COLOR_* or any hex color) */
    const char *color;
    /** the id in graph widgets, visible in graphs, and the account and region the metric comes
     *  from (as ccdk_cloudwatch_metric_options says) */
    const char *id;
    ccdk_tristate visible;
    const char *account, *region;
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
/** metric.attachTo(scope): metric.with the account and region of scope's stack as the metric's
 *  stack account / region (those that are tokens left out). A graph of a dashboard in another
 *  environment then renders them (accountId, region); an alarm in another account lists the
 *  metric with its AccountId, one in another region is aws-cdk-lib's error. NULL for a NULL
 *  metric; a bad scope is an error on the process-wide list, and the metric itself. */
ccdk_cloudwatch_metric *ccdk_cloudwatch_metric_attach_to(const ccdk_cloudwatch_metric *m, void *scope);
/** metric.account / metric.region: the one given (props or with), else the attached stack's; metric.id.
 *  NULL when none, and for a NULL metric, without an error. */
const char *ccdk_cloudwatch_metric_account(const ccdk_cloudwatch_metric *m);
const char *ccdk_cloudwatch_metric_region(const ccdk_cloudwatch_metric *m);
const char *ccdk_cloudwatch_metric_id(const ccdk_cloudwatch_metric *m);
/** metric.dimensions: the dimensionsMap in the order given (a later duplicate key replaced the
 *  earlier value in place), owned by the App; values may be tokens. Not given ({0}, as undefined)
 *  when the props had no dimensions, and for a NULL metric, without an error. */
ccdk_kvs ccdk_cloudwatch_metric_dimensions(const ccdk_cloudwatch_metric *m);

/* ================================================================== Stats */

/** cloudwatch.Stats' constants. */
#define CCDK_CW_STATS_SAMPLE_COUNT "SampleCount"
#define CCDK_CW_STATS_AVERAGE "Average"
#define CCDK_CW_STATS_SUM "Sum"
#define CCDK_CW_STATS_MINIMUM "Minimum"
#define CCDK_CW_STATS_MAXIMUM "Maximum"
#define CCDK_CW_STATS_IQM "IQM"

/** Stats.percentile(p) (Stats.p): "p<p>" (JavaScript's digits: "p99.9"). A percentage outside
 *  0..100 is aws-cdk-lib's error "Expecting a percentage, got: <p>" on owner's App (the string is
 *  returned all the same). Owned by owner's App; never NULL. */
const char *ccdk_cloudwatch_stats_percentile(void *owner, double percentile);
/** Stats.trimmedMean(p1, p2?) (tm), winsorizedMean (wm), trimmedCount (tc), trimmedSum (ts):
 *  "tm<p1>" without p2, else "TM(<p1>%:<p2>%)"; percentages checked as in percentile. */
const char *ccdk_cloudwatch_stats_trimmed_mean(void *owner, double p1, ccdk_opt_num p2);
const char *ccdk_cloudwatch_stats_winsorized_mean(void *owner, double p1, ccdk_opt_num p2);
const char *ccdk_cloudwatch_stats_trimmed_count(void *owner, double p1, ccdk_opt_num p2);
const char *ccdk_cloudwatch_stats_trimmed_sum(void *owner, double p1, ccdk_opt_num p2);
/** Stats.percentileRank(v1, v2?) (pr): "PR(:<v1>)" without v2, else "PR(<v1>:<v2>)" (not checked). */
const char *ccdk_cloudwatch_stats_percentile_rank(void *owner, double v1, ccdk_opt_num v2);

/* ================================================================== MathExpression */

/** An entry of MathExpressionProps.usingMetrics: the id the expression names, and its metric (a
 *  Metric, or another MathExpression). */
typedef struct {
    const char *id;
    ccdk_cloudwatch_metric *metric;
} ccdk_cloudwatch_using_metric;
typedef CCDK_LIST_TYPE(ccdk_cloudwatch_using_metric) ccdk_cloudwatch_using_metrics;

/** MathExpressionProps. */
typedef struct {
    const char *expression; /* required: "a + b" */
    /** usingMetrics: CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"a", m1}, {"b", m2}), in the order
     *  aws-cdk-lib's object would list them */
    ccdk_cloudwatch_using_metrics using_metrics;
    const char *label;
    ccdk_duration period; /* default 5 minutes; the using metrics are given this period */
    const char *color;
    ccdk_tristate visible;
    /** the account / region a SEARCH() in the expression looks in: a graph renders them as its
     *  accountId / region when they differ from the dashboard's stack's; an alarm on such an
     *  expression is aws-cdk-lib's error */
    const char *search_account, *search_region;
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
/** mathExpression.expression (and a SearchExpression's); NULL for a Metric (and for NULL). */
const char *ccdk_cloudwatch_metric_expression(const ccdk_cloudwatch_metric *m);

/** MathExpressionOptions: what ccdk_cloudwatch_math_expression_with and
 *  ccdk_cloudwatch_search_expression_with change (not given: the expression's). */
typedef struct {
    const char *label;
    const char *color;
    ccdk_tristate visible;
    ccdk_duration period;
    const char *search_account, *search_region;
} ccdk_cloudwatch_math_expression_options;
/** mathExpression.with(options) / searchExpression.with(options): a copy with the given options
 *  changed (the using metrics given the new period); for a Metric, metric.with of the label, color,
 *  visible and period. NULL for a NULL metric, without an error. */
ccdk_cloudwatch_metric *ccdk_cloudwatch_math_expression_with(const ccdk_cloudwatch_metric *m, const ccdk_cloudwatch_math_expression_options *options);

/* ================================================================== SearchExpression */

/** SearchExpressionProps. */
typedef struct {
    /** required: "SEARCH('{AWS/Lambda,FunctionName} Errors', 'Sum')" */
    const char *expression;
    const char *label;
    const char *color;
    ccdk_tristate visible;
    ccdk_duration period; /* default 5 minutes (not checked: aws-cdk-lib does not) */
    const char *search_account, *search_region;
} ccdk_cloudwatch_search_expression_props;
/** new cloudwatch.SearchExpression(props): an IMetric for graph widgets (rendered as {expression,
 *  label (the expression when none), accountId / region when they differ from the dashboard's
 *  stack's, period when not 300}). An alarm on it, or on a math expression using it, is
 *  aws-cdk-lib's error on the alarm ("Search expressions are not supported in CloudWatch Alarms.
 *  ..."). Owned by owner's App; never NULL (a missing expression is an error on owner). */
ccdk_cloudwatch_metric *ccdk_cloudwatch_search_expression_new(void *owner, const ccdk_cloudwatch_search_expression_props *props);

/* ================================================================== anomaly detection */

/** AnomalyDetectionMetricOptions. */
typedef struct {
    ccdk_cloudwatch_metric *metric; /* required */
    /** default 2; must be greater than 0 */
    ccdk_opt_num std_devs;
    /** default "Anomaly Detection Band" */
    const char *label;
    const char *color;
    ccdk_tristate visible;
    /** the expression's period (default 5 minutes), given to the metric */
    ccdk_duration period;
    const char *search_account, *search_region;
} ccdk_cloudwatch_anomaly_detection_metric_options;
/** Metric.anomalyDetectionFor(options): new MathExpression({expression: "ANOMALY_DETECTION_BAND(m0,
 *  <stdDevs>)", usingMetrics: {m0: metric}, label: "Anomaly Detection Band", ...}). A std_devs of 0
 *  or less is aws-cdk-lib's error "stdDevs must be greater than 0" (on owner's App). Never NULL. */
ccdk_cloudwatch_metric *ccdk_cloudwatch_metric_anomaly_detection_for(void *owner, const ccdk_cloudwatch_anomaly_detection_metric_options *options);

/* ================================================================== Alarm */

typedef enum {
    /** not given: an Alarm's GREATER_THAN_OR_EQUAL_TO_THRESHOLD, an AnomalyDetectionAlarm's
     *  LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD (aws-cdk-lib's defaults); an Alarm on an
     *  ANOMALY_DETECTION_BAND() without one is the "Fixed threshold operator undefined" error */
    CCDK_CW_COMPARISON_OPERATOR_UNSET = 0,
    CCDK_CW_GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    CCDK_CW_GREATER_THAN_THRESHOLD,
    CCDK_CW_LESS_THAN_THRESHOLD,
    CCDK_CW_LESS_THAN_OR_EQUAL_TO_THRESHOLD,
    /* the anomaly detection operators: for an alarm on an ANOMALY_DETECTION_BAND() math expression */
    CCDK_CW_LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD,
    CCDK_CW_GREATER_THAN_UPPER_THRESHOLD,
    CCDK_CW_LESS_THAN_LOWER_THRESHOLD
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
 *  never NULL. Errors on the alarm (aws-cdk-lib's): a metric of another region than the stack's
 *  (when both are known), a math expression with a search account or region, a search expression,
 *  an anomaly detection operator without an ANOMALY_DETECTION_BAND() expression and a fixed one with
 *  it (an unset operator is printed "undefined", as aws-cdk-lib prints its props.comparisonOperator).
 *  A metric of another account (or of any account in an environment-agnostic stack) is listed with
 *  its AccountId. With an anomaly detection operator: no Threshold, ThresholdMetricId the
 *  expression's id, both the band and its metric ReturnData true, and a warning when threshold is
 *  not 0 (Alarm.ANOMALY_DETECTION_NO_THRESHOLD). */
ccdk_cloudwatch_alarm *ccdk_cloudwatch_alarm_new(void *scope, const char *id, const ccdk_cloudwatch_alarm_props *props);

/** AnomalyDetectionAlarmProps. */
typedef struct {
    ccdk_cloudwatch_metric *metric;  /* required */
    ccdk_opt_num evaluation_periods; /* required */
    /** default 2 */
    ccdk_opt_num std_devs;
    /** 0 (unset): LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD; a fixed threshold operator is
     *  aws-cdk-lib's error (the Alarm's "Fixed threshold operator ...", thrown first) */
    ccdk_cloudwatch_comparison_operator comparison_operator;
    ccdk_opt_num datapoints_to_alarm;
    ccdk_cloudwatch_treat_missing_data treat_missing_data;
    const char *alarm_name;
    const char *alarm_description;
    ccdk_tristate actions_enabled;
    /** deprecated in aws-cdk-lib, as in ccdk_cloudwatch_alarm_props (they override the alarm's
     *  rendered Period / Statistic) */
    const char *statistic;
    ccdk_duration period;
} ccdk_cloudwatch_anomaly_detection_alarm_props;
/** new cloudwatch.AnomalyDetectionAlarm(scope, id, props): an Alarm on
 *  Metric.anomalyDetectionFor({metric, stdDevs, period: the metric's period}), threshold 0; its
 *  annotation {value: 0, label: "Anomaly Detection Band", visible: false}. Errors as
 *  ccdk_cloudwatch_alarm_new's and ccdk_cloudwatch_metric_anomaly_detection_for's. Never NULL. */
ccdk_cloudwatch_alarm *ccdk_cloudwatch_anomaly_detection_alarm_new(void *scope, const char *id,
                                                                   const ccdk_cloudwatch_anomaly_detection_alarm_props *props);
/** alarm.alarmArn, alarm.alarmName (tokens) and the CfnAlarm; owned by the App. NULL for NULL. */
const char *ccdk_cloudwatch_alarm_arn(ccdk_cloudwatch_alarm *a);
const char *ccdk_cloudwatch_alarm_name(ccdk_cloudwatch_alarm *a);
ccdk_cfn_resource *ccdk_cloudwatch_alarm_resource(ccdk_cloudwatch_alarm *a);
/** An IAlarmAction of one's own: what its bind() returns, the alarmActionArn arn (may be a token).
 *  Owned by owner's App; never NULL (a NULL arn is an error on the App when it is added). */
ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_alarm_action_of(void *owner, const char *arn);
/** IAlarmAction.bind(scope, alarm) of an action of one's own: scope is the alarm the action is added
 *  to (aws-cdk-lib's bind(this, this): a scope for constructs the action makes), alarm the same alarm
 *  (an Alarm, an imported alarm or a CompositeAlarm). Returns AlarmActionConfig.alarmActionArn (a
 *  literal or a token; copied); NULL is the "alarmActionArn is required" error on the alarm. */
typedef const char *(*ccdk_cloudwatch_alarm_action_bind_fn)(ccdk_construct *scope, ccdk_cloudwatch_alarm *alarm, void *ctx);
/** An IAlarmAction of one's own whose bind runs each time the action is added to an alarm (as an
 *  object `{ bind: (scope, alarm) => ({ alarmActionArn }) }`; imported alarms bind too, as AlarmBase
 *  does). Owned by owner's App; a bad owner goes to the process-wide list; a NULL bind is an error on
 *  the App and gives NULL. */
ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_alarm_action_new(void *owner, ccdk_cloudwatch_alarm_action_bind_fn bind,
                                                               void *ctx);
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
/** Ec2InstanceAction: what an alarm does to its instance ("stop", "terminate", "recover", "reboot"). */
typedef enum {
    CCDK_CW_EC2_INSTANCE_ACTION_UNSET = 0, /* "undefined", as aws-cdk-lib prints a missing action */
    CCDK_CW_EC2_INSTANCE_ACTION_STOP,
    CCDK_CW_EC2_INSTANCE_ACTION_TERMINATE,
    CCDK_CW_EC2_INSTANCE_ACTION_RECOVER,
    CCDK_CW_EC2_INSTANCE_ACTION_REBOOT
} ccdk_cloudwatch_ec2_instance_action;
/** new cloudwatch_actions.Ec2Action(instanceAction): an IAlarmAction whose bind gives
 *  "arn:<partition>:automate:<region>:ec2:<action>" of the alarm's stack (tokens in an
 *  environment-agnostic stack); the alarm's metric must then have exactly one dimension, InstanceId,
 *  when the ARN is a literal (aws-cdk-lib's check). owner only gives the App that owns the action; a
 *  value that is none of the constants is an error on owner's App; a bad owner goes to the
 *  process-wide list, and NULL. */
ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_actions_ec2_action(void *owner, ccdk_cloudwatch_ec2_instance_action instance_action);
/** OpsItemSeverity: "1" (critical) to "4" (low). */
typedef enum {
    CCDK_CW_OPS_ITEM_SEVERITY_UNSET = 0, /* "undefined", as aws-cdk-lib prints a missing severity */
    CCDK_CW_OPS_ITEM_SEVERITY_CRITICAL,
    CCDK_CW_OPS_ITEM_SEVERITY_HIGH,
    CCDK_CW_OPS_ITEM_SEVERITY_MEDIUM,
    CCDK_CW_OPS_ITEM_SEVERITY_LOW
} ccdk_cloudwatch_ops_item_severity;
/** OpsItemCategory (UNSET: none). */
typedef enum {
    CCDK_CW_OPS_ITEM_CATEGORY_UNSET = 0,
    CCDK_CW_OPS_ITEM_CATEGORY_AVAILABILITY,
    CCDK_CW_OPS_ITEM_CATEGORY_COST,
    CCDK_CW_OPS_ITEM_CATEGORY_PERFORMANCE,
    CCDK_CW_OPS_ITEM_CATEGORY_RECOVERY,
    CCDK_CW_OPS_ITEM_CATEGORY_SECURITY
} ccdk_cloudwatch_ops_item_category;
/** new cloudwatch_actions.SsmAction(severity, category): an IAlarmAction whose bind gives
 *  "arn:<partition>:ssm:<region>:<account>:opsitem:<severity>[#CATEGORY=<category>]" of the alarm's
 *  stack. owner only gives the App; values that are none of the constants are errors on its App; a
 *  bad owner goes to the process-wide list, and NULL. */
ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_actions_ssm_action(void *owner, ccdk_cloudwatch_ops_item_severity severity,
                                                                 ccdk_cloudwatch_ops_item_category category);
/** new cloudwatch_actions.SsmIncidentAction(responsePlanName): bind gives
 *  "arn:<partition>:ssm-incidents::<account>:response-plan/<name>" of the alarm's stack (NULL prints
 *  "undefined", as aws-cdk-lib's template string does). Owned by owner's App; a bad owner goes to the
 *  process-wide list, and NULL. */
ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_actions_ssm_incident_action(void *owner, const char *response_plan_name);

/* ================================================================== alarm annotations, imports */

/** The fill of a horizontal annotation (Shading) and of a vertical one (VerticalShading). */
typedef enum { CCDK_CW_SHADING_UNSET = 0, CCDK_CW_SHADING_NONE, CCDK_CW_SHADING_ABOVE, CCDK_CW_SHADING_BELOW } ccdk_cloudwatch_shading;
typedef enum {
    CCDK_CW_VERTICAL_SHADING_UNSET = 0,
    CCDK_CW_VERTICAL_SHADING_NONE,
    CCDK_CW_VERTICAL_SHADING_BEFORE,
    CCDK_CW_VERTICAL_SHADING_AFTER
} ccdk_cloudwatch_vertical_shading;

/** cloudwatch.Color's constants. */
#define CCDK_CW_COLOR_BLUE "#1f77b4"
#define CCDK_CW_COLOR_BROWN "#8c564b"
#define CCDK_CW_COLOR_GREEN "#2ca02c"
#define CCDK_CW_COLOR_GREY "#7f7f7f"
#define CCDK_CW_COLOR_ORANGE "#ff7f0e"
#define CCDK_CW_COLOR_PINK "#e377c2"
#define CCDK_CW_COLOR_PURPLE "#9467bd"
#define CCDK_CW_COLOR_RED "#d62728"

/** HorizontalAnnotation: a line at `value` on a graph's axis (rendered in this field order). */
typedef struct {
    double value;
    const char *label;
    const char *color;
    ccdk_cloudwatch_shading fill;
    ccdk_tristate visible;
    /** set by ccdk_cloudwatch_alarm_to_annotation: aws-cdk-lib's object then lists label before
     *  value (leave it 0 in annotations of one's own) */
    int from_alarm;
} ccdk_cloudwatch_horizontal_annotation;
typedef CCDK_LIST_TYPE(ccdk_cloudwatch_horizontal_annotation) ccdk_cloudwatch_horizontal_annotations;

/** VerticalAnnotation: a line at an ISO 8601 date (rendered as {value: date, label, color, fill,
 *  visible}). */
typedef struct {
    const char *date; /* required: "2021-07-29T02:31:09.890Z" */
    const char *label;
    const char *color;
    ccdk_cloudwatch_vertical_shading fill;
    ccdk_tristate visible;
} ccdk_cloudwatch_vertical_annotation;
typedef CCDK_LIST_TYPE(ccdk_cloudwatch_vertical_annotation) ccdk_cloudwatch_vertical_annotations;

/** alarm.toAnnotation(): {label: "<metric label or name> <op> <threshold> for <datapoints>
 *  datapoints within <n minutes>", value: threshold}. A zero annotation for NULL (an error on the
 *  process-wide list) and for an imported alarm (which has none: aws-cdk-lib's is undefined). */
ccdk_cloudwatch_horizontal_annotation ccdk_cloudwatch_alarm_to_annotation(ccdk_cloudwatch_alarm *a);

/** Alarm.fromAlarmArn(scope, id, alarmArn): an IAlarm of an existing alarm, its name the ARN's
 *  resource name (the part after "alarm:"; Fn::Select/Fn::Split of a token ARN). A construct of
 *  scope (aws-cdk-lib's Resource); owned by the App; never NULL. It can be given to widgets,
 *  alarm rules and composite alarms; actions added to it are ignored (it has no resource). */
ccdk_cloudwatch_alarm *ccdk_cloudwatch_alarm_from_alarm_arn(void *scope, const char *id, const char *alarm_arn);
/** Alarm.fromAlarmName(scope, id, alarmName): fromAlarmArn of
 *  arn:<partition>:cloudwatch:<region>:<account>:alarm:<name> (the stack's formatArn). */
ccdk_cloudwatch_alarm *ccdk_cloudwatch_alarm_from_alarm_name(void *scope, const char *id, const char *alarm_name);

/* ================================================================== dashboard widgets */

/** IWidget: a widget of a dashboard, or a Row, Column or Spacer of them. Owned by the App of the
 *  owner it was made with; placed by the dashboard it is added to (at synth). */
typedef struct ccdk_cloudwatch_widget ccdk_cloudwatch_widget;
typedef CCDK_LIST_TYPE(ccdk_cloudwatch_widget *) ccdk_cloudwatch_widget_list;
typedef CCDK_LIST_TYPE(ccdk_cloudwatch_metric *) ccdk_cloudwatch_metric_list;
typedef CCDK_LIST_TYPE(ccdk_cloudwatch_alarm *) ccdk_cloudwatch_alarm_list;

/** YAxisProps (rendered in this field order, the interface's: an object literal of aws-cdk-lib
 *  keeps its writer's order; a NULL pointer: no axis). */
typedef struct {
    ccdk_opt_num min, max;
    const char *label;
    ccdk_tristate show_units;
} ccdk_cloudwatch_y_axis_props;

typedef enum {
    CCDK_CW_LEGEND_UNSET = 0,
    CCDK_CW_LEGEND_BOTTOM,
    CCDK_CW_LEGEND_RIGHT,
    CCDK_CW_LEGEND_HIDDEN
} ccdk_cloudwatch_legend_position;

typedef enum {
    CCDK_CW_GRAPH_VIEW_UNSET = 0, /* timeSeries */
    CCDK_CW_GRAPH_VIEW_TIME_SERIES,
    CCDK_CW_GRAPH_VIEW_BAR,
    CCDK_CW_GRAPH_VIEW_PIE
} ccdk_cloudwatch_graph_widget_view;

/** GraphWidgetProps. width / height 0: 6 (aws-cdk-lib's ||). */
typedef struct {
    const char *title;
    double width, height;
    /** default: the stack's region (Aws.REGION) */
    const char *region;
    ccdk_cloudwatch_metric_list left, right;
    ccdk_cloudwatch_horizontal_annotations left_annotations, right_annotations;
    ccdk_cloudwatch_vertical_annotations vertical_annotations;
    ccdk_tristate stacked;
    const ccdk_cloudwatch_y_axis_props *left_y_axis, *right_y_axis;
    ccdk_cloudwatch_legend_position legend_position;
    ccdk_tristate live_data;
    ccdk_cloudwatch_graph_widget_view view;
    ccdk_tristate set_period_to_time_range;
    /** the period of every metric of the graph (period: seconds) and their statistic */
    ccdk_duration period;
    const char *statistic;
    /** labels on a pie chart; only with CCDK_CW_GRAPH_VIEW_PIE */
    ccdk_tristate display_labels_on_chart;
    const char *start, *end;
    const char *account_id;
} ccdk_cloudwatch_graph_widget_props;

/** new GraphWidget(props). Errors (UnscopedValidationError's, on the App): a width over 24 ("Widget
 *  is too wide, max 24 units allowed"), a vertical annotation date not ISO 8601, end without start,
 *  display_labels_on_chart without the pie view. owner gives the App; never NULL. */
ccdk_cloudwatch_widget *ccdk_cloudwatch_graph_widget_new(void *owner, const ccdk_cloudwatch_graph_widget_props *props);
/** graphWidget.addLeftMetric(metric) / addRightMetric(metric); gaugeWidget.addMetric and
 *  tableWidget.addMetric (ccdk_cloudwatch_widget_add_metric, for a gauge or table widget). Returns 1 when added; 0 for a NULL
 *  argument or a widget of another kind (an error on the process-wide list). */
int ccdk_cloudwatch_graph_widget_add_left_metric(ccdk_cloudwatch_widget *w, ccdk_cloudwatch_metric *m);
int ccdk_cloudwatch_graph_widget_add_right_metric(ccdk_cloudwatch_widget *w, ccdk_cloudwatch_metric *m);
int ccdk_cloudwatch_widget_add_metric(ccdk_cloudwatch_widget *w, ccdk_cloudwatch_metric *m);

/** SingleValueWidgetProps. width 0: 6, height 0: 3. */
typedef struct {
    ccdk_cloudwatch_metric_list metrics; /* required */
    const char *title;
    double width, height;
    const char *region;
    ccdk_tristate set_period_to_time_range;
    ccdk_tristate full_precision;
    ccdk_tristate sparkline;
    ccdk_duration period;
    const char *start, *end;
    const char *account_id;
    ccdk_tristate live_data;
} ccdk_cloudwatch_single_value_widget_props;
/** new SingleValueWidget(props); errors: too wide, set_period_to_time_range with sparkline
 *  ("You cannot use setPeriodToTimeRange with sparkline"), end without start. Never NULL. */
ccdk_cloudwatch_widget *ccdk_cloudwatch_single_value_widget_new(void *owner, const ccdk_cloudwatch_single_value_widget_props *props);

/** GaugeWidgetProps (yAxis left defaults to min 0, max 100). width / height 0: 6. */
typedef struct {
    ccdk_cloudwatch_metric_list metrics;
    ccdk_cloudwatch_horizontal_annotations annotations;
    const char *title;
    double width, height;
    const char *region;
    const ccdk_cloudwatch_y_axis_props *left_y_axis;
    ccdk_cloudwatch_legend_position legend_position;
    ccdk_tristate live_data;
    ccdk_tristate set_period_to_time_range;
    ccdk_duration period;
    const char *statistic;
    const char *start, *end;
    const char *account_id;
} ccdk_cloudwatch_gauge_widget_props;
/** new GaugeWidget(props); errors: too wide, end without start. Never NULL. */
ccdk_cloudwatch_widget *ccdk_cloudwatch_gauge_widget_new(void *owner, const ccdk_cloudwatch_gauge_widget_props *props);

typedef enum { CCDK_CW_TABLE_LAYOUT_UNSET = 0, CCDK_CW_TABLE_LAYOUT_HORIZONTAL, CCDK_CW_TABLE_LAYOUT_VERTICAL } ccdk_cloudwatch_table_layout;
typedef enum {
    CCDK_CW_TABLE_SUMMARY_MINIMUM = 0,
    CCDK_CW_TABLE_SUMMARY_MAXIMUM,
    CCDK_CW_TABLE_SUMMARY_SUM,
    CCDK_CW_TABLE_SUMMARY_AVERAGE
} ccdk_cloudwatch_table_summary_column;
typedef CCDK_LIST_TYPE(ccdk_cloudwatch_table_summary_column) ccdk_cloudwatch_table_summary_columns;
/** TableSummaryProps. */
typedef struct {
    ccdk_cloudwatch_table_summary_columns columns;
    ccdk_tristate hide_non_summary_columns;
    ccdk_tristate sticky;
} ccdk_cloudwatch_table_summary_props;
typedef enum { CCDK_CW_TABLE_THRESHOLD_ABOVE = 0, CCDK_CW_TABLE_THRESHOLD_BELOW, CCDK_CW_TABLE_THRESHOLD_BETWEEN } ccdk_cloudwatch_table_threshold_kind;
/** TableThreshold.above(value, color) / below(value, color) / between(value, upper_bound, color). */
typedef struct {
    ccdk_cloudwatch_table_threshold_kind kind;
    double value;
    double upper_bound; /* between only */
    const char *color;
} ccdk_cloudwatch_table_threshold;
typedef CCDK_LIST_TYPE(ccdk_cloudwatch_table_threshold) ccdk_cloudwatch_table_thresholds;
/** TableWidgetProps. width / height 0: 6. */
typedef struct {
    ccdk_cloudwatch_metric_list metrics;
    const char *title;
    double width, height;
    const char *region;
    ccdk_cloudwatch_table_layout layout;
    const ccdk_cloudwatch_table_summary_props *summary;
    ccdk_cloudwatch_table_thresholds thresholds;
    ccdk_tristate show_units_in_label;
    ccdk_tristate live_data;
    ccdk_tristate full_precision;
    ccdk_tristate set_period_to_time_range;
    ccdk_duration period;
    const char *statistic;
    const char *start, *end;
    const char *account_id;
} ccdk_cloudwatch_table_widget_props;
/** new TableWidget(props); errors: too wide, end without start. Metrics may be added with
 *  ccdk_cloudwatch_widget_add_metric. Never NULL. */
ccdk_cloudwatch_widget *ccdk_cloudwatch_table_widget_new(void *owner, const ccdk_cloudwatch_table_widget_props *props);

typedef enum { CCDK_CW_TEXT_BACKGROUND_UNSET = 0, CCDK_CW_TEXT_BACKGROUND_SOLID, CCDK_CW_TEXT_BACKGROUND_TRANSPARENT } ccdk_cloudwatch_text_widget_background;
/** TextWidgetProps. width 0: 6, height 0: 2; background default transparent. */
typedef struct {
    const char *markdown; /* required */
    double width, height;
    ccdk_cloudwatch_text_widget_background background;
} ccdk_cloudwatch_text_widget_props;
/** new TextWidget(props); error: too wide. Never NULL. */
ccdk_cloudwatch_widget *ccdk_cloudwatch_text_widget_new(void *owner, const ccdk_cloudwatch_text_widget_props *props);

/** AlarmWidgetProps. width / height 0: 6. */
typedef struct {
    ccdk_cloudwatch_alarm *alarm; /* required: an Alarm, an imported one or a CompositeAlarm */
    const char *title;
    double width, height;
    const char *region;
    const ccdk_cloudwatch_y_axis_props *left_y_axis;
    const char *account_id;
} ccdk_cloudwatch_alarm_widget_props;
/** new AlarmWidget(props): the alarm's ARN as its annotation; error: too wide. Never NULL. */
ccdk_cloudwatch_widget *ccdk_cloudwatch_alarm_widget_new(void *owner, const ccdk_cloudwatch_alarm_widget_props *props);

/** CustomWidgetProps. width / height 0: 6. */
typedef struct {
    /** required: the ARN of the Lambda function that returns the widget's HTML or JSON
     *  (ccdk_lambda_function_arn; tokens allowed) */
    const char *function_arn;
    const char *title;
    double width, height;
    /** default true each */
    ccdk_tristate update_on_refresh, update_on_resize, update_on_time_range_change;
    /** params passed to the function (ccdk_v_object, ccdk_v_json, ...); NULL: none */
    ccdk_value *params;
} ccdk_cloudwatch_custom_widget_props;
/** new CustomWidget(props): {type: "custom", properties: {endpoint: functionArn, params, title,
 *  updateOn: {refresh, resize, timeRange}}}. Errors: too wide; a missing function_arn (ccdk's, on
 *  owner). Never NULL. */
ccdk_cloudwatch_widget *ccdk_cloudwatch_custom_widget_new(void *owner, const ccdk_cloudwatch_custom_widget_props *props);

typedef enum {
    CCDK_CW_ALARM_SORT_UNSET = 0,
    CCDK_CW_ALARM_SORT_DEFAULT,
    CCDK_CW_ALARM_SORT_STATE_UPDATED_TIMESTAMP,
    CCDK_CW_ALARM_SORT_TIMESTAMP
} ccdk_cloudwatch_alarm_status_widget_sort_by;
/** AlarmState: of an AlarmStatusWidget's states, and of AlarmRule.fromAlarm. */
typedef enum { CCDK_CW_ALARM_STATE_UNSET = 0, CCDK_CW_ALARM_STATE_ALARM, CCDK_CW_ALARM_STATE_OK, CCDK_CW_ALARM_STATE_INSUFFICIENT_DATA } ccdk_cloudwatch_alarm_state;
typedef CCDK_LIST_TYPE(ccdk_cloudwatch_alarm_state) ccdk_cloudwatch_alarm_states;
/** AlarmStatusWidgetProps. width 0: 6, height 0: 3; title default "Alarm Status". */
typedef struct {
    ccdk_cloudwatch_alarm_list alarms; /* required */
    const char *title;
    double width, height;
    ccdk_cloudwatch_alarm_status_widget_sort_by sort_by;
    ccdk_cloudwatch_alarm_states states;
} ccdk_cloudwatch_alarm_status_widget_props;
/** new AlarmStatusWidget(props); error: too wide. Never NULL. */
ccdk_cloudwatch_widget *ccdk_cloudwatch_alarm_status_widget_new(void *owner, const ccdk_cloudwatch_alarm_status_widget_props *props);

typedef enum {
    CCDK_CW_LOG_QUERY_VIEW_UNSET = 0, /* table */
    CCDK_CW_LOG_QUERY_VIEW_TABLE,
    CCDK_CW_LOG_QUERY_VIEW_LINE,
    CCDK_CW_LOG_QUERY_VIEW_STACKED_AREA,
    CCDK_CW_LOG_QUERY_VIEW_BAR,
    CCDK_CW_LOG_QUERY_VIEW_PIE
} ccdk_cloudwatch_log_query_visualization_type;
/** LogQueryLanguage (the widget's queryLanguage property; UNSET: not written, CloudWatch's Logs Insights). */
typedef enum {
    CCDK_CW_LOG_QUERY_LANGUAGE_UNSET = 0,
    CCDK_CW_LOG_QUERY_LANGUAGE_LOGS_INSIGHTS, /* "Logs" */
    CCDK_CW_LOG_QUERY_LANGUAGE_SQL,           /* "SQL" */
    CCDK_CW_LOG_QUERY_LANGUAGE_PPL            /* "PPL" */
} ccdk_cloudwatch_log_query_language;
/** LogQueryWidgetProps. width / height 0: 6. */
typedef struct {
    ccdk_strs log_group_names; /* required */
    /** exactly one of query_string and query_lines (joined by "\n| ") */
    const char *query_string;
    ccdk_strs query_lines;
    const char *title;
    double width, height;
    const char *region;
    ccdk_cloudwatch_log_query_visualization_type view;
    const char *account_id;
    ccdk_cloudwatch_log_query_language query_language;
} ccdk_cloudwatch_log_query_widget_props;
/** new LogQueryWidget(props): query "SOURCE 'g1' | SOURCE 'g2' | <query>"; a line or stacked-area
 *  view is timeSeries with stacked false / true. Errors: too wide, "Specify at least one log group
 *  name." (an empty log_group_names), "Specify exactly one of 'queryString' and 'queryLines'". Never NULL. */
ccdk_cloudwatch_widget *ccdk_cloudwatch_log_query_widget_new(void *owner, const ccdk_cloudwatch_log_query_widget_props *props);

/** new Row(...widgets): widgets left to right, wrapping to a new line past 24 units. */
ccdk_cloudwatch_widget *ccdk_cloudwatch_row_new(void *owner, ccdk_cloudwatch_widget_list widgets);
/** new Column(...widgets): widgets top to bottom. */
ccdk_cloudwatch_widget *ccdk_cloudwatch_column_new(void *owner, ccdk_cloudwatch_widget_list widgets);
/** row.addWidget(w) / column.addWidget(w). Returns 1 when added; 0 for NULL or a widget that is not
 *  a Row or Column (an error on the process-wide list). */
int ccdk_cloudwatch_widget_add_widget(ccdk_cloudwatch_widget *layout, ccdk_cloudwatch_widget *w);
/** new Spacer({width, height}): empty room; 0: 1 unit. */
ccdk_cloudwatch_widget *ccdk_cloudwatch_spacer_new(void *owner, double width, double height);
/** widget.width / widget.height (a Row's and Column's as laid out so far); 0 for NULL. */
double ccdk_cloudwatch_widget_width(const ccdk_cloudwatch_widget *w);
double ccdk_cloudwatch_widget_height(const ccdk_cloudwatch_widget *w);

/* ================================================================== dashboard variables */

/** IVariable: a dashboard variable (DashboardVariable). Owned by an App. */
typedef struct ccdk_cloudwatch_variable ccdk_cloudwatch_variable;
typedef CCDK_LIST_TYPE(ccdk_cloudwatch_variable *) ccdk_cloudwatch_variable_list;
typedef enum { CCDK_CW_VARIABLE_TYPE_PROPERTY = 0, CCDK_CW_VARIABLE_TYPE_PATTERN } ccdk_cloudwatch_variable_type;
typedef enum {
    CCDK_CW_VARIABLE_INPUT_INPUT = 0,
    CCDK_CW_VARIABLE_INPUT_RADIO,
    CCDK_CW_VARIABLE_INPUT_SELECT
} ccdk_cloudwatch_variable_input_type;
/** DefaultValue.FIRST (DefaultValue.value(v) is v itself). */
#define CCDK_CW_DEFAULT_VALUE_FIRST "__FIRST"
/** VariableValue of Values.fromValues. */
typedef struct {
    const char *label;
    const char *value; /* required */
} ccdk_cloudwatch_variable_value;
typedef CCDK_LIST_TYPE(ccdk_cloudwatch_variable_value) ccdk_cloudwatch_variable_values;
/** SearchComponents of Values.fromSearchComponents. */
typedef struct {
    const char *namespace_;
    ccdk_strs dimensions;
    const char *metric_name;
    const char *populate_from;
} ccdk_cloudwatch_search_components;
/** DashboardVariableOptions. Give the values one way at most: values (Values.fromValues), search
 *  and populate_from (Values.fromSearch), or search_components (Values.fromSearchComponents). */
typedef struct {
    const char *id;    /* required */
    ccdk_cloudwatch_variable_type type;
    const char *value; /* required: the property or pattern the variable changes */
    ccdk_cloudwatch_variable_input_type input_type;
    const char *default_value;
    ccdk_tristate visible;
    const char *label;
    ccdk_cloudwatch_variable_values values;
    const char *search, *populate_from;
    const ccdk_cloudwatch_search_components *search_components;
} ccdk_cloudwatch_dashboard_variable_options;
/** new DashboardVariable(options). Errors (UnscopedValidationError's, on the App): a radio or select
 *  variable without values, an input one with values, Values.fromValues of none ("Empty values is
 *  not allowed"), search components without dimensions or whose populateFrom is not one of them.
 *  Never NULL. */
ccdk_cloudwatch_variable *ccdk_cloudwatch_dashboard_variable_new(void *owner, const ccdk_cloudwatch_dashboard_variable_options *options);

/* ================================================================== Dashboard */

typedef struct ccdk_cloudwatch_dashboard ccdk_cloudwatch_dashboard;
typedef enum { CCDK_CW_PERIOD_OVERRIDE_UNSET = 0, CCDK_CW_PERIOD_OVERRIDE_AUTO, CCDK_CW_PERIOD_OVERRIDE_INHERIT } ccdk_cloudwatch_period_override;
typedef CCDK_LIST_TYPE(ccdk_cloudwatch_widget_list) ccdk_cloudwatch_widget_rows;

/** DashboardProps. */
typedef struct {
    /** physical name: [A-Za-z0-9_-]+ */
    const char *dashboard_name;
    /** "-P7D" or an ISO 8601 timestamp; not with default_interval */
    const char *start;
    const char *end;
    /** start as "-<ISO 8601 duration>" (Duration.toIsoString) */
    ccdk_duration default_interval;
    ccdk_cloudwatch_period_override period_override;
    /** rows, each added with ccdk_cloudwatch_dashboard_add_widgets:
     *  CCDK_LIST_OF(ccdk_cloudwatch_widget_list, CCDK_LIST(a, b), CCDK_LIST(c)) */
    ccdk_cloudwatch_widget_rows widgets;
    /** variables, each added with ccdk_cloudwatch_dashboard_add_variable */
    ccdk_cloudwatch_variable_list variables;
} ccdk_cloudwatch_dashboard_props;

/** new cloudwatch.Dashboard(scope, id, props): an AWS::CloudWatch::Dashboard whose DashboardBody is
 *  aws-cdk-lib's JSON (start, end, periodOverride, widgets laid out as a Column of the rows),
 *  made at synth. Errors on the dashboard: an invalid name, both default_interval and start, end
 *  without start. Owned by the App; never NULL. */
ccdk_cloudwatch_dashboard *ccdk_cloudwatch_dashboard_new(void *scope, const char *id, const ccdk_cloudwatch_dashboard_props *props);
/** dashboard.addWidgets(...widgets): a row of them (a Row when more than one) below the others; the
 *  widgets' metric warnings go on the dashboard. Returns 1 when added (an empty list adds nothing
 *  and returns 1), 0 for NULL arguments (an error on the process-wide list). */
int ccdk_cloudwatch_dashboard_add_widgets(ccdk_cloudwatch_dashboard *d, ccdk_cloudwatch_widget_list widgets);
/** dashboard.addVariable(variable): listed in the body's "variables" in the order added. Returns 1
 *  when added, 0 for NULL arguments (an error on the process-wide list). */
int ccdk_cloudwatch_dashboard_add_variable(ccdk_cloudwatch_dashboard *d, ccdk_cloudwatch_variable *variable);
/** dashboard.dashboardName (its Ref), dashboard.dashboardArn
 *  (arn:<partition>:cloudwatch::<account>:dashboard/<name>) and the CfnDashboard; NULL for NULL. */
const char *ccdk_cloudwatch_dashboard_name(ccdk_cloudwatch_dashboard *d);
const char *ccdk_cloudwatch_dashboard_arn(ccdk_cloudwatch_dashboard *d);
ccdk_cfn_resource *ccdk_cloudwatch_dashboard_resource(ccdk_cloudwatch_dashboard *d);

/* ================================================================== AlarmRule, CompositeAlarm */

/** IAlarmRule: an alarm rule expression, rendered when made (aws-cdk-lib renders it when the
 *  composite alarm is made). Owned by an App. */
typedef struct ccdk_cloudwatch_alarm_rule ccdk_cloudwatch_alarm_rule;
typedef CCDK_LIST_TYPE(ccdk_cloudwatch_alarm_rule *) ccdk_cloudwatch_alarm_rule_list;

/** AlarmRule.fromAlarm(alarm, alarmState): STATE("<alarm ARN>"). NULL alarm: an error on the
 *  process-wide list, and a rule that fails the composite alarm made of it. */
ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_from_alarm(ccdk_cloudwatch_alarm *alarm, ccdk_cloudwatch_alarm_state alarm_state);
/** AlarmRule.fromBoolean(value): TRUE / FALSE. */
ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_from_boolean(void *owner, int value);
/** AlarmRule.fromString(alarmRule): the text as it is. */
ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_from_string(void *owner, const char *alarm_rule);
/** AlarmRule.allOf(...operands) / anyOf(...operands): "(a AND b)" / "(a OR b)". No operands is
 *  aws-cdk-lib's error ("Did not detect any operands for AlarmRule.allOf()") when a composite alarm
 *  renders the rule. */
ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_all_of(void *owner, ccdk_cloudwatch_alarm_rule_list operands);
ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_any_of(void *owner, ccdk_cloudwatch_alarm_rule_list operands);
/** AlarmRule.not(operand): "(NOT (<operand>))". */
ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_not(ccdk_cloudwatch_alarm_rule *operand);

/** AtLeastThreshold.count(n) (count set) or AtLeastThreshold.percentage(p) (percentage set). */
typedef struct {
    ccdk_opt_num count;
    ccdk_opt_num percentage;
} ccdk_cloudwatch_at_least_threshold;
/** AlarmRule.atLeast(alarmState, {operands, threshold}) / atLeastNot: AT_LEAST(<n or p%>, [NOT ]STATE,
 *  ("arn1", "arn2")). Errors (when a composite alarm renders it): no operands, a count that is not
 *  an integer from 1 to the number of operands, a percentage that is not an integer from 1 to 100. */
ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_at_least(void *owner, ccdk_cloudwatch_alarm_state alarm_state,
                                                                ccdk_cloudwatch_at_least_threshold threshold,
                                                                ccdk_cloudwatch_alarm_list operands);
ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_at_least_not(void *owner, ccdk_cloudwatch_alarm_state alarm_state,
                                                                    ccdk_cloudwatch_at_least_threshold threshold,
                                                                    ccdk_cloudwatch_alarm_list operands);
/** alarmRule.renderAlarmRule(): the expression (tokens of alarm ARNs in it); NULL for NULL. */
const char *ccdk_cloudwatch_alarm_rule_render(const ccdk_cloudwatch_alarm_rule *rule);

/** CompositeAlarmProps. */
typedef struct {
    ccdk_cloudwatch_alarm_rule *alarm_rule; /* required */
    /** default: Names.uniqueId of the alarm (the first and last 120 characters past 240) */
    const char *composite_alarm_name;
    const char *alarm_description;
    ccdk_tristate actions_enabled;
    /** an alarm whose state suppresses this one's actions; its periods default to 1 minute */
    ccdk_cloudwatch_alarm *actions_suppressor;
    ccdk_duration actions_suppressor_extension_period;
    ccdk_duration actions_suppressor_wait_period;
} ccdk_cloudwatch_composite_alarm_props;

/** new cloudwatch.CompositeAlarm(scope, id, props): an AWS::CloudWatch::CompositeAlarm, returned as
 *  an alarm handle (actions, ARN, name, widgets and rules take it; ccdk_cloudwatch_alarm_resource
 *  gives its CfnCompositeAlarm). Errors on it: a rule over 10240 characters, suppressor periods
 *  without a suppressor; a missing rule: "alarmRule is required". Never NULL. */
ccdk_cloudwatch_alarm *ccdk_cloudwatch_composite_alarm_new(void *scope, const char *id, const ccdk_cloudwatch_composite_alarm_props *props);
/** CompositeAlarm.fromCompositeAlarmArn / fromCompositeAlarmName: as ccdk_cloudwatch_alarm_from_alarm_arn
 *  and ccdk_cloudwatch_alarm_from_alarm_name. */
ccdk_cloudwatch_alarm *ccdk_cloudwatch_composite_alarm_from_composite_alarm_arn(void *scope, const char *id, const char *composite_alarm_arn);
ccdk_cloudwatch_alarm *ccdk_cloudwatch_composite_alarm_from_composite_alarm_name(void *scope, const char *id, const char *composite_alarm_name);

/* ================================================================== AlarmMuteRule */

/** IAlarmMuteRule: an AlarmMuteRule, or an imported one. Owned by the App. */
typedef struct ccdk_cloudwatch_alarm_mute_rule ccdk_cloudwatch_alarm_mute_rule;

/** CalendarDateTime: rendered "YYYY-MM-DDTHH:MM" (month 1-12, day 1-31, hour 0-23, minute 0-59:
 *  aws-cdk-lib's "The specified date is invalid. (month out of range: 1-12)." and the like). */
typedef struct {
    int year, month, day, hour, minute;
} ccdk_cloudwatch_calendar_date_time;

/** ScheduleExpression: the expression and its time zone (a TimeZone: CCDK_TIME_ZONE_AMERICA_NEW_YORK ...
 *  from ccdk/time_zone.h, or any IANA name; NULL: none). */
typedef struct {
    const char *expression;
    const char *time_zone;
} ccdk_cloudwatch_schedule_expression;
/** ScheduleExpression.at(date, timeZone?): "at(YYYY-MM-DDTHH:MM)"; a date out of range is
 *  aws-cdk-lib's error on owner's App (the expression is returned all the same). */
ccdk_cloudwatch_schedule_expression ccdk_cloudwatch_schedule_expression_at(void *owner, ccdk_cloudwatch_calendar_date_time date,
                                                                           const char *time_zone);
/** CronOptions: minute required, the others "*" when not given. */
typedef struct {
    const char *minute, *hour, *day, *month, *week_day;
    const char *time_zone;
} ccdk_cloudwatch_cron_options;
/** ScheduleExpression.cron(options): "cron(<minute> <hour> <day> <month> <weekDay>)"; both day and
 *  week_day is aws-cdk-lib's error "Cannot supply both 'day' and 'weekDay', use at most one" on
 *  owner's App. ScheduleExpression.expression(e, tz) is the struct {e, tz} itself. */
ccdk_cloudwatch_schedule_expression ccdk_cloudwatch_schedule_expression_cron(void *owner, const ccdk_cloudwatch_cron_options *options);

/** AlarmMuteRuleProps (AlarmMuteRuleOptions and alarms). */
typedef struct {
    const char *alarm_mute_rule_name;
    const char *description;
    ccdk_cloudwatch_schedule_expression schedule; /* required */
    ccdk_duration duration;                       /* required: 1 minute to 15 days */
    const ccdk_cloudwatch_calendar_date_time *start, *expire;
    ccdk_kvs tags;
    /** the alarms muted (their names); ignored by ccdk_cloudwatch_alarm_add_alarm_mute_rule */
    ccdk_cloudwatch_alarm_list alarms;
} ccdk_cloudwatch_alarm_mute_rule_props;
/** new cloudwatch.AlarmMuteRule(scope, id, props): an AWS::CloudWatch::AlarmMuteRule muting the
 *  alarms' names (MuteTargets rendered at synth: alarms added later count). Errors on it
 *  (aws-cdk-lib's): a name not 1 to 255 characters long, a duration under 1 minute or over 15 days
 *  (or not whole minutes: Duration.toMinutes'), dates out of range, more than 100 alarms (at synth).
 *  Never NULL. */
ccdk_cloudwatch_alarm_mute_rule *ccdk_cloudwatch_alarm_mute_rule_new(void *scope, const char *id,
                                                                     const ccdk_cloudwatch_alarm_mute_rule_props *props);
/** alarm.addAlarmMuteRule(id, options): new AlarmMuteRule(alarm, id, {...options, alarms: [alarm]}).
 *  NULL for a NULL alarm (an error on the process-wide list). */
ccdk_cloudwatch_alarm_mute_rule *ccdk_cloudwatch_alarm_add_alarm_mute_rule(ccdk_cloudwatch_alarm *alarm, const char *id,
                                                                           const ccdk_cloudwatch_alarm_mute_rule_props *options);
/** muteRule.addAlarm(alarm). Returns 1 when added, 0 for NULL arguments or an imported rule (an
 *  error on the process-wide list). */
int ccdk_cloudwatch_alarm_mute_rule_add_alarm(ccdk_cloudwatch_alarm_mute_rule *rule, ccdk_cloudwatch_alarm *alarm);
/** muteRule.alarmMuteRuleArn / alarmMuteRuleName (tokens, or the given name), the CfnAlarmMuteRule
 *  (NULL when imported); NULL for NULL. */
const char *ccdk_cloudwatch_alarm_mute_rule_arn(ccdk_cloudwatch_alarm_mute_rule *rule);
const char *ccdk_cloudwatch_alarm_mute_rule_name(ccdk_cloudwatch_alarm_mute_rule *rule);
ccdk_cfn_resource *ccdk_cloudwatch_alarm_mute_rule_resource(ccdk_cloudwatch_alarm_mute_rule *rule);
/** AlarmMuteRule.fromAlarmMuteRuleArn(scope, id, arn) (its name the ARN's resource name) and
 *  fromAlarmMuteRuleName(scope, id, name) (arn:<partition>:cloudwatch:<region>:<account>:alarm-mute-rule:<name>). */
ccdk_cloudwatch_alarm_mute_rule *ccdk_cloudwatch_alarm_mute_rule_from_alarm_mute_rule_arn(void *scope, const char *id,
                                                                                          const char *alarm_mute_rule_arn);
ccdk_cloudwatch_alarm_mute_rule *ccdk_cloudwatch_alarm_mute_rule_from_alarm_mute_rule_name(void *scope, const char *id,
                                                                                           const char *alarm_mute_rule_name);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_cloudwatch_metric_new(owner, ...) ccdk_cloudwatch_metric_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_metric_grant_put_metric_data(grantee) ccdk_cloudwatch_metric_grant_put_metric_data(CCDK_IAM_GRANTABLE(grantee))
#define ccdk_cloudwatch_metric_attach_to(m, scope) ccdk_cloudwatch_metric_attach_to(m, CCDK_CONSTRUCT(scope))
#define ccdk_cloudwatch_stats_percentile(owner, ...) ccdk_cloudwatch_stats_percentile(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_stats_trimmed_mean(owner, ...) ccdk_cloudwatch_stats_trimmed_mean(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_stats_winsorized_mean(owner, ...) ccdk_cloudwatch_stats_winsorized_mean(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_stats_trimmed_count(owner, ...) ccdk_cloudwatch_stats_trimmed_count(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_stats_trimmed_sum(owner, ...) ccdk_cloudwatch_stats_trimmed_sum(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_stats_percentile_rank(owner, ...) ccdk_cloudwatch_stats_percentile_rank(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_math_expression_new(owner, ...) ccdk_cloudwatch_math_expression_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_search_expression_new(owner, ...) ccdk_cloudwatch_search_expression_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_metric_anomaly_detection_for(owner, ...) ccdk_cloudwatch_metric_anomaly_detection_for(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_new(scope, ...) ccdk_cloudwatch_alarm_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cloudwatch_anomaly_detection_alarm_new(scope, ...) ccdk_cloudwatch_anomaly_detection_alarm_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_action_of(owner, ...) ccdk_cloudwatch_alarm_action_of(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_action_new(owner, ...) ccdk_cloudwatch_alarm_action_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_metric_create_alarm(m, scope, ...) ccdk_cloudwatch_metric_create_alarm(m, CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cloudwatch_actions_ec2_action(owner, ...) ccdk_cloudwatch_actions_ec2_action(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_actions_ssm_action(owner, ...) ccdk_cloudwatch_actions_ssm_action(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_actions_ssm_incident_action(owner, ...) ccdk_cloudwatch_actions_ssm_incident_action(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_from_alarm_arn(scope, ...) ccdk_cloudwatch_alarm_from_alarm_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_from_alarm_name(scope, ...) ccdk_cloudwatch_alarm_from_alarm_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cloudwatch_graph_widget_new(owner, ...) ccdk_cloudwatch_graph_widget_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_single_value_widget_new(owner, ...) ccdk_cloudwatch_single_value_widget_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_gauge_widget_new(owner, ...) ccdk_cloudwatch_gauge_widget_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_table_widget_new(owner, ...) ccdk_cloudwatch_table_widget_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_text_widget_new(owner, ...) ccdk_cloudwatch_text_widget_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_widget_new(owner, ...) ccdk_cloudwatch_alarm_widget_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_custom_widget_new(owner, ...) ccdk_cloudwatch_custom_widget_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_status_widget_new(owner, ...) ccdk_cloudwatch_alarm_status_widget_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_log_query_widget_new(owner, ...) ccdk_cloudwatch_log_query_widget_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_row_new(owner, ...) ccdk_cloudwatch_row_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_column_new(owner, ...) ccdk_cloudwatch_column_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_spacer_new(owner, ...) ccdk_cloudwatch_spacer_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_dashboard_variable_new(owner, ...) ccdk_cloudwatch_dashboard_variable_new(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_dashboard_new(scope, ...) ccdk_cloudwatch_dashboard_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_rule_from_boolean(owner, ...) ccdk_cloudwatch_alarm_rule_from_boolean(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_rule_from_string(owner, ...) ccdk_cloudwatch_alarm_rule_from_string(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_rule_all_of(owner, ...) ccdk_cloudwatch_alarm_rule_all_of(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_rule_any_of(owner, ...) ccdk_cloudwatch_alarm_rule_any_of(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_rule_at_least(owner, ...) ccdk_cloudwatch_alarm_rule_at_least(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_rule_at_least_not(owner, ...) ccdk_cloudwatch_alarm_rule_at_least_not(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_composite_alarm_new(scope, ...) ccdk_cloudwatch_composite_alarm_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cloudwatch_composite_alarm_from_composite_alarm_arn(scope, ...) ccdk_cloudwatch_composite_alarm_from_composite_alarm_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cloudwatch_composite_alarm_from_composite_alarm_name(scope, ...) ccdk_cloudwatch_composite_alarm_from_composite_alarm_name(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cloudwatch_schedule_expression_at(owner, ...) ccdk_cloudwatch_schedule_expression_at(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_schedule_expression_cron(owner, ...) ccdk_cloudwatch_schedule_expression_cron(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_mute_rule_new(scope, ...) ccdk_cloudwatch_alarm_mute_rule_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_mute_rule_from_alarm_mute_rule_arn(scope, ...) ccdk_cloudwatch_alarm_mute_rule_from_alarm_mute_rule_arn(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_cloudwatch_alarm_mute_rule_from_alarm_mute_rule_name(scope, ...) ccdk_cloudwatch_alarm_mute_rule_from_alarm_mute_rule_name(CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
