/* error: new ssm.StringParameter with simpleName false without a parameterName */
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ssm_string_parameter_new(stack, "Param", &(ccdk_ssm_string_parameter_props){.string_value = "v", .simple_name = CCDK_FALSE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
