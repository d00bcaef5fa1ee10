/* Conformance case 'nodejs-externals-other-folder': see app.js. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Orders",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "functions/orders/handler.ts",
                                        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
                                        .bundling = &(ccdk_lambda_nodejs_bundling_options){
                                            .external_modules = CCDK_STRS("@aws-sdk/*", "pg")},
                                    });
    ccdk_lambda_nodejs_function_new(stack, "NoExternals",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "shared/format.ts",
                                        .function = {.handler = "formatOrder", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
                                        .bundling = &(ccdk_lambda_nodejs_bundling_options){.external_modules = CCDK_EMPTY_LIST},
                                    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
