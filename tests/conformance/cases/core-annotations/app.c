/* core-annotations: warnings, an acknowledged warning and info annotations in the metadata. */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_resource *thing = ccdk_cfn_resource_new(stack, "Thing", "AWS::CloudFormation::WaitConditionHandle", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);

    ccdk_annotations_add_warning(stack, "my-lib:stack-warning", "the stack has a warning");
    ccdk_annotations_add_info(stack, "the stack has an info");
    ccdk_annotations_add_warning(queue, "my-lib:queue-warning", "the queue has a warning");
    ccdk_annotations_add_warning(queue, "my-lib:acked-later", "this one is acknowledged later");
    ccdk_annotations_add_warning(queue, NULL, "a warning without an id");
    ccdk_annotations_add_info(queue, "the queue has an info");
    ccdk_annotations_add_info(queue, "the queue has an info");
    ccdk_annotations_add_warning(thing, "my-lib:group", "the resource has a warning");
    ccdk_annotations_acknowledge_warning(stack, "my-lib:acked-later", "we know");
    ccdk_annotations_acknowledge_warning(stack, "my-lib:acked-before", NULL);
    ccdk_annotations_add_warning(queue, "my-lib:acked-before", "this one was acknowledged before");
    ccdk_annotations_add_info(ccdk_node_default_child(queue), "the queue resource has an info");

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
