/* Conformance case 'ec2-flow-log-role-generated-name': see app.js. */
#include <ccdk/ec2.h>
#include <ccdk/iam.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *a = ccdk_stack_new(app, "NetworkStack", &(ccdk_stack_props){.account = "111111111111", .region = "eu-central-1"});
    ccdk_ec2_flow_log *flow_log = ccdk_ec2_flow_log_new(a, "FlowLog", &(ccdk_ec2_flow_log_props){
        .resource_type = ccdk_ec2_flow_log_resource_type_from_network_interface_id("eni-0123456789abcdef0"),
    });
    ccdk_ec2_flow_log *local = ccdk_ec2_flow_log_new(a, "LocalFlowLog", &(ccdk_ec2_flow_log_props){
        .resource_type = ccdk_ec2_flow_log_resource_type_from_network_interface_id("eni-0fedcba9876543210"),
    });
    ccdk_cfn_output_new(a, "LocalRole", &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(ccdk_ec2_flow_log_iam_role(local))});
    ccdk_stack *b = ccdk_stack_new(app, "AuditStack", &(ccdk_stack_props){.account = "222222222222", .region = "eu-central-1"});
    ccdk_iam_role_new(b, "Auditor", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_arn_principal(b, ccdk_iam_role_arn(ccdk_ec2_flow_log_iam_role(flow_log)))});
    ccdk_cfn_output_new(b, "FlowLogRoleName", &(ccdk_cfn_output_props){.value = ccdk_iam_role_name(ccdk_ec2_flow_log_iam_role(flow_log))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
