/* Fn.conditionOr() of no condition: aws-cdk-lib's error (no path). */
#include <ccdk/core.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_condition_new(stack, "Cond", ccdk_fn_condition_or(stack, (ccdk_value_list)CCDK_EMPTY_LIST));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
