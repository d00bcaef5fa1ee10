/* scalable_target.c - aws-applicationautoscaling's ScalableTarget L2 (its CfnScalableTarget and
 * scheduled actions are core/scalable.c's, shared with the scalable attributes of lambda and
 * dynamodb), its imports, StepScalingAction, and scaleToTrackMetric. Step scaling policies are in
 * step_scaling.c. */
#include <string.h>

#include "ccdk/appscaling.h"
#include "appscaling_internal.h"

static const ccdk__kind kind_target = {.fqn = "aws-cdk-lib.aws_applicationautoscaling.ScalableTarget", .class_name = "ScalableTarget2"};
static const ccdk__kind kind_import = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};
static const ccdk__kind kind_action = {.fqn = "aws-cdk-lib.aws_applicationautoscaling.StepScalingAction",
                                       .class_name = "StepScalingAction2"};

/* the CfnScalableTarget's validation of a required prop, when aws-cdk-lib resolves the target */
static void required(ccdk__scalable *s, const char *prop)
{
    ccdk__error(s->resource, "Resolution error: Supplied properties not correct for \"CfnScalableTargetProps\"\n  %s: required but missing.",
                prop);
}

ccdk_appscaling_scalable_target *ccdk_appscaling_scalable_target_new(void *scope, const char *id,
                                                                     const ccdk_appscaling_scalable_target_props *props)
{
    ccdk_appscaling_scalable_target *t = ccdk__construct(ccdk_appscaling_scalable_target, &kind_target, scope, id);
    ccdk_app *app = t->node.app;
    static const ccdk_appscaling_scalable_target_props none;
    if (!props)
        props = &none;
    if (!t->node.parent || !ccdk__scalable_check(t->node.parent, props->min_capacity, props->max_capacity))
        return t;
    t->role = props->role;
    if (!t->role)
        t->role = ccdk_iam_role_new(t, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(t, "application-autoscaling.amazonaws.com")});
    t->dimension = props->scalable_dimension ? ccdk__strdup(app, props->scalable_dimension) : NULL;
    t->service_namespace = props->service_namespace ? ccdk__strdup(app, props->service_namespace) : NULL;
    ccdk__scalable_build(&t->s, &t->node, props->min_capacity, props->max_capacity, props->resource_id,
                         props->scalable_dimension, props->service_namespace, ccdk_iam_role_arn(t->role));
    t->id = ccdk_cfn_resource_ref(t->s.resource);
    /* CfnScalableTarget's required props, in its validator's order */
    if (!props->max_capacity.set)
        required(&t->s, "maxCapacity");
    else if (!props->min_capacity.set)
        required(&t->s, "minCapacity");
    else if (!props->resource_id)
        required(&t->s, "resourceId");
    else if (!props->scalable_dimension)
        required(&t->s, "scalableDimension");
    else if (!props->service_namespace)
        required(&t->s, "serviceNamespace");
    return t;
}

ccdk_appscaling_scalable_target *ccdk_appscaling_scalable_target_from_scalable_target_id(void *scope, const char *id,
                                                                                         const char *scalable_target_id)
{
    ccdk_appscaling_scalable_target *t = ccdk__construct(ccdk_appscaling_scalable_target, &kind_import, scope, id);
    t->imported = 1;
    t->id_only = 1;
    t->id = ccdk__strdup(t->node.app, scalable_target_id ? scalable_target_id : "");
    return t;
}

ccdk_appscaling_scalable_target *ccdk_appscaling_scalable_target_from_scalable_target_attributes(
    void *scope, const char *id, const ccdk_appscaling_scalable_target_attributes *attrs)
{
    ccdk_appscaling_scalable_target *t = ccdk__construct(ccdk_appscaling_scalable_target, &kind_import, scope, id);
    ccdk_app *app = t->node.app;
    t->imported = 1;
    t->id = ccdk__strdup(app, attrs && attrs->scalable_target_id ? attrs->scalable_target_id : "");
    if (attrs && attrs->scalable_dimension)
        t->dimension = ccdk__strdup(app, attrs->scalable_dimension);
    if (attrs && attrs->service_namespace)
        t->service_namespace = ccdk__strdup(app, attrs->service_namespace);
    return t;
}

const char *ccdk_appscaling_scalable_target_id(ccdk_appscaling_scalable_target *t)
{
    return ccdk__handle_ok(t, __func__) ? t->id : NULL;
}

ccdk_iam_role *ccdk_appscaling_scalable_target_role(ccdk_appscaling_scalable_target *t)
{
    return ccdk__handle_ok(t, __func__) ? t->role : NULL;
}

