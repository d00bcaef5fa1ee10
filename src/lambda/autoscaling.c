/* autoscaling.c - alias.addAutoScaling (private/scalable-function-attribute.js) and the parts of
 * aws-applicationautoscaling it builds for it: ScalableTarget, TargetTrackingScalingPolicy
 * (Schedule is in src/appscaling/). */
#include <math.h>
#include <string.h>

#include "ccdk/lambda_versions.h"
#include "lambda_internal.h"

static const ccdk__kind kind_attr = {.fqn = "aws-cdk-lib.aws_applicationautoscaling.BaseScalableAttribute", .class_name = "ScalableFunctionAttribute"};
static const ccdk__kind kind_target = {.fqn = "aws-cdk-lib.aws_applicationautoscaling.ScalableTarget", .class_name = "ScalableTarget2"};
static const ccdk__kind kind_tracking = {.fqn = "aws-cdk-lib.aws_applicationautoscaling.TargetTrackingScalingPolicy"};

struct ccdk_lambda_scalable_attribute {
    ccdk__node node;
    ccdk__node *target;
    ccdk_cfn_resource *target_resource;
    ccdk_value *actions; /* list of scheduled actions */
};

/* ------------------------------------------------------------------ ScalableTarget */

static ccdk_value *actions_lazy(void *ctx)
{
    ccdk_lambda_scalable_attribute *sa = ctx;
    return sa->actions->u.list.n ? sa->actions : ccdk__v_undef(sa->node.app);
}

ccdk_lambda_scalable_attribute *ccdk_lambda_alias_add_auto_scaling(ccdk_lambda_alias *alias,
                                                                   const ccdk_lambda_auto_scaling_options *o)
{
    if (!ccdk__target_ok(alias, __func__))
        return NULL;
    ccdk_app *app = alias->base.node.app;
    if (alias->scalable) {
        ccdk__error(alias, "AutoScaling already enabled for this alias");
        return alias->scalable;
    }
    static const ccdk_lambda_auto_scaling_options none;
    if (!o)
        o = &none;
    double min = o->min_capacity.set ? o->min_capacity.value : 1;
    ccdk_lambda_scalable_attribute *sa = ccdk__alloc(app, sizeof *sa);
    ccdk__node_init(&sa->node, &kind_attr, alias, "AliasScaling");
    alias->scalable = sa;
    if (!o->max_capacity.set)
        ccdk__error(sa, "maxCapacity is required");
    double max = o->max_capacity.value;
    /* ScalableTarget's checks report on its scope, the ScalableFunctionAttribute */
    /* ScalableTarget checks only resolved numbers (withResolved) */
    int max_tok = o->max_capacity.token != NULL, min_tok = o->min_capacity.set && o->min_capacity.token;
    if (!max_tok && max < 0)
        ccdk__error(sa, "maxCapacity cannot be negative, got: %s", ccdk__num_string(app, max));
    if (!min_tok && min < 0)
        ccdk__error(sa, "minCapacity cannot be negative, got: %s", ccdk__num_string(app, min));
    if (!max_tok && !min_tok && max < min)
        ccdk__error(sa, "minCapacity (%s) should be lower than maxCapacity (%s)", ccdk__num_string(app, min), ccdk__num_string(app, max));
    ccdk__node *t = ccdk__alloc(app, sizeof *t);
    ccdk__node_init(t, &kind_target, sa, "Target");
    sa->target = t;
    sa->actions = ccdk__v_list(app);
    ccdk_cfn_resource *r = ccdk__l1(t, "Resource", "AWS::ApplicationAutoScaling::ScalableTarget",
                                           "aws-cdk-lib.aws_applicationautoscaling.CfnScalableTarget");
    sa->target_resource = r;
    r->tag_kind = 1;
    ccdk__res_set(r, "MaxCapacity", max_tok ? ccdk__v_opt_num(app, o->max_capacity) : ccdk__v_num(app, max));
    ccdk__res_set(r, "MinCapacity", min_tok ? ccdk__v_opt_num(app, o->min_capacity) : ccdk__v_num(app, min));
    ccdk__res_set(r, "ResourceId", ccdk__v_from_string(app, ccdk__sprintf(app, "function:%s", alias->base.name)));
    ccdk__res_set(r, "RoleARN", ccdk__v_from_string(app, ccdk_iam_role_arn(alias->scaling_role)));
    ccdk__res_set(r, "ScalableDimension", ccdk__v_str(app, "lambda:function:ProvisionedConcurrency"));
    ccdk__res_set(r, "ScheduledActions", ccdk__v_lazy(app, actions_lazy, sa)); /* absent while empty */
    ccdk__res_set(r, "ServiceNamespace", ccdk__v_str(app, "lambda"));
    return sa;
}

