/* Conformance case 'unit-kinesis-metrics': the stream metrics in alarms (see app.js).
 * Ported from aws-cdk: aws-kinesis/test/stream.test.ts. */
#include <stdio.h>

#include <ccdk/cloudwatch.h>
#include <ccdk/kinesis.h>

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
        ccdk_stack *stack = ccdk_stack_new(app, "BasicMetrics", NULL);
        ccdk_kinesis_stream *s = ccdk_kinesis_stream_new(stack, "MyStream", NULL);
        alarm(stack, "GetRecordsBytes", ccdk_kinesis_stream_metric_get_records_bytes(s, NULL));
        alarm(stack, "IteratorAge", ccdk_kinesis_stream_metric_get_records_iterator_age_milliseconds(s, NULL));
        alarm(stack, "GetRecordsLatency", ccdk_kinesis_stream_metric_get_records_latency(s, NULL));
        alarm(stack, "GetRecords", ccdk_kinesis_stream_metric_get_records(s, NULL));
        alarm(stack, "GetRecordsSuccess", ccdk_kinesis_stream_metric_get_records_success(s, NULL));
        alarm(stack, "IncomingBytes", ccdk_kinesis_stream_metric_incoming_bytes(s, NULL));
        alarm(stack, "IncomingRecords", ccdk_kinesis_stream_metric_incoming_records(s, NULL));
        alarm(stack, "PutRecordBytes", ccdk_kinesis_stream_metric_put_record_bytes(s, NULL));
        alarm(stack, "PutRecordLatency", ccdk_kinesis_stream_metric_put_record_latency(s, NULL));
        alarm(stack, "PutRecordSuccess", ccdk_kinesis_stream_metric_put_record_success(s, NULL));
        alarm(stack, "PutRecordsBytes", ccdk_kinesis_stream_metric_put_records_bytes(s, NULL));
        alarm(stack, "PutRecordsLatency", ccdk_kinesis_stream_metric_put_records_latency(s, NULL));
        alarm(stack, "PutRecordsSuccess", ccdk_kinesis_stream_metric_put_records_success(s, NULL));
        alarm(stack, "PutRecordsTotal", ccdk_kinesis_stream_metric_put_records_total_records(s, NULL));
        alarm(stack, "PutRecordsSuccessful", ccdk_kinesis_stream_metric_put_records_successful_records(s, NULL));
        alarm(stack, "PutRecordsFailed", ccdk_kinesis_stream_metric_put_records_failed_records(s, NULL));
        alarm(stack, "PutRecordsThrottled", ccdk_kinesis_stream_metric_put_records_throttled_records(s, NULL));
        alarm(stack, "ReadExceeded", ccdk_kinesis_stream_metric_read_provisioned_throughput_exceeded(s, NULL));
        alarm(stack, "WriteExceeded", ccdk_kinesis_stream_metric_write_provisioned_throughput_exceeded(s, NULL));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "OverrideOptions", NULL);
        ccdk_kinesis_stream *s = ccdk_kinesis_stream_new(stack, "MyStream", NULL);
        alarm(stack, "GetRecordsBytes", ccdk_kinesis_stream_metric_get_records_bytes(s, NULL));
        alarm(stack, "GetRecordsBytesMax", ccdk_kinesis_stream_metric_get_records_bytes(s, &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_minutes(1), .statistic = "Maximum"}));
        alarm(stack, "IncomingBytes", ccdk_kinesis_stream_metric_incoming_bytes(s, NULL));
        alarm(stack, "IncomingBytesSum", ccdk_kinesis_stream_metric_incoming_bytes(s, &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_minutes(1), .statistic = "Sum"}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "MoreMetrics", NULL);
        ccdk_kinesis_stream *s = ccdk_kinesis_stream_new(stack, "MyStream", NULL);
        alarm(stack, "Custom", ccdk_kinesis_stream_metric(s, "SomeMetric", NULL));
        alarm(stack, "Options", ccdk_kinesis_stream_metric_get_records_iterator_age_milliseconds(s, &(ccdk_cloudwatch_metric_options){
            .statistic = "p90", .label = "Iterator age", .unit = "Milliseconds"}));
        alarm(stack, "Dimensions", ccdk_kinesis_stream_metric(s, "Other", &(ccdk_cloudwatch_metric_options){
            .dimensions = CCDK_KVS({"StreamName", "other"}, {"ShardId", "shard-1"})}));
        ccdk_kinesis_stream *imported = ccdk_kinesis_stream_from_stream_arn(
            stack, "Imported", "arn:aws:kinesis:us-east-1:123456789012:stream/imported-stream");
        alarm(stack, "ImportedIteratorAge", ccdk_kinesis_stream_metric_get_records_iterator_age_milliseconds(imported, NULL));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
