/* ported-ec2-vpc-endpoint-dns-entries: aws-cdk's vpc.test.ts "can reference vpcEndpointDnsEntries
 * across stacks" ported literally (see app.js). */
#include <ccdk/ec2.h>

/* a ccdk_strs as a list value (a list token stays the one list it stands for) */
static ccdk_value *list_value(ccdk_stack *owner, ccdk_strs l)
{
    ccdk_value *v = ccdk_v_list(owner);
    for (size_t i = 0; i < l.count; i++)
        ccdk_v_push(v, ccdk_v_string(owner, l.items[i]));
    return v;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack1 = ccdk_stack_new(app, "Stack1", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack1, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_interface_vpc_endpoint *endpoint = ccdk_ec2_interface_vpc_endpoint_new(stack1, "interfaceVpcEndpoint",
        &(ccdk_ec2_interface_vpc_endpoint_props){
            .vpc = vpc, .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SECRETS_MANAGER});
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", NULL);
    ccdk_cfn_output_new(stack2, "endpoint", &(ccdk_cfn_output_props){
        .value = ccdk_fn_select(stack2, 0, list_value(stack2, ccdk_ec2_interface_vpc_endpoint_dns_entries(endpoint)))});
    ccdk_cfn_output_new(stack2, "Interfaces", &(ccdk_cfn_output_props){
        .value = ccdk_fn_join(stack2, ",", ccdk_ec2_interface_vpc_endpoint_network_interface_ids(endpoint))});
    ccdk_cfn_output_new(stack2, "Created", &(ccdk_cfn_output_props){
        .value = ccdk_ec2_interface_vpc_endpoint_creation_timestamp(endpoint)});
    ccdk_cfn_output_new(stack1, "LocalDns", &(ccdk_cfn_output_props){
        .value = ccdk_fn_select(stack1, 1, list_value(stack1, ccdk_ec2_interface_vpc_endpoint_dns_entries(endpoint)))});
    ccdk_value *props = ccdk_v_object(stack2);
    ccdk_v_set(props, "DnsEntries", list_value(stack2, ccdk_ec2_interface_vpc_endpoint_dns_entries(endpoint)));
    ccdk_cfn_resource_new(stack2, "Consumer", "Some::Resource", props);
    ccdk_ec2_gateway_vpc_endpoint *gateway = ccdk_ec2_vpc_add_gateway_endpoint(vpc, "S3",
        &(ccdk_ec2_gateway_vpc_endpoint_options){.service = CCDK_EC2_GATEWAY_VPC_ENDPOINT_AWS_SERVICE_S3});
    ccdk_cfn_output_new(stack2, "GatewayCreated", &(ccdk_cfn_output_props){
        .value = ccdk_ec2_gateway_vpc_endpoint_creation_timestamp(gateway)});
    ccdk_cfn_output_new(stack2, "GatewayDns", &(ccdk_cfn_output_props){
        .value = ccdk_fn_select(stack2, 0, list_value(stack2, ccdk_ec2_gateway_vpc_endpoint_dns_entries(gateway)))});
    ccdk_cfn_output_new(stack1, "GatewayInterfaces", &(ccdk_cfn_output_props){
        .value = ccdk_fn_join(stack1, ",", ccdk_ec2_gateway_vpc_endpoint_network_interface_ids(gateway))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
