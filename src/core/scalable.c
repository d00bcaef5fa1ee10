/* scalable.c - aws-applicationautoscaling's BaseScalableAttribute (scalable.h): ScalableTarget,
 * TargetTrackingScalingPolicy and scheduled actions. */
#include <string.h>

#include "scalable.h"

static const ccdk__kind kind_target = {.fqn = "aws-cdk-lib.aws_applicationautoscaling.ScalableTarget", .class_name = "ScalableTarget2"};
static const ccdk__kind kind_tracking = {.fqn = "aws-cdk-lib.aws_applicationautoscaling.TargetTrackingScalingPolicy"};

static ccdk_value *actions_lazy(void *ctx)
{
    ccdk__scalable *s = ctx;
    return s->actions->u.list.n ? s->actions : ccdk__v_undef(s->target->app);
}

int ccdk__scalable_check(ccdk__node *scope, ccdk_opt_num min, ccdk_opt_num max)
{
    ccdk_app *app = scope->app;
    /* ScalableTarget's checks (withResolved: numbers only) report on its scope; each throws */
    int max_tok = max.token != NULL, min_tok = min.token != NULL;
    if (max.set && !max_tok && max.value < 0) {
        ccdk__error(scope, "maxCapacity cannot be negative, got: %s", ccdk__num_string(app, max.value));
        return 0;
    }
    if (min.set && !min_tok && min.value < 0) {
        ccdk__error(scope, "minCapacity cannot be negative, got: %s", ccdk__num_string(app, min.value));
        return 0;
    }
    if (max.set && min.set && !max_tok && !min_tok && max.value < min.value) {
        ccdk__error(scope, "minCapacity (%s) should be lower than maxCapacity (%s)", ccdk__num_string(app, min.value),
                    ccdk__num_string(app, max.value));
        return 0;
    }
    return 1;
}

void ccdk__scalable_build(ccdk__scalable *s, ccdk__node *t, ccdk_opt_num min, ccdk_opt_num max, const char *resource_id,
                          const char *dimension, const char *service_namespace, const char *role_arn)
{
    ccdk_app *app = t->app;
    s->target = t;
    s->actions = ccdk__v_list(app);
    ccdk_cfn_resource *r = ccdk__l1(t, "Resource", "AWS::ApplicationAutoScaling::ScalableTarget",
                                    "aws-cdk-lib.aws_applicationautoscaling.CfnScalableTarget");
    s->resource = r;
    r->tag_kind = 1;
    ccdk__res_set(r, "MaxCapacity", max.set ? ccdk__v_opt_num(app, max) : ccdk__v_undef(app));
    ccdk__res_set(r, "MinCapacity", min.set ? ccdk__v_opt_num(app, min) : ccdk__v_undef(app));
    ccdk__res_set(r, "ResourceId", resource_id ? ccdk__v_from_string(app, resource_id) : ccdk__v_undef(app));
    ccdk__res_set(r, "RoleARN", ccdk__v_from_string(app, role_arn));
    ccdk__res_set(r, "ScalableDimension", dimension ? ccdk__v_from_string(app, dimension) : ccdk__v_undef(app));
    ccdk__res_set(r, "ScheduledActions", ccdk__v_lazy(app, actions_lazy, s)); /* absent while empty */
    ccdk__res_set(r, "ServiceNamespace", service_namespace ? ccdk__v_from_string(app, service_namespace) : ccdk__v_undef(app));
}

void ccdk__scalable_init(ccdk__scalable *s, ccdk__node *attr, ccdk_opt_num min, ccdk_opt_num max, const char *resource_id,
                         const char *dimension, const char *service_namespace, const char *role_arn)
{
    ccdk__scalable_check(attr, min, max);
    ccdk__node *t = ccdk__alloc(attr->app, sizeof *t);
    ccdk__node_init(t, &kind_target, attr, "Target");
    ccdk__scalable_build(s, t, min, max, resource_id, dimension, service_namespace, role_arn);
}