/* a method aws-cdk-lib's ScalableTarget has and its imports do not */
int ccdk__appscaling_target_own(ccdk_appscaling_scalable_target *t, const char *func)
{
    if (!ccdk__target_ok(t, func))
        return 0;
    if (t->imported || !t->s.resource) {
        if (t->imported)
            ccdk__process_error("%s: the ScalableTarget %s is imported (aws-cdk-lib's IScalableTarget has no such method)",
                                func, t->node.path);
        return 0;
    }
    return 1;
}

void ccdk_appscaling_scalable_target_add_to_role_policy(ccdk_appscaling_scalable_target *t, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__appscaling_target_own(t, __func__) || !ccdk__arg_ok(statement, __func__, "statement"))
        return;
    ccdk_iam_role_add_to_policy(t->role, statement);
}

void ccdk_appscaling_scalable_target_scale_on_schedule(ccdk_appscaling_scalable_target *t, const char *id,
                                                       const ccdk_appscaling_scaling_schedule *action)
{
    if (!ccdk__appscaling_target_own(t, __func__) || !ccdk__arg_ok(id, __func__, "id") ||
        !ccdk__arg_ok(action, __func__, "action"))
        return;
    ccdk__scalable_schedule(&t->s, id, action);
}

/* scalingTarget.scalableTargetRef.resourceId; NULL (an error on the import) for an import by id */
const char *ccdk__appscaling_target_ref(ccdk_appscaling_scalable_target *t)
{
    if (t->id_only) {
        ccdk__error(t, "Cannot access scalableTargetRef on a ScalableTarget imported by ID only. Use "
                       "ScalableTarget.fromScalableTargetAttributes() instead.");
        return NULL;
    }
    return t->id ? t->id : "";
}

static const char *const adjustment_types[] = {NULL, "ChangeInCapacity", "PercentChangeInCapacity", "ExactCapacity"};
static const char *const aggregation_types[] = {NULL, "Average", "Minimum", "Maximum"};

ccdk_appscaling_step_scaling_action *ccdk__appscaling_action(ccdk__node *scope, const char *id,
                                                             const ccdk_appscaling_step_scaling_action_props *p)
{
    ccdk_appscaling_step_scaling_action *a = ccdk__construct(ccdk_appscaling_step_scaling_action, &kind_action, scope, id);
    ccdk_app *app = a->node.app;
    a->adjustments = ccdk__v_list(app);
    a->arn = "";
    if (!ccdk__arg_handle_ok(p->scaling_target, "ccdk_appscaling_step_scaling_action_new", "scaling_target"))
        return a;
    const char *target_id = ccdk__appscaling_target_ref(p->scaling_target);
    if (!target_id)
        return a;
    ccdk_cfn_resource *r = ccdk__l1(a, "Resource", "AWS::ApplicationAutoScaling::ScalingPolicy",
                                    "aws-cdk-lib.aws_applicationautoscaling.CfnScalingPolicy");
    ccdk__res_set(r, "PolicyName", ccdk__v_from_string(app, p->policy_name ? p->policy_name : ccdk__node_unique_id(&a->node)));
    ccdk__res_set(r, "PolicyType", ccdk__v_str(app, "StepScaling"));
    ccdk__res_set(r, "ScalingTargetId", ccdk__v_from_string(app, target_id));
    /* StepScalingPolicyConfigurationProperty, in its template order */
    ccdk_value *c = ccdk__v_obj(app);
    if (p->adjustment_type)
        ccdk__v_set(c, "AdjustmentType", ccdk__v_str(app, adjustment_types[p->adjustment_type]));
    if (ccdk_duration_is_set(p->cooldown))
        ccdk__v_set(c, "Cooldown", ccdk__duration_value(a, p->cooldown, CCDK_TIME_SECONDS, 1));
    if (p->metric_aggregation_type)
        ccdk__v_set(c, "MetricAggregationType", ccdk__v_str(app, aggregation_types[p->metric_aggregation_type]));
    if (p->min_adjustment_magnitude.set)
        ccdk__v_set(c, "MinAdjustmentMagnitude", ccdk__v_opt_num(app, p->min_adjustment_magnitude));
    ccdk__v_set(c, "StepAdjustments", a->adjustments); /* [] while empty */
    ccdk__res_set(r, "StepScalingPolicyConfiguration", c);
    a->arn = ccdk_cfn_resource_ref(r);
    return a;
}

ccdk_appscaling_step_scaling_action *ccdk_appscaling_step_scaling_action_new(void *scope, const char *id,
                                                                             const ccdk_appscaling_step_scaling_action_props *props)
{
    ccdk__node *sn = ccdk__scope(scope);
    if (!sn || !ccdk__arg_ok(props, __func__, "props"))
        return NULL;
    if (!CCDK__ENUM_OK(sn, props->adjustment_type, ccdk_appscaling_adjustment_type, CCDK_APPSCALING_ADJUSTMENT_TYPE_UNSET,
                       CCDK_APPSCALING_ADJUSTMENT_TYPE_EXACT_CAPACITY, "adjustmentType") ||
        !CCDK__ENUM_OK(sn, props->metric_aggregation_type, ccdk_appscaling_metric_aggregation_type,
                       CCDK_APPSCALING_METRIC_AGGREGATION_TYPE_UNSET, CCDK_APPSCALING_METRIC_AGGREGATION_TYPE_MAXIMUM,
                       "metricAggregationType"))
        return NULL;
    return ccdk__appscaling_action(sn, id, props);
}

