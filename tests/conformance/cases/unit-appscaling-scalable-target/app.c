/* aws-applicationautoscaling's scalable-target.test.ts and target-tracking.test.ts through a Lambda
 * alias's auto scaling, a stack per test (see app.js). */
#include <ccdk/appscaling.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_lambda_alias *new_alias(ccdk_stack *stack)
{
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST});
    return ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = ccdk_lambda_function_current_version(fn)});
}

static ccdk_value *ten(void *ctx) { return ccdk_v_number((ccdk_stack *)ctx, 10); }
static ccdk_value *one(void *ctx) { return ccdk_v_number((ccdk_stack *)ctx, 1); }

static ccdk_lambda_scalable_attribute *target_of(ccdk_stack *stack)
{
    return ccdk_lambda_alias_add_auto_scaling(new_alias(stack), &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(20)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    { /* 'test scalable target creation' */
        ccdk_stack *stack = ccdk_stack_new(app, "ScalableTargetCreation", NULL);
        ccdk_lambda_alias_add_auto_scaling(new_alias(stack), &(ccdk_lambda_auto_scaling_options){
            .min_capacity = CCDK_NUM(1), .max_capacity = CCDK_NUM(20)});
    }
    { /* 'validation does not fail when using Tokens' */
        ccdk_stack *stack = ccdk_stack_new(app, "TokenCapacities", NULL);
        ccdk_lambda_alias_add_auto_scaling(new_alias(stack), &(ccdk_lambda_auto_scaling_options){
            .min_capacity = CCDK_NUM_TOKEN(ccdk_token_as_string(ccdk_lazy_value(stack, ten, stack))),
            .max_capacity = CCDK_NUM_TOKEN(ccdk_token_as_string(ccdk_lazy_value(stack, one, stack)))});
    }
    { /* 'add scheduled scaling' */
        ccdk_stack *stack = ccdk_stack_new(app, "ScheduledScaling", NULL);
        ccdk_lambda_scalable_attribute_scale_on_schedule(target_of(stack), "ScaleUp", &(ccdk_lambda_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_rate(stack, ccdk_duration_minutes(1)),
            .max_capacity = CCDK_NUM(50), .min_capacity = CCDK_NUM(1)});
    }
    { /* 'have timezone property' */
        ccdk_stack *stack = ccdk_stack_new(app, "TimeZone", NULL);
        ccdk_lambda_scalable_attribute_scale_on_schedule(target_of(stack), "ScaleUp", &(ccdk_lambda_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.hour = "12"}),
            .max_capacity = CCDK_NUM(50), .min_capacity = CCDK_NUM(1), .time_zone = "America/New_York"});
    }
    { /* 'scheduled scaling shows warning when minute is not defined in cron' */
        ccdk_stack *stack = ccdk_stack_new(app, "CronWithoutMinute", NULL);
        ccdk_lambda_scalable_attribute_scale_on_schedule(target_of(stack), "ScaleUp", &(ccdk_lambda_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.hour = "8", .day = "1"}),
            .max_capacity = CCDK_NUM(50), .min_capacity = CCDK_NUM(1)});
    }
    { /* 'scheduled scaling shows no warning when minute is * in cron' */
        ccdk_stack *stack = ccdk_stack_new(app, "CronMinuteStar", NULL);
        ccdk_lambda_scalable_attribute_scale_on_schedule(target_of(stack), "ScaleUp", &(ccdk_lambda_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){
                .hour = "8", .day = "1", .minute = "*"}),
            .max_capacity = CCDK_NUM(50), .min_capacity = CCDK_NUM(1)});
    }
    { /* target-tracking.test.ts: 'test setup target tracking on predefined metric for lambda' */
        ccdk_stack *stack = ccdk_stack_new(app, "TrackingLambda", NULL);
        ccdk_lambda_scalable_attribute_scale_on_utilization(target_of(stack), &(ccdk_lambda_utilization_scaling_options){
            .utilization_target = CCDK_NUM(0.9)});
    }

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
