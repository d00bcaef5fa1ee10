/* error: new StringListParameter named 'trying;this' */
#include <string.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ssm_string_list_parameter_new(stack, "Parameter", &(ccdk_ssm_string_list_parameter_props){
        .string_list_value = CCDK_STRS("Foo"), .parameter_name = "trying;this"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
