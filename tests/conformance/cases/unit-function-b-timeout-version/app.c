/* Conformance case 'unit-function-b-timeout-version': function.test.ts's timeout and currentVersion
 * tests (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_lambda_function *new_function(ccdk_stack *stack, ccdk_duration timeout, ccdk_kvs environment)
{
    return ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .handler = "foo",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .code = ccdk_lambda_code_from_asset(stack, "handler.zip", NULL),
        .timeout = timeout,
        .environment = environment,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *stack = ccdk_stack_new(app, "TimeoutDefined", NULL);
    ccdk_lambda_function *fn = new_function(stack, ccdk_duration_minutes(2), (ccdk_kvs){0});
    ccdk_cfn_output_new(stack, "TimeoutSeconds", &(ccdk_cfn_output_props){
        .value = ccdk_fmt(stack, "%g", ccdk_duration_to_seconds(ccdk_lambda_function_timeout(fn)))});

    stack = ccdk_stack_new(app, "TimeoutOptional", NULL);
    fn = new_function(stack, (ccdk_duration){0}, (ccdk_kvs){0});
    ccdk_cfn_output_new(stack, "TimeoutDefined", &(ccdk_cfn_output_props){
        .value = ccdk_duration_is_set(ccdk_lambda_function_timeout(fn)) ? "true" : "false"});

    ccdk_stack *stack1 = ccdk_stack_new(app, "VersionHash1", NULL);
    ccdk_lambda_function *fn1 = new_function(stack1, (ccdk_duration){0}, CCDK_KVS({"FOO", "bar"}));
    ccdk_stack *stack2 = ccdk_stack_new(app, "VersionHash2", NULL);
    ccdk_lambda_function *fn2 = new_function(stack2, (ccdk_duration){0}, CCDK_KVS({"FOO", "bear"}));
    ccdk_cfn_output_new(stack1, "CurrentVersionArn", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_version_arn(ccdk_lambda_function_current_version(fn1))});
    ccdk_cfn_output_new(stack2, "CurrentVersionArn", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_version_arn(ccdk_lambda_function_current_version(fn2))});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
