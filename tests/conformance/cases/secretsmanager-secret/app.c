/* secretsmanager.Secret (no props; description, name, a kms.Key and a removal policy), its imports by
 * complete ARN, partial ARN and name, and grantRead to functions: the IAM statements, the key policy's
 * ViaService statements, secretName/secretArn/secretFullArn. */
#include <stdio.h>
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_secretsmanager_secret *plain = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
    ccdk_secretsmanager_secret *full = ccdk_secretsmanager_secret_new(stack, "FullSecret", &(ccdk_secretsmanager_secret_props){
        .description = "the database password",
        .secret_name = "prod-db-password",
        .encryption_key = key,
        .removal_policy = CCDK_REMOVAL_POLICY_RETAIN,
    });
    ccdk_secretsmanager_secret *complete = ccdk_secretsmanager_secret_from_secret_complete_arn(stack, "Complete",
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:complete-AbC123");
    ccdk_secretsmanager_secret *partial = ccdk_secretsmanager_secret_from_secret_partial_arn(stack, "Partial",
        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:partial/name");
    ccdk_secretsmanager_secret *by_name = ccdk_secretsmanager_secret_from_secret_name_v2(stack, "ByName", "by-name");
    ccdk_secretsmanager_secret *token_arn = ccdk_secretsmanager_secret_from_secret_complete_arn(stack, "TokenArn",
        ccdk_fn_import_value(stack, "SharedSecretArn"));
    ccdk_secretsmanager_secret *all[] = {plain, full, complete, partial, by_name, token_arn};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        ccdk_secretsmanager_secret_grant_read(all[i], fn);
    /* a second grantee of the keyed secret: another statement in the key policy */
    ccdk_lambda_function *other = ccdk_lambda_function_new(stack, "Other", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 2;"),
    });
    ccdk_secretsmanager_secret_grant_read(full, other);
    /* version stages: a condition on the grantee's statement */
    ccdk_secretsmanager_secret_grant_read_version_stages(complete, other, CCDK_STRS("AWSCURRENT"));
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_root_principal(stack)});
    ccdk_secretsmanager_secret_grant_read_version_stages(plain, role, CCDK_STRS("FOO", "bar"));
    ccdk_secretsmanager_secret *named = ccdk_secretsmanager_secret_new(stack, "Named", &(ccdk_secretsmanager_secret_props){
        .secret_name = "single"});
    ccdk_cfn_output_new(stack, "PlainName", &(ccdk_cfn_output_props){.value = ccdk_secretsmanager_secret_name(plain)});
    ccdk_cfn_output_new(stack, "FullName", &(ccdk_cfn_output_props){.value = ccdk_secretsmanager_secret_name(full)});
    ccdk_cfn_output_new(stack, "NamedName", &(ccdk_cfn_output_props){.value = ccdk_secretsmanager_secret_name(named)});
    ccdk_cfn_output_new(stack, "FullArn", &(ccdk_cfn_output_props){.value = ccdk_secretsmanager_secret_full_arn(full)});
    ccdk_cfn_output_new(stack, "CompleteName", &(ccdk_cfn_output_props){.value = ccdk_secretsmanager_secret_name(complete)});
    ccdk_cfn_output_new(stack, "PartialName", &(ccdk_cfn_output_props){.value = ccdk_secretsmanager_secret_name(partial)});
    ccdk_cfn_output_new(stack, "ByNameName", &(ccdk_cfn_output_props){.value = ccdk_secretsmanager_secret_name(by_name)});
    ccdk_cfn_output_new(stack, "ByNameArn", &(ccdk_cfn_output_props){.value = ccdk_secretsmanager_secret_arn(by_name)});
    ccdk_cfn_output_new(stack, "TokenName", &(ccdk_cfn_output_props){.value = ccdk_secretsmanager_secret_name(token_arn)});
    char formatted_arn[256];
    snprintf(formatted_arn, sizeof formatted_arn, "arn:%s:secretsmanager:%s:%s:secret:db-creds-AbC123",
             ccdk_stack_partition(stack), ccdk_stack_region(stack), ccdk_stack_account(stack));
    ccdk_secretsmanager_secret *formatted = ccdk_secretsmanager_secret_from_secret_complete_arn(stack, "Formatted", formatted_arn);
    ccdk_cfn_output_new(stack, "FormattedName", &(ccdk_cfn_output_props){.value = ccdk_secretsmanager_secret_name(formatted)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
