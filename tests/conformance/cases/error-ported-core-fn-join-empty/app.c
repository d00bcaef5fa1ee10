/* fn.test.ts's 'rejects empty list of arguments to join': error, an empty Fn.join. */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_fn_join(stack, ".", (ccdk_strs)CCDK_EMPTY_LIST);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
