/* Imported KMS aliases as keys of a function, and the sign/MAC grants (see app.js). */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *by_name = ccdk_kms_alias_from_alias_name(stack, "ByName", "alias/myAlias");
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_kms_key *by_attrs = ccdk_kms_alias_from_alias_attributes(
        stack, "ByAttrs", &(ccdk_kms_alias_attributes){.alias_name = "alias/keyAlias", .alias_target_key = key});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .environment = CCDK_KVS({"KEY", ccdk_kms_key_arn(by_attrs)}),
        .environment_encryption = by_name,
    });
    ccdk_kms_key_grant_decrypt(by_name, fn);
    ccdk_kms_key_grant_encrypt(by_name, fn);
    ccdk_kms_key_grant_encrypt_decrypt(by_name, fn);
    ccdk_kms_key_grant_sign(by_name, fn);
    ccdk_kms_key_grant_verify(by_name, fn);
    ccdk_kms_key_grant_sign_verify(by_name, fn);
    ccdk_kms_key_grant_generate_mac(by_name, fn);
    ccdk_kms_key_grant_verify_mac(by_name, fn);
    ccdk_kms_key_grant(by_name, fn, CCDK_STRS("kms:CreateGrant", "kms:DescribeKey"));
    ccdk_kms_key_grant_decrypt(by_attrs, fn);
    ccdk_kms_key_grant_sign_verify(by_attrs, fn);
    ccdk_kms_key_grant_sign(key, fn);
    ccdk_kms_key_grant_verify(key, fn);
    ccdk_kms_key_grant_generate_mac(key, fn);
    ccdk_kms_key_grant_verify_mac(key, fn);
    ccdk_cfn_output_new(stack, "ByNameArn", &(ccdk_cfn_output_props){.value = ccdk_kms_key_arn(by_name)});
    ccdk_cfn_output_new(stack, "ByNameId", &(ccdk_cfn_output_props){.value = ccdk_kms_key_id(by_name)});
    ccdk_cfn_output_new(stack, "ByAttrsId", &(ccdk_cfn_output_props){.value = ccdk_kms_key_id(by_attrs)});
    ccdk_cfn_output_new(stack, "ByAttrsName", &(ccdk_cfn_output_props){.value = ccdk_kms_alias_name(by_attrs)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
