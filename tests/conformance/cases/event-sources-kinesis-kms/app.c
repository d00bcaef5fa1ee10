/* KinesisEventSource on KMS-encrypted streams (a key the stream makes, a given key): grantRead also
 * grants kms:Decrypt on the key. */
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    const ccdk_lambda_stream_event_source_props latest = {.starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST};
    ccdk_kinesis_stream *own = ccdk_kinesis_stream_new(stack, "OwnKey", &(ccdk_kinesis_stream_props){
        .encryption = CCDK_KINESIS_ENCRYPTION_KMS});
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_event_source(own, &latest));
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_kinesis_stream *given = ccdk_kinesis_stream_new(stack, "GivenKey", &(ccdk_kinesis_stream_props){.encryption_key = key});
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_event_source(given, &latest));
    ccdk_lambda_function *writer = ccdk_lambda_function_new(stack, "Writer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_kinesis_stream_grant_write(given, writer);
    ccdk_kinesis_stream_grant_read_write(own, writer);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
