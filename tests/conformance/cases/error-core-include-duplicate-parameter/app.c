/* Conformance case 'error-core-include-duplicate-parameter': include.test.ts's "exception is thrown
 * in construction if an entity from an included template has the same id as a programmatic
 * entity": a CfnParameter MyParam after a CfnInclude whose template has one. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_include_new(stack, "T1", ccdk_v_json(stack,
        "{\"Parameters\": {\"MyParam\": {\"Type\": \"String\", \"Default\": \"Hello\"}},"
        " \"Resources\": {\"MyResource1\": {\"Type\": \"ResourceType1\", \"Properties\": {\"P1\": 1, \"P2\": 2}},"
        " \"MyResource2\": {\"Type\": \"ResourceType2\"}}}"));
    ccdk_cfn_resource_new(stack, "MyResource3", "ResourceType3", ccdk_v_json(stack, "{\"P3\": \"Hello\"}"));
    ccdk_cfn_output_new(stack, "MyOutput", &(ccdk_cfn_output_props){.description = "Out!", .value = "in"});
    ccdk_cfn_parameter_new(stack, "MyParam", &(ccdk_cfn_parameter_props){.type = "Integer"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
