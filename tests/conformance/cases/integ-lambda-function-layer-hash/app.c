/* Conformance case 'integ-lambda-function-layer-hash': aws-lambda test/integ.function-layer-hash.ts
 * (two functions, each with its own layer, their current versions, the FunctionVersionUpgrade
 * aspect). STANDARD_NODEJS_RUNTIME (test/config.ts) is Runtime.NODEJS_18_X. Dropped: the IntegTest. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

#define STANDARD_NODEJS_RUNTIME CCDK_LAMBDA_RUNTIME_NODEJS_18_X

static ccdk_lambda_layer_version *layer(ccdk_stack *stack, const char *id, const char *description)
{
    return ccdk_lambda_layer_version_new(stack, id, &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer-code", &(ccdk_asset_options){.exclude = CCDK_STRS("*.ts")}),
        .compatible_runtimes = CCDK_LIST(STANDARD_NODEJS_RUNTIME),
        .description = description,
    });
}

static ccdk_lambda_function *function(ccdk_stack *stack, const char *id, ccdk_lambda_layer_version *l)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = STANDARD_NODEJS_RUNTIME,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => { return { statusCode: 200 }; }"),
        .layers = CCDK_LIST(l),
    });
}

static void test_stack_new(ccdk_app *scope, const char *id)
{
    ccdk_stack *stack = ccdk_stack_new(scope, id, NULL);
    ccdk_lambda_layer_version *layer1 = layer(stack, "Layer1", "Layer 1 for function A");
    ccdk_lambda_layer_version *layer2 = layer(stack, "Layer2", "Layer 2 for function B");
    ccdk_lambda_function *function_a = function(stack, "FunctionA", layer1);
    ccdk_lambda_function *function_b = function(stack, "FunctionB", layer2);
    /* Create versions for both functions to verify hash calculation */
    ccdk_lambda_function_current_version(function_a);
    ccdk_lambda_function_current_version(function_b);
    /* Changes the function description when the feature flag is present to validate the changed
     * function hash. */
    ccdk_lambda_function_version_upgrade_aspect(stack, CCDK_LAMBDA_RECOGNIZE_LAYER_VERSION, CCDK_UNSET);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    test_stack_new(app, "aws-lambda-function-layer-hash");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
