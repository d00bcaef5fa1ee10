/* Version props minExecutionEnvironments / maxExecutionEnvironments (FunctionScalingConfig), on new
 * Version and through currentVersionOptions.
 * Ported from aws-cdk: lambda-version.test.ts, describe('version scaling configuration') */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
    });
    ccdk_lambda_version_new(stack, "Both", &(ccdk_lambda_version_props){
        .lambda = fn, .min_execution_environments = CCDK_NUM(1), .max_execution_environments = CCDK_NUM(10)});
    ccdk_lambda_version_new(stack, "OnlyMin", &(ccdk_lambda_version_props){.lambda = fn, .min_execution_environments = CCDK_NUM(2)});
    ccdk_lambda_version_new(stack, "OnlyMax", &(ccdk_lambda_version_props){.lambda = fn, .max_execution_environments = CCDK_NUM(5)});
    ccdk_lambda_version_new(stack, "Zeroes", &(ccdk_lambda_version_props){
        .lambda = fn, .min_execution_environments = CCDK_NUM(0), .max_execution_environments = CCDK_NUM(0)});
    /* tokens are not checked (min > max is not known) */
    ccdk_lambda_version_new(stack, "Tokens", &(ccdk_lambda_version_props){
        .lambda = fn,
        .min_execution_environments = CCDK_NUM_TOKEN(ccdk_fn_ref(stack, "MinEnvParam")),
        .max_execution_environments = CCDK_NUM_TOKEN(ccdk_fn_ref(stack, "MaxEnvParam")),
    });
    ccdk_cfn_parameter *max = ccdk_cfn_parameter_new(stack, "MaxEnv", &(ccdk_cfn_parameter_props){.type = "Number"});
    ccdk_lambda_version_new(stack, "MinAndParam", &(ccdk_lambda_version_props){
        .lambda = fn, .min_execution_environments = CCDK_NUM(3),
        .max_execution_environments = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(max))});
    ccdk_lambda_version_new(stack, "WithPc", &(ccdk_lambda_version_props){
        .lambda = fn, .provisioned_concurrent_executions = CCDK_NUM(2),
        .min_execution_environments = CCDK_NUM(1), .max_execution_environments = CCDK_NUM(1)});

    /* currentVersionOptions carry them to fn.currentVersion (and an alias of it) */
    ccdk_lambda_function *fn2 = ccdk_lambda_function_new(stack, "Fn2", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "bar"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .current_version_options = &(ccdk_lambda_version_options){
            .min_execution_environments = CCDK_NUM(4), .max_execution_environments = CCDK_NUM(8)},
    });
    ccdk_lambda_function_add_alias(fn2, "live", NULL);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
