/* The imports whose name is Arn.split(arn, SLASH_RESOURCE_NAME).resourceName, on ARNs where that is
 * more than "what follows the first /": a name after ':' (no '/'), a resource that starts with '/',
 * a name with ':' after the '/', a literal ARN holding a token (split in C, not in the template),
 * and a token ARN. */
#include <ccdk/codeguru.h>
#include <ccdk/core.h>
#include <ccdk/dynamodb.h>
#include <ccdk/events.h>
#include <ccdk/iam.h>
#include <ccdk/kinesis.h>
#include <ccdk/kms.h>

static ccdk_stack *stack;

static void out(const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "Stack", NULL);
    const char *partition = ccdk_aws_partition(stack);
    const char *param = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(stack, "TheArn", NULL));

    out("KeyColonName", ccdk_kms_key_id(ccdk_kms_key_from_key_arn(stack, "KeyColon", "arn:aws:kms:us-east-1:123456789012:key:colon-id")));
    out("KeyPartitionName", ccdk_kms_key_id(ccdk_kms_key_from_key_arn(
                            stack, "KeyPartition", ccdk_fmt(stack, "arn:%s:kms:us-east-1:123456789012:key/abc", partition))));
    out("KeyTokenName", ccdk_kms_key_id(ccdk_kms_key_from_key_arn(stack, "KeyToken", param)));
    out("RuleColonName", ccdk_events_rule_name(ccdk_events_rule_from_event_rule_arn(
                         stack, "RuleColon", "arn:aws:events:us-east-1:123456789012:rule:myrule")));
    out("RuleSlashColonName", ccdk_events_rule_name(ccdk_events_rule_from_event_rule_arn(
                              stack, "RuleSlashColon", "arn:aws:events:us-east-1:123456789012:rule/bus/r:x")));
    out("BusLeadingSlashName", ccdk_events_event_bus_name(ccdk_events_event_bus_from_event_bus_arn(
                               stack, "BusLeadingSlash", "arn:aws:events:us-east-1:123456789012:/event-bus/b")));
    out("BusPartitionName", ccdk_events_event_bus_name(ccdk_events_event_bus_from_event_bus_arn(
                            stack, "BusPartition", ccdk_fmt(stack, "arn:%s:events:us-east-1:123456789012:event-bus/b", partition))));
    out("StreamColonName", ccdk_kinesis_stream_name(ccdk_kinesis_stream_from_stream_arn(
                           stack, "StreamColon", "arn:aws:kinesis:us-east-1:123456789012:stream:s1")));
    out("StreamPartitionName", ccdk_kinesis_stream_name(ccdk_kinesis_stream_from_stream_arn(
                               stack, "StreamPartition", ccdk_fmt(stack, "arn:%s:kinesis:us-east-1:123456789012:stream/s2", partition))));
    out("TableColonName", ccdk_dynamodb_table_name(ccdk_dynamodb_table_from_table_arn(
                          stack, "TableColon", "arn:aws:dynamodb:us-east-1:123456789012:table:t1")));
    out("TableLeadingSlashName", ccdk_dynamodb_table_name(ccdk_dynamodb_table_from_table_arn(
                                 stack, "TableLeadingSlash", "arn:aws:dynamodb:us-east-1:123456789012:/table/t2")));
    out("GroupPartitionName", ccdk_iam_group_name(ccdk_iam_group_from_group_arn(
                              stack, "GroupPartition", ccdk_fmt(stack, "arn:%s:iam::123456789012:group/path/g", partition))));
    out("GroupColonName", ccdk_iam_group_name(ccdk_iam_group_from_group_arn(stack, "GroupColon", "arn:aws:iam::123456789012:group:g2")));
    out("ProfilingColonName", ccdk_codeguru_profiling_group_name(ccdk_codeguru_profiling_group_from_profiling_group_arn(
                              stack, "ProfilingColon", "arn:aws:codeguru-profiler:us-east-1:123456789012:profilingGroup:pg")));
    out("ConnectionColonName", ccdk_events_connection_name(ccdk_events_connection_from_event_bus_arn(
                               stack, "ConnectionColon", "arn:aws:events:us-east-1:123456789012:connection:c1",
                               "arn:aws:secretsmanager:us-east-1:123456789012:secret:s")));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
