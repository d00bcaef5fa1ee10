/* Every NetworkConnector prop: a name, MicroVm, DualStack, a subnet selection, several security
 * groups (one imported), tags (with Tags.of's), and operator roles: one of this app (the policy
 * attached, a warning), one imported by ARN and one by name (not modified, a warning naming the ARN
 * or only the path). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_network_connector.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_tags_add(stack, "team", "network");

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE,
        .nat_gateways = CCDK_NUM(0),
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Public", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
            {.name = "Data", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}),
    });
    ccdk_ec2_security_group *sg1 = ccdk_ec2_security_group_new(stack, "SG1", &(ccdk_ec2_security_group_props){
        .vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_ec2_security_group *sg2 = ccdk_ec2_security_group_from_security_group_id(stack, "SG2", "sg-0123456789abcdef0",
                                                                                  CCDK_UNSET, CCDK_UNSET);

    ccdk_iam_role *operator_role = ccdk_iam_role_new(stack, "OperatorRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
        .role_name = "connector-operator",
    });

    ccdk_lambda_network_connector *connector = ccdk_lambda_network_connector_new(stack, "Connector", &(ccdk_lambda_network_connector_props){
        .network_connector_name = "my-connector",
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(&(ccdk_lambda_vpc_egress_configuration){
            .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_MICRO_VM,
            .vpc = vpc,
            .vpc_subnets = {.subnet_group_name = "Data"},
            .security_groups = CCDK_LIST(sg1, sg2),
            .network_protocol = CCDK_LAMBDA_NETWORK_CONNECTOR_PROTOCOL_DUAL_STACK,
        }),
        .operator_role = operator_role,
        .tags = CCDK_KVS({"z-last", "z"}, {"team", "connector"}, {"10", "ten"}),
    });

    ccdk_lambda_network_connector_new(stack, "ImportedRoleConnector", &(ccdk_lambda_network_connector_props){
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(&(ccdk_lambda_vpc_egress_configuration){
            .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_WEB_FUNCTION,
            .vpc = vpc,
            .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .one_per_az = CCDK_TRUE},
            .security_groups = CCDK_LIST(sg1),
            .network_protocol = CCDK_LAMBDA_NETWORK_CONNECTOR_PROTOCOL_IPV4,
        }),
        .operator_role = ccdk_iam_role_from_role_arn(stack, "ImportedRole", "arn:aws:iam::123456789012:role/network-operator"),
    });

    ccdk_lambda_network_connector_new(stack, "NamedRoleConnector", &(ccdk_lambda_network_connector_props){
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(&(ccdk_lambda_vpc_egress_configuration){
            .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_WEB_FUNCTION,
            .vpc = vpc,
            .security_groups = CCDK_LIST(sg2, sg1),
        }),
        .operator_role = ccdk_iam_role_from_role_name(stack, "NamedRole", "network-operator"),
    });

    ccdk_cfn_output_new(stack, "ConnectorArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_network_connector_arn(connector)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
