/* network-utils.test.ts through IpAddresses.cidr and subnet masks (see app.js). */
#include <ccdk/ec2.h>

#define ISO(n) {.name = (n), .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}
#define ISO_MASK(n, m) {.name = (n), .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(m)}

static void vpc(ccdk_app *app, const char *id, const char *cidr, ccdk_ec2_subnet_configuration_list subnets)
{
    ccdk_stack *stack = ccdk_stack_new(app, id, NULL);
    ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .nat_gateways = CCDK_NUM(0),
        .max_azs = CCDK_NUM(1),
        .restrict_default_security_group = CCDK_FALSE,
        .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR(cidr),
        .subnet_configuration = subnets,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    static const char *const blocks[][2] = {{"Offset", "10.0.1.255/16"}, {"Plus", "10.0.0.0/+16"}, {"Space", "10.0.0.0/ 16"},
                                            {"Zero", "10.0.0.0/016"},    {"Trailing", "10.0.0.0/16x"}, {"Wide", "10.0.0.0/15"}};
    for (size_t i = 0; i < sizeof blocks / sizeof blocks[0]; i++)
        vpc(app, blocks[i][0], blocks[i][1], (ccdk_ec2_subnet_configuration_list){0});
    vpc(app, "Wasteful", "192.168.0.0/18",
        CCDK_EC2_SUBNETS(ISO_MASK("A", 28), ISO_MASK("B", 28), ISO_MASK("C", 28), ISO_MASK("D", 25), ISO_MASK("E", 25),
                         ISO_MASK("F", 22)));
    vpc(app, "Efficient", "192.168.0.0/18",
        CCDK_EC2_SUBNETS(ISO_MASK("A", 24), ISO_MASK("B", 24), ISO_MASK("C", 24), ISO_MASK("D", 25), ISO_MASK("E", 25),
                         ISO_MASK("F", 25), ISO_MASK("G", 28), ISO_MASK("H", 28), ISO_MASK("I", 28)));
    vpc(app, "Remaining", "10.0.0.0/24", CCDK_EC2_SUBNETS(ISO_MASK("Half", 25), ISO("A"), ISO("B"), ISO("C")));
    vpc(app, "Remaining2", "10.0.0.0/16",
        CCDK_EC2_SUBNETS(ISO_MASK("A", 26), ISO_MASK("B", 26), ISO_MASK("C", 26), ISO_MASK("D", 27), ISO_MASK("E", 27),
                         ISO_MASK("F", 27), ISO("G"), ISO("H"), ISO("I")));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
