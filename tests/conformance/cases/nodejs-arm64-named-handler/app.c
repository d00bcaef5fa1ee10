/* Conformance case 'nodejs-arm64-named-handler': a NodejsFunction with a JavaScript entry on
 * ARM_64 and NODEJS_20_X (externals @aws-sdk/ *, target node20) and a named handler ("main"). */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Function",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "main.js",
                                        .function = {.handler = "main",
                                                     .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
                                                     .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
                                                     .memory_size = CCDK_NUM(256),
                                                     .description = "arm64 function"},
                                    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
