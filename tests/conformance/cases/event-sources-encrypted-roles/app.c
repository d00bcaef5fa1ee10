/* Conformance case 'event-sources-encrypted-roles': SQS sources on encrypted queues (a given key, an
 * import with a keyArn, KMS_MANAGED), a function with its own role and initialPolicy, a
 * SingletonFunction declared twice reading two queues, props.events with an SNS source on a topic
 * with a master key. */
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/lambda_singleton.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

#define PROPS(stack)                                                                               \
    .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler",                \
    .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_kms_key *key = ccdk_kms_key_new(stack, "QueueKey", NULL);
    ccdk_sqs_queue *kms_queue = ccdk_sqs_queue_new(stack, "KmsQueue", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS, .encryption_master_key = key});
    ccdk_sqs_queue *imported_queue = ccdk_sqs_queue_from_queue_attributes(stack, "ImportedQueue", &(ccdk_sqs_queue_attributes){
        .queue_arn = "arn:aws:sqs:us-east-1:123456789012:imported",
        .key_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    });
    ccdk_sqs_queue *managed_queue = ccdk_sqs_queue_new(stack, "ManagedQueue", &(ccdk_sqs_queue_props){
        .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED});

    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        PROPS(stack),
        .role = role,
        .initial_policy = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:ListAllMyBuckets"), .resources = CCDK_STRS("*")})),
    });
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(kms_queue, &(ccdk_lambda_sqs_event_source_props){.batch_size = CCDK_NUM(5)}));
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(imported_queue, NULL));
    ccdk_lambda_function_add_event_source(fn, ccdk_lambda_sqs_event_source(managed_queue, &(ccdk_lambda_sqs_event_source_props){
        .report_batch_item_failures = CCDK_TRUE}));

    const ccdk_lambda_singleton_function_props singleton = {.uuid = "a1b2c3d4-0000-1111-2222-333344445555", .function = {PROPS(stack)}};
    ccdk_lambda_singleton_function *s1 = ccdk_lambda_singleton_function_new(stack, "S1", &singleton);
    ccdk_lambda_singleton_function *s2 = ccdk_lambda_singleton_function_new(stack, "S2", &singleton);
    ccdk_lambda_function_add_event_source(s1, ccdk_lambda_sqs_event_source(ccdk_sqs_queue_new(stack, "Q1", NULL), NULL));
    ccdk_lambda_function_add_event_source(s2, ccdk_lambda_sqs_event_source(ccdk_sqs_queue_new(stack, "Q2", NULL),
        &(ccdk_lambda_sqs_event_source_props){.max_concurrency = CCDK_NUM(2)}));

    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", &(ccdk_sns_topic_props){.master_key = ccdk_kms_key_new(stack, "TopicKey", NULL)});
    ccdk_lambda_function_new(stack, "WithEvents", &(ccdk_lambda_function_props){
        PROPS(stack),
        .events = CCDK_LIST(ccdk_lambda_sns_event_source(topic, NULL), ccdk_lambda_sqs_event_source(kms_queue, NULL)),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
