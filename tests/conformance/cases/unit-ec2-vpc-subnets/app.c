/* vpc.test.ts, "When creating a VPC": subnet configurations, maxAzs / availabilityZones and
 * natGateways / natGatewaySubnets, a stack per test (see app.js). */
#include <ccdk/ec2.h>

#define PUBLIC CCDK_EC2_SUBNET_TYPE_PUBLIC
#define PRIVATE_WITH_EGRESS CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS
#define PRIVATE_ISOLATED CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED

static ccdk_app *app;
static ccdk_stack *test_stack(const char *id)
{
    return ccdk_stack_new(app, id, &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
}

int main(void)
{
    app = ccdk_app_new(NULL);
    ccdk_ec2_vpc_new(test_stack("ReservedPublicOnly"), "TheVPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = PRIVATE_ISOLATED, .name = "isolated"},
                                                 {.subnet_type = PUBLIC, .name = "public", .reserved = CCDK_TRUE}),
    });
    ccdk_ec2_vpc_new(test_stack("ReservedEgressOnly"), "TheVPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = PRIVATE_ISOLATED, .name = "isolated"},
                                                 {.subnet_type = PRIVATE_WITH_EGRESS, .name = "egress", .reserved = CCDK_TRUE}),
    });
    ccdk_ec2_vpc_new(test_stack("ReservedCount"), "TheVPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("10.0.0.0/16"),
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.cidr_mask = CCDK_NUM(24), .subnet_type = PUBLIC, .name = "Public"},
            {.cidr_mask = CCDK_NUM(24), .name = "reserved", .subnet_type = PRIVATE_WITH_EGRESS, .reserved = CCDK_TRUE},
            {.cidr_mask = CCDK_NUM(28), .name = "rds", .subnet_type = PRIVATE_ISOLATED}),
        .max_azs = CCDK_NUM(3),
    });
    ccdk_ec2_vpc_new(test_stack("ReservedCidr"), "TheVPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("10.0.0.0/16"),
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.cidr_mask = CCDK_NUM(24), .name = "ingress", .subnet_type = PUBLIC},
            {.cidr_mask = CCDK_NUM(24), .name = "reserved", .subnet_type = PRIVATE_WITH_EGRESS, .reserved = CCDK_TRUE},
            {.cidr_mask = CCDK_NUM(24), .name = "rds", .subnet_type = PRIVATE_WITH_EGRESS}),
        .max_azs = CCDK_NUM(3),
    });
    {
        const char *names[] = {"CustomSubnets", "CustomSubnetsTwoNat"};
        ccdk_opt_num nat[] = {{0}, CCDK_NUM(2)};
        for (int i = 0; i < 2; i++)
            ccdk_ec2_vpc_new(test_stack(names[i]), "TheVPC", &(ccdk_ec2_vpc_props){
                .restrict_default_security_group = CCDK_FALSE,
                .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("10.0.0.0/21"),
                .nat_gateways = nat[i],
                .subnet_configuration = CCDK_EC2_SUBNETS(
                    {.cidr_mask = CCDK_NUM(24), .name = "ingress", .subnet_type = PUBLIC},
                    {.cidr_mask = CCDK_NUM(24), .name = "application", .subnet_type = PRIVATE_WITH_EGRESS},
                    {.cidr_mask = CCDK_NUM(28), .name = "rds", .subnet_type = PRIVATE_ISOLATED}),
                .max_azs = CCDK_NUM(3),
            });
    }
    {
        const char *names[] = {"MapPublicDefault", "MapPublicTrue", "MapPublicFalse"};
        ccdk_tristate map[] = {CCDK_UNSET, CCDK_TRUE, CCDK_FALSE};
        for (int i = 0; i < 3; i++)
            ccdk_ec2_vpc_new(test_stack(names[i]), "VPC", &(ccdk_ec2_vpc_props){
                .restrict_default_security_group = CCDK_FALSE,
                .max_azs = CCDK_NUM(1),
                .subnet_configuration = CCDK_EC2_SUBNETS(
                    {.cidr_mask = CCDK_NUM(24), .name = "ingress", .subnet_type = PUBLIC, .map_public_ip_on_launch = map[i]}),
            });
    }
    ccdk_ec2_vpc_new(test_stack("MaxAzsDefault"), "VPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_vpc_new(test_stack("MaxAzsTwo"), "VPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE, .max_azs = CCDK_NUM(2)});
    {
        ccdk_stack *stack = test_stack("AzsSetCorrectly");
        ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .availability_zones = CCDK_STRS(ccdk_stack_availability_zones(stack).items[1])});
    }
    ccdk_ec2_vpc_new(test_stack("AzsWithoutContext"), "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .availability_zones = CCDK_STRS("us-east-1a")});
    ccdk_ec2_vpc_new(ccdk_stack_new(app, "AgnosticAzs", NULL), "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .availability_zones = CCDK_STRS("us-east-1a")});
    ccdk_ec2_vpc_new(test_stack("NatOne"), "VPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(1)});
    ccdk_ec2_vpc_new(test_stack("NatSubnets"), "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.cidr_mask = CCDK_NUM(24), .name = "ingress", .subnet_type = PUBLIC},
            {.cidr_mask = CCDK_NUM(24), .name = "egress", .subnet_type = PUBLIC},
            {.cidr_mask = CCDK_NUM(24), .name = "private", .subnet_type = PRIVATE_WITH_EGRESS}),
        .nat_gateway_subnets = {.subnet_group_name = "egress"},
    });
    ccdk_ec2_vpc_new(test_stack("NatZeroEgress"), "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .nat_gateways = CCDK_NUM(0),
        .subnet_configuration = CCDK_EC2_SUBNETS({.name = "public", .subnet_type = PUBLIC},
                                                 {.name = "private", .subnet_type = PRIVATE_WITH_EGRESS}),
    });
    ccdk_ec2_vpc_new(test_stack("NatZeroDefaults"), "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0)});
    ccdk_ec2_vpc_new(test_stack("NatUnspecified"), "VPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_vpc_new(test_stack("NatZeroReservedPrivate"), "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("10.0.0.0/16"),
        .subnet_configuration = CCDK_EC2_SUBNETS({.name = "ingress", .subnet_type = PUBLIC},
                                                 {.name = "private", .subnet_type = PRIVATE_WITH_EGRESS, .reserved = CCDK_TRUE}),
        .nat_gateways = CCDK_NUM(0),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
