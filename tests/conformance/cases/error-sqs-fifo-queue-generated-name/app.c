/* Conformance case 'error-sqs-fifo-queue-generated-name': see app.js. */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){.fifo = CCDK_TRUE, .queue_name = CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