ccdk_cfn_resource *ccdk__scalable_track(ccdk__scalable *s, const char *id, const ccdk__scalable_tracking *o)
{
    ccdk_app *app = s->target->app;
    ccdk__node *p = ccdk__alloc(app, sizeof *p);
    ccdk__node_init(p, &kind_tracking, s->target, id);
    const ccdk__scalable_metric_stat *cm = o->custom_metric;
    if (cm && cm->statistic && cm->statistic[0] == 'p') {
        ccdk__error(p, "Cannot use statistic '%s' for Target Tracking: only 'Average', 'Minimum', 'Maximum', "
                       "'SampleCount', and 'Sum' are supported.", cm->statistic);
        return NULL;
    }
    ccdk_cfn_resource *r = ccdk__l1(p, "Resource", "AWS::ApplicationAutoScaling::ScalingPolicy",
                                    "aws-cdk-lib.aws_applicationautoscaling.CfnScalingPolicy");
    ccdk__res_set(r, "PolicyName", ccdk__v_from_string(app, o->policy_name ? o->policy_name : ccdk__node_unique_id(p)));
    ccdk__res_set(r, "PolicyType", ccdk__v_str(app, "TargetTrackingScaling"));
    ccdk__res_set(r, "ScalingTargetId", ccdk__v_str(app, ccdk_cfn_resource_ref(s->resource)));
    ccdk_value *c = ccdk__v_obj(app);
    if (cm) { /* CustomizedMetricSpecificationProperty */
        ccdk_value *m = ccdk__v_obj(app);
        if (cm->dimensions.count) {
            ccdk_value *dims = ccdk__v_list(app);
            for (size_t i = 0; i < cm->dimensions.count; i++) {
                ccdk_value *d = ccdk__v_obj(app);
                ccdk__v_set(d, "Name", ccdk__v_from_string(app, cm->dimensions.items[i].key));
                ccdk__v_set(d, "Value", ccdk__v_from_string(app, cm->dimensions.items[i].value));
                ccdk__v_push(dims, d);
            }
            ccdk__v_set(m, "Dimensions", dims);
        }
        ccdk__v_set(m, "MetricName", ccdk__v_from_string(app, cm->metric_name ? cm->metric_name : ""));
        ccdk__v_set(m, "Namespace", ccdk__v_from_string(app, cm->namespace_ ? cm->namespace_ : ""));
        ccdk__v_set(m, "Statistic", ccdk__v_from_string(app, cm->statistic ? cm->statistic : ""));
        if (cm->unit)
            ccdk__v_set(m, "Unit", ccdk__v_from_string(app, cm->unit));
        ccdk__v_set(c, "CustomizedMetricSpecification", m);
    }
    if (ccdk__tri_set(o->disable_scale_in))
        ccdk__v_set(c, "DisableScaleIn", ccdk__v_bool(app, ccdk__tri_true(o->disable_scale_in)));
    if (o->predefined_metric) {
        ccdk_value *pm = ccdk__v_obj(app);
        ccdk__v_set(pm, "PredefinedMetricType", ccdk__v_from_string(app, o->predefined_metric));
        if (o->resource_label)
            ccdk__v_set(pm, "ResourceLabel", ccdk__v_from_string(app, o->resource_label));
        ccdk__v_set(c, "PredefinedMetricSpecification", pm);
    }
    if (ccdk_duration_is_set(o->scale_in_cooldown))
        ccdk__v_set(c, "ScaleInCooldown", ccdk__duration_value(p, o->scale_in_cooldown, CCDK_TIME_SECONDS, 1));
    if (ccdk_duration_is_set(o->scale_out_cooldown))
        ccdk__v_set(c, "ScaleOutCooldown", ccdk__duration_value(p, o->scale_out_cooldown, CCDK_TIME_SECONDS, 1));
    if (o->target_value.set)
        ccdk__v_set(c, "TargetValue", ccdk__v_opt_num(app, o->target_value));
    else /* the L1's property validation, run when aws-cdk-lib resolves the policy */
        ccdk__error(r, "Resolution error: Supplied properties not correct for \"CfnScalingPolicyProps\"\n"
                       "  targetTrackingScalingPolicyConfiguration: supplied properties not correct for "
                       "\"TargetTrackingScalingPolicyConfigurationProperty\"\n"
                       "    targetValue: required but missing.");
    ccdk__res_set(r, "TargetTrackingScalingPolicyConfiguration", c);
    return r;
}

void ccdk__scalable_schedule(ccdk__scalable *s, const char *id, const ccdk_appscaling_scaling_schedule *a)
{
    ccdk_app *app = s->target->app;
    if (!a->min_capacity.set && !a->max_capacity.set) {
        ccdk__buf b = {0};
        ccdk__buf_puts(&b, "{\"schedule\":{\"expressionString\":");
        const char *e = a->schedule.expression_string ? a->schedule.expression_string : "";
        ccdk__json_write_string(&b, e, strlen(e));
        ccdk__buf_puts(&b, "}}");
        ccdk__error(s->target, "You must supply at least one of minCapacity or maxCapacity, got %s", b.data);
        ccdk__buf_free(&b);
        return;
    }
    if (a->schedule.warn_default_minute)
        ccdk__warning(s->target, a->schedule.default_minute_warning ? a->schedule.default_minute_warning
                                                                    : "@aws-cdk/aws-applicationautoscaling:defaultRunEveryMinute",
                      "cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if "
                      "that's what you intend, or 'minute: 0' to run once per hour instead.");
    /* ScheduledActionProperty, in the template's order (tree.json's: gen-tree-props-table.js) */
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
    ccdk__v_push(s->actions, o);
}
