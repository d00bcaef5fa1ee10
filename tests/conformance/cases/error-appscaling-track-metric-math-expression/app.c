/* Conformance case 'error-appscaling-track-metric-math-expression': see app.js. */
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
    ccdk_appscaling_scalable_target_scale_to_track_metric(target, "Tracking", &(ccdk_appscaling_target_tracking_props){
        .target_value = CCDK_NUM(1), .custom_metric = ccdk_cloudwatch_math_expression_new(stack, &(ccdk_cloudwatch_math_expression_props){
            .expression = "m1 * 2", .using_metrics = CCDK_LIST_OF(ccdk_cloudwatch_using_metric, {"m1", metric})})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
