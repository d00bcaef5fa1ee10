/* aws-cdk's params-and-secrets.test.ts (aws-lambda): a function with the Parameters and Secrets
 * extension layer that reads parameters, a stack per test: a StringParameter granted, a SecureString
 * parameter imported with its kms.Key (kms:Decrypt on the key too), a Secret granted, a Secret with
 * its own kms.Key granted, two secrets and two parameters granted to one function. */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/ssm.h>

static ccdk_lambda_function *new_function(ccdk_stack *stack)
{
    return ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .function_name = "lambda-function",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .params_and_secrets = &(ccdk_lambda_params_and_secrets){
            .version_arn = "arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4"},
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Parameter", NULL);
        ccdk_ssm_string_parameter *parameter = ccdk_ssm_string_parameter_new(stack, "Parameter", &(ccdk_ssm_string_parameter_props){
            .parameter_name = "name", .string_value = "value"});
        ccdk_ssm_string_parameter_grant_read(parameter, new_function(stack));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ParameterEncryption", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
        ccdk_ssm_string_parameter *parameter = ccdk_ssm_string_parameter_from_secure_string_parameter_attributes(
            stack, "Parameter", &(ccdk_ssm_secure_string_parameter_attributes){.parameter_name = "name", .encryption_key = key});
        ccdk_ssm_string_parameter_grant_read(parameter, new_function(stack));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Secret", NULL);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
        ccdk_secretsmanager_secret_grant_read(secret, new_function(stack));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SecretEncryption", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
        ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", &(ccdk_secretsmanager_secret_props){
            .encryption_key = key});
        ccdk_secretsmanager_secret_grant_read(secret, new_function(stack));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Multiple", NULL);
        ccdk_secretsmanager_secret *secret1 = ccdk_secretsmanager_secret_new(stack, "Secret1", NULL);
        ccdk_secretsmanager_secret *secret2 = ccdk_secretsmanager_secret_new(stack, "Secret2", NULL);
        ccdk_ssm_string_parameter *parameter1 = ccdk_ssm_string_parameter_new(stack, "Parameter1", &(ccdk_ssm_string_parameter_props){
            .parameter_name = "name", .string_value = "value"});
        ccdk_ssm_string_parameter *parameter2 = ccdk_ssm_string_parameter_new(stack, "Parameter2", &(ccdk_ssm_string_parameter_props){
            .parameter_name = "name", .string_value = "value"});
        ccdk_lambda_function *fn = new_function(stack);
        ccdk_secretsmanager_secret_grant_read(secret1, fn);
        ccdk_secretsmanager_secret_grant_read(secret2, fn);
        ccdk_ssm_string_parameter_grant_read(parameter1, fn);
        ccdk_ssm_string_parameter_grant_read(parameter2, fn);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
