/* new kms.Alias as a construct of its own: names, getters, grants through the alias (see app.js). */
#include <stdio.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_kms_key *key_with_alias = ccdk_kms_key_new(stack, "KeyWithAlias", &(ccdk_kms_key_props){
        .enable_key_rotation = CCDK_TRUE, .enabled = CCDK_FALSE, .alias = "baz"});
    ccdk_kms_key *alias = ccdk_kms_alias_new(stack, "Alias", &(ccdk_kms_alias_props){.target_key = key, .alias_name = "alias/foo"});
    ccdk_kms_key *prefixed = ccdk_kms_alias_new(stack, "Prefixed", &(ccdk_kms_alias_props){
        .target_key = key, .alias_name = "bar", .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    char name[256];
    snprintf(name, sizeof name, "MyKey%s", ccdk_aws_account_id(stack));
    ccdk_kms_alias_new(stack, "TokenPrefixed", &(ccdk_kms_alias_props){.target_key = key, .alias_name = name});
    snprintf(name, sizeof name, "alias/Kept%s", ccdk_aws_account_id(stack));
    ccdk_kms_alias_new(stack, "TokenKept", &(ccdk_kms_alias_props){.target_key = key_with_alias, .alias_name = name});
    snprintf(name, sizeof name, "%sMyKey", ccdk_aws_account_id(stack));
    ccdk_kms_alias_new(stack, "TokenFirst", &(ccdk_kms_alias_props){.target_key = key, .alias_name = name});
    snprintf(name, sizeof name, "MyKey%s", ccdk_aws_region(stack));
    ccdk_kms_key_new(stack, "TokenKey", &(ccdk_kms_key_props){.alias = name});
    ccdk_kms_alias_new(stack, "OfAlias", &(ccdk_kms_alias_props){
        .target_key = alias, .alias_name = "alias/of-alias", .removal_policy = CCDK_REMOVAL_POLICY_RETAIN});
    ccdk_kms_key_add_alias(alias, "alias/via-alias");

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .environment_encryption = alias,
    });
    ccdk_kms_key_grant_encrypt(alias, fn);
    ccdk_kms_key_grant_decrypt(alias, fn);
    ccdk_kms_key_grant_encrypt_decrypt(alias, fn);
    ccdk_kms_key_grant_sign(alias, fn);
    ccdk_kms_key_grant_verify(alias, fn);
    ccdk_kms_key_grant_sign_verify(alias, fn);
    ccdk_kms_key_grant_generate_mac(alias, fn);
    ccdk_kms_key_grant_verify_mac(alias, fn);
    ccdk_kms_key_grant(alias, fn, CCDK_STRS("kms:CreateAlias"));
    ccdk_kms_key_grant_decrypt(prefixed, ccdk_iam_service_principal(stack, "logs.amazonaws.com"));
    ccdk_kms_key_add_to_resource_policy(alias, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("kms:DescribeKey"),
        .resources = CCDK_STRS("*"),
        .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn:aws:iam::123456789012:root")),
    }));

    ccdk_cfn_output_new(stack, "OutId", &(ccdk_cfn_output_props){.value = ccdk_kms_key_id(alias)});
    ccdk_cfn_output_new(stack, "OutArn", &(ccdk_cfn_output_props){.value = ccdk_kms_key_arn(alias)});
    ccdk_cfn_output_new(stack, "OutAliasArn", &(ccdk_cfn_output_props){.value = ccdk_kms_alias_arn(alias)});
    ccdk_cfn_output_new(stack, "OutName", &(ccdk_cfn_output_props){.value = ccdk_kms_alias_name(prefixed)});
    ccdk_cfn_output_new(stack, "OutTarget", &(ccdk_cfn_output_props){.value = ccdk_kms_key_arn(ccdk_kms_alias_target_key(alias))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
