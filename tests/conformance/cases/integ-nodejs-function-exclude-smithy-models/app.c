/* Conformance case 'integ-nodejs-function-exclude-smithy-models':
 * aws-lambda-nodejs test/integ.function-exclude-smithy-models.ts, a NodejsFunction on NODEJS_18_X
 * with @aws-cdk/aws-lambda-nodejs:sdkV3ExcludeSmithyPackages set in the App's postCliContext
 * (@smithy/ * external too). The handler imports 'delay' (a stand-in in node_modules/, bundled).
 * Dropped: the IntegTest. */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda-nodejs:sdkV3ExcludeSmithyPackages", "true"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "cdk-integ-lambda-nodejs-18-exclude-smithy", NULL);
    ccdk_lambda_nodejs_function_new(stack, "NodeJsFunction",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "integ-handlers/dependencies.ts",
                                        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X},
                                    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
