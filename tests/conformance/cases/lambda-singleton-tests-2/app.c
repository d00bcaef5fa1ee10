/* SingletonFunction beside singleton-lambda.test.ts's tests: a lambdaPurpose, two stacks, a nested
 * declaration, and FunctionBase's methods on singletons (see app.js). */
#include <ccdk/cloudwatch.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/lambda_versions.h>

static ccdk_lambda_singleton_function_props props(ccdk_stack *stack, double timeout)
{
    return (ccdk_lambda_singleton_function_props){
        .uuid = "AB12-cd34", .lambda_purpose = "Purpose",
        .function = {.code = ccdk_lambda_code_from_inline(stack, "def hello(): pass"),
                     .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9, .handler = "index.hello",
                     .timeout = timeout ? ccdk_duration_seconds(timeout) : (ccdk_duration){0}}};
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_singleton_function_props p = props(stack, 0), p9 = props(stack, 9);
    ccdk_lambda_singleton_function *first = ccdk_lambda_singleton_function_new(stack, "First", &p);
    ccdk_lambda_singleton_function *second = ccdk_lambda_singleton_function_new(
        ccdk_construct_new(stack, "Group"), "Second", &p9);
    ccdk_lambda_function_configure_async_invoke(first, &(ccdk_lambda_event_invoke_config_options){
        .retry_attempts = CCDK_NUM(0), .max_event_age = ccdk_duration_minutes(2)});
    ccdk_lambda_function_configure_async_invoke(second, &(ccdk_lambda_event_invoke_config_options){
        .retry_attempts = CCDK_NUM(1)});
    ccdk_lambda_function_add_event_source_mapping(second, "Mapping", &(ccdk_lambda_event_source_mapping_options){
        .event_source_arn = "arn:aws:sqs:us-east-1:123456789012:q", .batch_size = CCDK_NUM(3)});
    ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_errors(first, NULL), stack, "Errors",
        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    ccdk_lambda_function_add_to_role_policy(ccdk_lambda_singleton_function_lambda(first),
        ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*")}));
    ccdk_lambda_function_grant_invoke(second, ccdk_iam_account_principal(stack, "123456789012"));
    ccdk_lambda_version_add_alias(ccdk_lambda_function_current_version(ccdk_lambda_singleton_function_lambda(second)),
                                  "live", NULL);
    ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_lambda_ifunction_arn(second)});
    ccdk_cfn_output_new(stack, "Name", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_function_name(ccdk_lambda_singleton_function_lambda(first))});

    ccdk_stack *other = ccdk_stack_new(app, "OtherStack", NULL);
    ccdk_lambda_singleton_function_props po = props(other, 0);
    ccdk_lambda_singleton_function *third = ccdk_lambda_singleton_function_new(other, "Third", &po);
    ccdk_lambda_function_add_environment(ccdk_lambda_singleton_function_lambda(third), "K", "v");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
