/* error: new StringParameter with a name of 2,049 characters */
#include <string.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    static char name[2050];
    memset(name, 'a', 2049);
    ccdk_ssm_string_parameter_new(stack, "Parameter", &(ccdk_ssm_string_parameter_props){.string_value = "Foo", .parameter_name = name});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
