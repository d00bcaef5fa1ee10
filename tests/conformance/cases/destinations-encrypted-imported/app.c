/* Conformance case 'destinations-encrypted-imported': lambda-destinations on encrypted and imported
 * targets (KMS queue, topic with a master key, KMS bucket, imported queue, bus and function) and one
 * function the responseOnly destination of two others. */
#include <ccdk/events.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_destinations.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

#define PROPS(stack)                                                                               \
    .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler",                \
    .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "KmsQueue", &(ccdk_sqs_queue_props){.encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS});
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "KmsTopic", &(ccdk_sns_topic_props){.master_key = ccdk_kms_key_new(stack, "TopicKey", NULL)});
    ccdk_lambda_function_new(stack, "A", &(ccdk_lambda_function_props){
        PROPS(stack),
        .on_success = ccdk_lambda_destinations_sqs_destination(queue),
        .on_failure = ccdk_lambda_destinations_sns_destination(topic)});

    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "KmsBucket", &(ccdk_s3_bucket_props){.encryption = CCDK_S3_ENCRYPTION_KMS});
    ccdk_lambda_function *imported = ccdk_lambda_function_from_function_arn(stack, "Imported", "arn:aws:lambda:us-east-1:123456789012:function:other");
    const ccdk_lambda_destinations_lambda_destination_options response_only = {.response_only = CCDK_TRUE};
    ccdk_lambda_function_new(stack, "B", &(ccdk_lambda_function_props){
        PROPS(stack),
        .on_success = ccdk_lambda_destinations_s3_destination(bucket),
        .on_failure = ccdk_lambda_destinations_lambda_destination(imported, &response_only)});

    ccdk_lambda_function_new(stack, "C", &(ccdk_lambda_function_props){
        PROPS(stack),
        .on_success = ccdk_lambda_destinations_sqs_destination(ccdk_sqs_queue_from_queue_arn(stack, "ImportedQueue", "arn:aws:sqs:us-east-1:123456789012:q")),
        .on_failure = ccdk_lambda_destinations_event_bridge_destination_from_bus(
            ccdk_events_event_bus_from_event_bus_arn(stack, "ImportedBus", "arn:aws:events:us-east-1:123456789012:event-bus/bus"))});

    ccdk_lambda_function *shared = ccdk_lambda_function_new(stack, "Shared", &(ccdk_lambda_function_props){PROPS(stack)});
    ccdk_lambda_function_new(stack, "D", &(ccdk_lambda_function_props){
        PROPS(stack), .on_success = ccdk_lambda_destinations_lambda_destination(shared, &response_only)});
    ccdk_lambda_function_new(stack, "E", &(ccdk_lambda_function_props){
        PROPS(stack),
        .on_success = ccdk_lambda_destinations_lambda_destination(shared, &response_only),
        .on_failure = ccdk_lambda_destinations_lambda_destination(shared, &response_only)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
