/* Stacks of 128-character names and a resource of a 200-character id, read across regions with
 * cross_region_references: the SSM parameter names and the ExportsWriter/Reader. */
#include <ccdk/core.h>
#include <string.h>

int main(void)
{
    char p[129], c[129], r[201];
    memset(p, 'P', 128); p[128] = 0;
    memset(c, 'C', 128); c[128] = 0;
    memset(r, 'R', 200); r[200] = 0;
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, p, &(ccdk_stack_props){
        .account = "123456789012", .region = "us-east-1"});
    ccdk_cfn_resource *resource = ccdk_cfn_resource_new(producer, r, "AWS::S3::Bucket", NULL);
    ccdk_stack *consumer = ccdk_stack_new(app, c, &(ccdk_stack_props){
        .account = "123456789012", .region = "us-west-2", .cross_region_references = CCDK_TRUE});
    ccdk_value *props = ccdk_v_object(consumer);
    ccdk_v_set(props, "BucketArn", ccdk_v_string(consumer, ccdk_cfn_resource_get_att(resource, "Arn")));
    ccdk_cfn_resource_new(consumer, "ConsumerResource", "AWS::Lambda::Function", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
