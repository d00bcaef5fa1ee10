/* Conformance case 'error-nodejs-tsconfig-invalid': see app.js. ccdk words node 20's JSON.parse
 * message itself (src/core/json_v8.c). */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Function", &(ccdk_lambda_nodejs_function_props){
        .entry = "handler.ts",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.pre_compilation = CCDK_TRUE}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
