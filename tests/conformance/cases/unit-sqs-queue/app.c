/* aws-cdk's aws-sqs/test/sqs.test.ts, a stack per test that synthesizes (the tests' `new Stack()`,
 * here named after the test); values the tests read back (queue.fifo, queueUrl, encryptionType,
 * env, ...) as outputs. */
#include <stdio.h>

#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/sqs.h>

static ccdk_app *app;

static void out(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}
static const char *tf(int b) { return b ? "true" : "false"; }
static const char *token_arn(ccdk_stack *stack) { return ccdk_token_as_string(ccdk_v_json(stack, "{\"Ref\":\"ARN\"}")); }
/* String(queue.encryptionType): QueueEncryption's values */
static const char *encryption_type(ccdk_sqs_queue *q)
{
    switch (ccdk_sqs_queue_encryption_type(q)) {
    case CCDK_SQS_QUEUE_ENCRYPTION_UNENCRYPTED: return "NONE";
    case CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED: return "KMS_MANAGED";
    case CCDK_SQS_QUEUE_ENCRYPTION_KMS: return "KMS";
    case CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED: return "SQS_MANAGED";
    default: return "undefined";
    }
}

typedef enum { CONSUME, SEND, PURGE, GENERAL } grant_kind;
/* testGrant(action, ...expectedActions) */
static void test_grant(const char *name, grant_kind kind)
{
    ccdk_stack *stack = ccdk_stack_new(app, name, NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "MyQueue", NULL);
    ccdk_iam_user *principal = ccdk_iam_user_new(stack, "User", NULL);
    switch (kind) {
    case CONSUME: ccdk_sqs_queue_grant_consume_messages(queue, principal); break;
    case SEND: ccdk_sqs_queue_grant_send_messages(queue, principal); break;
    case PURGE: ccdk_sqs_queue_grant_purge(queue, principal); break;
    case GENERAL: ccdk_sqs_queue_grant(queue, principal, CCDK_STRS("service:hello", "service:world")); break;
    }
}

