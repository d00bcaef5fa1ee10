/* Conformance case 'ported-params-and-secrets-layers': aws-cdk's params-and-secrets.test.ts (aws-lambda),
 * its tests of the layer and its environment ported literally (see app.js): a stack per test, each
 * with the test's Function 'Function' and region.
 * Ported from aws-cdk: params-and-secrets.test.ts (the tests listed in app.js) */
#include <ccdk/lambda.h>

#define LAYER_ARN "arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4"

static void fn(ccdk_stack *stack, ccdk_lambda_params_and_secrets params_and_secrets, const ccdk_lambda_architecture *architecture)
{
    ccdk_lambda_function_new(stack, "Function", &(ccdk_lambda_function_props){
        .function_name = "lambda-function",
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .architecture = architecture,
        .params_and_secrets = &params_and_secrets,
    });
}

/* the tests' non-default options, from a version or an ARN */
static ccdk_lambda_params_and_secrets with_options(const char *version, const char *version_arn)
{
    return (ccdk_lambda_params_and_secrets){
        .version = version,
        .version_arn = version_arn,
        .cache_enabled = CCDK_FALSE,
        .cache_size = CCDK_NUM(500),
        .http_port = CCDK_NUM(8080),
        .log_level = CCDK_LAMBDA_PARAMS_AND_SECRETS_LOG_LEVEL_DEBUG,
        .max_connections = CCDK_NUM(1),
        .secrets_manager_timeout = ccdk_duration_seconds(10),
        .secrets_manager_ttl = ccdk_duration_seconds(250),
        .parameter_store_timeout = ccdk_duration_seconds(10),
        .parameter_store_ttl = ccdk_duration_seconds(250),
    };
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const ccdk_stack_props us_west_2 = {.region = "us-west-2"};
    const ccdk_lambda_params_and_secrets from_arn = {.version_arn = LAYER_ARN};
    const ccdk_lambda_params_and_secrets from_version = {.version = CCDK_LAMBDA_PARAMS_AND_SECRETS_V1_0_103};
    fn(ccdk_stack_new(app, "ArnDefault", NULL), from_arn, NULL);
    fn(ccdk_stack_new(app, "ArnOptions", NULL), with_options(NULL, LAYER_ARN), NULL);
    fn(ccdk_stack_new(app, "VersionX86", &us_west_2), from_version, NULL);
    fn(ccdk_stack_new(app, "AgnosticX86", NULL), from_version, NULL);
    fn(ccdk_stack_new(app, "VersionArm", &us_west_2), from_version, CCDK_LAMBDA_ARCHITECTURE_ARM_64);
    fn(ccdk_stack_new(app, "AgnosticArm", NULL), from_version, CCDK_LAMBDA_ARCHITECTURE_ARM_64);
    fn(ccdk_stack_new(app, "VersionOptions", &us_west_2), with_options(CCDK_LAMBDA_PARAMS_AND_SECRETS_V1_0_103, NULL), NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
