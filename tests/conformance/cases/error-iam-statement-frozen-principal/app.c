/* error: aws-iam policy-statement.test.ts 'a frozen policy statement cannot be modified any more' (addPrincipals, here by addAnyPrincipal, after freeze()). */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_policy_statement *s =
        ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){.actions = CCDK_STRS("action:a"), .resources = CCDK_STRS("*")});
    ccdk_iam_policy_statement_freeze(s);
    ccdk_iam_policy_statement_add_any_principal(s);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