int main(void)
{
    app = ccdk_app_new(NULL);
    { /* default properties */
        ccdk_stack *stack = ccdk_stack_new(app, "DefaultProperties", NULL);
        ccdk_sqs_queue *q = ccdk_sqs_queue_new(stack, "Queue", NULL);
        out(stack, "Fifo", tf(ccdk_sqs_queue_fifo(q)));
    }
    { /* with a dead letter queue */
        ccdk_stack *stack = ccdk_stack_new(app, "WithDeadLetterQueue", NULL);
        ccdk_sqs_queue *dlq = ccdk_sqs_queue_new(stack, "DLQ", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
            .dead_letter_queue = &(ccdk_sqs_dead_letter_queue){.queue = dlq, .max_receive_count = CCDK_NUM(3)}});
        const ccdk_sqs_dead_letter_queue *d = ccdk_sqs_queue_dead_letter_queue(queue);
        out(stack, "DlqArn", ccdk_sqs_queue_arn(d->queue));
        out(stack, "MaxReceiveCount", ccdk_fmt(stack, "%g", d->max_receive_count.value));
    }
    { /* message retention period can be provided as a parameter */
        ccdk_stack *stack = ccdk_stack_new(app, "RetentionPeriodParameter", NULL);
        ccdk_cfn_parameter *parameter = ccdk_cfn_parameter_new(stack, "my-retention-period", &(ccdk_cfn_parameter_props){
            .type = "Number", .default_value = ccdk_v_number(stack, 30)});
        ccdk_sqs_queue_new(stack, "MyQueue", &(ccdk_sqs_queue_props){
            .retention_period = ccdk_duration_seconds_token(ccdk_cfn_parameter_value_as_string(parameter))});
    }
    { /* addToPolicy will automatically create a policy for this queue */
        ccdk_stack *stack = ccdk_stack_new(app, "AddToPolicy", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "MyQueue", NULL);
        ccdk_sqs_queue_add_to_resource_policy(queue, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .resources = CCDK_STRS("*"),
            .actions = CCDK_STRS("sqs:*"),
            .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn")),
        }));
    }
    { /* export and import: importing works correctly */
        ccdk_stack *stack = ccdk_stack_new(app, "ImportingWorks", NULL);
        ccdk_sqs_queue *imports = ccdk_sqs_queue_from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:123456789012:queue1");
        out(stack, "Arn", ccdk_sqs_queue_arn(imports));
        out(stack, "Url", ccdk_sqs_queue_url(imports));
        out(stack, "Name", ccdk_sqs_queue_name(imports));
    }
    { /* importing fifo and standard queues are detected correctly */
        ccdk_stack *stack = ccdk_stack_new(app, "ImportingFifo", NULL);
        ccdk_sqs_queue *std_queue = ccdk_sqs_queue_from_queue_arn(stack, "StdQueue", "arn:aws:sqs:us-east-1:123456789012:queue1");
        ccdk_sqs_queue *fifo_queue = ccdk_sqs_queue_from_queue_arn(stack, "FifoQueue", "arn:aws:sqs:us-east-1:123456789012:queue2.fifo");
        out(stack, "StdFifo", tf(ccdk_sqs_queue_fifo(std_queue)));
        out(stack, "FifoFifo", tf(ccdk_sqs_queue_fifo(fifo_queue)));
    }
    { /* importing with keyArn and encryptionType is set correctly (and a grant then reaches the key) */
        ccdk_stack *stack = ccdk_stack_new(app, "ImportingWithKeyArn", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_from_queue_attributes(stack, "Queue", &(ccdk_sqs_queue_attributes){
            .queue_arn = "arn:aws:sqs:us-east-1:123456789012:queue1",
            .key_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        });
        out(stack, "EncryptionType", encryption_type(queue));
        out(stack, "KeyArn", ccdk_kms_key_arn(ccdk_sqs_queue_encryption_master_key(queue)));
        ccdk_sqs_queue_grant_consume_messages(queue, ccdk_iam_user_new(stack, "User", NULL));
    }
    { /* import queueArn from token, fifo and standard queues can be defined */
        ccdk_stack *stack = ccdk_stack_new(app, "ImportTokenFifo", NULL);
        ccdk_sqs_queue *std1 = ccdk_sqs_queue_from_queue_attributes(stack, "StdQueue1", &(ccdk_sqs_queue_attributes){
            .queue_arn = token_arn(stack)});
        ccdk_sqs_queue *std2 = ccdk_sqs_queue_from_queue_attributes(stack, "StdQueue2", &(ccdk_sqs_queue_attributes){
            .queue_arn = token_arn(stack), .fifo = CCDK_FALSE});
        ccdk_sqs_queue *fifo = ccdk_sqs_queue_from_queue_attributes(stack, "FifoQueue", &(ccdk_sqs_queue_attributes){
            .queue_arn = token_arn(stack), .fifo = CCDK_TRUE});
        out(stack, "Std1", tf(ccdk_sqs_queue_fifo(std1)));
        out(stack, "Std2", tf(ccdk_sqs_queue_fifo(std2)));
        out(stack, "Fifo", tf(ccdk_sqs_queue_fifo(fifo)));
    }
    { /* import queueArn from token, check attributes */
        ccdk_stack *stack = ccdk_stack_new(app, "ImportTokenAttributes", NULL);
        ccdk_sqs_queue *q = ccdk_sqs_queue_from_queue_arn(stack, "StdQueue", token_arn(stack));
        out(stack, "Arn", ccdk_sqs_queue_arn(q));
        out(stack, "Name", ccdk_sqs_queue_name(q));
        out(stack, "Url", ccdk_sqs_queue_url(q));
        out(stack, "Fifo", tf(ccdk_sqs_queue_fifo(q)));
    }
    { /* importing works correctly for cross region queue */
        ccdk_stack *stack = ccdk_stack_new(app, "Stack", &(ccdk_stack_props){.region = "us-east-1"});
        ccdk_sqs_queue *imports = ccdk_sqs_queue_from_queue_arn(stack, "Imported", "arn:aws:sqs:us-west-2:123456789012:queue1");
        out(stack, "Arn", ccdk_sqs_queue_arn(imports));
        out(stack, "Url", ccdk_sqs_queue_url(imports));
        out(stack, "Name", ccdk_sqs_queue_name(imports));
    }
    { /* sets account / region for imported queue env by fromQueueAttributes and fromQueueArn */
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedEnv", NULL);
        ccdk_sqs_queue *by_attrs = ccdk_sqs_queue_from_queue_attributes(stack, "ImportedAttrs", &(ccdk_sqs_queue_attributes){
            .queue_arn = "arn:aws:sqs:us-west-2:999999999999:queue"});
        ccdk_sqs_queue *by_arn = ccdk_sqs_queue_from_queue_arn(stack, "ImportedArn", "arn:aws:sqs:us-west-2:999999999999:queue");
        out(stack, "AttrsAccount", ccdk_sqs_queue_env_account(by_attrs));
        out(stack, "AttrsRegion", ccdk_sqs_queue_env_region(by_attrs));
        out(stack, "ArnAccount", ccdk_sqs_queue_env_account(by_arn));
        out(stack, "ArnRegion", ccdk_sqs_queue_env_region(by_arn));
    }
    test_grant("GrantConsumeMessages", CONSUME);
    test_grant("GrantSendMessages", SEND);
    test_grant("GrantPurge", PURGE);
    test_grant("GrantGeneralPurpose", GENERAL);
    { /* grants also work on imported queues */
        ccdk_stack *stack = ccdk_stack_new(app, "GrantsOnImported", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_from_queue_attributes(stack, "Import", &(ccdk_sqs_queue_attributes){
            .queue_arn = "arn:aws:sqs:us-east-1:123456789012:queue1", .queue_url = "https://queue-url"});
        ccdk_iam_user *user = ccdk_iam_user_new(stack, "User", NULL);
        ccdk_sqs_queue_grant_purge(queue, user);
        out(stack, "Url", ccdk_sqs_queue_url(queue));
    }
    { /* queue encryption: encryptionMasterKey can be set to a custom KMS key */
        ccdk_stack *stack = ccdk_stack_new(app, "CustomKey", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "CustomKey", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){.encryption_master_key = key});
        out(stack, "KeyArn", ccdk_kms_key_arn(ccdk_sqs_queue_encryption_master_key(queue)));
        out(stack, "EncryptionType", encryption_type(queue));
    }
    { /* a kms key will be allocated if encryption = kms but a master key is not specified */
        ccdk_stack *stack = ccdk_stack_new(app, "KmsAllocated", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
            .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS});
        out(stack, "EncryptionType", encryption_type(queue));
    }
    { /* it is possible to use a managed kms key */
        ccdk_stack *stack = ccdk_stack_new(app, "KmsManaged", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
            .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED});
        out(stack, "EncryptionType", encryption_type(queue));
    }
    { /* grant also affects key on encrypted queue */
        ccdk_stack *stack = ccdk_stack_new(app, "GrantAffectsKey", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
            .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS});
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "someone")});
        ccdk_sqs_queue_grant_send_messages(queue, role);
    }
    { /* it is possible to use sqs managed server side encryption */
        ccdk_stack *stack = ccdk_stack_new(app, "SqsManaged", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
            .encryption = CCDK_SQS_QUEUE_ENCRYPTION_SQS_MANAGED});
        out(stack, "EncryptionType", encryption_type(queue));
    }
    { /* it is possible to disable encryption (unencrypted) */
        ccdk_stack *stack = ccdk_stack_new(app, "Unencrypted", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
            .encryption = CCDK_SQS_QUEUE_ENCRYPTION_UNENCRYPTED});
        out(stack, "EncryptionType", encryption_type(queue));
    }
    { /* encryptionType is always KMS, when an encryptionMasterKey is provided */
        ccdk_stack *stack = ccdk_stack_new(app, "AlwaysKms", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "CustomKey", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
            .encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS_MANAGED, .encryption_master_key = key});
        out(stack, "EncryptionType", encryption_type(queue));
    }
    { /* encryption in transit: enforceSSL can be enabled */
        ccdk_stack *stack = ccdk_stack_new(app, "EnforceSSL", NULL);
        ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){.enforce_ssl = CCDK_TRUE});
    }
    { /* test ".fifo" suffixed queues register as fifo */
        ccdk_stack *stack = ccdk_stack_new(app, "FifoSuffix", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){.queue_name = "MyQueue.fifo"});
        out(stack, "Fifo", tf(ccdk_sqs_queue_fifo(queue)));
    }
    { /* test a fifo queue is observed when the "fifo" property is specified */
        ccdk_stack *stack = ccdk_stack_new(app, "FifoProperty", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){.fifo = CCDK_TRUE});
        out(stack, "Fifo", tf(ccdk_sqs_queue_fifo(queue)));
    }
    { /* test a fifo queue is observed when high throughput properties are specified */
        ccdk_stack *stack = ccdk_stack_new(app, "FifoHighThroughput", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
            .fifo = CCDK_TRUE,
            .fifo_throughput_limit = CCDK_SQS_FIFO_THROUGHPUT_LIMIT_PER_MESSAGE_GROUP_ID,
            .deduplication_scope = CCDK_SQS_DEDUPLICATION_SCOPE_MESSAGE_GROUP,
        });
        out(stack, "Fifo", tf(ccdk_sqs_queue_fifo(queue)));
    }
    { /* Default settings for the dead letter source queue permission */
        ccdk_stack *stack = ccdk_stack_new(app, "RedriveDefault", NULL);
        ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){.redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){0}});
    }
    { /* explicit specification of dead letter source queues */
        ccdk_stack *stack = ccdk_stack_new(app, "RedriveSourceQueues", NULL);
        ccdk_sqs_queue *source1 = ccdk_sqs_queue_new(stack, "SourceQueue1", NULL);
        ccdk_sqs_queue *source2 = ccdk_sqs_queue_new(stack, "SourceQueue2", NULL);
        ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){
            .redrive_allow_policy = &(ccdk_sqs_redrive_allow_policy){.source_queues = CCDK_LIST(source1, source2)}});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
