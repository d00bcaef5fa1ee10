/* ccdk/appscaling.h - aws-applicationautoscaling: Schedule and ScalingSchedule (what Lambda alias and
 * DynamoDB table auto scaling take), and the ScalableTarget L2 with its step scaling (StepScalingPolicy,
 * StepScalingAction) and target tracking policies. A Lambda alias's provisioned concurrency that
 * should scale on steps of a metric uses a ScalableTarget of its own (resource id
 * "function:<name>:<alias>", dimension "lambda:function:ProvisionedConcurrency"): aws-lambda's
 * scalable attribute only has scaleOnUtilization and scaleOnSchedule. */
#ifndef CCDK_APPSCALING_H
#define CCDK_APPSCALING_H

#include "ccdk/cloudwatch.h"
#include "ccdk/core.h"
#include "ccdk/iam.h"

#ifdef __cplusplus
extern "C" {
#endif

/** An aws-applicationautoscaling Schedule: build with the functions below. */
typedef struct {
    const char *expression_string;
    int warn_default_minute; /* cron without minute: warning when bound */
    /** The id of that warning; NULL: aws-applicationautoscaling's (aws-autoscaling's cron sets its own). */
    const char *default_minute_warning;
} ccdk_appscaling_schedule;

/** Schedule.expression("rate(1 day)"), Schedule.rate(duration), Schedule.at(UTC time), Schedule.cron(opts).
 *  Returned by value; the expression string is owned by the owner's App. A bad duration or cron is
 *  aws-cdk-lib's error on the App (without a path), and the expression is "" (static); a bad owner
 *  goes to the process-wide list. Schedule.at's fields are not checked. */
ccdk_appscaling_schedule ccdk_appscaling_schedule_expression(void *owner, const char *expression);
ccdk_appscaling_schedule ccdk_appscaling_schedule_rate(void *owner, ccdk_duration d);
typedef struct {
    int year, month, day, hour, minute, second; /* UTC; month 1..12 */
} ccdk_appscaling_time;
/** Schedule.at(time): as the Schedule functions above (the fields are not checked). */
ccdk_appscaling_schedule ccdk_appscaling_schedule_at(void *owner, ccdk_appscaling_time t);
typedef struct {
    const char *minute, *hour, *day, *month, *year, *week_day; /* NULL: unset */
} ccdk_appscaling_cron_options;
/** Schedule.cron(options), options may be NULL: as above; day with week_day is aws-cdk-lib's error. */
ccdk_appscaling_schedule ccdk_appscaling_schedule_cron(void *owner, const ccdk_appscaling_cron_options *options);

/** ScalingSchedule: a scheduled action of a scalable attribute's scaleOnSchedule (an alias's
 *  provisioned concurrency, a DynamoDB table's capacities). At least one capacity is required. */
typedef struct {
    ccdk_appscaling_schedule schedule; /* required */
    ccdk_opt_num min_capacity;
    ccdk_opt_num max_capacity;
    const char *start_time; /* "2030-01-01T00:00:00Z" (UTC, no milliseconds: aws-cdk-lib's Date rendering), or NULL */
    const char *end_time;
    const char *time_zone;  /* TimeZone: CCDK_TIME_ZONE_AMERICA_DENVER ... (ccdk/time_zone.h) or any IANA name; NULL: none */
} ccdk_appscaling_scaling_schedule;

/* ================================================================== ScalableTarget */

typedef struct ccdk_appscaling_scalable_target ccdk_appscaling_scalable_target;
typedef struct ccdk_appscaling_step_scaling_policy ccdk_appscaling_step_scaling_policy;
typedef struct ccdk_appscaling_step_scaling_action ccdk_appscaling_step_scaling_action;

/** ScalableTargetProps. */
typedef struct {
    ccdk_opt_num min_capacity; /* required */
    ccdk_opt_num max_capacity; /* required */
    /** NULL: a new Role "Role" assumed by application-autoscaling.amazonaws.com */
    ccdk_iam_role *role;
    const char *resource_id;        /* required, e.g. "function:my-fn:prod" */
    const char *scalable_dimension; /* required, e.g. "lambda:function:ProvisionedConcurrency" */
    /** required: a ServiceNamespace value ("lambda", "dynamodb", "ecs", "elasticmapreduce", "ec2",
     *  "appstream", "rds", "sagemaker", "custom-resource", "comprehend", "kafka", "elasticache",
     *  "neptune", "cassandra", "workspaces") */
    const char *service_namespace;
} ccdk_appscaling_scalable_target_props;

/** new appscaling.ScalableTarget(scope, id, props). A negative capacity or min above max (numbers, not
 *  tokens) is aws-cdk-lib's error on scope; a missing required prop is the CfnScalableTarget's
 *  "required but missing" error. Owned by the App; never NULL (a bad scope: the process-wide list). */
ccdk_appscaling_scalable_target *ccdk_appscaling_scalable_target_new(void *scope, const char *id,
                                                                     const ccdk_appscaling_scalable_target_props *props);
/** ScalableTarget.fromScalableTargetId(scope, id, scalableTargetId): an import that only knows its id,
 *  so a policy or action made on it is aws-cdk-lib's error ("Cannot access scalableTargetRef on a
 *  ScalableTarget imported by ID only. ..."). */
ccdk_appscaling_scalable_target *ccdk_appscaling_scalable_target_from_scalable_target_id(void *scope, const char *id,
                                                                                         const char *scalable_target_id);
typedef struct {
    const char *scalable_target_id; /* required */
    const char *scalable_dimension; /* required */
    const char *service_namespace;  /* required */
} ccdk_appscaling_scalable_target_attributes;
/** ScalableTarget.fromScalableTargetAttributes(scope, id, attrs): an import a StepScalingAction can
 *  target (its ScalingTargetId is the scalable_target_id). */
ccdk_appscaling_scalable_target *ccdk_appscaling_scalable_target_from_scalable_target_attributes(
    void *scope, const char *id, const ccdk_appscaling_scalable_target_attributes *attrs);
/** scalableTarget.scalableTargetId (the CfnScalableTarget's Ref, or the import's id) and
 *  scalableTarget.role (NULL for an import); owned by the App. NULL for NULL. */
const char *ccdk_appscaling_scalable_target_id(ccdk_appscaling_scalable_target *target);
ccdk_iam_role *ccdk_appscaling_scalable_target_role(ccdk_appscaling_scalable_target *target);
/** scalableTarget.addToRolePolicy(statement): role.addToPrincipalPolicy(statement). An import (which
 *  has no such method in aws-cdk-lib) or NULL statement is an error on the process-wide list. */
void ccdk_appscaling_scalable_target_add_to_role_policy(ccdk_appscaling_scalable_target *target,
                                                        ccdk_iam_policy_statement *statement);
/** scalableTarget.scaleOnSchedule(id, action): a ScheduledActions entry (neither capacity: aws-cdk-lib's
 *  error on the target). */
void ccdk_appscaling_scalable_target_scale_on_schedule(ccdk_appscaling_scalable_target *target, const char *id,
                                                       const ccdk_appscaling_scaling_schedule *action);

/** AdjustmentType (0: unset; scaleOnMetric's default is CHANGE_IN_CAPACITY). */
typedef enum {
    CCDK_APPSCALING_ADJUSTMENT_TYPE_UNSET = 0,
    CCDK_APPSCALING_ADJUSTMENT_TYPE_CHANGE_IN_CAPACITY,
    CCDK_APPSCALING_ADJUSTMENT_TYPE_PERCENT_CHANGE_IN_CAPACITY,
    CCDK_APPSCALING_ADJUSTMENT_TYPE_EXACT_CAPACITY
} ccdk_appscaling_adjustment_type;
/** MetricAggregationType (0: unset; scaleOnMetric's default follows the metric's statistic). */
typedef enum {
    CCDK_APPSCALING_METRIC_AGGREGATION_TYPE_UNSET = 0,
    CCDK_APPSCALING_METRIC_AGGREGATION_TYPE_AVERAGE,
    CCDK_APPSCALING_METRIC_AGGREGATION_TYPE_MINIMUM,
    CCDK_APPSCALING_METRIC_AGGREGATION_TYPE_MAXIMUM
} ccdk_appscaling_metric_aggregation_type;

/** ScalingInterval: lower and/or upper bound of the metric, and the change. */
typedef struct {
    ccdk_opt_num lower, upper; /* at least one */
    double change;
} ccdk_appscaling_scaling_interval;
typedef CCDK_LIST_TYPE(ccdk_appscaling_scaling_interval) ccdk_appscaling_scaling_intervals;

/** BasicStepScalingPolicyProps. */
typedef struct {
    ccdk_cloudwatch_metric *metric; /* required */
    ccdk_appscaling_scaling_intervals scaling_steps; /* CCDK_LIST(...): 2 to 40 intervals */
    ccdk_appscaling_adjustment_type adjustment_type;
    ccdk_duration cooldown;
    ccdk_opt_num min_adjustment_magnitude;
    ccdk_opt_num evaluation_periods; /* default 1 */
    ccdk_opt_num datapoints_to_alarm; /* needs evaluation_periods */
    ccdk_appscaling_metric_aggregation_type metric_aggregation_type;
} ccdk_appscaling_step_scaling_policy_props;

/** scalableTarget.scaleOnMetric(id, props): new StepScalingPolicy(target, id, {...props, scalingTarget}):
 *  the intervals normalized as aws-autoscaling-common's normalizeIntervals (gaps and zero changes become
 *  the no-change interval, unless the adjustment type is EXACT_CAPACITY), and on each side of it a
 *  StepScalingAction ("LowerPolicy", "UpperPolicy") with the steps relative to the threshold and an Alarm
 *  ("LowerAlarm" at <= the threshold, "UpperAlarm" at >=) that triggers it. aws-cdk-lib's errors, on the
 *  target: fewer than 2 or more than 40 steps, evaluationPeriods or datapointsToAlarm below 1,
 *  datapointsToAlarm without evaluationPeriods or above it; the interval errors (overlap, more than one
 *  no-change interval, ...) on the App without a path. Owned by the App; never NULL after a valid
 *  target (NULL after an error on the process-wide list). */
ccdk_appscaling_step_scaling_policy *ccdk_appscaling_scalable_target_scale_on_metric(
    ccdk_appscaling_scalable_target *target, const char *id, const ccdk_appscaling_step_scaling_policy_props *props);
/** stepScalingPolicy.lowerAlarm / upperAlarm / lowerAction / upperAction: NULL when there is no such
 *  side (or for NULL). */
ccdk_cloudwatch_alarm *ccdk_appscaling_step_scaling_policy_lower_alarm(ccdk_appscaling_step_scaling_policy *policy);
ccdk_cloudwatch_alarm *ccdk_appscaling_step_scaling_policy_upper_alarm(ccdk_appscaling_step_scaling_policy *policy);
ccdk_appscaling_step_scaling_action *ccdk_appscaling_step_scaling_policy_lower_action(ccdk_appscaling_step_scaling_policy *policy);
ccdk_appscaling_step_scaling_action *ccdk_appscaling_step_scaling_policy_upper_action(ccdk_appscaling_step_scaling_policy *policy);

/** StepScalingActionProps. */
typedef struct {
    ccdk_appscaling_scalable_target *scaling_target; /* required */
    const char *policy_name; /* NULL: the action's unique id */
    ccdk_appscaling_adjustment_type adjustment_type; /* unset: left out */
    ccdk_duration cooldown;
    ccdk_opt_num min_adjustment_magnitude;
    ccdk_appscaling_metric_aggregation_type metric_aggregation_type;
} ccdk_appscaling_step_scaling_action_props;
/** new appscaling.StepScalingAction(scope, id, props): a StepScaling CfnScalingPolicy with no steps
 *  until add_adjustment. A target imported by id only is aws-cdk-lib's error on that import. Owned by
 *  the App; never NULL after a valid scope. */
ccdk_appscaling_step_scaling_action *ccdk_appscaling_step_scaling_action_new(void *scope, const char *id,
                                                                             const ccdk_appscaling_step_scaling_action_props *props);
/** AdjustmentTier: the change for a metric between lower_bound and upper_bound (relative to the
 *  alarm's threshold; at least one bound). */
typedef struct {
    double adjustment;
    ccdk_opt_num lower_bound, upper_bound;
} ccdk_appscaling_adjustment_tier;
/** stepScalingAction.addAdjustment(tier): a StepAdjustments entry; neither bound is aws-cdk-lib's error
 *  on the action. */
void ccdk_appscaling_step_scaling_action_add_adjustment(ccdk_appscaling_step_scaling_action *action,
                                                        const ccdk_appscaling_adjustment_tier *tier);
/** stepScalingAction.scalingPolicyArn (the CfnScalingPolicy's Ref); NULL for NULL. */
const char *ccdk_appscaling_step_scaling_action_scaling_policy_arn(ccdk_appscaling_step_scaling_action *action);
/** new cloudwatch_actions.ApplicationScalingAction(stepScalingAction): an IAlarmAction (for
 *  ccdk_cloudwatch_alarm_add_alarm_action and friends) whose alarmActionArn is the action's
 *  scalingPolicyArn. Owned by the action's App; a NULL action is an error on the process-wide list,
 *  and NULL. */
ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_actions_application_scaling_action(ccdk_appscaling_step_scaling_action *action);

/** BasicTargetTrackingScalingPolicyProps: exactly one of predefined_metric and custom_metric. */
typedef struct {
    ccdk_opt_num target_value; /* required */
    /** a PredefinedMetric value, e.g. "LambdaProvisionedConcurrencyUtilization" */
    const char *predefined_metric;
    const char *resource_label; /* with predefined_metric "ALBRequestCountPerTarget" */
    /** a Metric (not a math expression); a percentile statistic is aws-cdk-lib's error */
    ccdk_cloudwatch_metric *custom_metric;
    const char *policy_name; /* NULL: the policy's unique id */
    ccdk_tristate disable_scale_in;
    ccdk_duration scale_in_cooldown, scale_out_cooldown;
} ccdk_appscaling_target_tracking_props;
/** scalableTarget.scaleToTrackMetric(id, props): new TargetTrackingScalingPolicy(target, id, ...); its
 *  scalingPolicyArn (a token), NULL after an error. aws-cdk-lib's errors on the target: both or neither
 *  metric, a math expression as custom metric; on the policy: a percentile statistic. */
const char *ccdk_appscaling_scalable_target_scale_to_track_metric(ccdk_appscaling_scalable_target *target, const char *id,
                                                                  const ccdk_appscaling_target_tracking_props *props);

/* ---- checked handles (generated by scripts/gen-checked-macros.py; do not edit) ---- */
#if !defined(__cplusplus) && !defined(CCDK__BUILDING)
#define ccdk_appscaling_schedule_expression(owner, ...) ccdk_appscaling_schedule_expression(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_appscaling_schedule_rate(owner, ...) ccdk_appscaling_schedule_rate(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_appscaling_schedule_at(owner, ...) ccdk_appscaling_schedule_at(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_appscaling_schedule_cron(owner, ...) ccdk_appscaling_schedule_cron(CCDK_CONSTRUCT(owner), __VA_ARGS__)
#define ccdk_appscaling_scalable_target_new(scope, ...) ccdk_appscaling_scalable_target_new(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_appscaling_scalable_target_from_scalable_target_id(scope, ...) ccdk_appscaling_scalable_target_from_scalable_target_id(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_appscaling_scalable_target_from_scalable_target_attributes(scope, ...) ccdk_appscaling_scalable_target_from_scalable_target_attributes(CCDK_SCOPE(scope), __VA_ARGS__)
#define ccdk_appscaling_step_scaling_action_new(scope, ...) ccdk_appscaling_step_scaling_action_new(CCDK_SCOPE(scope), __VA_ARGS__)
#endif
/* ---- end of checked handles ---- */

#ifdef __cplusplus
}
#endif
#endif
