/* Conformance case 'integ-lambda-function-hash': aws-lambda test/integ.function-hash.ts (a layer
 * attached to a function and an unattached one). STANDARD_NODEJS_RUNTIME (test/config.ts) is
 * Runtime.NODEJS_18_X. Nothing dropped; layer-code is a folder of our own. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

#define STANDARD_NODEJS_RUNTIME CCDK_LAMBDA_RUNTIME_NODEJS_18_X

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-function-hash", NULL);
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "MyLayer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer-code", &(ccdk_asset_options){.exclude = CCDK_STRS("*.ts")}),
        .compatible_runtimes = CCDK_LIST(STANDARD_NODEJS_RUNTIME),
    });
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = STANDARD_NODEJS_RUNTIME,
        .layers = CCDK_LIST(layer),
    });
    /* Adding an unattached layer should not change the function hash with the feature flag enabled
     * (which is default in new projects) */
    ccdk_lambda_layer_version_new(stack, "UnattachedLayer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer-code", &(ccdk_asset_options){.exclude = CCDK_STRS("*.ts")}),
        .compatible_runtimes = CCDK_LIST(STANDARD_NODEJS_RUNTIME),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
