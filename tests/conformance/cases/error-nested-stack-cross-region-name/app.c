/* An unnamed bucket of a nested stack read by a stack of another region, without
 * cross_region_references: aws-cdk-lib's error, naming the bucket. */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", &(ccdk_stack_props){.account = "123456789012", .region = "bermuda-triangle-1337"});
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", &(ccdk_stack_props){.account = "123456789012", .region = "bermuda-triangle-42"});
    ccdk_stack *nested = ccdk_nested_stack_new(stack1, "MyNestedStack", NULL);
    ccdk_s3_bucket *my_resource = ccdk_s3_bucket_new(nested, "MyResource", NULL);
    ccdk_cfn_output_new(stack2, "Output", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_name(my_resource)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
