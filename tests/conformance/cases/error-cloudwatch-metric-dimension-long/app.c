/* Conformance case 'error-cloudwatch-metric-dimension-long': see app.js. */
#include <string.h>

#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    char value[257];
    memset(value, 'A', 256);
    value[256] = 0;
    ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "Test", .metric_name = "ACount", .period = ccdk_duration_minutes(10),
        .dimensions = CCDK_KVS({"DimensionWithLongValue", value}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
