/* Conformance case 'ported-core-stack-cross-stack-nested-edition': see app.js. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app_a = ccdk_app_new(NULL);
    ccdk_stack *producer_a = ccdk_stack_new(app_a, "Producer", NULL);
    ccdk_stack *nested_a = ccdk_nested_stack_new(producer_a, "Nestor", NULL);
    ccdk_cfn_resource *resource_a = ccdk_cfn_resource_new(nested_a, "Resource", "AWS::Resource", NULL);

    ccdk_stack *consumer_a = ccdk_stack_new(app_a, "Consumer", NULL);
    ccdk_cfn_output_new(consumer_a, "SomeOutput", &(ccdk_cfn_output_props){
        .value = ccdk_cfn_resource_get_att(resource_a, "Att")});
    int rc = ccdk_app_synth(app_a);
    ccdk_app_free(app_a);
    return rc ? 1 : 0;
}
