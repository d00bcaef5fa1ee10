/* Conformance case 'integ-nodejs-compilations': aws-lambda-nodejs test/integ.compilations.ts,
 * preCompilation with minify and source maps (both), with the nearest tsconfig.json and with a
 * custom one, the App's postCliContext turning off @aws-cdk/aws-lambda:useCdkManagedLogGroup.
 * The integ file's folder is test/ here (tsconfig-custom.json one level up, as in aws-cdk). No
 * tsc is installed, so (in aws-cdk-lib and ccdk alike) there is no tsc step and esbuild bundles
 * the .js next to the .ts entry, as aws-cdk's checked-in ts-decorator-handler.js. Nothing dropped. */
#define _DEFAULT_SOURCE /* realpath */
#include <limits.h>
#include <stdlib.h>

#include <ccdk/lambda_nodejs.h>

int main(void)
{
    /* absolute, as in app.js: a relative tsconfig is require()d from aws-cdk-lib's folder */
    char tsconfig[PATH_MAX];
    if (!realpath("tsconfig-custom.json", tsconfig))
        return 1;
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "cdk-integ-compilations-lambda-nodejs", NULL);
    ccdk_lambda_nodejs_function_new(stack, "ts-decorator-handler",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "test/integ-handlers/ts-decorator-handler.ts",
                                        .bundling = &(ccdk_lambda_nodejs_bundling_options){
                                            .minify = CCDK_TRUE,
                                            .source_map = CCDK_TRUE,
                                            .source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_BOTH,
                                            .pre_compilation = CCDK_TRUE,
                                        },
                                        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X},
                                    });
    ccdk_lambda_nodejs_function_new(stack, "ts-decorator-handler-tsconfig",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "test/integ-handlers/ts-decorator-handler.ts",
                                        .bundling = &(ccdk_lambda_nodejs_bundling_options){
                                            .minify = CCDK_TRUE,
                                            .source_map = CCDK_TRUE,
                                            .source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_BOTH,
                                            .tsconfig = tsconfig,
                                            .pre_compilation = CCDK_TRUE,
                                        },
                                        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X},
                                    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
