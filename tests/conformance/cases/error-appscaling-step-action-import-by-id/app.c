/* Conformance case 'error-appscaling-step-action-import-by-id': see app.js. */
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
    ccdk_appscaling_scalable_target *imported = ccdk_appscaling_scalable_target_from_scalable_target_id(stack, "Imported", "some-id");
    ccdk_appscaling_step_scaling_action_new(stack, "Action", &(ccdk_appscaling_step_scaling_action_props){.scaling_target = imported});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
