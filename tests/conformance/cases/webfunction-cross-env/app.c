/* A WebFunction's ARN used in a stack of another account and region (the ARN formatted from its
 * generated name, no reference) and of the same environment (an export), and a named one's. */
#include <ccdk/lambda_webfunction.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *home = ccdk_stack_new(app, "HomeStack", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_stack *same = ccdk_stack_new(app, "SameEnvStack", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_stack *away = ccdk_stack_new(app, "AwayStack", &(ccdk_stack_props){.account = "222222222222", .region = "eu-west-1"});

    ccdk_s3_bucket *code_bucket = ccdk_s3_bucket_from_bucket_name(home, "CodeBucket", "my-code-bucket");
    ccdk_lambda_web_function *generated = ccdk_lambda_web_function_new(home, "Generated", &(ccdk_lambda_web_function_props){
        .code = ccdk_lambda_web_function_code_from_bucket(code_bucket, "app.zip", NULL),
        .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X,
        .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,
    });
    ccdk_lambda_web_function *named = ccdk_lambda_web_function_new(home, "Named", &(ccdk_lambda_web_function_props){
        .web_function_name = "named-function",
        .code = ccdk_lambda_web_function_code_from_bucket(code_bucket, "app.zip", NULL),
        .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X,
        .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,
    });

    ccdk_cfn_output_new(away, "GeneratedArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_arn(generated)});
    ccdk_cfn_output_new(away, "NamedArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_arn(named)});
    ccdk_cfn_output_new(away, "GeneratedName", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_name(generated)});
    ccdk_cfn_output_new(same, "SameArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_arn(generated)});
    ccdk_cfn_output_new(same, "SameDomain", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_web_function_endpoint_domain_name(ccdk_lambda_web_function_default_endpoint(generated))});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
