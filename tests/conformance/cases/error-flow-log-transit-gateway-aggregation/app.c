/* error: a transit gateway attachment flow log aggregated over ten minutes.
 * (vpc-flow-logs.ts: the check after the trafficType one for transit gateways) */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_flow_log_new(stack, "FlowLogs", &(ccdk_ec2_flow_log_props){
        .resource_type = ccdk_ec2_flow_log_resource_type_from_transit_gateway_attachment_id("tgw-123456"),
        .max_aggregation_interval = CCDK_EC2_FLOW_LOG_MAX_AGGREGATION_INTERVAL_TEN_MINUTES,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
