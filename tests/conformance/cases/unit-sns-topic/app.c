/* aws-cdk's aws-sns/test/sns.test.ts, the Topic tests that synthesize, a stack per test (the tests'
 * `new cdk.Stack()`, here named after the test); values the tests read back (topicName, fifo,
 * masterKey, env, ...) as outputs. */
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/sns.h>

static ccdk_app *app;

static void out(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}
static const char *tf(int b) { return b ? "true" : "false"; }
static ccdk_sns_topic *topic_test(const char *name, const ccdk_sns_topic_props *props)
{
    return ccdk_sns_topic_new(ccdk_stack_new(app, name, NULL), "MyTopic", props);
}
static ccdk_iam_policy_statement *arn_statement(ccdk_stack *stack, const char *action, int all_resources)
{
    return ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .resources = all_resources ? CCDK_STRS("*") : (ccdk_strs){0},
        .actions = CCDK_STRS(action),
        .principals = CCDK_LIST(ccdk_iam_arn_principal(stack, "arn")),
    });
}

int main(void)
{
    app = ccdk_app_new(NULL);
    topic_test("AllDefaults", NULL);
    topic_test("TopicName", &(ccdk_sns_topic_props){.topic_name = "topicName"});
    topic_test("DisplayName", &(ccdk_sns_topic_props){.display_name = "displayName"});
    { /* specify kmsMasterKey */
        ccdk_stack *stack = ccdk_stack_new(app, "KmsMasterKey", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "CustomKey", NULL);
        ccdk_sns_topic_new(stack, "MyTopic", &(ccdk_sns_topic_props){.master_key = key});
    }
    topic_test("DisplayNameAndTopicName", &(ccdk_sns_topic_props){.topic_name = "topicName", .display_name = "displayName"});
    topic_test("FifoNoTopicName", &(ccdk_sns_topic_props){.fifo = CCDK_TRUE});
    topic_test("FifoWithoutSuffix", &(ccdk_sns_topic_props){.fifo = CCDK_TRUE, .topic_name = "topicName"});
    topic_test("FifoWithSuffix", &(ccdk_sns_topic_props){.fifo = CCDK_TRUE, .topic_name = "topicName.fifo"});
    topic_test("FifoWithContentBasedDeduplication", &(ccdk_sns_topic_props){
        .content_based_deduplication = CCDK_TRUE, .fifo = CCDK_TRUE, .topic_name = "topicName"});
    topic_test("SignatureVersion", &(ccdk_sns_topic_props){.signature_version = "2"});
    { /* can add a policy to the topic */
        ccdk_stack *stack = ccdk_stack_new(app, "AddPolicy", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
        ccdk_sns_topic_add_to_resource_policy(topic, arn_statement(stack, "sns:*", 1));
    }
    { /* can enforce ssl when creating the topic */
        ccdk_stack *stack = ccdk_stack_new(app, "EnforceSSL", NULL);
        ccdk_sns_topic_new(stack, "Topic", &(ccdk_sns_topic_props){.enforce_ssl = CCDK_TRUE});
    }
    { /* can enforce ssl with addToResourcePolicy method */
        ccdk_stack *stack = ccdk_stack_new(app, "EnforceSSLAddToResourcePolicy", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", &(ccdk_sns_topic_props){.enforce_ssl = CCDK_TRUE});
        ccdk_sns_topic_add_to_resource_policy(topic, arn_statement(stack, "sns:*", 1));
    }
    { /* give publishing permissions (topic.grants.publish) */
        ccdk_stack *stack = ccdk_stack_new(app, "GrantsPublish", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
        ccdk_sns_topic_grant_publish(topic, ccdk_iam_user_new(stack, "User", NULL));
    }
    { /* refer to masterKey */
        ccdk_stack *stack = ccdk_stack_new(app, "ReferToMasterKey", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "CustomKey", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", &(ccdk_sns_topic_props){.master_key = key});
        out(stack, "MasterKeyArn", ccdk_kms_key_arn(ccdk_sns_topic_master_key(topic)));
    }
    { /* give publishing permissions with masterKey */
        ccdk_stack *stack = ccdk_stack_new(app, "GrantPublishMasterKey", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "CustomKey", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", &(ccdk_sns_topic_props){.master_key = key});
        ccdk_sns_topic_grant_publish(topic, ccdk_iam_user_new(stack, "User", NULL));
    }
    { /* give subscribing permissions */
        ccdk_stack *stack = ccdk_stack_new(app, "GrantSubscribe", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
        ccdk_sns_topic_grant_subscribe(topic, ccdk_iam_user_new(stack, "User", NULL));
    }
    { /* topic resource policy includes unique SIDs */
        ccdk_stack *stack = ccdk_stack_new(app, "UniqueSids", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "MyTopic", NULL);
        ccdk_sns_topic_add_to_resource_policy(topic, arn_statement(stack, "service:statement0", 1));
        ccdk_sns_topic_add_to_resource_policy(topic, arn_statement(stack, "service:statement1", 1));
    }
    { /* fromTopicArn, fromTopicArn fifo */
        ccdk_stack *stack = ccdk_stack_new(app, "FromTopicArn", NULL);
        ccdk_sns_topic *imported = ccdk_sns_topic_from_topic_arn(stack, "Imported", "arn:aws:sns:*:123456789012:my_corporate_topic");
        out(stack, "Name", ccdk_sns_topic_name(imported));
        out(stack, "Arn", ccdk_sns_topic_arn(imported));
        out(stack, "Fifo", tf(ccdk_sns_topic_fifo(imported)));
        ccdk_sns_topic *fifo = ccdk_sns_topic_from_topic_arn(stack, "ImportedFifo", "arn:aws:sns:*:123456789012:mytopic.fifo");
        out(stack, "FifoName", ccdk_sns_topic_name(fifo));
        out(stack, "FifoArn", ccdk_sns_topic_arn(fifo));
        out(stack, "FifoFifo", tf(ccdk_sns_topic_fifo(fifo)));
    }
    { /* fromTopicAttributes contentBasedDeduplication false / true, keyArn */
        ccdk_stack *stack = ccdk_stack_new(app, "FromTopicAttributes", NULL);
        ccdk_sns_topic *plain = ccdk_sns_topic_from_topic_attributes(stack, "Imported", &(ccdk_sns_topic_attributes){
            .topic_arn = "arn:aws:sns:*:123456789012:mytopic"});
        out(stack, "Name", ccdk_sns_topic_name(plain));
        out(stack, "Arn", ccdk_sns_topic_arn(plain));
        out(stack, "Dedup", tf(ccdk_sns_topic_content_based_deduplication(plain)));
        ccdk_sns_topic *dedup = ccdk_sns_topic_from_topic_attributes(stack, "ImportedDedup", &(ccdk_sns_topic_attributes){
            .topic_arn = "arn:aws:sns:*:123456789012:mytopic.fifo", .content_based_deduplication = CCDK_TRUE});
        out(stack, "DedupName", ccdk_sns_topic_name(dedup));
        out(stack, "DedupArn", ccdk_sns_topic_arn(dedup));
        out(stack, "DedupDedup", tf(ccdk_sns_topic_content_based_deduplication(dedup)));
        const char *key_arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        ccdk_sns_topic *keyed = ccdk_sns_topic_from_topic_attributes(stack, "ImportedKey", &(ccdk_sns_topic_attributes){
            .topic_arn = "arn:aws:sns:*:123456789012:mytopic", .key_arn = key_arn});
        out(stack, "KeyArn", ccdk_kms_key_arn(ccdk_sns_topic_master_key(keyed)));
        ccdk_sns_topic_grant_publish(keyed, ccdk_iam_user_new(stack, "User", NULL));
    }
    { /* sets account / region for imported topic env */
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedEnv", NULL);
        ccdk_sns_topic *imported = ccdk_sns_topic_from_topic_arn(stack, "Imported", "arn:aws:sns:us-west-2:123456789012:my-topic");
        out(stack, "Account", ccdk_sns_topic_env_account(imported));
        out(stack, "Region", ccdk_sns_topic_env_region(imported));
    }
    topic_test("MessageRetentionPeriod", &(ccdk_sns_topic_props){.fifo = CCDK_TRUE, .message_retention_period_in_days = CCDK_NUM(10)});
    topic_test("TracingConfig", &(ccdk_sns_topic_props){.tracing_config = CCDK_SNS_TRACING_CONFIG_ACTIVE});
    topic_test("TracingConfigPassThrough", &(ccdk_sns_topic_props){.tracing_config = CCDK_SNS_TRACING_CONFIG_PASS_THROUGH});
    topic_test("FifoThroughputScopeMessageGroup", &(ccdk_sns_topic_props){
        .fifo = CCDK_TRUE, .fifo_throughput_scope = CCDK_SNS_FIFO_THROUGHPUT_SCOPE_MESSAGE_GROUP});
    topic_test("FifoThroughputScopeTopic", &(ccdk_sns_topic_props){
        .fifo = CCDK_TRUE, .fifo_throughput_scope = CCDK_SNS_FIFO_THROUGHPUT_SCOPE_TOPIC});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
