/* Conformance case 'logs-log-group-metrics': a log group's metrics (integ.log-group-metrics.ts's
 * alarms; a function's own log group's metric() with options and its LogGroupName dimension given
 * by hand; an imported group's metricIncomingLogEvents). */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/logs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-log-group-metrics", NULL);
        ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "MyLogGroup", &(ccdk_logs_log_group_props){
            .log_group_name = "my-log-group",
            .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        });
        ccdk_cloudwatch_metric_create_alarm(ccdk_logs_log_group_metric_incoming_bytes(log_group, NULL), stack,
                                            "IncomingBytesPerInstanceAlarm",
                                            &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
        ccdk_cloudwatch_metric_create_alarm(ccdk_logs_log_group_metric_incoming_log_events(log_group, NULL), stack,
                                            "IncomingEventsPerInstanceAlarm",
                                            &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "FunctionLogs", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
            .log_group = ccdk_logs_log_group_new(stack, "FnLogs", &(ccdk_logs_log_group_props){.retention = CCDK_LOGS_RETENTION_ONE_WEEK}),
        });
        ccdk_logs_log_group *logs = ccdk_lambda_function_log_group(fn);
        ccdk_cloudwatch_metric_create_alarm(
            ccdk_logs_log_group_metric(logs, "IncomingBytes", &(ccdk_cloudwatch_metric_options){
                .statistic = "Maximum",
                .period = ccdk_duration_minutes(15),
                .label = "Bytes in",
                .dimensions = CCDK_KVS({"LogGroupName", ccdk_logs_log_group_name(logs)}),
            }),
            stack, "BytesAlarm", &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1000000), .evaluation_periods = CCDK_NUM(2)});
        ccdk_cloudwatch_metric_create_alarm(
            ccdk_logs_log_group_metric_incoming_log_events(logs, &(ccdk_cloudwatch_metric_options){.period = ccdk_duration_hours(1)}),
            stack, "EventsAlarm", &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(0), .evaluation_periods = CCDK_NUM(1)});
        ccdk_logs_log_group *imported = ccdk_logs_log_group_from_log_group_name(stack, "Imported", "/aws/lambda/other");
        ccdk_cloudwatch_metric_create_alarm(
            ccdk_logs_log_group_metric_incoming_log_events(imported, &(ccdk_cloudwatch_metric_options){
                .period = ccdk_duration_minutes(10), .statistic = "Average"}),
            stack, "ImportedAlarm", &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(5), .evaluation_periods = CCDK_NUM(3)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
