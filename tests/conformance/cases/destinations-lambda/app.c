/* destinations-lambda: a Function as the destination, and the response payload only
 * (destinations.test.ts 'lambda as destination', 'lambda payload as destination'). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>

static ccdk_lambda_function *function(ccdk_stack *stack, const char *id, ccdk_lambda_destination *on_success,
                                      ccdk_lambda_destination *on_failure)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .on_success = on_success,
        .on_failure = on_failure,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_function *success = function(stack, "SuccessFunction", NULL, NULL);
    function(stack, "Function", ccdk_lambda_destinations_lambda_destination(success, NULL), NULL);

    ccdk_lambda_function *payload_success = function(stack, "PayloadSuccessFunction", NULL, NULL);
    ccdk_lambda_function *payload_failure = function(stack, "PayloadFailureFunction", NULL, NULL);
    ccdk_lambda_destinations_lambda_destination_options response_only = {.response_only = CCDK_TRUE};
    function(stack, "PayloadFunction", ccdk_lambda_destinations_lambda_destination(payload_success, &response_only),
             ccdk_lambda_destinations_lambda_destination(payload_failure, &response_only));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
