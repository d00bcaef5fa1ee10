/* error: a vpcEgress configuration with no security group: "securityGroups must contain between 1
 * and 5 items, got 0" on the connector */
#include <ccdk/lambda.h>
#include <ccdk/lambda_network_connector.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});

    ccdk_lambda_network_connector_new(stack, "MyConnector", &(ccdk_lambda_network_connector_props){
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(&(ccdk_lambda_vpc_egress_configuration){
            .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_MICRO_VM,
            .vpc = vpc,
            .security_groups = CCDK_EMPTY_LIST,
        }),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
