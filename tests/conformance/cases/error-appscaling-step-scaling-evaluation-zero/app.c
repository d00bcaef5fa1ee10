/* Conformance case 'error-appscaling-step-scaling-evaluation-zero': see app.js. */
#include <ccdk/appscaling.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_appscaling_scalable_target *target = ccdk_appscaling_scalable_target_new(stack, "Target",
        &(ccdk_appscaling_scalable_target_props){.service_namespace = "dynamodb",
            .scalable_dimension = "dynamodb:table:ReadCapacityUnits", .resource_id = "table/test",
            .min_capacity = CCDK_NUM(1), .max_capacity = CCDK_NUM(20)});
    ccdk_cloudwatch_metric *metric = ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "Test", .metric_name = "Metric"});
    (void)target;
    (void)metric;
    ccdk_appscaling_scalable_target_scale_on_metric(target, "Tracking", &(ccdk_appscaling_step_scaling_policy_props){
        .metric = metric, .scaling_steps = CCDK_LIST_OF(ccdk_appscaling_scaling_interval, {.upper = CCDK_NUM(0), .change = -1},
            {.lower = CCDK_NUM(100), .change = +1}, {.lower = CCDK_NUM(500), .change = +5}), .evaluation_periods = CCDK_NUM(0)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
