/* error: adotInstrumentation in a region without the layer
 * Ported from aws-cdk: adot.test.ts 'throws error if the region is not supported' */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", &(ccdk_stack_props){.region = "neverland"});
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_11,
        .adot_instrumentation = &(ccdk_lambda_adot_instrumentation_config){
            .layer_version = {CCDK_LAMBDA_ADOT_LAYER_JAVA_SDK, NULL},
            .exec_wrapper = CCDK_LAMBDA_ADOT_EXEC_WRAPPER_REGULAR_HANDLER,
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
