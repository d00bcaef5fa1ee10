/* Conformance case 'nodejs-function-props' (function.test.ts): a .tsx entry; a NodejsFunction in a
 * VPC (with the default runtime of the context); `code` given with a `handler` (used as is, no
 * bundling; connection reuse still set on an SDK v2 runtime); the lock file given as a relative
 * path to any file (./package.json); an entry lib/index.ts; awsSdkConnectionReuse false on
 * NODEJS_18_X (no environment). */
#include <ccdk/ec2.h>
#include <ccdk/lambda_nodejs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_lambda_nodejs_function_new(stack, "Tsx", &(ccdk_lambda_nodejs_function_props){
        .entry = "handler.tsx", .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X}});

    /* restrict_default_security_group off: its handler asset is not aws-cdk-lib's (vpc-default/exception) */
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_lambda_nodejs_function_new(stack, "handler1", &(ccdk_lambda_nodejs_function_props){
        .entry = "handler.tsx", .function = {.vpc = vpc}});

    ccdk_lambda_nodejs_function_new(stack, "WithCode", &(ccdk_lambda_nodejs_function_props){
        .function = {.handler = "Random.Name", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
                     .code = ccdk_lambda_code_from_asset(stack, "prebuilt", NULL)}});
    ccdk_lambda_nodejs_function_new(stack, "WithCodeOldRuntime", &(ccdk_lambda_nodejs_function_props){
        .function = {.handler = "Random.Name", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
                     .code = ccdk_lambda_code_from_asset(stack, "prebuilt", NULL)}});

    ccdk_lambda_nodejs_function_new(stack, "LockFileAsGiven", &(ccdk_lambda_nodejs_function_props){
        .entry = "lib/index.ts",
        .deps_lock_file_path = "./package.json",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X},
        .aws_sdk_connection_reuse = CCDK_FALSE});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
