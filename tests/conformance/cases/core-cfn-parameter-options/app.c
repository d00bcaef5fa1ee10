/* CfnParameter's optional props, given as false / 0 (rendered as given: NoEcho false, MinLength 0),
 * and a Number parameter with bounds. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_parameter *name = ccdk_cfn_parameter_new(stack, "HandlerName", &(ccdk_cfn_parameter_props){
        .no_echo = CCDK_FALSE,
        .min_length = CCDK_NUM(0),
        .max_length = CCDK_NUM(64),
        .default_value = ccdk_v_string(stack, "index.handler"),
    });
    ccdk_cfn_parameter *mem = ccdk_cfn_parameter_new(stack, "Memory", &(ccdk_cfn_parameter_props){
        .type = "Number",
        .min_value = CCDK_NUM(128),
        .max_value = CCDK_NUM(1024),
        .no_echo = CCDK_TRUE,
        .description = "memory size",
    });
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = ccdk_cfn_parameter_value_as_string(name),
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
        .environment = CCDK_KVS({"MEMORY", ccdk_cfn_parameter_value_as_string(mem)}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
