/* The tests of aws-cdk's aws-lambda module that run under the LegacyStackSynthesizer
 * (newStyleStackSynthesis false): function-hash.test.ts's asset tests, code.test.ts's shared AssetCode,
 * layers.test.ts's asset metadata, a nested stack, an SSM lookup (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>
#include <ccdk/ssm.h>

static ccdk_app *app;
static const ccdk_lambda_runtime THE_RUNTIME = {.name = "nodejs99.x", .family = CCDK_LAMBDA_FAMILY_NODEJS,
                                                .supports_inline_code = 1};

static void asset_fn(const char *stack_id, const char *id, const char *asset, ccdk_kvs environment)
{
    ccdk_stack *stack = ccdk_stack_new(app, stack_id, NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = &THE_RUNTIME, .code = ccdk_lambda_code_from_asset(stack, asset, NULL), .handler = "index.handler",
        .environment = environment});
    ccdk_cfn_output_new(stack, "Hash", &(ccdk_cfn_output_props){.value = ccdk_lambda_calculate_function_hash(fn)});
}

int main(void)
{
    app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:newStyleStackSynthesis", "false"})});
    /* function-hash.test.ts */
    asset_fn("Stack1", "MyFunction1", "handler.zip", (ccdk_kvs){0});
    asset_fn("Stack2", "MyFunction1", "handler.zip", (ccdk_kvs){0});
    asset_fn("CodeImpacts", "MyFunction1", "my-lambda-handler", (ccdk_kvs){0});
    asset_fn("EnvBar", "MyFunction", "my-lambda-handler", CCDK_KVS({"Foo", "bar"}));
    asset_fn("EnvBeer", "MyFunction", "my-lambda-handler", CCDK_KVS({"Foo", "beer"}));
    /* code.test.ts: two functions of one AssetCode, one asset */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
        ccdk_lambda_code *directory_asset = ccdk_lambda_code_from_asset(stack, "my-lambda-handler", NULL);
        ccdk_lambda_function_new(stack, "Func1", &(ccdk_lambda_function_props){
            .handler = "foom", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, .code = directory_asset});
        ccdk_lambda_function_new(stack, "Func2", &(ccdk_lambda_function_props){
            .handler = "foom", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, .code = directory_asset});
    }
    /* layers.test.ts: asset metadata on the layer */
    ccdk_stack *layer_stack = ccdk_stack_new(app, "LayerStack", NULL);
    ccdk_node_set_context(layer_stack, "aws:cdk:enable-asset-metadata", "true");
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(layer_stack, "layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(layer_stack, "layer-code", NULL)});
    /* a function of another stack on that layer: the stack's dependency */
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_lambda_function_new(consumer, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .code = ccdk_lambda_code_from_inline(consumer, "foo"),
        .handler = "index.handler", .layers = CCDK_LIST(layer)});
    /* a nested stack: its template is an asset of the parent */
    ccdk_stack *parent = ccdk_stack_new(app, "Parent", NULL);
    ccdk_node_set_context(parent, "aws:cdk:version-reporting", "false"); /* no CDKMetadata in the nested template */
    ccdk_sqs_queue_new(ccdk_nested_stack_new(parent, "Nested", NULL), "Q", NULL);
    /* a lookup: no lookupRoleArn in the missing context */
    ccdk_stack *staq = ccdk_stack_new(app, "my-staq", &(ccdk_stack_props){.account = "12344", .region = "us-east-1"});
    ccdk_cfn_output_new(staq, "Value", &(ccdk_cfn_output_props){
        .value = ccdk_ssm_string_parameter_value_from_lookup(staq, "my-param-name", NULL, NULL)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
