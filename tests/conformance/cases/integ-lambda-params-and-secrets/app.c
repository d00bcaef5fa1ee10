/* Conformance case 'integ-lambda-params-and-secrets': aws-lambda test/integ.params-and-secrets.ts
 * (the IntegTest is dropped; params-and-secrets-handler/ is a small handler of our own). */
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/ssm.h>

static void stack_under_test(ccdk_app *app, const char *id, const ccdk_lambda_architecture *architecture)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, NULL);
    ccdk_ssm_string_parameter *parameter = ccdk_ssm_string_parameter_new(stack, "Parameter", &(ccdk_ssm_string_parameter_props){
        .parameter_name = ccdk_fmt(stack, "email_url_%s", id),
        .string_value = "api.example.com",
    });
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "MySecret", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunc", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "params-and-secrets-handler", NULL),
        .architecture = architecture,
        .params_and_secrets = &(ccdk_lambda_params_and_secrets){
            .version = CCDK_LAMBDA_PARAMS_AND_SECRETS_V1_0_103,
            .cache_size = CCDK_NUM(100),
            .cache_enabled = CCDK_TRUE,
            .http_port = CCDK_NUM(8080),
            .log_level = CCDK_LAMBDA_PARAMS_AND_SECRETS_LOG_LEVEL_DEBUG,
            .max_connections = CCDK_NUM(5),
            .secrets_manager_ttl = ccdk_duration_seconds(100),
            .parameter_store_ttl = ccdk_duration_seconds(100),
        },
    });
    ccdk_secretsmanager_secret_grant_read(secret, fn);
    ccdk_ssm_string_parameter_grant_read(parameter, fn);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    stack_under_test(app, "Stack1", CCDK_LAMBDA_ARCHITECTURE_X86_64);
    stack_under_test(app, "Stack2", CCDK_LAMBDA_ARCHITECTURE_ARM_64);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
