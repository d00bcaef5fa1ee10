/* Conformance case 'sqs-dlq-max-receives-plain': see app.js. */
#include <ccdk/core.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "DeadLetters", NULL);
    ccdk_sqs_queue_new(stack, "Work", &(ccdk_sqs_queue_props){
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receives = 5}});
    ccdk_sqs_queue_new(stack, "Other", &(ccdk_sqs_queue_props){
        .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM(2)}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
