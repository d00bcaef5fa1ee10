/* Conformance case 'error-params-and-secrets-token-max-connections': error: paramsAndSecrets with maxConnections a number token
 * (a Number parameter's value): aws-cdk-lib's range check tests no token, so it always fails. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_cfn_parameter *param = ccdk_cfn_parameter_new(stack, "Param", &(ccdk_cfn_parameter_props){.type = "Number"});
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .params_and_secrets = &(ccdk_lambda_params_and_secrets){
            .version_arn = "arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4",
            .max_connections = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(param)),
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
