/* vpc.test.ts: routes added to a VPC's subnets, and "When tagging" (see app.js). */
#include <ccdk/ec2.h>

static ccdk_app *app;
static ccdk_stack *test_stack(const char *id)
{
    return ccdk_stack_new(app, id, &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
}
static ccdk_ec2_vpc *vpc_new(const char *stack, const char *id)
{
    return ccdk_ec2_vpc_new(test_stack(stack), id, &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
}

int main(void)
{
    app = ccdk_app_new(NULL);
    ccdk_ec2_subnet_add_route(ccdk_ec2_vpc_public_subnets(vpc_new("Ipv6Route", "VPC")).items[0], "SomeRoute",
                              &(ccdk_ec2_add_route_options){.destination_ipv6_cidr_block = "2001:4860:4860::8888/32",
                                                            .router_id = "router-1",
                                                            .router_type = CCDK_EC2_ROUTER_TYPE_NETWORK_INTERFACE});
    ccdk_ec2_subnet_add_route(ccdk_ec2_vpc_public_subnets(vpc_new("Ipv4Route", "VPC")).items[0], "SomeRoute",
                              &(ccdk_ec2_add_route_options){.destination_cidr_block = "0.0.0.0/0",
                                                            .router_id = "router-1",
                                                            .router_type = CCDK_EC2_ROUTER_TYPE_NETWORK_INTERFACE});
    {
        ccdk_ec2_subnet *s = ccdk_ec2_vpc_public_subnets(vpc_new("RouterTypes", "Vpc")).items[0];
        ccdk_ec2_subnet_add_route(s, "TransitRoute", &(ccdk_ec2_add_route_options){
            .router_type = CCDK_EC2_ROUTER_TYPE_TRANSIT_GATEWAY, .router_id = "transit-id"});
        ccdk_ec2_subnet_add_route(s, "CarrierRoute", &(ccdk_ec2_add_route_options){
            .router_type = CCDK_EC2_ROUTER_TYPE_CARRIER_GATEWAY, .router_id = "carrier-gateway-id"});
        ccdk_ec2_subnet_add_route(s, "LocalGatewayRoute", &(ccdk_ec2_add_route_options){
            .router_type = CCDK_EC2_ROUTER_TYPE_LOCAL_GATEWAY, .router_id = "local-gateway-id"});
        ccdk_ec2_subnet_add_route(s, "VpcEndpointRoute", &(ccdk_ec2_add_route_options){
            .router_type = CCDK_EC2_ROUTER_TYPE_VPC_ENDPOINT, .router_id = "vpc-endpoint-id"});
    }
    {
        ccdk_ec2_vpc *vpc = vpc_new("PropagatedTags", "TheVPC");
        /* includeResourceTypes: ['AWS::EC2::VPC']: the VPC's CfnVPC (its default child) only */
        ccdk_tags_add(ccdk_node_default_child(vpc), "BusinessUnit", "Marketing");
        ccdk_tags_add(vpc, "VpcType", "Good");
    }
    vpc_new("SubnetNameTags", "TheVPC");
    ccdk_tags_add(vpc_new("LateTags", "TheVPC"), "Late", "Adder");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
