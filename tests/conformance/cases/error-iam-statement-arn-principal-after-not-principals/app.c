/* error: aws-iam policy-document.test.ts 'Cannot add Principals when NotPrincipals exist', here by addArnPrincipal. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_policy_statement *s = ccdk_iam_policy_statement_new(
        stack, &(ccdk_iam_policy_statement_props){.not_principals = CCDK_LIST(ccdk_iam_canonical_user_principal(stack, "abc"))});
    ccdk_iam_policy_statement_add_arn_principal(s, "arn:aws:iam::123456789012:root");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
