/* Conformance case 'error-nodejs-node-module-project-only': a nodeModules entry installed in the
 * project only, which aws-cdk-lib's require() from its own folder does not find: see app.js. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = "project/handler.ts",
        .deps_lock_file_path = "project/package-lock.json",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.node_modules = CCDK_STRS("left-pad")},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
