/* Conformance case 'unit-appscaling-target-tracking': see app.js. */
#include <ccdk/appscaling.h>

static ccdk_appscaling_scalable_target *create_scalable_target(ccdk_stack *scope)
{
    return ccdk_appscaling_scalable_target_new(scope, "Target", &(ccdk_appscaling_scalable_target_props){
        .service_namespace = "dynamodb",
        .scalable_dimension = "test:TestCount",
        .resource_id = "test:this/test",
        .min_capacity = CCDK_NUM(1),
        .max_capacity = CCDK_NUM(20)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    static const struct { const char *name, *metric; double value; } cases[] = {
        {"Ec2Spot", "EC2SpotFleetRequestAverageCPUUtilization", 30},
        {"Lambda", "LambdaProvisionedConcurrencyUtilization", 0.9},
        {"DynamoWrite", "DynamoDBWriteCapacityUtilization", 0.9},
        {"SageMakerVariant", "SageMakerVariantProvisionedConcurrencyUtilization", 0.5},
        {"SageMakerHighRes", "SageMakerVariantConcurrentRequestsPerModelHighResolution", 0.5},
        {"SageMakerComponent", "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution", 0.5},
        {"WorkSpaces", "WorkSpacesAverageUserSessionsCapacityUtilization", 0.5},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, cases[i].name, NULL);
        ccdk_appscaling_scalable_target_scale_to_track_metric(create_scalable_target(stack), "Tracking",
            &(ccdk_appscaling_target_tracking_props){.predefined_metric = cases[i].metric, .target_value = CCDK_NUM(cases[i].value)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Custom", NULL);
        ccdk_appscaling_scalable_target_scale_to_track_metric(create_scalable_target(stack), "Tracking",
            &(ccdk_appscaling_target_tracking_props){
                .custom_metric = ccdk_cloudwatch_metric_new(app, &(ccdk_cloudwatch_metric_props){.namespace_ = "Test", .metric_name = "Metric"}),
                .target_value = CCDK_NUM(30)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
