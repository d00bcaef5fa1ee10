/* error: an EventSourceMapping's maxRecordAge of Duration.seconds(token). EventSourceMapping checks
 * toSeconds() < 60 without isUnresolved(), and a number token is a huge negative number to that
 * comparison, so even a token fails (unlike maxBatchingWindow's upper bound, which a token passes). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_cfn_parameter *age = ccdk_cfn_parameter_new(stack, "Age", &(ccdk_cfn_parameter_props){.type = "Number"});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
    });
    ccdk_lambda_event_source_mapping_new(stack, "Mapping", &(ccdk_lambda_event_source_mapping_props){
        .target = fn,
        .options = {
            .event_source_arn = "arn:aws:kinesis:us-east-1:123456789012:stream/s",
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
            .max_batching_window = ccdk_duration_seconds_token(ccdk_cfn_parameter_value_as_string(age)),
            .max_record_age = ccdk_duration_seconds_token(ccdk_cfn_parameter_value_as_string(age)),
        }});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
