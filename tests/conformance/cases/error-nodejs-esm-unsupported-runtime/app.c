/* Conformance case 'error-nodejs-esm-unsupported-runtime' (bundling.test.ts 'throws with ESM and
 * NODEJS_12_X'): ECMAScript module output on a runtime without it is aws-cdk-lib's error. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Function", &(ccdk_lambda_nodejs_function_props){
        .entry = "handler.ts",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_12_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.format = CCDK_NODEJS_FORMAT_ESM}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
