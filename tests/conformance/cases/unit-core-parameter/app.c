/* aws-cdk's core parameter.test.ts and cfn-parameter.test.ts: a parameter under a child construct
 * (Integer, numeric default, description) referenced by a resource, and valueAsString of Number and
 * String parameters. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_construct *child = ccdk_construct_new(stack, "Child");
    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(child, "MyParam", &(ccdk_cfn_parameter_props){
        .default_value = ccdk_v_json(stack, "10"), .type = "Integer", .description = "My first parameter"});
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "ReferenceToParam", ccdk_v_string(stack, ccdk_cfn_parameter_value_as_string(param)));
    ccdk_cfn_resource_new(stack, "Resource", "Type", props);
    ccdk_cfn_parameter *num = ccdk_cfn_parameter_new(stack, "numberParam", &(ccdk_cfn_parameter_props){
        .type = "Number", .default_value = ccdk_v_json(stack, "10")});
    ccdk_cfn_parameter *str = ccdk_cfn_parameter_new(stack, "stringParam", &(ccdk_cfn_parameter_props){
        .type = "String", .default_value = ccdk_v_string(stack, "a-default")});
    ccdk_cfn_output_new(stack, "Num", &(ccdk_cfn_output_props){.value = ccdk_cfn_parameter_value_as_string(num)});
    ccdk_cfn_output_new(stack, "Str", &(ccdk_cfn_output_props){.value = ccdk_cfn_parameter_value_as_string(str)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
