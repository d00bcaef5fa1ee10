/* Conformance case 'integ-lambda-binary-payload': aws-lambda test/integ.binary-payload.ts.
 * Dropped: the IntegTest and its two Lambda invoke awsApiCall assertions (with their payloads). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "IntegBinaryPayload", NULL);
    ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "\n"
                                                    "    exports.handler = async (event) => {\n"
                                                    "      return event;\n"
                                                    "    };\n"
                                                    "  "),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
