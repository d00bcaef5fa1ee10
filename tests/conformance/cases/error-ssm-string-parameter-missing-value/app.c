/* error: new ssm.StringParameter with no stringValue (the L1's required property, at synth) */
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ssm_string_parameter_new(stack, "Param", &(ccdk_ssm_string_parameter_props){.parameter_name = "name-only"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
