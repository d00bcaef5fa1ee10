/* A Port's protocol is a ccdk_ec2_protocol (CCDK_EC2_PROTOCOL_TCP, ...): a plain string where it goes
 * is a compile error, not a protocol aws-cdk-lib's Protocol enum lacks. */
// expect: incompatible pointer type
#include <ccdk/ec2.h>

ccdk_ec2_port f(void)
{
    return ccdk_ec2_port_new(&(ccdk_ec2_port_props){
#ifndef CONTROL
        .protocol = "tcp",
#else
        .protocol = CCDK_EC2_PROTOCOL_TCP,
#endif
        .from_port = CCDK_NUM(80),
        .to_port = CCDK_NUM(80),
        .string_representation = "80",
    });
}
