/* error: aws-iam managed-policy.test.ts 'fails if policy document specifies principals'. */
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", &(ccdk_stack_props){.account = "1234", .region = "us-east-1"});
    ccdk_iam_managed_policy_new(stack, "MyManagedPolicy", &(ccdk_iam_managed_policy_props){
        .statements = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("*"), .resources = CCDK_STRS("*"),
            .principals = CCDK_LIST(ccdk_iam_service_principal(stack, "test.service"))}))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
