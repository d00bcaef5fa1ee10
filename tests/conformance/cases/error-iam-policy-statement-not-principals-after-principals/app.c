/* error: addNotPrincipals on a statement that has principals. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_iam_policy_statement *stmt = ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .principals = CCDK_LIST(ccdk_iam_canonical_user_principal(stack, "abc"))});
    ccdk_iam_policy_statement_add_not_principals(stmt, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_canonical_user_principal(stack, "def")));
    ccdk_cfn_output_new(stack, "Out", &(ccdk_cfn_output_props){.value = "x"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
