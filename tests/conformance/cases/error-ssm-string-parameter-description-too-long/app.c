/* error: new ssm.StringParameter with a description of 1,025 characters */
#include <string.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    char description[1026];
    memset(description, 'd', 1025);
    description[1025] = 0;
    ccdk_ssm_string_parameter_new(stack, "Param", &(ccdk_ssm_string_parameter_props){.string_value = "v", .description = description});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
