/* error: a queue's maximum message size over 1 MiB (aws-sqs's Queue). */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
        .max_message_size_bytes = CCDK_NUM(2097152),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
