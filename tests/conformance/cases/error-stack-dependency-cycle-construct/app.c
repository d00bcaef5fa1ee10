/* A references B's topic, B's queue depends on A's bucket through node.addDependency: the cycle
 * error names the construct dependency first and the reference as the edge that closes it. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *a = ccdk_stack_new(app, "A", NULL);
    ccdk_stack *b = ccdk_stack_new(app, "B", NULL);
    ccdk_cfn_resource *topic = ccdk_cfn_resource_new(b, "Topic", "AWS::SNS::Topic", NULL);
    ccdk_cfn_output_new(a, "TopicArn", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(topic, "TopicArn")});
    ccdk_cfn_resource *bucket = ccdk_cfn_resource_new(a, "Bucket", "AWS::S3::Bucket", NULL);
    ccdk_cfn_resource *queue = ccdk_cfn_resource_new(b, "Queue", "AWS::SQS::Queue", NULL);
    ccdk_node_add_dependency(queue, bucket);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
