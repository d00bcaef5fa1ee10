/* error: a token marker that no token was registered under. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_output_new(stack, "Forged", &(ccdk_cfn_output_props){.value = "arn:${Token[TOKEN.999999999]}"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
