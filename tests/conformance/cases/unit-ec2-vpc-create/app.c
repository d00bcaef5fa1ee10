/* vpc.test.ts, "When creating a VPC": the VPC's own properties, the internet gateway, NAT gateways
 * and the default subnet groups, a stack per test (see app.js). */
#include <stdio.h>

#include <ccdk/ec2.h>

static ccdk_app *app;
static ccdk_stack *test_stack(const char *id)
{
    return ccdk_stack_new(app, id, &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
}
static void output_count(ccdk_stack *stack, const char *id, size_t n)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%zu", n);
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = buf});
}

int main(void)
{
    app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = test_stack("DefaultCidr");
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "TheVPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
        ccdk_cfn_output_new(stack, "VpcId", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_id(vpc)});
        ccdk_cfn_output_new(stack, "VpcArn", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_arn(vpc)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ArnAgnostic", NULL);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "TheVPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
        ccdk_cfn_output_new(stack, "VpcArn", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_arn(vpc)});
        ccdk_ec2_vpc *imported = ccdk_ec2_vpc_from_vpc_attributes(stack, "Imported", &(ccdk_ec2_vpc_attributes){
            .vpc_id = "vpc-1234", .availability_zones = CCDK_STRS("a", "b")});
        ccdk_cfn_output_new(stack, "ImportedArn", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_arn(imported)});
    }
    ccdk_ec2_vpc_new(test_stack("AllProps"), "TheVPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("192.168.0.0/16"),
        .enable_dns_hostnames = CCDK_FALSE,
        .enable_dns_support = CCDK_FALSE,
        .default_instance_tenancy = "dedicated",
    });
    {
        const char *names[] = {"DnsFF", "DnsTF", "DnsTT"};
        ccdk_tristate support[] = {CCDK_FALSE, CCDK_TRUE, CCDK_TRUE}, hostnames[] = {CCDK_FALSE, CCDK_FALSE, CCDK_TRUE};
        for (int i = 0; i < 3; i++) {
            ccdk_stack *stack = test_stack(names[i]);
            ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "TheVPC", &(ccdk_ec2_vpc_props){
                .restrict_default_security_group = CCDK_FALSE,
                .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("192.168.0.0/16"),
                .enable_dns_hostnames = hostnames[i],
                .enable_dns_support = support[i],
                .default_instance_tenancy = "dedicated",
            });
            ccdk_cfn_output_new(stack, "DnsSupport", &(ccdk_cfn_output_props){
                .value = ccdk_ec2_vpc_dns_support_enabled(vpc) ? "true" : "false"});
            ccdk_cfn_output_new(stack, "DnsHostnames", &(ccdk_cfn_output_props){
                .value = ccdk_ec2_vpc_dns_hostnames_enabled(vpc) ? "true" : "false"});
        }
    }
    {
        ccdk_stack *stack = test_stack("SubnetCount");
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "TheVPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
        output_count(stack, "Zones", ccdk_stack_availability_zones(stack).count);
        output_count(stack, "Public", ccdk_ec2_vpc_public_subnets(vpc).count);
        output_count(stack, "Private", ccdk_ec2_vpc_private_subnets(vpc).count);
        ccdk_cfn_output_new(stack, "Igw", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_internet_gateway_id(vpc)});
    }
    ccdk_ec2_vpc_new(test_stack("OnlyIsolated"), "TheVPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .name = "Isolated"}),
    });
    ccdk_ec2_vpc_new(test_stack("NoPrivate"), "TheVPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "Public"},
                                                 {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .name = "Isolated"}),
    });
    ccdk_ec2_vpc_new(test_stack("NoIgw"), "TheVPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .create_internet_gateway = CCDK_FALSE,
        .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "Public"},
                                                 {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .name = "Isolated"}),
    });
    ccdk_ec2_vpc_new(test_stack("NoSubnetsDefined"), "TheVPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    {
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(test_stack("IgwRoute"), "TheVPC", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .subnet_configuration = CCDK_EC2_SUBNETS({.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .name = "isolated"},
                                                     {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "public"}),
        });
        ccdk_ec2_subnet_add_route(ccdk_ec2_vpc_isolated_subnets(vpc).items[0], "TheRoute", &(ccdk_ec2_add_route_options){
            .router_id = ccdk_ec2_vpc_internet_gateway_id(vpc),
            .router_type = CCDK_EC2_ROUTER_TYPE_GATEWAY,
            .destination_cidr_block = "8.8.8.8/32",
        });
    }
    {
        const char *names[] = {"DefaultName", "CustomName"}, *vpc_names[] = {NULL, "CustomVPCName"};
        for (int i = 0; i < 2; i++)
            ccdk_ec2_vpc_new(test_stack(names[i]), "VPC", &(ccdk_ec2_vpc_props){
                .restrict_default_security_group = CCDK_FALSE,
                .max_azs = CCDK_NUM(1),
                .subnet_configuration = CCDK_EC2_SUBNETS({.name = "public", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
                                                         {.name = "private", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}),
                .vpc_name = vpc_names[i],
            });
    }
    {
        /* NatProvider.gateway() (ccdk's only NAT provider, also the default) and new
         * NatGatewayProvider() are the same call in C: configuredGateways are the VPC's NAT gateways */
        const char *names[] = {"NatProviderGateway", "NatProviderNew"};
        for (int i = 0; i < 2; i++) {
            ccdk_stack *stack = ccdk_stack_new(app, names[i], NULL);
            ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VpcNetwork", &(ccdk_ec2_vpc_props){
                .restrict_default_security_group = CCDK_FALSE,
                .nat_gateway_provider = ccdk_ec2_nat_provider_gateway(NULL),
            });
            output_count(stack, "Gateways", ccdk_ec2_vpc_nat_gateway_ids(vpc).count);
        }
    }
    {
        ccdk_stack *stack = test_stack("RestrictFlagFalse");
        ccdk_node_set_context(stack, "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", "false");
        ccdk_ec2_vpc_new(stack, "Vpc", NULL);
    }
    {
        ccdk_stack *stack = test_stack("RestrictDisabled");
        ccdk_node_set_context(stack, "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", "true");
        ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    }
    ccdk_ec2_vpc_new(test_stack("CustomCidr"), "TheVPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("192.168.0.0/16")});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
