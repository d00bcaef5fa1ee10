/* aws-cdk's network-connector.test.ts (aws-lambda), its tests that synthesize, on the 2.276.0
 * configuration API: each test's connector in one stack (one VPC, two of its private subnets and a
 * security group shared): all required props with Tags.of and its ARN, a name, an operator role of the
 * app, DualStack, imported subnets, an imported security group, a Lazy name and a subnet of a list
 * token, and the two imports' ARNs. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_network_connector.h>

static ccdk_stack *stack;
static ccdk_ec2_vpc *vpc;
static ccdk_ec2_subnet_list subnets;
static ccdk_ec2_security_group *security_groups[1]; /* an array of its own: egress() returns the list */

/* vpcEgress with the beforeEach's values (MicroVm, IPv4) */
static ccdk_lambda_vpc_egress_configuration egress(void)
{
    return (ccdk_lambda_vpc_egress_configuration){
        .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_MICRO_VM,
        .vpc = vpc,
        .vpc_subnets = {.subnets = subnets},
        .security_groups = CCDK_LIST_N(security_groups, 1),
        .network_protocol = CCDK_LAMBDA_NETWORK_CONNECTOR_PROTOCOL_IPV4,
    };
}

static ccdk_lambda_network_connector *connector(const char *id, const char *name, ccdk_iam_role *role,
                                                const ccdk_lambda_vpc_egress_configuration *config)
{
    return ccdk_lambda_network_connector_new(stack, id, &(ccdk_lambda_network_connector_props){
        .network_connector_name = name,
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(config),
        .operator_role = role,
    });
}

static const char *produce_name(void *ctx)
{
    (void)ctx;
    return "valid";
}

static ccdk_value *produce_subnets(void *ctx)
{
    (void)ctx;
    ccdk_value *list = ccdk_v_list(stack);
    ccdk_v_push(list, ccdk_v_string(stack, "subnet-1"));
    return list;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);
    vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_subnet_list private_subnets = ccdk_ec2_vpc_private_subnets(vpc);
    subnets = (ccdk_ec2_subnet_list)CCDK_LIST_N(private_subnets.items, private_subnets.count < 2 ? private_subnets.count : 2);
    security_groups[0] = ccdk_ec2_security_group_new(stack, "SecurityGroup", &(ccdk_ec2_security_group_props){.vpc = vpc});

    ccdk_lambda_vpc_egress_configuration config = egress();
    ccdk_lambda_network_connector *my = connector("MyConnector", NULL, NULL, &config);
    ccdk_tags_add(my, "Environment", "prod");
    ccdk_cfn_output_new(stack, "ConnectorArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_network_connector_arn(my)});

    connector("NamedConnector", "my-vpc-connector", NULL, &config);

    ccdk_iam_role *custom_role = ccdk_iam_role_new(stack, "CustomRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    connector("CustomRoleConnector", NULL, custom_role, &config);

    ccdk_lambda_vpc_egress_configuration dual = egress();
    dual.network_protocol = CCDK_LAMBDA_NETWORK_CONNECTOR_PROTOCOL_DUAL_STACK;
    connector("DualStackConnector", NULL, NULL, &dual);

    ccdk_ec2_subnet *imported[] = {ccdk_ec2_subnet_from_subnet_id(stack, "Sub1", "subnet-111"),
                                   ccdk_ec2_subnet_from_subnet_id(stack, "Sub2", "subnet-222")};
    ccdk_lambda_vpc_egress_configuration imported_subnets = egress();
    imported_subnets.vpc_subnets = (ccdk_ec2_subnet_selection){.subnets = CCDK_LIST_N(imported, 2)};
    connector("ImportedSubnetsConnector", NULL, NULL, &imported_subnets);

    ccdk_ec2_security_group *imported_sg = ccdk_ec2_security_group_from_security_group_id(
        stack, "ImportedSg", "sg-0abc1234def567890", CCDK_UNSET, CCDK_UNSET);
    ccdk_lambda_vpc_egress_configuration imported_group = egress();
    ccdk_ec2_security_group *imported_sgs[] = {imported_sg};
    imported_group.security_groups = (ccdk_ec2_security_group_list)CCDK_LIST_N(imported_sgs, 1);
    connector("ImportedSgConnector", NULL, NULL, &imported_group);

    ccdk_strs token_subnets = ccdk_token_as_list(ccdk_lazy_value(stack, produce_subnets, NULL));
    ccdk_ec2_subnet *token_subnet = ccdk_ec2_subnet_from_subnet_id(stack, "TokenSub0", token_subnets.items[0]);
    ccdk_lambda_vpc_egress_configuration tokens = egress();
    tokens.vpc_subnets = (ccdk_ec2_subnet_selection){.subnets = CCDK_LIST(token_subnet)};
    connector("TokenConnector", ccdk_lazy_string(stack, produce_name, NULL), NULL, &tokens);

    const char *arn = "arn:aws:lambda:us-east-1:123456789012:network-connector:nc-8fc7cb2d-1234";
    ccdk_cfn_output_new(stack, "ImportedByArn", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_network_connector_arn(ccdk_lambda_network_connector_from_network_connector_arn(stack, "Imported", arn))});
    ccdk_cfn_output_new(stack, "ImportedByAttributes", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_network_connector_arn(ccdk_lambda_network_connector_from_network_connector_attributes(
            stack, "ImportedAttrs", &(ccdk_lambda_network_connector_attributes){.network_connector_arn = arn}))});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
