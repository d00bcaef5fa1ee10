/* error: aws-iam role.test.ts 'fails if default role policy is invalid'. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "MyRole", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(stack, "sns.amazonaws.com")});
    ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS("*"), .actions = CCDK_STRS("*"),
        .principals = CCDK_LIST(ccdk_iam_service_principal(stack, "sns.amazonaws.com"))}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
