/* aws-lambda/test/lambda-version.test.ts's synthesizing tests in one stack (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static const ccdk_lambda_runtime THE_RUNTIME = {
    .name = "node99.x", .family = CCDK_LAMBDA_FAMILY_NODEJS, .supports_inline_code = 1};

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_validations_acknowledge(stack, "CloudFormation-Validate::E3071", "Tests intentionally use a bogus runtime");
    ccdk_validations_acknowledge(stack, "CloudFormation-Validate::W3030", "Tests intentionally use a bogus runtime");

    ccdk_lambda_version *imported = ccdk_lambda_version_from_version_arn(stack, "ImportedByArn",
        "arn:aws:lambda:region:account-id:function:function-name:version");
    ccdk_cfn_output_new(stack, "ARN", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_arn(imported)});
    ccdk_cfn_output_new(stack, "Name", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_function_name(imported)});
    ccdk_cfn_output_new(stack, "FunctionArn", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_function_arn(ccdk_lambda_version_lambda(imported))});

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = &THE_RUNTIME, .handler = "index.handler", .code = ccdk_lambda_code_from_inline(stack, "foo")});
    ccdk_lambda_version *version = ccdk_lambda_version_new(stack, "Version", &(ccdk_lambda_version_props){
        .lambda = fn, .max_event_age = ccdk_duration_hours(1), .retry_attempts = CCDK_NUM(0)});
    ccdk_lambda_version *reimported = ccdk_lambda_version_from_version_arn(stack, "ImportedVersion",
        ccdk_lambda_version_arn(version));
    ccdk_cfn_output_new(stack, "ReimportedArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_arn(reimported)});
    ccdk_cfn_output_new(stack, "ReimportedName", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_function_name(reimported)});
    ccdk_cfn_output_new(stack, "ReimportedVersion", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_version(reimported)});

    ccdk_lambda_version *version1 = ccdk_lambda_version_from_version_arn(stack, "Version1",
        "arn:aws:lambda:region:account-id:function:function-name:version1");
    ccdk_lambda_version *version2 = ccdk_lambda_version_from_version_arn(stack, "Version2",
        "arn:aws:lambda:region:account-id:function:function-name:version2");
    ccdk_lambda_function_configure_async_invoke(version1, &(ccdk_lambda_event_invoke_config_options){.retry_attempts = CCDK_NUM(1)});
    ccdk_lambda_function_configure_async_invoke(version2, &(ccdk_lambda_event_invoke_config_options){.retry_attempts = CCDK_NUM(0)});

    ccdk_lambda_version_add_alias(ccdk_lambda_function_current_version(fn), "foo", NULL);
    ccdk_cfn_output_new(stack, "EdgeArn", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_version_edge_arn(ccdk_lambda_function_current_version(fn))});

    ccdk_lambda_function *fn2 = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"), .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST});
    ccdk_cfn_parameter *pce = ccdk_cfn_parameter_new(stack, "ProvisionedConcurrentExecutions",
        &(ccdk_cfn_parameter_props){.type = "Number"});
    ccdk_lambda_version_new(stack, "PceVersion", &(ccdk_lambda_version_props){
        .lambda = fn2, .provisioned_concurrent_executions = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(pce))});

    ccdk_lambda_version_new(stack, "MinMaxVersion", &(ccdk_lambda_version_props){
        .lambda = fn2, .min_execution_environments = CCDK_NUM(1), .max_execution_environments = CCDK_NUM(10)});
    ccdk_lambda_version_new(stack, "MinVersion", &(ccdk_lambda_version_props){
        .lambda = fn2, .min_execution_environments = CCDK_NUM(2)});
    ccdk_lambda_version_new(stack, "MaxVersion", &(ccdk_lambda_version_props){
        .lambda = fn2, .max_execution_environments = CCDK_NUM(5)});
    ccdk_lambda_version_new(stack, "TokenVersion", &(ccdk_lambda_version_props){
        .lambda = fn2,
        .min_execution_environments = CCDK_NUM_TOKEN(ccdk_fn_ref(stack, "MinEnvParam")),
        .max_execution_environments = CCDK_NUM_TOKEN(ccdk_fn_ref(stack, "MaxEnvParam"))});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
