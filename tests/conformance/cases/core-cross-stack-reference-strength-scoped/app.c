/* The reference strength in consuming stacks' own context (ccdk_node_set_context), read per
 * consumer: "weak" (Fn::GetStackOutput), none (strong: an ExportsReader, the warning), a nested
 * stack's own "weak" that does not count, "both" in the producer's region. */
#include <ccdk/core.h>

static void consume(ccdk_stack *stack, const char *id, const char *prop, const char *value)
{
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, prop, ccdk_v_string(stack, value));
    ccdk_cfn_resource_new(stack, id, "AWS::Lambda::Function", props);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", &(ccdk_stack_props){
        .account = "123456789012", .region = "us-east-1"});
    ccdk_cfn_resource *resource = ccdk_cfn_resource_new(producer, "MyResource", "AWS::S3::Bucket", NULL);
    ccdk_stack *weak = ccdk_stack_new(app, "ConsumerWeak", &(ccdk_stack_props){
        .account = "123456789012", .region = "us-west-2", .cross_region_references = CCDK_TRUE});
    ccdk_node_set_context(weak, "@aws-cdk/core:defaultCrossStackReferences", "\"weak\"");
    consume(weak, "ConsumerResource", "BucketArn", ccdk_cfn_resource_get_att(resource, "Arn"));
    ccdk_stack *strong = ccdk_stack_new(app, "ConsumerStrong", &(ccdk_stack_props){
        .account = "123456789012", .region = "us-west-2", .cross_region_references = CCDK_TRUE});
    consume(strong, "ConsumerResource", "BucketArn", ccdk_cfn_resource_get_att(resource, "Arn"));
    ccdk_stack *nested = ccdk_nested_stack_new(strong, "Nested", NULL);
    ccdk_node_set_context(nested, "@aws-cdk/core:defaultCrossStackReferences", "\"weak\"");
    consume(nested, "NestedResource", "BucketName", ccdk_cfn_resource_ref(resource));
    ccdk_stack *both = ccdk_stack_new(app, "ConsumerBoth", &(ccdk_stack_props){
        .account = "123456789012", .region = "us-east-1"});
    ccdk_node_set_context(both, "@aws-cdk/core:defaultCrossStackReferences", "\"both\"");
    consume(both, "ConsumerResource", "BucketArn", ccdk_cfn_resource_get_att(resource, "Arn"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
