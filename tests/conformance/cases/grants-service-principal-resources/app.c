/* Conformance case 'grants-service-principal-resources': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/ecr.h>
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>
#include <ccdk/logs.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

static void build(ccdk_app *app, const char *name, const ccdk_stack_props *env)
{
    ccdk_stack *stack = ccdk_stack_new(app, name, env);
    ccdk_iam_principal *service = ccdk_iam_service_principal(stack, "events.amazonaws.com");
    ccdk_iam_principal *arn = ccdk_iam_arn_principal(stack, "arn:aws:iam::111111111111:role/byarn");
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });
    ccdk_iam_role *imported = ccdk_iam_role_from_role_arn(stack, "Imported", "arn:aws:iam::111111111111:role/imported");

    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_sqs_queue_grant_send_messages(queue, service);
    ccdk_sqs_queue_grant_consume_messages(queue, arn);
    ccdk_sqs_queue_grant_purge(queue, role);

    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_sns_topic_grant_publish(topic, service);
    ccdk_sns_topic_grant_publish(topic, ccdk_iam_any_principal(stack));
    ccdk_sns_topic_grant_publish(topic, service);
    ccdk_sns_topic_grant_publish(topic, imported);

    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_kms_key_grant_encrypt(key, service);
    ccdk_kms_key_grant_decrypt(key, arn);
    ccdk_kms_key_grant_encrypt_decrypt(key, role);

    ccdk_ecr_repository_grant_pull(ccdk_ecr_repository_new(stack, "Repo", NULL), service);

    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(stack, "Table", &(ccdk_dynamodb_table_props){
        .partition_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING},
    });
    ccdk_dynamodb_table_grant_read_data(table, arn);
    ccdk_dynamodb_table_grant_write_data(table, ccdk_iam_account_root_principal(stack));
    ccdk_dynamodb_table_grant_read_write_data(table, role);

    ccdk_logs_log_group *group = ccdk_logs_log_group_new(stack, "Logs", NULL);
    ccdk_logs_log_group_grant_write(group, service);
    ccdk_logs_log_group_grant_read(group, arn);
    ccdk_logs_log_group_grant(group, ccdk_iam_any_principal(stack), CCDK_STRS("logs:PutLogEvents"));
    ccdk_logs_log_group_grant_write(group, role);

    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack, "Stream", NULL);
    ccdk_kinesis_stream_grant_read(stream, service);
    ccdk_kinesis_stream_grant_write(stream, arn);
    ccdk_kinesis_stream_grant_read_write(stream, imported);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    build(app, "S", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    build(app, "Agnostic", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
