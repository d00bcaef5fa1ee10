/* error: aws-iam PolicyStatement: 'addNotActions after addActions (policy-statement.ts)'. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){.actions = CCDK_STRS("s3:GetObject")});
    ccdk_iam_policy_statement_add_not_actions(s, CCDK_STRS("s3:PutObject"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
