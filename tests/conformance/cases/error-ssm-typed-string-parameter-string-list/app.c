/* error-ssm-typed-string-parameter-string-list: see app.js. */
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ssm_string_parameter_value_for_typed_string_parameter(stack, "/my/list", CCDK_SSM_PARAMETER_TYPE_STRING_LIST, (ccdk_opt_num){0});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
