/* error: paramsAndSecrets fromVersion on arm64 in eu-central-2
 * Ported from aws-cdk: params-and-secrets.test.ts 'throws for unsupported architecture in region' */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", &(ccdk_stack_props){.region = "eu-central-2"});
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .function_name = "lambda-function",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .architecture = CCDK_LAMBDA_ARCHITECTURE_ARM_64,
        .params_and_secrets = &(ccdk_lambda_params_and_secrets){
            .version = CCDK_LAMBDA_PARAMS_AND_SECRETS_V1_0_103,
        },
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
