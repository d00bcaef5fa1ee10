/* ip-addresses.test.ts through a Vpc (see app.js). */
#include <ccdk/ec2.h>

static ccdk_ec2_vpc_props two_subnets(ccdk_ec2_ip_addresses ip, ccdk_opt_num pub, ccdk_opt_num priv,
                                      ccdk_ec2_subnet_configuration cfg[2])
{
    cfg[0] = (ccdk_ec2_subnet_configuration){.name = "public", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = pub};
    cfg[1] = (ccdk_ec2_subnet_configuration){.name = "private-with-egress",
                                             .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS,
                                             .cidr_mask = priv};
    /* static: a CCDK_STRS compound literal here would end with this function's scope */
    static const char *const azs[] = {"dummyAz1"};
    return (ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .ip_addresses = ip,
        .availability_zones = CCDK_LIST_N(azs, 1),
        .subnet_configuration = CCDK_LIST_N(cfg, 2),
    };
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "CidrVpcIntegration", NULL);
        ccdk_ec2_vpc_new(stack, "VpcNetwork", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("10.0.0.0/16"),
        });
    }
    {
        const char *names[] = {"CidrNoMasks", "CidrMasks", "CidrMixedMasks"};
        const ccdk_opt_num pub[] = {{0}, CCDK_NUM(24), {0}}, priv[] = {{0}, CCDK_NUM(24), CCDK_NUM(24)};
        for (int i = 0; i < 3; i++) {
            ccdk_stack *stack = ccdk_stack_new(app, names[i], NULL);
            ccdk_ec2_subnet_configuration cfg[2];
            ccdk_ec2_vpc_props props = two_subnets(CCDK_EC2_IP_ADDRESSES_CIDR("10.0.0.0/16"), pub[i], priv[i], cfg);
            ccdk_ec2_vpc_new(stack, "VpcNetwork", &props);
        }
    }
    {
        const char *names[] = {"IpamNoMasks", "IpamMasks", "IpamMixedMasks"};
        const ccdk_opt_num dflt[] = {CCDK_NUM(24), {0}, CCDK_NUM(24)};
        const ccdk_opt_num pub[] = {{0}, CCDK_NUM(24), {0}}, priv[] = {{0}, CCDK_NUM(24), CCDK_NUM(24)};
        for (int i = 0; i < 3; i++) {
            ccdk_stack *stack = ccdk_stack_new(app, names[i], NULL);
            ccdk_ec2_subnet_configuration cfg[2];
            ccdk_ec2_vpc_props props = two_subnets(ccdk_ec2_ip_addresses_aws_ipam_allocation(&(ccdk_ec2_aws_ipam_props){
                                                       .ipv4_ipam_pool_id = "ipam-pool-0111222333444",
                                                       .ipv4_netmask_length = CCDK_NUM(22),
                                                       .default_subnet_ipv4_netmask_length = dflt[i],
                                                   }),
                                                   pub[i], priv[i], cfg);
            ccdk_ec2_vpc_new(stack, "VpcNetwork", &props);
        }
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "IpamVpcIntegration", NULL);
        ccdk_ec2_vpc_new(stack, "VpcNetwork", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .ip_addresses = ccdk_ec2_ip_addresses_aws_ipam_allocation(&(ccdk_ec2_aws_ipam_props){
                .ipv4_ipam_pool_id = "ipam-pool-0111222333444",
                .ipv4_netmask_length = CCDK_NUM(22),
                .default_subnet_ipv4_netmask_length = CCDK_NUM(24),
            }),
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "IpamSubnetConfiguration", NULL);
        ccdk_ec2_vpc_new(stack, "VpcNetwork", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .ip_addresses = ccdk_ec2_ip_addresses_aws_ipam_allocation(&(ccdk_ec2_aws_ipam_props){
                .ipv4_ipam_pool_id = "ipam-pool-0111222333444",
                .ipv4_netmask_length = CCDK_NUM(18),
                .default_subnet_ipv4_netmask_length = CCDK_NUM(17),
            }),
            .subnet_configuration = CCDK_EC2_SUBNETS({.name = "public", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(24)}),
            .max_azs = CCDK_NUM(2),
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "IpamRecursiveSplit", NULL);
        ccdk_ec2_vpc_new(stack, "VpcNetwork", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE,
            .ip_addresses = ccdk_ec2_ip_addresses_aws_ipam_allocation(&(ccdk_ec2_aws_ipam_props){
                .ipv4_ipam_pool_id = "ipam-pool-0111222333444",
                .ipv4_netmask_length = CCDK_NUM(16),
            }),
            .availability_zones = CCDK_STRS("dummyAz1"),
            .subnet_configuration = CCDK_EC2_SUBNETS(
                {.name = "big", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(17)},
                {.name = "small", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(28)}),
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
