/* Conformance case 'integ-nodejs-build-images': aws-lambda-nodejs test/integ.nodejs.build.images.ts,
 * a NodejsFunction (minify, source maps: both) per distinct runtime of NODEJS_18_X, NODEJS_20_X,
 * NODEJS_LATEST and NODEJS_22_X (runtimeEquals). The handler imports 'delay' (a stand-in in
 * node_modules/). Dropped: the IntegTest and its invokeFunction assertions, and (here; app.js
 * keeps it) the post-synth check that each asset folder holds index.js. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "cdk-integ-lambda-nodejs-latest", NULL);
    const ccdk_lambda_runtime *runtimes[] = {
        CCDK_LAMBDA_RUNTIME_NODEJS_18_X, CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        CCDK_LAMBDA_RUNTIME_NODEJS_LATEST, CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
    };
    size_t n = sizeof runtimes / sizeof *runtimes;
    for (size_t i = 0; i < n; i++) {
        /* unique by runtimeEquals: the first of its kind only */
        size_t first = 0;
        while (!ccdk_lambda_runtime_equals(runtimes[first], runtimes[i]))
            first++;
        if (first != i)
            continue;
        ccdk_lambda_nodejs_function_new(stack, ccdk_fmt(stack, "func-%s", runtimes[i]->name),
                                        &(ccdk_lambda_nodejs_function_props){
                                            .entry = "integ-handlers/dependencies.ts",
                                            .function = {.runtime = runtimes[i]},
                                            .bundling = &(ccdk_lambda_nodejs_bundling_options){
                                                .minify = CCDK_TRUE,
                                                .source_map = CCDK_TRUE,
                                                .source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_BOTH,
                                            },
                                        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
