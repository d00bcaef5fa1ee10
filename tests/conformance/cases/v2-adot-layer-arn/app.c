/* v2: AdotLambdaLayer*Version.layerArn(stack, architecture), exported.
 * Ported from aws-cdk: adot.test.ts 'is added properly when the region information is available at synthesis
 * time', 'is added properly when using "LATEST" version' (Java and Python) and 'when the stack is region agnostic'
 * / 'is added properly' (the ARNs are exported with stack.exportValue so the template shows them) */
#include <ccdk/lambda.h>

static void export(ccdk_stack *stack, const char *value, const char *name)
{
    ccdk_stack_export_value(stack, value, &(ccdk_stack_export_value_options){.name = name});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", &(ccdk_stack_props){.region = "us-west-2"});
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_11,
    });
    const ccdk_lambda_architecture *x86 = CCDK_LAMBDA_ARCHITECTURE_X86_64; /* fn.architecture */
    export(stack, ccdk_lambda_adot_layer_arn(stack, (ccdk_lambda_adot_layer_version){CCDK_LAMBDA_ADOT_LAYER_JAVA_SDK, "1.31.0"}, x86), "JavaV1310");
    export(stack, ccdk_lambda_adot_layer_arn(stack, (ccdk_lambda_adot_layer_version){CCDK_LAMBDA_ADOT_LAYER_JAVA_SDK, NULL}, x86), "JavaLatest");
    export(stack, ccdk_lambda_adot_layer_arn(stack, (ccdk_lambda_adot_layer_version){CCDK_LAMBDA_ADOT_LAYER_PYTHON_SDK, "1.20.0-1"}, x86), "Python12001");
    export(stack, ccdk_lambda_adot_layer_arn(stack, (ccdk_lambda_adot_layer_version){CCDK_LAMBDA_ADOT_LAYER_PYTHON_SDK, NULL}, x86), "PythonLatest");

    ccdk_stack *agnostic = ccdk_stack_new(app, "region-agnostic-stack", NULL);
    ccdk_lambda_function_new(agnostic, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(agnostic, "FooBar"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, /* app.js says why not NODEJS_LATEST */
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
    });
    export(agnostic, ccdk_lambda_adot_layer_arn(agnostic, (ccdk_lambda_adot_layer_version){CCDK_LAMBDA_ADOT_LAYER_JAVA_SDK, NULL},
                                                CCDK_LAMBDA_ARCHITECTURE_ARM_64), "LayerArn");
    export(agnostic, ccdk_lambda_adot_layer_arn(agnostic, (ccdk_lambda_adot_layer_version){CCDK_LAMBDA_ADOT_LAYER_JAVASCRIPT_SDK, "1.7.0"},
                                                CCDK_LAMBDA_ARCHITECTURE_X86_64), "JsLayerArn");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
