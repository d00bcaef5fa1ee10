/* aws-cdk's function-hash.test.ts (aws-lambda), its tests with '@aws-cdk/aws-lambda:recognizeLayerVersion'
 * on; calculateFunctionHash's values are outputs (see app.js). */
#include <stdio.h>

#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/ssm.h>

static ccdk_app *app;
static const ccdk_lambda_runtime THE_RUNTIME = {.name = "nodejs99.x", .family = CCDK_LAMBDA_FAMILY_NODEJS,
                                                .supports_inline_code = 1};

static void hashed_fn(ccdk_stack *stack, ccdk_lambda_layer_list layers)
{
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = &THE_RUNTIME, .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler",
        .layers = layers});
    ccdk_cfn_output_new(stack, "Hash", &(ccdk_cfn_output_props){.value = ccdk_lambda_calculate_function_hash(fn)});
}

int main(void)
{
    app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/aws-lambda:recognizeLayerVersion", "true"})});
    ccdk_stack *layer_stack = ccdk_stack_new(app, "Layers", NULL);
    ccdk_lambda_layer_version *layer[2];
    const char *const layer_ids[] = {"MyLayer", "MyLayer2"};
    for (int i = 0; i < 2; i++)
        layer[i] = ccdk_lambda_layer_version_new(layer_stack, layer_ids[i], &(ccdk_lambda_layer_version_props){
            .code = ccdk_lambda_code_from_asset(layer_stack, "layer-code", NULL),
            .compatible_runtimes = CCDK_LIST(&THE_RUNTIME),
            .license = "Apache-2.0",
            .description = "A layer to test the L2 construct",
        });
    hashed_fn(ccdk_stack_new(app, "stack2", NULL), (ccdk_lambda_layer_list)CCDK_LIST(layer[0], layer[1]));
    hashed_fn(ccdk_stack_new(app, "stack3", NULL), (ccdk_lambda_layer_list)CCDK_LIST(layer[1], layer[0]));
    const char *const imports[][2] = {{"ImportedLayer1", "<version1>"}, {"ImportedLayer2", "<version2>"}};
    for (int i = 0; i < 2; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, imports[i][0], NULL);
        char arn[96];
        snprintf(arn, sizeof arn, "arn:aws:lambda:<region>:<account>:layer:<layer-name>:%s", imports[i][1]);
        ccdk_lambda_layer_version *imported = ccdk_lambda_layer_version_from_layer_version_arn(stack, "imported-layer", arn);
        hashed_fn(stack, (ccdk_lambda_layer_list)CCDK_LIST(imported));
    }
    /* 'imported layer hashes are consistent' (the second ARN names stack1's region, as the test's does) */
    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", NULL);
    for (int i = 0; i < 2; i++) {
        ccdk_stack *stack = i ? ccdk_stack_new(app, "Stack2", NULL) : stack1;
        ccdk_ssm_string_parameter *param = ccdk_ssm_string_parameter_from_string_parameter_name(stack, "Param", "ParamName");
        char arn[256];
        snprintf(arn, sizeof arn, "arn:aws:lambda:%s:<AccountID>:layer:IndexCFN:%s", ccdk_stack_region(stack1),
                 ccdk_ssm_string_parameter_string_value(param));
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_inline(stack, "asdf"), .handler = "index.handler",
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
            .layers = CCDK_LIST(ccdk_lambda_layer_version_from_layer_version_arn(stack, "MyLayer", arn))});
        ccdk_lambda_function_current_version(fn);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
