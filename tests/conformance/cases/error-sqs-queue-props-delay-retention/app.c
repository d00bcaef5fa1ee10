/* Conformance case 'error-sqs-queue-props-delay-retention': see app.js. */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue_new(stack, "MyQueue", &(ccdk_sqs_queue_props){.retention_period = ccdk_duration_seconds(30), .delivery_delay = ccdk_duration_minutes(16)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
