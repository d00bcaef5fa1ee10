/* Conformance case 'core-physical-name-generate-if-needed-more': see app.js. */
#include <ccdk/dynamodb.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/logs.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

#define G CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *a = ccdk_stack_new(app, "OwnerStack", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(a, "Queue", &(ccdk_sqs_queue_props){.queue_name = G});
    ccdk_sqs_queue *local_queue = ccdk_sqs_queue_new(a, "LocalQueue", &(ccdk_sqs_queue_props){.queue_name = G});
    ccdk_sns_topic *topic = ccdk_sns_topic_new(a, "Topic", &(ccdk_sns_topic_props){.topic_name = G});
    ccdk_sns_topic *fifo = ccdk_sns_topic_new(a, "FifoTopic", &(ccdk_sns_topic_props){.topic_name = G, .fifo = CCDK_TRUE});
    ccdk_sns_topic_new(a, "UnusedFifoTopic", &(ccdk_sns_topic_props){.topic_name = G, .fifo = CCDK_TRUE});
    ccdk_logs_log_group *group = ccdk_logs_log_group_new(a, "Logs", &(ccdk_logs_log_group_props){.log_group_name = G});
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(a, "Table", &(ccdk_dynamodb_table_props){
        .partition_key = {.name = "id", .type = CCDK_DYNAMODB_ATTRIBUTE_STRING},
        .table_name = G,
    });
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(a, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(a, "layer", NULL),
        .layer_version_name = G,
    });
    ccdk_lambda_function *fn = ccdk_lambda_function_new(a, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(a, "exports.handler = async () => {};"),
        .layers = CCDK_LIST(layer),
        .environment = CCDK_KVS({"QUEUE", ccdk_sqs_queue_name(local_queue)}),
    });
    ccdk_sqs_queue_grant_send_messages(local_queue, fn);

    ccdk_stack *b = ccdk_stack_new(app, "UserStack", &(ccdk_stack_props){.account = "222222222222", .region = "us-east-1"});
    ccdk_iam_role *role = ccdk_iam_role_new(b, "User", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(b, "lambda.amazonaws.com"),
        .role_name = G,
    });
    ccdk_sqs_queue_grant_send_messages(queue, role);
    ccdk_sns_topic_grant_publish(topic, role);
    ccdk_sns_topic_grant_publish(fifo, role);
    ccdk_logs_log_group_grant_write(group, role);
    ccdk_dynamodb_table_grant_read_data(table, role);
    ccdk_cfn_output_new(b, "QueueName", &(ccdk_cfn_output_props){.value = ccdk_sqs_queue_name(queue)});
    ccdk_cfn_output_new(b, "TopicName", &(ccdk_cfn_output_props){.value = ccdk_sns_topic_name(topic)});
    ccdk_cfn_output_new(b, "FifoName", &(ccdk_cfn_output_props){.value = ccdk_sns_topic_name(fifo)});
    ccdk_cfn_output_new(b, "FifoArn", &(ccdk_cfn_output_props){.value = ccdk_sns_topic_arn(fifo)});
    ccdk_cfn_output_new(b, "LogGroupName", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_name(group)});
    ccdk_cfn_output_new(b, "LogGroupArn", &(ccdk_cfn_output_props){.value = ccdk_logs_log_group_arn(group)});
    ccdk_cfn_output_new(b, "TableName", &(ccdk_cfn_output_props){.value = ccdk_dynamodb_table_name(table)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
