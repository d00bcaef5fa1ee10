/* Lambda's advanced logging controls (logging_format JSON, application_log_level_v2,
 * system_log_level_v2), a TEXT function, and the deprecated string props. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON,
        .application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_DEBUG,
        .system_log_level_v2 = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN,
    });
    ccdk_lambda_function_current_version(fn); /* the logging config is part of the version hash */
    ccdk_lambda_function_new(stack, "TextFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .logging_format = CCDK_LAMBDA_LOGGING_FORMAT_TEXT,
    });
    ccdk_lambda_function_new(stack, "OldProps", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .log_format = "JSON",
        .application_log_level = "ERROR",
        .system_log_level = "INFO",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
