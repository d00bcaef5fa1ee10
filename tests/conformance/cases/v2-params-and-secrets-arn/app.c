/* v2: paramsAndSecrets fromVersionArn, default options and every option
 * Ported from aws-cdk: params-and-secrets.test.ts 'can provide arn to enable params and secrets with default config options', 'can provide an arn to enable params and secrets with non-default config options' */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .function_name = "lambda-function",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .params_and_secrets = &(ccdk_lambda_params_and_secrets){
            .version_arn = "arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4",
        },
    });
    ccdk_lambda_function_new(stack, "FunctionWithOptions", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .params_and_secrets = &(ccdk_lambda_params_and_secrets){
            .version_arn = "arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4",
            .cache_enabled = CCDK_FALSE,
            .cache_size = CCDK_NUM(500),
            .http_port = CCDK_NUM(8080),
            .log_level = CCDK_LAMBDA_PARAMS_AND_SECRETS_LOG_LEVEL_DEBUG,
            .max_connections = CCDK_NUM(1),
            .secrets_manager_timeout = ccdk_duration_seconds(10),
            .secrets_manager_ttl = ccdk_duration_seconds(250),
            .parameter_store_timeout = ccdk_duration_seconds(10),
            .parameter_store_ttl = ccdk_duration_seconds(250),
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
