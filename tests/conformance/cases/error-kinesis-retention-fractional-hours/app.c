/* Conformance case 'error-kinesis-retention-fractional-hours': see app.js. */
#include <ccdk/kinesis.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_kinesis_stream_new(stack, "MyStream", &(ccdk_kinesis_stream_props){.retention_period = ccdk_duration_minutes(1530)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
