/* Conformance case 'nodejs-shell-metacharacters' (bundling.test.ts 'shell metacharacter handling',
 * local bundling): esbuild runs without a shell, so an external module, define values, an inject
 * path, a banner and the entry's folder reach it as they are, with & ; $( ) ` ' | in them. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Function", &(ccdk_lambda_nodejs_function_props){
        .entry = "src & co/handler.ts",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .external_modules = CCDK_STRS("foo & echo PWNED"),
            .define = CCDK_KVS({"process.env.STAGE", "\"it's; $(echo PWNED) & `echo PWNED`\""}, {"STAGE_LABEL", "\"a | b\""}),
            .inject = CCDK_STRS("./shim $(echo PWNED).js"),
            .banner = "/* banner; echo 'PWNED' & */",
            .esbuild_args = CCDK_KVS({"--log-limit", "0"})}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
