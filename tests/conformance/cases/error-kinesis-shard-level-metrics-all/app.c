/* error: ShardLevelMetrics.ALL together with another metric */
#include <ccdk/kinesis.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_kinesis_stream_new(stack, "S", &(ccdk_kinesis_stream_props){
        .shard_level_metrics = CCDK_LIST_OF(ccdk_kinesis_shard_level_metric, CCDK_KINESIS_SHARD_LEVEL_METRIC_ALL, CCDK_KINESIS_SHARD_LEVEL_METRIC_INCOMING_BYTES),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
