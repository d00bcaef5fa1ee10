/* error: aws-iam policy.test.ts 'fails if policy document is invalid'. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_iam_policy_new(stack, "MyRole", &(ccdk_iam_policy_props){
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("*"), .principals = CCDK_LIST(ccdk_iam_service_principal(stack, "test.service"))}))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
