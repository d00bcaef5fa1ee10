/* error: six security groups on a vpcEgress configuration: "securityGroups must contain between 1
 * and 5 items, got 6" */
#include <stdio.h>

#include <ccdk/lambda.h>
#include <ccdk/lambda_network_connector.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_security_group *groups[6];
    for (int i = 0; i < 6; i++) {
        char id[8], sg[8];
        snprintf(id, sizeof id, "SG%d", i);
        snprintf(sg, sizeof sg, "sg-%d", i);
        groups[i] = ccdk_ec2_security_group_from_security_group_id(stack, id, sg, CCDK_UNSET, CCDK_UNSET);
    }

    ccdk_lambda_network_connector_new(stack, "Connector", &(ccdk_lambda_network_connector_props){
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(&(ccdk_lambda_vpc_egress_configuration){
            .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_MICRO_VM,
            .vpc = vpc,
            .security_groups = CCDK_LIST_N(groups, 6),
        }),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
