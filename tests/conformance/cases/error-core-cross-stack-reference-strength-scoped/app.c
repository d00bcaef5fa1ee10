/* error: a bad reference strength in a consuming stack's own context (ccdk_node_set_context),
 * checked when its reference is resolved. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_node_set_context(producer, "@aws-cdk/core:defaultCrossStackReferences", "\"medium\"");
    ccdk_cfn_resource *resource = ccdk_cfn_resource_new(producer, "MyResource", "AWS::S3::Bucket", NULL);
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_node_set_context(consumer, "@aws-cdk/core:defaultCrossStackReferences", "\"medium\"");
    ccdk_value *props = ccdk_v_object(consumer);
    ccdk_v_set(props, "BucketArn", ccdk_v_string(consumer, ccdk_cfn_resource_get_att(resource, "Arn")));
    ccdk_cfn_resource_new(consumer, "ConsumerResource", "AWS::Lambda::Function", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
