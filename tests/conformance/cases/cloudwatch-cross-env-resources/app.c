/* Conformance case 'cloudwatch-cross-env-resources': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/dynamodb.h>
#include <ccdk/kinesis.h>
#include <ccdk/logs.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

#define ALARM(m, stack, id, t) \
    ccdk_cloudwatch_metric_create_alarm(m, stack, id, &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(t), .evaluation_periods = CCDK_NUM(1)})

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *res = ccdk_stack_new(app, "ResourceStack", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_stack *monitoring = ccdk_stack_new(app, "MonitoringStack", &(ccdk_stack_props){.account = "222222222222", .region = "eu-west-1"});
    ccdk_stack *alarms = ccdk_stack_new(app, "AlarmStack", &(ccdk_stack_props){.account = "222222222222", .region = "us-east-1"});

    ccdk_sns_topic *topic = ccdk_sns_topic_new(res, "Topic", &(ccdk_sns_topic_props){.topic_name = "my-topic"});
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(res, "Queue", &(ccdk_sqs_queue_props){.queue_name = "my-queue"});
    ccdk_dynamodb_attribute id_key = {"id", CCDK_DYNAMODB_ATTRIBUTE_STRING};
    ccdk_dynamodb_table *table = ccdk_dynamodb_table_new(res, "Table", &(ccdk_dynamodb_table_props){.table_name = "my-table", .partition_key = id_key});
    ccdk_dynamodb_table *table_v2 =
        ccdk_dynamodb_table_v2_new(res, "TableV2", &(ccdk_dynamodb_table_v2_props){.table_name = "my-table-v2", .partition_key = id_key});
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(res, "Stream", &(ccdk_kinesis_stream_props){.stream_name = "my-stream"});
    ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(res, "LogGroup", &(ccdk_logs_log_group_props){.log_group_name = "my-logs"});
    ccdk_logs_metric_filter *filter = ccdk_logs_metric_filter_new(res, "Filter", &(ccdk_logs_metric_filter_props){
        .log_group = log_group,
        .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS,
        .metric_namespace = "MyApp",
        .metric_name = "Events",
    });
    ccdk_cloudwatch_metric *latency = ccdk_logs_log_group_extract_metric(log_group, "$.latency", "MyApp", "Latency");

    ccdk_stack *stacks[] = {monitoring, res};
    for (int i = 0; i < 2; i++) {
        ccdk_cloudwatch_dashboard *d = ccdk_cloudwatch_dashboard_new(stacks[i], "Dash", NULL);
        ccdk_cloudwatch_dashboard_add_widgets(d, (ccdk_cloudwatch_widget_list)CCDK_LIST(
            ccdk_cloudwatch_graph_widget_new(app, &(ccdk_cloudwatch_graph_widget_props){
                .left = CCDK_LIST(ccdk_sns_topic_metric_number_of_messages_published(topic, NULL),
                                  ccdk_sqs_queue_metric_approximate_number_of_messages_visible(
                                      queue, &(ccdk_cloudwatch_metric_options){.label = "visible"})),
                .right = CCDK_LIST(ccdk_sqs_queue_metric_approximate_number_of_messages_outstanding(queue, NULL),
                                   ccdk_sns_topic_metric(topic, "Custom", &(ccdk_cloudwatch_metric_options){
                                       .account = "333333333333", .region = "ap-south-1"}))})));
        ccdk_cloudwatch_dashboard_add_widgets(d, (ccdk_cloudwatch_widget_list)CCDK_LIST(
            ccdk_cloudwatch_graph_widget_new(app, &(ccdk_cloudwatch_graph_widget_props){
                .left = CCDK_LIST(ccdk_dynamodb_table_metric_consumed_read_capacity_units(table, NULL),
                                  ccdk_dynamodb_table_metric_consumed_read_capacity_units(table_v2, NULL),
                                  ccdk_dynamodb_table_metric_user_errors(table_v2, &(ccdk_cloudwatch_metric_options){.region = "ap-south-1"})),
                .right = CCDK_LIST(ccdk_dynamodb_table_metric_throttled_requests_for_operations(
                    table, &(ccdk_dynamodb_operations_metric_options){.operations = CCDK_STRS("GetItem", "PutItem")}))})));
        ccdk_cloudwatch_dashboard_add_widgets(d, (ccdk_cloudwatch_widget_list)CCDK_LIST(
            ccdk_cloudwatch_single_value_widget_new(app, &(ccdk_cloudwatch_single_value_widget_props){
                .metrics = CCDK_LIST(ccdk_kinesis_stream_metric_get_records_iterator_age_milliseconds(stream, NULL),
                                     ccdk_kinesis_stream_metric(stream, "Custom", NULL), ccdk_logs_metric_filter_metric(filter, NULL),
                                     latency)})));
    }

    ccdk_stack *alarm_stacks[] = {alarms, res};
    static const char *const ids[2][6] = {
        {"TopicFailed", "QueueAge", "TableUserErrors", "TableV2Write", "StreamFailed", "FilterEvents"},
        {"LocalTopicFailed", "LocalQueueAge", "LocalTableUserErrors", "LocalTableV2Write", "LocalStreamFailed", "LocalFilterEvents"},
    };
    for (int i = 0; i < 2; i++) {
        ccdk_stack *s = alarm_stacks[i];
        ALARM(ccdk_sns_topic_metric_number_of_notifications_failed(topic, NULL), s, ids[i][0], 1);
        ALARM(ccdk_sqs_queue_metric_approximate_age_of_oldest_message(queue, NULL), s, ids[i][1], 60);
        ALARM(ccdk_dynamodb_table_metric_user_errors(table, NULL), s, ids[i][2], 1);
        ALARM(ccdk_dynamodb_table_metric_consumed_write_capacity_units(table_v2, NULL), s, ids[i][3], 1);
        ALARM(ccdk_kinesis_stream_metric_put_records_failed_records(stream, NULL), s, ids[i][4], 1);
        ALARM(ccdk_logs_metric_filter_metric(filter, NULL), s, ids[i][5], 1);
    }
    { /* an environment-agnostic stack: a TableV2's account and region overrides are tokens */
        ccdk_stack *agnostic = ccdk_stack_new(app, "AgnosticStack", NULL);
        ccdk_dynamodb_table *t2 = ccdk_dynamodb_table_v2_new(agnostic, "TableV2", &(ccdk_dynamodb_table_v2_props){.partition_key = id_key});
        ccdk_dynamodb_table *t1 = ccdk_dynamodb_table_new(agnostic, "Table", &(ccdk_dynamodb_table_props){.partition_key = id_key});
        ccdk_cloudwatch_dashboard_add_widgets(ccdk_cloudwatch_dashboard_new(agnostic, "Dash", NULL), (ccdk_cloudwatch_widget_list)CCDK_LIST(
            ccdk_cloudwatch_graph_widget_new(app, &(ccdk_cloudwatch_graph_widget_props){
                .left = CCDK_LIST(ccdk_dynamodb_table_metric_consumed_read_capacity_units(t2, NULL),
                                  ccdk_dynamodb_table_metric_consumed_read_capacity_units(t1, NULL),
                                  ccdk_sqs_queue_metric_number_of_messages_sent(queue, NULL))})));
        ALARM(ccdk_dynamodb_table_metric_consumed_write_capacity_units(t2, NULL), agnostic, "TableV2Write", 1);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
