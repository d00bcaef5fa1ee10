/* error: fromStringParameterAttributes with the deprecated type STRING_LIST */
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ssm_string_parameter_from_string_parameter_attributes(stack, "my-param-name", &(ccdk_ssm_string_parameter_attributes){
        .parameter_name = "my-param-name", .type = CCDK_SSM_PARAMETER_TYPE_STRING_LIST});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
