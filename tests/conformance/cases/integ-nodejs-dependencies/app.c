/* Conformance case 'integ-nodejs-dependencies': aws-lambda-nodejs test/integ.dependencies.ts, the
 * stack 'cdk-integ-lambda-nodejs-dependencies-for-sdk-v3-use-lambda-provided-sdk' only: a
 * NodejsFunction on NODEJS_18_X whose handler imports an @aws-sdk/ * client (external).
 * bundling.useLambdaProvidedAwsSdk is newer than aws-cdk-lib 2.276.0 (an unknown prop there, so
 * not given here; 2.276.0's default externals are the same @aws-sdk/ *). Dropped: the IntegTest and
 * its invokeFunction assertions, the stack 'cdk-integ-lambda-nodejs-dependencies'
 * (forceDockerBundling with nodeModules: needs Docker) and the stack
 * 'cdk-integ-lambda-nodejs-dependencies-for-sdk-v3' (a beforeBundling hook running
 * `npm install --ci`: needs the network). */
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack =
        ccdk_stack_new(app, "cdk-integ-lambda-nodejs-dependencies-for-sdk-v3-use-lambda-provided-sdk", NULL);
    /* This function uses @aws-sdk/ * but it will not be included */
    ccdk_lambda_nodejs_function_new(stack, "external-sdk-v3",
                                    &(ccdk_lambda_nodejs_function_props){
                                        .entry = "integ-handlers/dependencies-sdk-v3.ts",
                                        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X},
                                    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
