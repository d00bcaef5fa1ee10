/* Conformance case 'unit-sns-metrics': the topic metrics in alarms (see app.js).
 * Ported from aws-cdk: aws-sns/test/sns.test.ts. */
#include <stdio.h>

#include <ccdk/cloudwatch.h>
#include <ccdk/sns.h>

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
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
        alarm(stack, "Published", ccdk_sns_topic_metric_number_of_messages_published(topic, NULL));
        alarm(stack, "PublishSize", ccdk_sns_topic_metric_publish_size(topic, NULL));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "AllMetrics", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
        alarm(stack, "PublishSize", ccdk_sns_topic_metric_publish_size(topic, NULL));
        alarm(stack, "Published", ccdk_sns_topic_metric_number_of_messages_published(topic, NULL));
        alarm(stack, "Delivered", ccdk_sns_topic_metric_number_of_notifications_delivered(topic, NULL));
        alarm(stack, "Failed", ccdk_sns_topic_metric_number_of_notifications_failed(topic, NULL));
        alarm(stack, "FilteredOut", ccdk_sns_topic_metric_number_of_notifications_filtered_out(topic, NULL));
        alarm(stack, "FilteredOutNoAttrs", ccdk_sns_topic_metric_number_of_notifications_filtered_out_no_message_attributes(topic, NULL));
        alarm(stack, "FilteredOutInvalid", ccdk_sns_topic_metric_number_of_notifications_filtered_out_invalid_attributes(topic, NULL));
        alarm(stack, "SmsSpent", ccdk_sns_topic_metric_sms_month_to_date_spent_usd(topic, NULL));
        alarm(stack, "SmsSuccess", ccdk_sns_topic_metric_sms_success_rate(topic, NULL));
        alarm(stack, "Custom", ccdk_sns_topic_metric(topic, "SomeMetric", NULL));
        alarm(stack, "Options", ccdk_sns_topic_metric_number_of_notifications_failed(topic, &(ccdk_cloudwatch_metric_options){
            .statistic = "Maximum", .period = ccdk_duration_minutes(10), .label = "Failures"}));
        alarm(stack, "Dimensions", ccdk_sns_topic_metric(topic, "Other", &(ccdk_cloudwatch_metric_options){
            .dimensions = CCDK_KVS({"TopicName", "other"}, {"Extra", "x"})}));
        ccdk_sns_topic *imported = ccdk_sns_topic_from_topic_arn(stack, "Imported", "arn:aws:sns:us-east-1:123456789012:my_topic");
        alarm(stack, "ImportedFailed", ccdk_sns_topic_metric_number_of_notifications_failed(imported, NULL));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
