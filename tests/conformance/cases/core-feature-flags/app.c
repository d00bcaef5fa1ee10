/* core: feature flags set in code (App context and node context). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static void add_function(ccdk_stack *stack)
{
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "MyLayer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer-code", NULL),
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .layers = CCDK_LIST(
                            ccdk_lambda_layer_version_from_layer_version_arn(stack, "Zeta", "arn:aws:lambda:us-east-1:123456789012:layer:zeta:3"),
                            layer,
                            ccdk_lambda_layer_version_from_layer_version_arn(stack, "Alpha", "arn:aws:lambda:us-east-1:123456789012:layer:alpha:1")),
        .environment = CCDK_KVS({"ZED", "z"}, {"ALPHA", "a"}, {"MIDDLE", "m"}),
    });
    ccdk_lambda_function_add_alias(ccdk_lambda_function_current_version(fn), "live", NULL); /* fn.currentVersion.addAlias */
}

int main(void)
{
    /* Context given in code is a default: CDK_CONTEXT_JSON (the cdk CLI's context) overrides it. */
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/aws-lambda:recognizeLayerVersion", "true"}),
    });

    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    add_function(stack);

    /* A flag set on a scope applies to the constructs below it. */
    ccdk_stack *other = ccdk_stack_new(app, "OtherStack", NULL);
    ccdk_node_set_context(other, "@aws-cdk/aws-lambda:recognizeVersionProps", "false");
    add_function(other);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
