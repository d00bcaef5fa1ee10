/* Conformance case 'unit-kinesis-stream-corners': kinesis.Stream props at stream.ts's edges (see
 * app.js). */
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *props = ccdk_stack_new(app, "Props", NULL);
    ccdk_kinesis_stream_new(props, "ZeroShards", &(ccdk_kinesis_stream_props){.shard_count = CCDK_NUM(0)});
    ccdk_kinesis_stream_new(props, "NoMetrics", &(ccdk_kinesis_stream_props){.shard_level_metrics = CCDK_EMPTY_LIST});
    ccdk_kinesis_stream_new(props, "Unencrypted", &(ccdk_kinesis_stream_props){.encryption = CCDK_KINESIS_ENCRYPTION_UNENCRYPTED});
    ccdk_kinesis_stream_new(props, "Week", &(ccdk_kinesis_stream_props){
        .retention_period = ccdk_duration_days(7), .encryption = CCDK_KINESIS_ENCRYPTION_MANAGED});
    ccdk_kinesis_stream_new(props, "OnDemand", &(ccdk_kinesis_stream_props){
        .stream_mode = CCDK_KINESIS_STREAM_MODE_ON_DEMAND,
        .encryption = CCDK_KINESIS_ENCRYPTION_KMS,
        .stream_name = "on-demand",
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .shard_level_metrics = CCDK_LIST_OF(ccdk_kinesis_shard_level_metric, CCDK_KINESIS_SHARD_LEVEL_METRIC_ALL)});

    ccdk_stack *stack_a = ccdk_stack_new(app, "StackA", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
    ccdk_kinesis_stream *stream = ccdk_kinesis_stream_new(stack_a, "Stream", &(ccdk_kinesis_stream_props){
        .stream_name = "shared", .encryption = CCDK_KINESIS_ENCRYPTION_UNENCRYPTED});
    ccdk_stack *stack_b = ccdk_stack_new(app, "StackB", &(ccdk_stack_props){.account = "234567890123", .region = "us-east-1"});
    ccdk_iam_role *role = ccdk_iam_role_new(stack_b, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_principal(stack_b, "234567890123"), .role_name = "reader"});
    ccdk_kinesis_stream_grant_read_write(stream, role);
    ccdk_cfn_output_new(stack_b, "Arn", &(ccdk_cfn_output_props){.value = ccdk_kinesis_stream_arn(stream)});
    ccdk_cfn_output_new(stack_b, "Name", &(ccdk_cfn_output_props){.value = ccdk_kinesis_stream_name(stream)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
