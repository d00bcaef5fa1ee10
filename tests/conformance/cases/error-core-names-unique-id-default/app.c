/* construct.test.ts 'cannot calculate uniqueId if the construct path is ["Default"]'
 * (Names.uniqueId). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_construct *c = ccdk_construct_new(app, "Default");
    ccdk_cfn_output_new(stack, "Id", &(ccdk_cfn_output_props){.value = ccdk_names_unique_id(c)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
