/* error: aws-iam policy-statement.test.ts 'throws error when an invalid 'Action' or 'NotAction' is added (addNotActions)'. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(stack, NULL);
    ccdk_iam_policy_statement_add_not_actions(s, CCDK_STRS("xyz"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
