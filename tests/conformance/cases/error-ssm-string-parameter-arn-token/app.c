/* error: StringParameter.fromStringParameterArn of a token */
#include <string.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const char *token = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(stack, "TokenParam",
        &(ccdk_cfn_parameter_props){.type = "String"}));
    ccdk_ssm_string_parameter_from_string_parameter_arn(stack, "MyParamName", token);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
