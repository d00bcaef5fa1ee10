/* Conformance case 'nodejs-mixed-assets-versions': NodejsFunctions among plain Code.fromAsset
 * functions (the asset manifest lists the assets in construction order), one bundle used by two
 * functions (one asset), currentVersion and an alias on a NodejsFunction (the version's hash
 * covers the bundle's S3Key), and a NodejsFunction in a second stack. */
#include <ccdk/lambda_nodejs.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const ccdk_lambda_runtime *rt = CCDK_LAMBDA_RUNTIME_NODEJS_20_X;
    ccdk_lambda_function *first = ccdk_lambda_nodejs_function_new(stack, "First", &(ccdk_lambda_nodejs_function_props){
        .entry = "src/b.ts", .function = {.runtime = rt}});
    ccdk_lambda_function_new(stack, "Plain", &(ccdk_lambda_function_props){
        .runtime = rt, .handler = "index.handler", .code = ccdk_lambda_code_from_asset(stack, "plain-handler", NULL)});
    ccdk_lambda_nodejs_function_new(stack, "Second", &(ccdk_lambda_nodejs_function_props){
        .entry = "src/a.ts", .function = {.runtime = rt, .memory_size = CCDK_NUM(512)}});
    ccdk_lambda_nodejs_function_new(stack, "SameAsFirst", &(ccdk_lambda_nodejs_function_props){
        .entry = "src/b.ts", .function = {.runtime = rt}});
    ccdk_lambda_version_add_alias(ccdk_lambda_function_current_version(first), "live", NULL);
    ccdk_lambda_function_add_environment(first, "STAGE", "prod");
    ccdk_stack *other = ccdk_stack_new(app, "OtherStack", NULL);
    ccdk_lambda_nodejs_function_new(other, "Elsewhere", &(ccdk_lambda_nodejs_function_props){
        .entry = "src/a.ts", .function = {.runtime = rt}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
