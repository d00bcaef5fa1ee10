/* Conformance case 'error-appscaling-step-scaling-41-steps': see app.js. */
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
    ccdk_appscaling_scaling_interval steps[41];
    for (int i = 0; i < 41; ++i)
        steps[i] = (ccdk_appscaling_scaling_interval){.lower = CCDK_NUM(i * 20), .upper = CCDK_NUM(i * 21 - 1), .change = i + 1};
    ccdk_appscaling_scalable_target_scale_on_metric(target, "Tracking", &(ccdk_appscaling_step_scaling_policy_props){
        .metric = metric, .scaling_steps = CCDK_LIST_N(steps, 41)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
