/* The README's basic WebFunction (aws-lambda README "## WebFunction"): code from an imported bucket
 * (fromBucket with a version), NODEJS_24_X, IAM_AUTH; its default role, log group, revision and "prod"
 * endpoint, and its attributes as outputs. */
#include <stdio.h>

#include <ccdk/lambda_webfunction.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_s3_bucket *code_bucket = ccdk_s3_bucket_from_bucket_name(stack, "CodeBucket", "my-code-bucket");

    ccdk_lambda_web_function *web_function = ccdk_lambda_web_function_new(stack, "MyWebFunction", &(ccdk_lambda_web_function_props){
        .code = ccdk_lambda_web_function_code_from_bucket(code_bucket, "app.zip", "version-id"),
        .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X,
        .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH,
    });
    ccdk_lambda_web_function_endpoint *endpoint = ccdk_lambda_web_function_default_endpoint(web_function);

    char url[256];
    snprintf(url, sizeof url, "https://%s", ccdk_lambda_web_function_endpoint_domain_name(endpoint));
    ccdk_cfn_output_new(stack, "FunctionArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_arn(web_function)});
    ccdk_cfn_output_new(stack, "FunctionName", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_name(web_function)});
    ccdk_cfn_output_new(stack, "RevisionArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_revision_arn(web_function)});
    ccdk_cfn_output_new(stack, "RevisionId", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_revision_id(web_function)});
    ccdk_cfn_output_new(stack, "Url", &(ccdk_cfn_output_props){.value = url});
    ccdk_cfn_output_new(stack, "EndpointArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_endpoint_arn(endpoint)});
    ccdk_cfn_output_new(stack, "EndpointFunctionArn",
                        &(ccdk_cfn_output_props){.value = ccdk_lambda_web_function_endpoint_web_function_arn(endpoint)});
    ccdk_cfn_output_new(stack, "LogGroupName",
                        &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_name(ccdk_lambda_web_function_log_group(web_function))});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
