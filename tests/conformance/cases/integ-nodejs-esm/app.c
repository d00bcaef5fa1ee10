/* Conformance case 'integ-nodejs-esm': aws-lambda-nodejs test/integ.esm.ts, a NodejsFunction
 * bundled in the ESM format (index.mjs) on the default runtime. Nothing dropped. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "cdk-integ-lambda-nodejs-esm", NULL);
    ccdk_lambda_nodejs_function_new(stack, "esm",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "integ-handlers/esm.ts",
                                        .bundling = &(ccdk_lambda_nodejs_bundling_options){
                                            .format = CCDK_NODEJS_FORMAT_ESM},
                                    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