void ccdk_lambda_scalable_attribute_scale_on_utilization(ccdk_lambda_scalable_attribute *sa,
                                                         const ccdk_lambda_utilization_scaling_options *o)
{
    if (!ccdk__target_ok(sa, __func__) || !ccdk__arg_ok(o, __func__, "options"))
        return;
    ccdk_app *app = sa->node.app;
    /* scalable-function-attribute.js: a token (Token.isUnresolved) is not range-checked */
    ccdk_opt_num ut = o->utilization_target;
    if (ut.set && !ut.token && (ut.value < 0.1 || ut.value > 0.9)) {
        ccdk__error(sa, "Utilization Target should be between 0.1 and 0.9. Found %s.", ccdk__num_string(app, ut.value));
        return;
    }
    ccdk__node *p = ccdk__alloc(app, sizeof *p);
    ccdk__node_init(p, &kind_tracking, sa->target, "Tracking");
    ccdk_cfn_resource *r = ccdk__l1(p, "Resource", "AWS::ApplicationAutoScaling::ScalingPolicy",
                                           "aws-cdk-lib.aws_applicationautoscaling.CfnScalingPolicy");
    ccdk__res_set(r, "PolicyName", ccdk__v_from_string(app, o->policy_name ? o->policy_name : ccdk__node_unique_id(p)));
    ccdk__res_set(r, "PolicyType", ccdk__v_str(app, "TargetTrackingScaling"));
    ccdk__res_set(r, "ScalingTargetId", ccdk__v_str(app, ccdk_cfn_resource_ref(sa->target_resource)));
    ccdk_value *c = ccdk__v_obj(app);
    if (ccdk__tri_set(o->disable_scale_in))
        ccdk__v_set(c, "DisableScaleIn", ccdk__v_bool(app, ccdk__tri_true(o->disable_scale_in)));
    ccdk_value *pm = ccdk__v_obj(app);
    ccdk__v_set(pm, "PredefinedMetricType", ccdk__v_str(app, "LambdaProvisionedConcurrencyUtilization"));
    ccdk__v_set(c, "PredefinedMetricSpecification", pm);
    if (ccdk_duration_is_set(o->scale_in_cooldown))
        ccdk__v_set(c, "ScaleInCooldown", ccdk__duration_value(p, o->scale_in_cooldown, CCDK_TIME_SECONDS, 1));
    if (ccdk_duration_is_set(o->scale_out_cooldown))
        ccdk__v_set(c, "ScaleOutCooldown", ccdk__duration_value(p, o->scale_out_cooldown, CCDK_TIME_SECONDS, 1));
    if (ut.set)
        ccdk__v_set(c, "TargetValue", ccdk__v_opt_num(app, ut));
    else /* the L1's property validation, run when aws-cdk-lib resolves the policy */
        ccdk__error(r, "Resolution error: Supplied properties not correct for \"CfnScalingPolicyProps\"\n"
                       "  targetTrackingScalingPolicyConfiguration: supplied properties not correct for "
                       "\"TargetTrackingScalingPolicyConfigurationProperty\"\n"
                       "    targetValue: required but missing.");
    ccdk__res_set(r, "TargetTrackingScalingPolicyConfiguration", c);
}

void ccdk_lambda_scalable_attribute_scale_on_schedule(ccdk_lambda_scalable_attribute *sa, const char *id,
                                                      const ccdk_lambda_scaling_schedule *a)
{
    if (!ccdk__target_ok(sa, __func__) || !ccdk__arg_ok(id, __func__, "id") || !ccdk__arg_ok(a, __func__, "action"))
        return;
    ccdk_app *app = sa->node.app;
    if (!a->min_capacity.set && !a->max_capacity.set) {
        ccdk__buf b = {0};
        ccdk__buf_puts(&b, "{\"schedule\":{\"expressionString\":");
        const char *e = a->schedule.expression_string ? a->schedule.expression_string : "";
        ccdk__json_write_string(&b, e, strlen(e));
        ccdk__buf_puts(&b, "}}");
        ccdk__error(sa->target, "You must supply at least one of minCapacity or maxCapacity, got %s", b.data);
        ccdk__buf_free(&b);
        return;
    }
    if (a->schedule.warn_default_minute)
        ccdk__warning(sa->target, a->schedule.default_minute_warning ? a->schedule.default_minute_warning
                                                                     : "@aws-cdk/aws-applicationautoscaling:defaultRunEveryMinute",
                      "cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if "
                      "that's what you intend, or 'minute: 0' to run once per hour instead.");
    /* ScheduledActionProperty, rendered with its keys in alphabetical order */
    ccdk_value *o = ccdk__v_obj(app);
    if (a->end_time)
        ccdk__v_set(o, "EndTime", ccdk__v_from_string(app, a->end_time));
    ccdk_value *sta = ccdk__v_obj(app);
    if (a->max_capacity.set)
        ccdk__v_set(sta, "MaxCapacity", ccdk__v_opt_num(app, a->max_capacity));
    if (a->min_capacity.set)
        ccdk__v_set(sta, "MinCapacity", ccdk__v_opt_num(app, a->min_capacity));
    ccdk__v_set(o, "ScalableTargetAction", sta);
    ccdk__v_set(o, "Schedule", ccdk__v_from_string(app, a->schedule.expression_string ? a->schedule.expression_string : ""));
    ccdk__v_set(o, "ScheduledActionName", ccdk__v_from_string(app, id ? id : ""));
    if (a->start_time)
        ccdk__v_set(o, "StartTime", ccdk__v_from_string(app, a->start_time));
    if (a->time_zone)
        ccdk__v_set(o, "Timezone", ccdk__v_from_string(app, a->time_zone));
    ccdk__v_push(sa->actions, o);
}
