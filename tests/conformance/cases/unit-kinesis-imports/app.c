/* stream.test.ts and stream-consumer.test.ts imports: fromStreamAttributes with a key, another
 * account's stream, fromStreamConsumerArn / Attributes with grants, and a KinesisConsumerEventSource
 * on an imported consumer (see app.js). */
#include <stdio.h>

#include <ccdk/iam.h>
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

static ccdk_stack *stack;

static ccdk_iam_role *role(void)
{
    static int n;
    char id[16];
    snprintf(id, sizeof id, "Role%d", n++);
    return ccdk_iam_role_new(stack, id, &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
}

static void output(const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});

    ccdk_kms_key *key = ccdk_kms_key_from_key_arn(stack, "Key", "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012");
    ccdk_kinesis_stream *with_key = ccdk_kinesis_stream_from_stream_attributes(stack, "WithKey", &(ccdk_kinesis_stream_attributes){
        .stream_arn = "arn:aws:kinesis:us-east-1:123456789012:stream/with-key", .encryption_key = key});
    ccdk_kinesis_stream_grant_read(with_key, role());
    ccdk_kinesis_stream_grant_write(with_key, role());
    ccdk_kinesis_stream_grant_read_write(with_key, role());
    ccdk_kms_key *made_key = ccdk_kms_key_new(stack, "MadeKey", NULL);
    ccdk_kinesis_stream *other_account = ccdk_kinesis_stream_from_stream_attributes(stack, "OtherAccount", &(ccdk_kinesis_stream_attributes){
        .stream_arn = "arn:aws:kinesis:us-east-1:999999999999:stream/other", .encryption_key = made_key});
    ccdk_kinesis_stream_grant_read(other_account, role());
    ccdk_kinesis_stream_grant_read(other_account, ccdk_iam_account_principal(stack, "555555555555"));
    output("WithKeyName", ccdk_kinesis_stream_name(with_key));
    output("KeyArn", ccdk_kms_key_arn(ccdk_kinesis_stream_encryption_key(with_key)));

    ccdk_kinesis_stream_consumer *consumer = ccdk_kinesis_stream_consumer_from_stream_consumer_arn(stack, "Consumer",
        "arn:aws:kinesis:us-east-1:123456789012:stream/my-stream/consumer/my-consumer:1577836800");
    ccdk_kinesis_stream_consumer_grant_read(consumer, role());
    output("ConsumerName", ccdk_kinesis_stream_consumer_name(consumer));
    output("ConsumerArn", ccdk_kinesis_stream_consumer_arn(consumer));
    output("ConsumerStreamArn", ccdk_kinesis_stream_arn(ccdk_kinesis_stream_consumer_stream(consumer)));
    output("ConsumerStreamName", ccdk_kinesis_stream_name(ccdk_kinesis_stream_consumer_stream(consumer)));
    ccdk_kinesis_stream_consumer *other = ccdk_kinesis_stream_consumer_from_stream_consumer_attributes(stack, "OtherConsumer",
        &(ccdk_kinesis_stream_consumer_attributes){
            .stream_consumer_arn = "arn:aws-cn:kinesis:cn-north-1:999999999999:stream/s2/consumer/c2:1"});
    ccdk_kinesis_stream_consumer_grant_read(other, ccdk_iam_account_principal(stack, "555555555555"));
    output("OtherStreamArn", ccdk_kinesis_stream_arn(ccdk_kinesis_stream_consumer_stream(other)));

    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X, .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};")});
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_kinesis_consumer_event_source(consumer, &(ccdk_lambda_stream_event_source_props){
        .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
