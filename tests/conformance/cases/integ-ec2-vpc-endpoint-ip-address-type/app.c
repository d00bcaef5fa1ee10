/* Conformance case 'integ-ec2-vpc-endpoint-ip-address-type': aws-ec2
 * test/integ.vpc-endpoint-ip-address-type.ts (dropped: the IntegTest). ec2.IpAddressType.IPV4/IPV6
 * are the values of VpcEndpointIpAddressType's. */
#include <ccdk/ec2.h>
#include <ccdk/ec2_vpc_endpoint_services.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "VpcEndpointIpAddressTypeStack", NULL);

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "DualStackVpc", &(ccdk_ec2_vpc_props){
        .ip_protocol = CCDK_EC2_IP_PROTOCOL_DUAL_STACK,
    });

    ccdk_ec2_vpc_add_interface_endpoint(vpc, "IPv4", &(ccdk_ec2_interface_vpc_endpoint_options){
        .private_dns_enabled = CCDK_FALSE,
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_BEDROCK,
        .subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
        .ip_address_type = CCDK_EC2_VPC_ENDPOINT_IP_ADDRESS_TYPE_IPV4,
    });

    ccdk_ec2_vpc_add_interface_endpoint(vpc, "IPv6", &(ccdk_ec2_interface_vpc_endpoint_options){
        .private_dns_enabled = CCDK_FALSE,
        .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_S3_TABLES,
        .subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
        .ip_address_type = CCDK_EC2_VPC_ENDPOINT_IP_ADDRESS_TYPE_IPV6,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
