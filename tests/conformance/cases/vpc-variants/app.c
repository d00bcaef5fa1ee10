/* The Vpc props' corners, a stack each: no NAT gateways, isolated subnets only, 3 AZs with 2 NAT
 * gateways and a reserved AZ and dedicated tenancy, no internet gateway, NAT gateways in a chosen
 * public group. */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_ec2_vpc_new(ccdk_stack_new(app, "NoNat", NULL), "Vpc",
                     &(ccdk_ec2_vpc_props){.nat_gateways = CCDK_NUM(0), .restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_vpc_new(ccdk_stack_new(app, "IsolatedOnly", NULL), "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS({.name = "Only", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}),
    });
    ccdk_ec2_vpc_new(ccdk_stack_new(app, "ThreeAzs", NULL), "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .availability_zones = CCDK_STRS("ap-south-1a", "ap-south-1b", "ap-south-1c"),
        .nat_gateways = CCDK_NUM(2),
        .reserved_azs = CCDK_NUM(1),
        .default_instance_tenancy = "dedicated",
    });
    ccdk_ec2_vpc_new(ccdk_stack_new(app, "NoIgw", NULL), "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .create_internet_gateway = CCDK_FALSE, .nat_gateways = CCDK_NUM(0)});
    ccdk_ec2_vpc_new(ccdk_stack_new(app, "NatPlacement", NULL), "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .nat_gateways = CCDK_NUM(1),
        .nat_gateway_subnets = {.subnet_group_name = "Egress"},
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Ingress", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(24)},
            {.name = "Egress", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(24)},
            {.name = "App", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, .cidr_mask = CCDK_NUM(20)}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
