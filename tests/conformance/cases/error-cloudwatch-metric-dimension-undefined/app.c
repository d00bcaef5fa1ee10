/* Conformance case 'error-cloudwatch-metric-dimension-undefined': see app.js. */
#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "Test", .metric_name = "ACount", .period = ccdk_duration_minutes(10),
        .dimensions = CCDK_KVS({"DimensionWithUndefined", NULL}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
