/* Conformance case 'integ-lambda-network-connector-defaults': aws-lambda
 * test/integ.network-connector-defaults.ts (the IntegTest is dropped), with aws-cdk-lib 2.276.0's
 * NetworkConnectorConfiguration.vpcEgress as app.js says. */
#include <ccdk/ec2.h>
#include <ccdk/lambda_network_connector.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "NetworkConnectorDefaultsStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(2)});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SecurityGroup", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_lambda_network_connector_new(stack, "NetworkConnector", &(ccdk_lambda_network_connector_props){
        .network_connector_name = "integ-test-connector",
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(&(ccdk_lambda_vpc_egress_configuration){
            .vpc = vpc,
            .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
            .security_groups = CCDK_LIST(sg),
            .network_protocol = CCDK_LAMBDA_NETWORK_CONNECTOR_PROTOCOL_IPV4,
            .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_MICRO_VM,
        }),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
