/* Conformance case 'integ-kinesis-stream-shard-level-monitoring': aws-cdk's integ.stream-shard-level-monitoring.ts
 * (framework-integ/test/aws-kinesis); dropped: the IntegTest and its describeStream assertions.
 * RemovalPolicies.of(stack).destroy() (not in ccdk) is each stream's removal_policy DESTROY: the same
 * DeletionPolicy and UpdateReplacePolicy on the two streams, the stack's only removable resources. */
#include <ccdk/kinesis.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "kinesis-stream-shard-level-monitoring-stack", NULL);

    ccdk_kinesis_stream_new(stack, "ExplicitStream", &(ccdk_kinesis_stream_props){
        .shard_level_metrics = CCDK_LIST_OF(ccdk_kinesis_shard_level_metric,
                                            CCDK_KINESIS_SHARD_LEVEL_METRIC_INCOMING_BYTES,
                                            CCDK_KINESIS_SHARD_LEVEL_METRIC_INCOMING_RECORDS,
                                            CCDK_KINESIS_SHARD_LEVEL_METRIC_ITERATOR_AGE_MILLISECONDS,
                                            CCDK_KINESIS_SHARD_LEVEL_METRIC_OUTGOING_BYTES,
                                            CCDK_KINESIS_SHARD_LEVEL_METRIC_OUTGOING_RECORDS,
                                            CCDK_KINESIS_SHARD_LEVEL_METRIC_WRITE_PROVISIONED_THROUGHPUT_EXCEEDED,
                                            CCDK_KINESIS_SHARD_LEVEL_METRIC_READ_PROVISIONED_THROUGHPUT_EXCEEDED),
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    ccdk_kinesis_stream_new(stack, "AllStream", &(ccdk_kinesis_stream_props){
        .shard_level_metrics = CCDK_LIST_OF(ccdk_kinesis_shard_level_metric, CCDK_KINESIS_SHARD_LEVEL_METRIC_ALL),
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
