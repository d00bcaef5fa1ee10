/* error: Secret.grantRead to a role of another account without an encryption key */
#include <ccdk/iam.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012"});
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
    ccdk_iam_role *role = ccdk_iam_role_from_role_arn(stack, "RoleFromArn", "arn:aws:iam::111111111111:role/SomeRole");
    ccdk_secretsmanager_secret_grant_read(secret, role);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
