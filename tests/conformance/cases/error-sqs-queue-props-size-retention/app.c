/* Conformance case 'error-sqs-queue-props-size-retention': see app.js. */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue_new(stack, "MultiError", &(ccdk_sqs_queue_props){.max_message_size_bytes = CCDK_NUM(2000000), .retention_period = ccdk_duration_seconds(30)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
