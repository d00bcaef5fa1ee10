/* Conformance case 'integ-lambda-determine-latest-node-runtime': aws-lambda
 * test/integ.lambda.determineLatestNodeRuntime.ts (the IntegTest and its getFunction assertion are
 * dropped). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-determine-latest-runtime", NULL);
    ccdk_lambda_function_new(stack, "LatestNodeRuntime", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "\n"
                                                    "    exports.handler = async () => {\n"
                                                    "      return {\n"
                                                    "        statusCode: 200,\n"
                                                    "        body: process.version\n"
                                                    "      };\n"
                                                    "    };\n"
                                                    "  "),
        .handler = "index.handler",
        .runtime = ccdk_lambda_determine_latest_node_runtime(stack),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
