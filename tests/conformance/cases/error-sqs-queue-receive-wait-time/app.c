/* error: a queue's receive wait time (long polling) over 20 seconds (aws-sqs's Queue). */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
        .receive_message_wait_time = ccdk_duration_seconds(21),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
