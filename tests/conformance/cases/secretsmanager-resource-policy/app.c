/* Conformance case 'secretsmanager-resource-policy': Secret.grantRead to grantees without a policy of
 * their own or of another account writes the secret's ResourcePolicy, addToResourcePolicy, imports */
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "KMS", NULL);
    ccdk_secretsmanager_secret *secret =
        ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){.encryption_key = key});
    ccdk_secretsmanager_secret_grant_read(secret, ccdk_iam_service_principal(stack, "lambda.amazonaws.com"));
    ccdk_secretsmanager_secret_grant_read_version_stages(secret, ccdk_iam_account_principal(stack, "1234"), CCDK_STRS("FOO", "bar"));
    ccdk_iam_role *other = ccdk_iam_role_from_role_arn(stack, "OtherRole", "arn:aws:iam::111111111111:role/SomeRole");
    ccdk_secretsmanager_secret_grant_read(secret, other);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_account_root_principal(stack)});
    ccdk_secretsmanager_secret_grant_read_version_stages(secret, role, CCDK_STRS("AWSCURRENT"));
    ccdk_secretsmanager_secret_add_to_resource_policy(secret, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .effect = CCDK_IAM_DENY,
        .actions = CCDK_STRS("secretsmanager:DeleteSecret"),
        .resources = CCDK_STRS("*"),
        .principals = CCDK_LIST(ccdk_iam_any_principal(stack)),
    }));

    ccdk_secretsmanager_secret *imported = ccdk_secretsmanager_secret_from_secret_complete_arn(
        stack, "Imported", "arn:aws:secretsmanager:us-east-1:111111111111:secret:MySecret-f3gDy9");
    ccdk_secretsmanager_secret_grant_read(imported, ccdk_iam_service_principal(stack, "lambda.amazonaws.com"));
    ccdk_secretsmanager_secret_grant_read_version_stages(imported, role, CCDK_STRS("AWSPREVIOUS"));
    ccdk_secretsmanager_secret_add_to_resource_policy(imported, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("secretsmanager:GetSecretValue"),
        .resources = CCDK_STRS("*"),
        .principals = CCDK_LIST(ccdk_iam_any_principal(stack)),
    }));
    ccdk_secretsmanager_secret *by_name = ccdk_secretsmanager_secret_from_secret_name_v2(stack, "ByName", "my-secret");
    ccdk_secretsmanager_secret_grant_read_version_stages(by_name, role, CCDK_STRS("AWSPENDING"));

    ccdk_stack *agnostic = ccdk_stack_new(app, "AgnosticStack", NULL);
    ccdk_secretsmanager_secret *plain = ccdk_secretsmanager_secret_new(agnostic, "Plain", NULL);
    ccdk_secretsmanager_secret_grant_read_version_stages(plain, ccdk_iam_service_principal(agnostic, "ec2.amazonaws.com"),
                                                         CCDK_STRS("AWSCURRENT"));
    ccdk_secretsmanager_secret_grant_read(plain, ccdk_iam_account_principal(agnostic, "1234"));
    ccdk_secretsmanager_secret_grant_read(plain, ccdk_iam_arn_principal(agnostic, "arn:aws:iam::123456789012:user/someone"));
    ccdk_iam_user *user = ccdk_iam_user_new(agnostic, "User", NULL);
    ccdk_secretsmanager_secret_grant_read(plain, user);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
