/* cross-stack-ssm-refs.test.ts's "cross-region references are not affected by SSM settings"
 * without the StackReferences line (newer than aws-cdk-lib 2.276.0): a CfnResource's Arn of a
 * us-east-1 stack read by a us-west-2 stack with cross_region_references: ExportsWriter in the
 * producer, ExportsReader in the consumer. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", &(ccdk_stack_props){
        .account = "123456789012", .region = "us-east-1"});
    ccdk_cfn_resource *resource = ccdk_cfn_resource_new(producer, "MyResource", "AWS::S3::Bucket", NULL);
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", &(ccdk_stack_props){
        .account = "123456789012", .region = "us-west-2", .cross_region_references = CCDK_TRUE});
    ccdk_value *props = ccdk_v_object(consumer);
    ccdk_v_set(props, "BucketArn", ccdk_v_string(consumer, ccdk_cfn_resource_get_att(resource, "Arn")));
    ccdk_cfn_resource_new(consumer, "ConsumerResource", "AWS::Lambda::Function", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
