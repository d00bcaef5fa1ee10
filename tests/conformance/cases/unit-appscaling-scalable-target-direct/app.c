/* Conformance case 'unit-appscaling-scalable-target-direct': see app.js. */
#include <ccdk/appscaling.h>
#include <ccdk/cloudwatch.h>
#include <ccdk/iam.h>

#define TARGET_PROPS .service_namespace = "dynamodb", .scalable_dimension = "test:TestCount", .resource_id = "test:this/test"

static ccdk_appscaling_scalable_target *create_scalable_target(ccdk_stack *scope)
{
    return ccdk_appscaling_scalable_target_new(scope, "Target", &(ccdk_appscaling_scalable_target_props){
        TARGET_PROPS, .min_capacity = CCDK_NUM(1), .max_capacity = CCDK_NUM(20)});
}

static ccdk_value *ten(void *ctx) { return ccdk_v_number((ccdk_stack *)ctx, 10); }
static ccdk_value *one(void *ctx) { return ccdk_v_number((ccdk_stack *)ctx, 1); }

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    create_scalable_target(ccdk_stack_new(app, "Creation", NULL));
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Tokens", NULL);
        ccdk_appscaling_scalable_target_new(stack, "Target", &(ccdk_appscaling_scalable_target_props){
            TARGET_PROPS,
            .min_capacity = CCDK_NUM_TOKEN(ccdk_token_as_string(ccdk_lazy_value(stack, ten, stack))),
            .max_capacity = CCDK_NUM_TOKEN(ccdk_token_as_string(ccdk_lazy_value(stack, one, stack)))});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Scheduled", NULL);
        ccdk_appscaling_scalable_target_scale_on_schedule(create_scalable_target(stack), "ScaleUp", &(ccdk_appscaling_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_rate(stack, ccdk_duration_minutes(1)),
            .max_capacity = CCDK_NUM(50), .min_capacity = CCDK_NUM(1)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TimeZone", NULL);
        ccdk_appscaling_scalable_target_scale_on_schedule(create_scalable_target(stack), "ScaleUp", &(ccdk_appscaling_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.hour = "12"}),
            .max_capacity = CCDK_NUM(50), .min_capacity = CCDK_NUM(1), .time_zone = "America/New_York"});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "CronWithoutMinute", NULL);
        ccdk_appscaling_scalable_target_scale_on_schedule(create_scalable_target(stack), "ScaleUp", &(ccdk_appscaling_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.hour = "8", .day = "1"}),
            .max_capacity = CCDK_NUM(50), .min_capacity = CCDK_NUM(1)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "CronMinuteStar", NULL);
        ccdk_appscaling_scalable_target_scale_on_schedule(create_scalable_target(stack), "ScaleUp", &(ccdk_appscaling_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.hour = "8", .day = "1", .minute = "*"}),
            .max_capacity = CCDK_NUM(50), .min_capacity = CCDK_NUM(1)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MathExpression", NULL);
        ccdk_cloudwatch_metric *a = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "Test", .metric_name = "Metric"});
        ccdk_appscaling_scalable_target_scale_on_metric(create_scalable_target(stack), "Metric", &(ccdk_appscaling_step_scaling_policy_props){
            .metric = ccdk_cloudwatch_math_expression_new(app, &(ccdk_cloudwatch_math_expression_props){
                .expression = "a", .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"a", a})}),
            .adjustment_type = CCDK_APPSCALING_ADJUSTMENT_TYPE_CHANGE_IN_CAPACITY,
            .scaling_steps = CCDK_LIST_OF(ccdk_appscaling_scaling_interval,
                {.change = -1, .lower = CCDK_NUM(0), .upper = CCDK_NUM(49)},
                {.change = 0, .lower = CCDK_NUM(50), .upper = CCDK_NUM(99)},
                {.change = 1, .lower = CCDK_NUM(100)})});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "CustomRole", NULL);
        ccdk_appscaling_scalable_target_new(stack, "Target", &(ccdk_appscaling_scalable_target_props){
            TARGET_PROPS, .min_capacity = CCDK_NUM(1), .max_capacity = CCDK_NUM(20),
            .role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
                .assumed_by = ccdk_iam_service_principal(stack, "test.amazonaws.com")})});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
