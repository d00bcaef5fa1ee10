/* autoscaling.c - alias.addAutoScaling (private/scalable-function-attribute.js) on
 * aws-applicationautoscaling's BaseScalableAttribute (core/scalable.h; Schedule is in
 * src/appscaling/). */

#include "ccdk/lambda_versions.h"
#include "lambda_internal.h"

static const ccdk__kind kind_attr = {.fqn = "aws-cdk-lib.aws_applicationautoscaling.BaseScalableAttribute", .class_name = "ScalableFunctionAttribute"};

struct ccdk_lambda_scalable_attribute {
    ccdk__node node;
    ccdk__scalable s; /* the ScalableTarget (core/scalable.h) */
};

ccdk_lambda_scalable_attribute *ccdk_lambda_alias_add_auto_scaling(ccdk_lambda_alias *alias,
                                                                   const ccdk_lambda_auto_scaling_options *o)
{
    if (!ccdk__target_ok(alias, __func__))
        return NULL;
    ccdk_app *app = alias->base.node.app;
    if (ccdk__alias_is_import(alias)) {
        /* Alias.fromAliasAttributes gives an IAlias, which has no addAutoScaling in aws-cdk-lib (nor
         * the scaling role it would use): an error, not a ScalableTarget without a RoleARN. */
        ccdk__error(alias, "addAutoScaling is only available on an Alias, not on an imported one");
        return NULL;
    }
    if (alias->scalable) {
        ccdk__error(alias, "AutoScaling already enabled for this alias");
        return alias->scalable;
    }
    static const ccdk_lambda_auto_scaling_options none;
    if (!o)
        o = &none;
    ccdk_lambda_scalable_attribute *sa = ccdk__alloc(app, sizeof *sa);
    ccdk__node_init(&sa->node, &kind_attr, alias, "AliasScaling");
    alias->scalable = sa;
    if (!o->max_capacity.set)
        ccdk__error(sa, "maxCapacity is required");
    ccdk_opt_num max = o->max_capacity;
    if (!max.set) /* after the "required" error above: 0 written, as before */
        max = CCDK_NUM(0);
    ccdk__scalable_init(&sa->s, &sa->node, o->min_capacity.set ? o->min_capacity : CCDK_NUM(1), max,
                        ccdk__sprintf(app, "function:%s", ccdk__fnbase_name(&alias->base)), "lambda:function:ProvisionedConcurrency", "lambda",
                        ccdk_iam_role_arn(alias->scaling_role));
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
    ccdk__scalable_track(&sa->s, "Tracking", &(ccdk__scalable_tracking){
        .predefined_metric = "LambdaProvisionedConcurrencyUtilization",
        .policy_name = o->policy_name,
        .disable_scale_in = o->disable_scale_in,
        .scale_in_cooldown = o->scale_in_cooldown,
        .scale_out_cooldown = o->scale_out_cooldown,
        .target_value = ut,
    });
}

void ccdk_lambda_scalable_attribute_scale_on_schedule(ccdk_lambda_scalable_attribute *sa, const char *id,
                                                      const ccdk_lambda_scaling_schedule *a)
{
    if (!ccdk__target_ok(sa, __func__) || !ccdk__arg_ok(id, __func__, "id") || !ccdk__arg_ok(a, __func__, "action"))
        return;
    ccdk__scalable_schedule(&sa->s, id, a);
}
