/* filterEncryption with a kms.Key on an SQS and a Kinesis source (KmsKeyArn; the key policy lets
 * lambda.amazonaws.com decrypt, once). */
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/sqs.h>

static ccdk_value *pattern(ccdk_stack *stack, const char *top, const char *kind)
{
    ccdk_value *inner = ccdk_v_set(ccdk_v_object(stack), "kind", ccdk_lambda_filter_rule_is_equal(stack, kind));
    return ccdk_lambda_filter_criteria_filter(stack, ccdk_v_set(ccdk_v_object(stack), top, inner));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "FilterKey", NULL);
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(ccdk_sqs_queue_new(stack, "Queue", NULL),
        &(ccdk_lambda_sqs_event_source_props){
            .filters = CCDK_LIST(pattern(stack, "body", "order")),
            .filter_encryption = key,
        }));
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_event_source(ccdk_kinesis_stream_new(stack, "Stream", NULL),
        &(ccdk_lambda_stream_event_source_props){
            .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
            .filters = CCDK_LIST(pattern(stack, "data", "click")),
            .filter_encryption = key,
        }));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
