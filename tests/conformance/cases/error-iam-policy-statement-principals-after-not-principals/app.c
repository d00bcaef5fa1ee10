/* error: aws-iam PolicyStatement: 'addPrincipals after notPrincipals (policy-statement.ts)'. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){.actions = CCDK_STRS("s3:GetObject"),
        .not_principals = CCDK_LIST(ccdk_iam_any_principal(stack))});
    ccdk_iam_policy_statement_add_principals(s, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_arn_principal(stack, "arn:aws:iam::123456789012:root")));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
