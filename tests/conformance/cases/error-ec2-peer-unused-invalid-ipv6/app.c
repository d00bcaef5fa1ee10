/* Peer.ipv6 of a text that is no IPv6 range, never used (see app.js). */
#include <ccdk/ec2.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_ec2_peer peer = ccdk_ec2_peer_ipv6("2001:db8::g/64");
    (void)peer;
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_security_group_new(stack, "SG", &(ccdk_ec2_security_group_props){
        .vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "Vpc", &(ccdk_ec2_vpc_attributes){
            .vpc_id = "vpc-1234", .availability_zones = CCDK_STRS("us-east-1a")}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
