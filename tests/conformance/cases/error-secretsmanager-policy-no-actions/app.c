/* error: a statement without actions in a Secret's resource policy (at synth) */
#include <ccdk/iam.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "my-stack", NULL);
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
    ccdk_secretsmanager_secret_add_to_resource_policy(secret, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS("*"), .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn"))}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
