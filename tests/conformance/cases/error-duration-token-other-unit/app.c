/* error: a function timeout of Duration.minutes(token) (timeout is written in seconds, and a token
 * cannot be converted) */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_parameter *minutes = ccdk_cfn_parameter_new(stack, "TimeoutMinutes", &(ccdk_cfn_parameter_props){.type = "Number"});
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .timeout = ccdk_duration_minutes_token(ccdk_cfn_parameter_value_as_string(minutes)),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
