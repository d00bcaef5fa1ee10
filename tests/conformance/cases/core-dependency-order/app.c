/* C references B, and a resource of C (and one of D's nested stack) depends on a resource of A
 * through node.addDependency, added after the reference: construct dependencies are reified before
 * references are resolved (aws-cdk-lib's prepareApp), so the manifest lists A before B. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *a = ccdk_stack_new(app, "A", NULL);
    ccdk_stack *b = ccdk_stack_new(app, "B", NULL);
    ccdk_stack *c = ccdk_stack_new(app, "C", NULL);
    ccdk_stack *d = ccdk_stack_new(app, "D", NULL);
    ccdk_stack *nested = ccdk_nested_stack_new(d, "Nested", NULL);
    ccdk_cfn_resource *ra = ccdk_cfn_resource_new(a, "Topic", "AWS::SNS::Topic", NULL);
    ccdk_cfn_resource *rb = ccdk_cfn_resource_new(b, "Queue", "AWS::SQS::Queue", NULL);
    ccdk_cfn_output_new(c, "QueueArn", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(rb, "Arn")});
    ccdk_cfn_resource *rc = ccdk_cfn_resource_new(c, "Bucket", "AWS::S3::Bucket", NULL);
    ccdk_node_add_dependency(rc, ra);
    ccdk_cfn_output_new(nested, "QueueArn", &(ccdk_cfn_output_props){.value = ccdk_cfn_resource_get_att(rb, "Arn")});
    ccdk_cfn_resource *rn = ccdk_cfn_resource_new(nested, "Bucket", "AWS::S3::Bucket", NULL);
    ccdk_node_add_dependency(rn, ra);
    int rc_ = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc_ ? 1 : 0;
}
