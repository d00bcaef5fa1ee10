/* error: StringParameter.fromStringParameterName of a token name */
#include <string.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const char *name = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(stack, "param", NULL));
    ccdk_ssm_string_parameter_from_string_parameter_name(stack, "p0", name);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
