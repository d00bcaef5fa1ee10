/* The ARN of a queue without a name, used by a stack of another region: aws-cdk-lib's error
 * (Resource._enableCrossEnvironment). */
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *queue_stack = ccdk_stack_new(app, "QueueStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-2"});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(queue_stack, "Queue", NULL);
    ccdk_value *props = ccdk_v_object(consumer);
    ccdk_v_set(props, "QueueArn", ccdk_v_string(consumer, ccdk_sqs_queue_arn(queue)));
    ccdk_cfn_resource_new(consumer, "Referencer", "Custom::Ref", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
