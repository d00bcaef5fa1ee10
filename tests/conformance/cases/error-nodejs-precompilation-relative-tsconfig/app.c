/* Conformance case 'error-nodejs-precompilation-relative-tsconfig': preCompilation with a relative
 * tsconfig, which aws-cdk-lib require()s from its own folder and does not find: see app.js. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Function", &(ccdk_lambda_nodejs_function_props){
        .entry = "handler.ts",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.pre_compilation = CCDK_TRUE, .tsconfig = "tsconfig.json"},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
