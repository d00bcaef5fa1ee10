/* Error: a grant on a WebFunctionEndpoint in another stack whose endpointName is a parameter:
 * "Cannot add to the resource-based policy for an endpoint in a different stack ..." */
#include <string.h>

#include <ccdk/lambda_webfunction.h>

#define BASE                                                                                  \
    .code = ccdk_lambda_web_function_code_from_bucket(code_bucket, "app.zip", "v1"),          \
    .runtime = CCDK_LAMBDA_WEB_FUNCTION_RUNTIME_NODEJS_24_X,                                  \
    .default_endpoint_auth = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *code_bucket = ccdk_s3_bucket_from_bucket_name(stack, "CodeBucket", "my-code-bucket");

    ccdk_lambda_web_function *fn = ccdk_lambda_web_function_new(stack, "Web", &(ccdk_lambda_web_function_props){BASE});
    ccdk_stack *other = ccdk_stack_new(app, "OtherStack", NULL);
    ccdk_cfn_parameter *name = ccdk_cfn_parameter_new(other, "Name", &(ccdk_cfn_parameter_props){.type = "String"});
    ccdk_lambda_web_function_endpoint *endpoint = ccdk_lambda_web_function_endpoint_new(other, "Endpoint", &(ccdk_lambda_web_function_endpoint_props){
        .web_function = fn,
        .traffic = ccdk_lambda_web_function_traffic_single(ccdk_lambda_web_function_revision_id(fn)),
        .options = {.auth_type = CCDK_LAMBDA_WEB_FUNCTION_AUTH_TYPE_IAM_AUTH, .endpoint_name = ccdk_cfn_parameter_value_as_string(name)},
    });
    ccdk_lambda_web_function_endpoint_grant_invoke(endpoint, ccdk_iam_service_principal(other, "events.amazonaws.com"));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
