/* The other ways a function reads SSM parameters (see app.js). */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ssm_string_parameter *by_arn = ccdk_ssm_string_parameter_from_string_parameter_arn(
        stack, "Shared", "arn:aws:ssm:us-east-1:123456789012:parameter/shared/config");
    ccdk_kms_key *key =
        ccdk_kms_key_from_key_arn(stack, "Key", "arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555");
    ccdk_ssm_string_parameter *secure = ccdk_ssm_string_parameter_from_secure_string_parameter_attributes(
        stack, "Secure",
        &(ccdk_ssm_secure_string_parameter_attributes){.parameter_name = "/db/password", .version = CCDK_NUM(3), .encryption_key = key});
    ccdk_ssm_string_parameter *latest = ccdk_ssm_string_parameter_from_secure_string_parameter_attributes(
        stack, "Latest", &(ccdk_ssm_secure_string_parameter_attributes){.parameter_name = "token"});
    ccdk_opt_num none = {0};
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .environment = CCDK_KVS(
            {"SHARED", ccdk_ssm_string_parameter_string_value(by_arn)},
            {"SHARED_NAME", ccdk_ssm_string_parameter_name(by_arn)},
            {"SECURE", ccdk_ssm_string_parameter_string_value(secure)},
            {"SECURE_TYPE", ccdk_ssm_string_parameter_type(secure)},
            {"LATEST", ccdk_ssm_string_parameter_string_value(latest)},
            {"API_KEY", ccdk_ssm_string_parameter_value_for_secure_string_parameter(stack, "/api/key", CCDK_NUM(2))},
            {"API_KEY_AGAIN", ccdk_ssm_string_parameter_value_for_secure_string_parameter(stack, "/api/key", CCDK_NUM(2))},
            {"AMI", ccdk_ssm_string_parameter_value_for_typed_string_parameter_v2(
                        stack, "/my/ami", CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_EC2_IMAGE_ID, none)},
            {"VPC", ccdk_ssm_string_parameter_value_for_typed_string_parameter_v2(
                        stack, "/my/vpc", CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_EC2_VPC_ID, CCDK_NUM(4))},
            {"OLD_AMI", ccdk_ssm_string_parameter_value_for_typed_string_parameter(
                            stack, "/old/ami", CCDK_SSM_PARAMETER_TYPE_AWS_EC2_IMAGE_ID, none)},
            {"PLAIN", ccdk_ssm_string_parameter_value_for_string_parameter(stack, "/my/vpc", none)}),
    });
    ccdk_ssm_string_parameter_grant_read(by_arn, fn);
    ccdk_ssm_string_parameter_grant_read(secure, fn);
    ccdk_ssm_string_parameter_grant_write(secure, fn);
    ccdk_ssm_string_parameter_grant_read(latest, fn);
    ccdk_cfn_output_new(stack, "SharedArn", &(ccdk_cfn_output_props){.value = ccdk_ssm_string_parameter_arn(by_arn)});
    ccdk_cfn_output_new(stack, "SecureArn", &(ccdk_cfn_output_props){.value = ccdk_ssm_string_parameter_arn(secure)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
