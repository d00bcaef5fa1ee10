/* Conformance case 'error-cloudwatch-metric-dimensions-max': see app.js. */
#include <stdio.h>

#include <ccdk/cloudwatch.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kv dims[31];
    char names[31][16], values[31][16];
    for (int i = 0; i < 31; i++) {
        snprintf(names[i], sizeof names[i], "dimension%d", i + 1);
        snprintf(values[i], sizeof values[i], "value%d", i + 1);
        dims[i] = (ccdk_kv){names[i], values[i]};
    }
    ccdk_cloudwatch_metric_new(stack, &(ccdk_cloudwatch_metric_props){
        .namespace_ = "Test", .metric_name = "ACount", .period = ccdk_duration_minutes(10),
        .dimensions = CCDK_LIST_N(dims, 31),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
