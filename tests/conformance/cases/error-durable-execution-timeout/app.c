/* error: durableConfig executionTimeout above 31622400 seconds
 * Ported from aws-cdk: function.test.ts, the durableConfig executionTimeout validation test */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_lambda_function_new(stack, "DurableFn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .durable_config = &(ccdk_lambda_durable_config){.execution_timeout = ccdk_duration_days(367)},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
