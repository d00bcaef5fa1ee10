/* Names.uniqueResourceName of the stack `new Stack(app)`: its one component, the stack name
 * "Default", is left out. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    const char *name =
        ccdk_names_unique_resource_name(stack, &(ccdk_unique_resource_name_options){.max_length = CCDK_NUM(64)});
    ccdk_cfn_output_new(stack, "Name", &(ccdk_cfn_output_props){.value = name});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
