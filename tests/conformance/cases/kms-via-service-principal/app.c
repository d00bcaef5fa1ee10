/* kms.ViaServicePrincipal as a key's grantee (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
    });
    ccdk_kms_key_grant_decrypt(key, ccdk_kms_via_service_principal(stack, "lambda.us-east-1.amazonaws.com", ccdk_lambda_function_grant_principal(fn)));
    ccdk_kms_key_grant_encrypt(key, ccdk_kms_via_service_principal(stack, "lambda.us-east-1.amazonaws.com", ccdk_lambda_function_grant_principal(fn)));
    ccdk_kms_key_grant(key, ccdk_kms_via_service_principal(stack, "s3.amazonaws.com", NULL), CCDK_STRS("kms:DescribeKey"));
    ccdk_value *cond = ccdk_v_json(stack, "{\"StringEquals\": {\"aws:PrincipalTag/team\": \"a\"}}");
    ccdk_kms_key_grant_decrypt(key, ccdk_kms_via_service_principal(stack, "sqs.amazonaws.com",
        ccdk_iam_principal_with_conditions(ccdk_iam_account_principal(stack, "123456789012"), cond)));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
