/* A bucket of a nested stack of one region read by a nested stack of a stack of another region, both
 * stacks with cross_region_references: an output of the producer's nested stack, its parent's
 * ExportsWriter, the consumer's parent's ExportsReader and a parameter of the consumer's nested stack. */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", &(ccdk_stack_props){
        .account = "123456789012", .region = "bermuda-triangle-1337", .cross_region_references = CCDK_TRUE});
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", &(ccdk_stack_props){
        .account = "123456789012", .region = "bermuda-triangle-42", .cross_region_references = CCDK_TRUE});
    ccdk_stack *nested = ccdk_nested_stack_new(stack1, "Nested1", NULL);
    ccdk_stack *nested2 = ccdk_nested_stack_new(stack2, "Nested2", NULL);
    ccdk_s3_bucket *my_resource = ccdk_s3_bucket_new(nested, "Resource1", NULL);
    ccdk_value *props = ccdk_v_object(nested2);
    ccdk_v_set(props, "Prop1", ccdk_v_string(nested2, ccdk_s3_bucket_name(my_resource)));
    ccdk_cfn_resource_new(nested2, "Resource2", "My::Resource", props);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
