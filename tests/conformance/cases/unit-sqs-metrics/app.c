/* Conformance case 'unit-sqs-metrics': the queue metrics in alarms (see app.js).
 * Ported from aws-cdk: aws-sqs/test/sqs.test.ts. */
#include <stdio.h>

#include <ccdk/cloudwatch.h>
#include <ccdk/sqs.h>

static void alarm(ccdk_stack *stack, const char *id, ccdk_cloudwatch_metric *metric)
{
    char name[64];
    ccdk_cloudwatch_alarm_new(stack, id, &(ccdk_cloudwatch_alarm_props){
        .metric = metric, .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    snprintf(name, sizeof name, "%sStatistic", id);
    ccdk_cfn_output_new(stack, name, &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_metric_statistic(metric)});
    if (ccdk_cloudwatch_metric_label(metric)) {
        snprintf(name, sizeof name, "%sLabel", id);
        ccdk_cfn_output_new(stack, name, &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_metric_label(metric)});
    }
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TestMetrics", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
        alarm(stack, "Sent", ccdk_sqs_queue_metric_number_of_messages_sent(queue, NULL));
        alarm(stack, "SentSize", ccdk_sqs_queue_metric_sent_message_size(queue, NULL));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AllMetrics", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
        alarm(stack, "AgeOfOldest", ccdk_sqs_queue_metric_approximate_age_of_oldest_message(queue, NULL));
        alarm(stack, "Delayed", ccdk_sqs_queue_metric_approximate_number_of_messages_delayed(queue, NULL));
        alarm(stack, "NotVisible", ccdk_sqs_queue_metric_approximate_number_of_messages_not_visible(queue, NULL));
        alarm(stack, "Visible", ccdk_sqs_queue_metric_approximate_number_of_messages_visible(queue, NULL));
        alarm(stack, "EmptyReceives", ccdk_sqs_queue_metric_number_of_empty_receives(queue, NULL));
        alarm(stack, "Deleted", ccdk_sqs_queue_metric_number_of_messages_deleted(queue, NULL));
        alarm(stack, "Received", ccdk_sqs_queue_metric_number_of_messages_received(queue, NULL));
        alarm(stack, "Sent", ccdk_sqs_queue_metric_number_of_messages_sent(queue, NULL));
        alarm(stack, "SentSize", ccdk_sqs_queue_metric_sent_message_size(queue, NULL));
        alarm(stack, "Custom", ccdk_sqs_queue_metric(queue, "SomeMetric", NULL));
        alarm(stack, "Options", ccdk_sqs_queue_metric_approximate_age_of_oldest_message(queue, &(ccdk_cloudwatch_metric_options){
            .statistic = "p99", .period = ccdk_duration_minutes(1), .label = "Oldest", .unit = "Seconds"}));
        alarm(stack, "Dimensions", ccdk_sqs_queue_metric(queue, "Other", &(ccdk_cloudwatch_metric_options){
            .statistic = "Sum", .dimensions = CCDK_KVS({"QueueName", "other-queue"})}));
        ccdk_sqs_queue *imported = ccdk_sqs_queue_from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:123456789012:queue1");
        alarm(stack, "ImportedVisible", ccdk_sqs_queue_metric_approximate_number_of_messages_visible(imported, NULL));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
