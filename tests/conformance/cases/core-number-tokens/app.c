/* Numbers known only at deploy time (Number CfnParameters; Token.asNumber is CCDK_NUM_TOKEN) as
 * memorySize, reservedConcurrentExecutions, retryAttempts and an alias's provisioned concurrency. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_parameter *memory = ccdk_cfn_parameter_new(stack, "Memory", &(ccdk_cfn_parameter_props){
        .type = "Number", .default_value = ccdk_v_number(stack, 256)});
    ccdk_cfn_parameter *reserved = ccdk_cfn_parameter_new(stack, "Reserved", &(ccdk_cfn_parameter_props){.type = "Number"});
    ccdk_cfn_parameter *retries = ccdk_cfn_parameter_new(stack, "Retries", &(ccdk_cfn_parameter_props){.type = "Number"});
    ccdk_cfn_parameter *provisioned = ccdk_cfn_parameter_new(stack, "Provisioned", &(ccdk_cfn_parameter_props){.type = "Number"});

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
        .memory_size = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(memory)),
        .reserved_concurrent_executions = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(reserved)),
        .retry_attempts = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(retries)),
    });
    ccdk_lambda_alias_new(stack, "Live", &(ccdk_lambda_alias_props){
        .alias_name = "live",
        .version = ccdk_lambda_function_current_version(fn),
        .provisioned_concurrent_executions = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(provisioned)),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
