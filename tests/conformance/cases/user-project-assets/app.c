/* A user's project: handlers under lambda/, a layer, two stacks sharing a handler folder, excludes. */
#include <stdio.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *shared = ccdk_stack_new(app, "SharedStack", NULL);
    ccdk_lambda_layer_version_new(shared, "Utils", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(shared, "layer", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_20_X),
    });
    const char *names[] = {"Api", "Jobs"};
    for (int i = 0; i < 2; i++) {
        char id[32];
        snprintf(id, sizeof id, "%sStack", names[i]);
        ccdk_stack *stack = ccdk_stack_new(app, id, NULL);
        ccdk_lambda_function_new(stack, "Api", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(stack, "lambda/api", NULL),
        });
        ccdk_lambda_function_new(stack, "Worker", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(stack, "lambda/worker",
                                                &(ccdk_asset_options){.exclude = CCDK_STRS("lib/*.md")}),
            .layers = CCDK_LIST(ccdk_lambda_layer_version_from_layer_version_arn(
                stack, "L", "arn:aws:lambda:us-east-1:123456789012:layer:utils:1")),
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
