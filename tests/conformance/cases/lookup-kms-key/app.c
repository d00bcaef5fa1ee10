/* kms.Key.fromLookup: looked up (context.json) and not yet (the dummy key), see app.js. */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "eu-west-1"});
    ccdk_kms_key *app_key = ccdk_kms_key_from_lookup(stack, "AppKey", &(ccdk_kms_key_lookup_options){.alias_name = "alias/app"});
    ccdk_kms_key *other = ccdk_kms_key_from_lookup(stack, "Other", &(ccdk_kms_key_lookup_options){
        .alias_name = "alias/other", .return_dummy_key_on_missing = CCDK_TRUE});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .environment = CCDK_KVS({"MODE", "lookup"}),
        .environment_encryption = app_key,
    });
    ccdk_kms_key_grant_decrypt(other, fn);
    ccdk_cfn_output_new(stack, "AppKeyDummy", &(ccdk_cfn_output_props){.value = ccdk_kms_key_is_lookup_dummy(app_key) ? "true" : "false"});
    ccdk_cfn_output_new(stack, "OtherDummy", &(ccdk_cfn_output_props){.value = ccdk_kms_key_is_lookup_dummy(other) ? "true" : "false"});
    ccdk_cfn_output_new(stack, "OtherArn", &(ccdk_cfn_output_props){.value = ccdk_kms_key_arn(other)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
