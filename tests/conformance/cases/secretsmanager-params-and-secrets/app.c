/* The Parameters and Secrets extension layer on functions that read secrets: secret.grantRead(fn) for a
 * Secret, a Secret with a kms.Key (the key policy's kms:Decrypt through Secrets Manager) and a secret
 * imported by name, with the layer from a version in us-west-2 and from an ARN. */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", &(ccdk_stack_props){.region = "us-west-2"});
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(stack, "Secret", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .function_name = "lambda-function",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .params_and_secrets = &(ccdk_lambda_params_and_secrets){.version = CCDK_LAMBDA_PARAMS_AND_SECRETS_V1_0_103},
    });
    ccdk_secretsmanager_secret_grant_read(secret, fn);
    ccdk_kms_key *encryption_key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_secretsmanager_secret *keyed = ccdk_secretsmanager_secret_new(stack, "KeyedSecret", &(ccdk_secretsmanager_secret_props){
        .encryption_key = encryption_key});
    ccdk_lambda_function *fn2 = ccdk_lambda_function_new(stack, "Function2", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .params_and_secrets = &(ccdk_lambda_params_and_secrets){
            .version_arn = "arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4",
            .secrets_manager_ttl = ccdk_duration_seconds(120),
        },
        .environment = CCDK_KVS({"SECRET_ARN", ccdk_secretsmanager_secret_arn(keyed)}),
    });
    ccdk_secretsmanager_secret_grant_read(keyed, fn2);
    ccdk_secretsmanager_secret_grant_read(ccdk_secretsmanager_secret_from_secret_name_v2(stack, "Shared", "shared/api-key"), fn2);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
