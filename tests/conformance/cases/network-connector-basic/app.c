/* A lambda.NetworkConnector with vpcEgress defaults (the VPC's default subnets, IPv4) and its
 * default operator role; its ARNs and role as outputs. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_network_connector.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "ConnectorSG", &(ccdk_ec2_security_group_props){.vpc = vpc});

    ccdk_lambda_network_connector *connector = ccdk_lambda_network_connector_new(stack, "Connector", &(ccdk_lambda_network_connector_props){
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(&(ccdk_lambda_vpc_egress_configuration){
            .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_WEB_FUNCTION,
            .vpc = vpc,
            .security_groups = CCDK_LIST(sg),
        }),
    });

    ccdk_cfn_output_new(stack, "ConnectorArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_network_connector_arn(connector)});
    ccdk_cfn_output_new(stack, "ConnectorLatestVersionArn",
                        &(ccdk_cfn_output_props){.value = ccdk_lambda_network_connector_latest_version_arn(connector)});
    ccdk_cfn_output_new(stack, "OperatorRoleArn",
                        &(ccdk_cfn_output_props){.value = ccdk_iam_role_arn(ccdk_lambda_network_connector_operator_role(connector))});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
