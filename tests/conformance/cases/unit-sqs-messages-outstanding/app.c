/* Queue.metricApproximateNumberOfMessagesOutstanding in alarms (see app.js). */
#include <ccdk/cloudwatch.h>
#include <ccdk/sqs.h>

static ccdk_stack *stack;

static void alarm(const char *id, ccdk_cloudwatch_metric *metric)
{
    ccdk_cloudwatch_alarm_new(stack, id, &(ccdk_cloudwatch_alarm_props){
        .metric = metric, .threshold = CCDK_NUM(100), .evaluation_periods = CCDK_NUM(3)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_cloudwatch_metric *outstanding = ccdk_sqs_queue_metric_approximate_number_of_messages_outstanding(queue, NULL);
    alarm("Default", outstanding);
    alarm("Options", ccdk_sqs_queue_metric_approximate_number_of_messages_outstanding(queue, &(ccdk_cloudwatch_metric_options){
        .label = "Backlog", .period = ccdk_duration_minutes(1), .statistic = "avg"}));
    alarm("ImportedAlarm", ccdk_sqs_queue_metric_approximate_number_of_messages_outstanding(
        ccdk_sqs_queue_from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:123456789012:imported"),
        &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_minutes(10)}));
    ccdk_cfn_output_new(stack, "Expression", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_metric_expression(outstanding)});
    ccdk_cfn_output_new(stack, "Label", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_metric_label(outstanding)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
