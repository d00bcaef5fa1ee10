/* Durations and Sizes whose amount is a number token (ccdk_duration_seconds_token of a Number
 * parameter, ccdk_size_mebibytes_token of a Lazy number): written as the token, range checks
 * skipped where aws-cdk-lib skips them.
 * Ported from aws-cdk: function.test.ts 'event invoke config accepts tokens for maxEventAge and
 * retryAttempts' and 'ephemeral storage allows unresolved tokens'; plus a timeout from a
 * CfnParameter, an SQS event source's maxBatchingWindow from a Lazy number, and a function URL CORS
 * maxAge token. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sqs.h>

static ccdk_value *produce_1024(void *ctx) { return ccdk_v_number((ccdk_stack *)ctx, 1024); }
static ccdk_value *produce_20(void *ctx) { return ccdk_v_number((ccdk_stack *)ctx, 20); }

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_cfn_parameter *max_event_age = ccdk_cfn_parameter_new(stack, "MaxEventAge", &(ccdk_cfn_parameter_props){.type = "Number"});
    ccdk_cfn_parameter *retry_attempts = ccdk_cfn_parameter_new(stack, "RetryAttempts", &(ccdk_cfn_parameter_props){.type = "Number"});
    ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST,
        .max_event_age = ccdk_duration_seconds_token(ccdk_cfn_parameter_value_as_string(max_event_age)),
        .retry_attempts = CCDK_NUM_TOKEN(ccdk_cfn_parameter_value_as_string(retry_attempts)),
    });

    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "bar",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
        .ephemeral_storage_size = ccdk_size_mebibytes_token(ccdk_token_as_string(ccdk_lazy_value(stack, produce_1024, stack))),
    });

    ccdk_cfn_parameter *timeout = ccdk_cfn_parameter_new(stack, "Timeout", &(ccdk_cfn_parameter_props){
        .type = "Number", .default_value = ccdk_v_number(stack, 30)});
    ccdk_lambda_function *with_timeout = ccdk_lambda_function_new(stack, "WithTimeout", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .timeout = ccdk_duration_seconds_token(ccdk_cfn_parameter_value_as_string(timeout)),
    });
    ccdk_lambda_function_add_function_url(with_timeout, &(ccdk_lambda_function_url_options){
        .cors = &(ccdk_lambda_function_url_cors){
            .allowed_origins = CCDK_STRS("*"),
            .max_age = ccdk_duration_seconds_token(ccdk_cfn_parameter_value_as_string(timeout))}});

    ccdk_sqs_queue *q = ccdk_sqs_queue_new(stack, "Q", NULL);
    ccdk_lambda_function_add_event_source(with_timeout, ccdk_lambda_sqs_event_source(q, &(ccdk_lambda_sqs_event_source_props){
        .max_batching_window = ccdk_duration_seconds_token(ccdk_token_as_string(ccdk_lazy_value(stack, produce_20, stack)))}));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
