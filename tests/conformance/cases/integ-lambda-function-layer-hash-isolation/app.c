/* Conformance case 'integ-lambda-function-layer-hash-isolation': aws-lambda
 * test/integ.function-layer-hash-isolation.ts (a layer on one function leaves another function's
 * version hash alone). Dropped: the IntegTest. layer-code is a folder of our own. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({CCDK_LAMBDA_RECOGNIZE_LAYER_VERSION, "true"},
                            {"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "lambda-layer-hash-isolation", NULL);

    /* Create a layer */
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "MyLayer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer-code", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_20_X),
        .description = "Test layer for hash isolation",
    });

    /* Create Function 1 without any layers */
    ccdk_lambda_function *fn1 = ccdk_lambda_function_new(stack, "Function1", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ statusCode: 200, body: \"Function 1\" });"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .description = "Function without layers",
    });
    ccdk_lambda_version *fn1_version = ccdk_lambda_function_current_version(fn1);

    /* Create Function 2 with the layer */
    ccdk_lambda_function *fn2 = ccdk_lambda_function_new(stack, "Function2", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => ({ statusCode: 200, body: \"Function 2\" });"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .layers = CCDK_LIST(layer),
        .description = "Function with layer",
    });
    ccdk_lambda_version *fn2_version = ccdk_lambda_function_current_version(fn2);

    /* Output version ARNs to verify they are created correctly */
    ccdk_cfn_output_new(stack, "Function1VersionArn", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_version_arn(fn1_version),
        .description = "Version ARN of Function 1 (no layers)",
    });
    ccdk_cfn_output_new(stack, "Function2VersionArn", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_version_arn(fn2_version),
        .description = "Version ARN of Function 2 (with layer)",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
