/* Aliases: currentVersionOptions + fn.addAlias. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .current_version_options = &(ccdk_lambda_version_options){
            .removal_policy = CCDK_REMOVAL_POLICY_RETAIN, /* retain old versions */
            .retry_attempts = CCDK_NUM(1),                /* async retry attempts */
        },
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_lambda_function_add_alias(fn, "live", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
