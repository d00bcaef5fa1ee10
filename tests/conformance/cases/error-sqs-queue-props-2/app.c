/* error: every range rule of a queue's props at once: one error of six lines, in aws-sqs's validateQueueProps order (aws-sqs's Queue). */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "Dlq", NULL);
    ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
        .delivery_delay = ccdk_duration_seconds(901),
        .max_message_size_bytes = CCDK_NUM(512),
        .retention_period = ccdk_duration_days(15),
        .receive_message_wait_time = ccdk_duration_seconds(21),
        .visibility_timeout = ccdk_duration_hours(13),
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM(0)},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
