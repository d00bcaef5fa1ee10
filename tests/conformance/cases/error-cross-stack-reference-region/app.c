/* A stack without a region references a topic of a stack in us-east-1: aws-cdk-lib's error. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_cfn_resource *topic = ccdk_cfn_resource_new(producer, "Topic", "AWS::SNS::Topic", NULL);
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", &(ccdk_stack_props){.account = "123456789012"});
    ccdk_cfn_output_new(consumer, "QueueArn", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(topic, "TopicArn")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
