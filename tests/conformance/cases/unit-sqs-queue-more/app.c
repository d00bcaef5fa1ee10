/* Conformance case 'unit-sqs-queue-more': see app.js. */
#include <stdio.h>

#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    { /* fifo: false is dropped from properties */
        ccdk_stack *stack = ccdk_stack_new(app, "FifoFalse", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){.fifo = CCDK_FALSE});
        ccdk_cfn_output_new(stack, "Fifo", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_fifo(queue) ? "true" : "false"});
    }
    static const struct {
        const char *name;
        ccdk_sqs_redrive_permission permission;
    } redrives[] = {{"AllowAll", CCDK_SQS_REDRIVE_PERMISSION_ALLOW_ALL}, {"DenyAll", CCDK_SQS_REDRIVE_PERMISSION_DENY_ALL}};
    for (size_t i = 0; i < 2; i++) { /* redrive permission can be set to %s */
        char id[32];
        snprintf(id, sizeof id, "Redrive%s", redrives[i].name);
        ccdk_stack *stack = ccdk_stack_new(app, id, NULL);
        ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
            .redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){.redrive_permission = redrives[i].permission},
        });
    }
    { /* maxMessageSizeBytes validation at lower bound / at upper bound */
        ccdk_stack *stack = ccdk_stack_new(app, "MessageSizeBounds", NULL);
        ccdk_sqs_queue_new(stack, "QueueWithSize1024", &(ccdk_sqs_queue_props){.max_message_size_bytes = CCDK_NUM(1024)});
        ccdk_sqs_queue_new(stack, "QueueWithSize1048576", &(ccdk_sqs_queue_props){.max_message_size_bytes = CCDK_NUM(1048576)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
