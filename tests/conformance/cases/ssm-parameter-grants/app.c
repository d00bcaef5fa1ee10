/* Imported SSM parameters a function reads and writes (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/ssm.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ssm_string_parameter *config = ccdk_ssm_string_parameter_from_string_parameter_name(stack, "Config", "/app/config");
    ccdk_ssm_string_parameter *counter = ccdk_ssm_string_parameter_from_string_parameter_attributes(
        stack, "Counter", &(ccdk_ssm_string_parameter_attributes){.parameter_name = "counter", .simple_name = CCDK_TRUE});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .environment = CCDK_KVS({"CONFIG_NAME", ccdk_ssm_string_parameter_name(config)},
                                {"CONFIG", ccdk_ssm_string_parameter_string_value(config)}),
    });
    ccdk_ssm_string_parameter_grant_read(config, fn);
    ccdk_ssm_string_parameter_grant_write(counter, fn);
    ccdk_cfn_output_new(stack, "ConfigArn", &(ccdk_cfn_output_props){.value = ccdk_ssm_string_parameter_arn(config)});
    ccdk_cfn_output_new(stack, "CounterArn", &(ccdk_cfn_output_props){.value = ccdk_ssm_string_parameter_arn(counter)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
