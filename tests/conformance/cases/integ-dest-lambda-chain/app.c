/* Conformance case 'integ-dest-lambda-chain': aws-cdk's integ.lambda-chain.ts (framework-integ/test/aws-lambda-destinations); the IntegTest and its invokeFunction/filterLogEvents assertions dropped */
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-chain", NULL);
    const ccdk_lambda_function_props lambda_props = {
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async (event) => {\n"
                                             "        console.log('Event: %j', event);\n"
                                             "        if (event.status === 'error') throw new Error('UnkownError');\n"
                                             "        return event;\n"
                                             "      };"),
    };
    ccdk_lambda_function *first = ccdk_lambda_function_new(stack, "First", &lambda_props);
    ccdk_lambda_function *second = ccdk_lambda_function_new(stack, "Second", &lambda_props);
    ccdk_lambda_function *third = ccdk_lambda_function_new(stack, "Third", &lambda_props);
    ccdk_lambda_function *error = ccdk_lambda_function_new(stack, "Error", &lambda_props);
    const ccdk_lambda_destinations_lambda_destination_options response_only = {.response_only = CCDK_TRUE};
    ccdk_lambda_function_configure_async_invoke(first, &(ccdk_lambda_event_invoke_config_options){
        .on_success = ccdk_lambda_destinations_lambda_destination(second, &response_only),
        .on_failure = ccdk_lambda_destinations_lambda_destination(error, &response_only),
        .retry_attempts = CCDK_NUM(0),
    });
    ccdk_lambda_function_configure_async_invoke(second, &(ccdk_lambda_event_invoke_config_options){
        .on_success = ccdk_lambda_destinations_lambda_destination(third, &response_only),
    });
    ccdk_cfn_output_new(stack, "FirstFunctionName", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_name(first)});
    ccdk_cfn_output_new(stack, "ThirdFunctionName", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_name(third)});
    ccdk_cfn_output_new(stack, "ErrorFunctionName", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_name(error)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
