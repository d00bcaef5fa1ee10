/* Layers given in both orders, with currentVersion on both functions. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_layer_version *layer_b = ccdk_lambda_layer_version_new(stack, "LayerB", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer-code", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
                                         CCDK_LAMBDA_RUNTIME_NODEJS_20_X),
        .compatible_architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .license = "MIT",
        .layer_version_name = "layer-b",
    });
    ccdk_lambda_layer_version *layer_a = ccdk_lambda_layer_version_new(stack, "LayerA", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer-code-2", NULL),
        .description = "layer a",
    });
    ccdk_lambda_layer_version_add_permission(layer_a, "Everyone",
        &(ccdk_lambda_layer_version_permission){.account_id = "*", .organization_id = "o-123456"});
    ccdk_lambda_layer_version_add_permission(layer_b, "OneAccount",
        &(ccdk_lambda_layer_version_permission){.account_id = "123456789012"});
    ccdk_lambda_layer_version *imported = ccdk_lambda_layer_version_from_layer_version_attributes(stack, "Imported",
        &(ccdk_lambda_layer_version_attributes){
            .layer_version_arn = ccdk_fn_import_value(stack, "SharedLayerArn"),
            .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME_NODEJS_18_X),
        });
    ccdk_lambda_function *f1 = ccdk_lambda_function_new(stack, "FnOne", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .layers = CCDK_LIST(layer_b, layer_a),
    });
    ccdk_lambda_function_add_layers(f1, (ccdk_lambda_layer_list)CCDK_LIST(imported));
    ccdk_lambda_function *f2 = ccdk_lambda_function_new(stack, "FnTwo", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .layers = CCDK_LIST(layer_a, layer_b),
    });
    ccdk_lambda_function_current_version(f1);
    ccdk_lambda_function_add_alias(ccdk_lambda_function_current_version(f2), "live", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
