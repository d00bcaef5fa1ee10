/* currentVersion: FunctionVersionUpgrade with LAMBDA_RECOGNIZE_LAYER_VERSION. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function_version_upgrade_aspect(stack, CCDK_LAMBDA_RECOGNIZE_LAYER_VERSION, CCDK_UNSET);
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "MyLayer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer-code", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_16_X),
        .description = "my layer",
    });
    ccdk_lambda_layer_version *imported = ccdk_lambda_layer_version_from_layer_version_arn(stack, "ImportedLayer",
        "arn:aws:lambda:us-east-1:123456789012:layer:imported:1");
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .layers = CCDK_LIST(layer, imported),
    });
    ccdk_lambda_function_add_alias(ccdk_lambda_function_current_version(fn), "live", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
