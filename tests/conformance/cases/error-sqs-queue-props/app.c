/* error: a queue's retention period and visibility timeout out of range: one error of several lines
 * (aws-sqs's validateQueueProps). */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_seconds(30),
        .visibility_timeout = ccdk_duration_hours(13),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
