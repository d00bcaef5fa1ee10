/* scalable.h - aws-applicationautoscaling's BaseScalableAttribute, for the modules whose L2s scale
 * one of their attributes (lambda: an alias's provisioned concurrency; dynamodb: a table's and its
 * global secondary indexes' capacities): the ScalableTarget "Target" it makes, and the two ways
 * to scale it that ccdk supports, doScaleToTrackMetric (a TargetTrackingScalingPolicy on a
 * predefined metric) and doScaleOnSchedule. The module's attribute construct embeds a
 * ccdk__scalable. */
#ifndef CCDK_CORE_SCALABLE_H
#define CCDK_CORE_SCALABLE_H

#include "ccdk/appscaling.h"
#include "synth.h"

typedef struct {
    ccdk__node *target;          /* the ScalableTarget "Target" */
    ccdk_cfn_resource *resource; /* its CfnScalableTarget */
    ccdk_value *actions;         /* ScheduledActions (absent while empty) */
} ccdk__scalable;

/* new ScalableTarget(attr, "Target", {serviceNamespace, scalableDimension, resourceId, role,
 * minCapacity, maxCapacity}): min is the attribute's (BaseScalableAttribute: given, else 1); the
 * negative and min > max checks (of resolved numbers) are errors on attr, the target's scope. */
void ccdk__scalable_init(ccdk__scalable *s, ccdk__node *attr, ccdk_opt_num min, ccdk_opt_num max, const char *resource_id,
                         const char *dimension, const char *service_namespace, const char *role_arn);
/* the two halves of it, for aws-applicationautoscaling's own ScalableTarget (src/appscaling/), which
 * makes its Role between them: the capacity checks (0 after the first error, on scope), and the
 * CfnScalableTarget "Resource" under t (an unset capacity or NULL string is left out) */
int ccdk__scalable_check(ccdk__node *scope, ccdk_opt_num min, ccdk_opt_num max);
void ccdk__scalable_build(ccdk__scalable *s, ccdk__node *t, ccdk_opt_num min, ccdk_opt_num max, const char *resource_id,
                          const char *dimension, const char *service_namespace, const char *role_arn);

/* the TargetTrackingScalingPolicy props ccdk supports */
typedef struct {
    const char *statistic, *namespace_, *metric_name, *unit; /* unit may be NULL */
    ccdk_kvs dimensions;                                    /* count 0: none */
} ccdk__scalable_metric_stat;

typedef struct {
    const char *predefined_metric; /* PredefinedMetricType, or NULL with custom_metric */
    const char *resource_label;
    const ccdk__scalable_metric_stat *custom_metric; /* customMetric's metricStat */
    const char *policy_name;       /* NULL: the policy's unique id */
    ccdk_tristate disable_scale_in;
    ccdk_duration scale_in_cooldown, scale_out_cooldown;
    ccdk_opt_num target_value; /* not set: the CfnScalingPolicy's "required but missing" error */
} ccdk__scalable_tracking;

/* doScaleToTrackMetric(id, props): new TargetTrackingScalingPolicy(target, id, ...); its CfnScalingPolicy
 * (whose ref is the policy's ARN), NULL after a percentile statistic's error */
ccdk_cfn_resource *ccdk__scalable_track(ccdk__scalable *s, const char *id, const ccdk__scalable_tracking *p);
/* doScaleOnSchedule(id, action): a ScheduledActions entry; neither capacity is the target's error */
void ccdk__scalable_schedule(ccdk__scalable *s, const char *id, const ccdk_appscaling_scaling_schedule *a);

#endif