void ccdk_appscaling_step_scaling_action_add_adjustment(ccdk_appscaling_step_scaling_action *a,
                                                        const ccdk_appscaling_adjustment_tier *tier)
{
    if (!ccdk__target_ok(a, __func__) || !ccdk__arg_ok(tier, __func__, "adjustment"))
        return;
    ccdk__appscaling_add_adjustment(a, tier->adjustment, tier->lower_bound, tier->upper_bound);
}

void ccdk__appscaling_add_adjustment(ccdk_appscaling_step_scaling_action *a, double adjustment, ccdk_opt_num lower,
                                     ccdk_opt_num upper)
{
    ccdk_app *app = a->node.app;
    if (!lower.set && !upper.set) {
        ccdk__error(a, "At least one of lowerBound or upperBound is required");
        return;
    }
    ccdk_value *o = ccdk__v_obj(app);
    if (lower.set)
        ccdk__v_set(o, "MetricIntervalLowerBound", ccdk__v_opt_num(app, lower));
    if (upper.set)
        ccdk__v_set(o, "MetricIntervalUpperBound", ccdk__v_opt_num(app, upper));
    ccdk__v_set(o, "ScalingAdjustment", ccdk__v_num(app, adjustment));
    ccdk__v_push(a->adjustments, o);
}

const char *ccdk_appscaling_step_scaling_action_scaling_policy_arn(ccdk_appscaling_step_scaling_action *a)
{
    return ccdk__handle_ok(a, __func__) ? a->arn : NULL;
}

/* aws-cloudwatch-actions' ApplicationScalingAction: bind gives stepScalingAction.scalingPolicyArn */
ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_actions_application_scaling_action(ccdk_appscaling_step_scaling_action *a)
{
    if (!ccdk__arg_handle_ok(a, __func__, "the action"))
        return NULL;
    return ccdk_cloudwatch_alarm_action_of(a, a->arn);
}

const char *ccdk_appscaling_scalable_target_scale_to_track_metric(ccdk_appscaling_scalable_target *t, const char *id,
                                                                  const ccdk_appscaling_target_tracking_props *p)
{
    if (!ccdk__appscaling_target_own(t, __func__) || !ccdk__arg_ok(id, __func__, "id") || !ccdk__arg_ok(p, __func__, "props"))
        return NULL;
    /* the TargetTrackingScalingPolicy's checks, before it is made: on its scope, the target */
    if ((p->custom_metric == NULL) == (p->predefined_metric == NULL)) {
        ccdk__error(t, "Exactly one of 'customMetric' or 'predefinedMetric' must be specified.");
        return NULL;
    }
    ccdk__scalable_metric_stat stat;
    if (p->custom_metric) {
        const ccdk_cloudwatch_metric *m = p->custom_metric;
        if (ccdk_cloudwatch_metric_expression(m)) {
            ccdk__error(t, "Only direct metrics are supported for Target Tracking. Use Step Scaling or supply a Metric object.");
            return NULL;
        }
        stat = (ccdk__scalable_metric_stat){
            .statistic = ccdk_cloudwatch_metric_statistic(m),
            .namespace_ = ccdk_cloudwatch_metric_namespace(m),
            .metric_name = ccdk_cloudwatch_metric_metric_name(m),
            .unit = ccdk_cloudwatch_metric_unit(m),
            .dimensions = ccdk_cloudwatch_metric_dimensions(m),
        };
    }
    /* PredefinedMetric.DYNAMODB_WRITE_CAPACITY_UTILIZATION's value is mapped to the real one */
    const char *predefined = p->predefined_metric;
    if (predefined && !strcmp(predefined, "DynamoDBWriteCapacityUtilization-dummy"))
        predefined = "DynamoDBWriteCapacityUtilization";
    ccdk_cfn_resource *r = ccdk__scalable_track(&t->s, id, &(ccdk__scalable_tracking){
        .predefined_metric = predefined,
        .resource_label = predefined ? p->resource_label : NULL,
        .custom_metric = p->custom_metric ? &stat : NULL,
        .policy_name = p->policy_name,
        .disable_scale_in = p->disable_scale_in,
        .scale_in_cooldown = p->scale_in_cooldown,
        .scale_out_cooldown = p->scale_out_cooldown,
        .target_value = p->target_value,
    });
    return r ? ccdk_cfn_resource_ref(r) : NULL;
}
