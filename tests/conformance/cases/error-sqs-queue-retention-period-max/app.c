/* error: a queue's message retention period of 15 days (aws-sqs/test/sqs.test.ts: message retention period must be between 1 minute to 14 days) */
#include <ccdk/iam.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue_new(stack, "AnotherQueue", &(ccdk_sqs_queue_props){.retention_period = ccdk_duration_days(15)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
