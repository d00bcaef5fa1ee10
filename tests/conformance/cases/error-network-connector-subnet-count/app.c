/* error: a vpcEgress selection of 17 subnets (an imported VPC with 17 AZs): "vpcSubnets must select
 * between 1 and 16 subnets, got 17" */
#include <stdio.h>

#include <ccdk/lambda.h>
#include <ccdk/lambda_network_connector.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    char az[17][8], subnet[17][16];
    const char *azs[17], *subnets[17];
    for (int i = 0; i < 17; i++) {
        snprintf(az[i], sizeof az[i], "az-%d", i);
        snprintf(subnet[i], sizeof subnet[i], "subnet-%d", i);
        azs[i] = az[i];
        subnets[i] = subnet[i];
    }
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "Vpc", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-0123",
        .availability_zones = CCDK_LIST_N(azs, 17),
        .private_subnet_ids = CCDK_LIST_N(subnets, 17),
    });

    ccdk_lambda_network_connector_new(stack, "Connector", &(ccdk_lambda_network_connector_props){
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(&(ccdk_lambda_vpc_egress_configuration){
            .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_WEB_FUNCTION,
            .vpc = vpc,
            .security_groups = CCDK_LIST(ccdk_ec2_security_group_from_security_group_id(stack, "SG", "sg-0123", CCDK_UNSET, CCDK_UNSET)),
        }),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
