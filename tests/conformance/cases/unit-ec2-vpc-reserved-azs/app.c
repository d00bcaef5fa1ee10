/* vpc.test.ts, "Using reserved azs": a VPC with reserved AZs and the same VPC using them, a pair of
 * stacks per test (see app.js). */
#include <stdio.h>

#include <ccdk/ec2.h>

#define PUBLIC CCDK_EC2_SUBNET_TYPE_PUBLIC
#define PRIVATE_WITH_EGRESS CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_ec2_subnet_configuration_list subnets = CCDK_EC2_SUBNETS(
        {.cidr_mask = CCDK_NUM(22), .name = "Public", .subnet_type = PUBLIC},
        {.cidr_mask = CCDK_NUM(23), .name = "Private", .subnet_type = PRIVATE_WITH_EGRESS});
    ccdk_ec2_subnet_configuration_list subnets_reserved = CCDK_EC2_SUBNETS(
        {.cidr_mask = CCDK_NUM(22), .name = "Public", .subnet_type = PUBLIC},
        {.cidr_mask = CCDK_NUM(23), .name = "Private", .subnet_type = PRIVATE_WITH_EGRESS, .reserved = CCDK_TRUE});
    const ccdk_ec2_vpc_props pairs[][2] = {
        {{.max_azs = CCDK_NUM(2), .reserved_azs = CCDK_NUM(1)}, {.max_azs = CCDK_NUM(3)}},
        {{.max_azs = CCDK_NUM(2), .reserved_azs = CCDK_NUM(2)}, {.max_azs = CCDK_NUM(3), .reserved_azs = CCDK_NUM(1)}},
        {{.max_azs = CCDK_NUM(2), .reserved_azs = CCDK_NUM(1), .subnet_configuration = subnets},
         {.max_azs = CCDK_NUM(3), .subnet_configuration = subnets}},
        {{.max_azs = CCDK_NUM(2), .reserved_azs = CCDK_NUM(1), .subnet_configuration = subnets_reserved},
         {.max_azs = CCDK_NUM(3), .subnet_configuration = subnets_reserved}},
        {{.max_azs = CCDK_NUM(2), .reserved_azs = CCDK_NUM(1), .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("192.168.0.0/16")},
         {.max_azs = CCDK_NUM(3), .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("192.168.0.0/16")}},
        {{.availability_zones = CCDK_STRS("dummy1a", "dummy1b"), .reserved_azs = CCDK_NUM(1)},
         {.availability_zones = CCDK_STRS("dummy1a", "dummy1b", "dummy1c")}},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        for (int k = 0; k < 2; k++) {
            char id[32];
            snprintf(id, sizeof id, "%s%zu", k ? "Used" : "Reserved", i + 1);
            ccdk_ec2_vpc_props props = pairs[i][k];
            props.restrict_default_security_group = CCDK_FALSE;
            ccdk_ec2_vpc_new(ccdk_stack_new(app, id, &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"}),
                             "Vpc", &props);
        }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
