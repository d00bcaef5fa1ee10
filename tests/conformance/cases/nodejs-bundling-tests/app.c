/* Conformance case 'nodejs-bundling-tests' (bundling.test.ts, local bundling): a handler named
 * index.ts with a verbose log level, a tsconfig with an explicit projectRoot, a function per test
 * ('with custom hash' is not here: aws-cdk-lib's CUSTOM hash covers JSON.stringify of its Bundling
 * object, which ccdk does not reproduce). */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyTestStack", NULL);
    const ccdk_lambda_runtime *runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X;

    ccdk_lambda_nodejs_function_new(stack, "Index", &(ccdk_lambda_nodejs_function_props){
        .entry = "lib/index.ts", .function = {.runtime = runtime}});
    ccdk_lambda_nodejs_function_new(stack, "Verbose", &(ccdk_lambda_nodejs_function_props){
        .entry = "lib/index.ts", .function = {.runtime = runtime},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.log_level = CCDK_NODEJS_LOG_LEVEL_VERBOSE}});
    ccdk_lambda_nodejs_function_new(stack, "ProjectRoot", &(ccdk_lambda_nodejs_function_props){
        .entry = "lib/index.ts", .function = {.runtime = runtime}, .project_root = ".",
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.tsconfig = "lib/custom-tsconfig.json"}});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
