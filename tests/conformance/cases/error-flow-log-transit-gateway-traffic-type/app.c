/* error: a transit gateway flow log with a traffic type.
 * Ported from aws-cdk: vpc-flow-logs.test.ts (throw if transit gateway with traffic type) */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_flow_log_new(stack, "FlowLogs", &(ccdk_ec2_flow_log_props){
        .resource_type = ccdk_ec2_flow_log_resource_type_from_transit_gateway_id("tgw-123456"),
        .traffic_type = CCDK_EC2_FLOW_LOG_TRAFFIC_TYPE_REJECT,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
