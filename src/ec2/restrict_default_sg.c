/* restrict_default_sg.c - Vpc.restrictDefaultSecurityGroup(): Custom::VpcRestrictDefaultSG. */
#include "ec2_internal.h"

void ccdk__ec2_restrict_default_sg(ccdk_ec2_vpc *vpc) { (void)vpc; }
