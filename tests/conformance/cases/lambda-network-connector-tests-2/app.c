/* aws-cdk's network-connector.test.ts (aws-lambda) test by test, a stack per test with the tests'
 * literal values (the imported security group's 'sg-abc123' among them: the validator's E1150
 * finding), on the 2.276.0 configuration API. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_network_connector.h>

typedef struct {
    ccdk_stack *stack;
    ccdk_ec2_vpc *vpc;
    ccdk_ec2_subnet_list subnets;
    ccdk_ec2_security_group *security_groups[1];
} test_set_up;

/* the beforeEach: a VPC, two of its private subnets, a security group */
static void set_up(test_set_up *t, ccdk_app *app, const char *name)
{
    t->stack = ccdk_stack_new(app, name, NULL);
    t->vpc = ccdk_ec2_vpc_new(t->stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_subnet_list private_subnets = ccdk_ec2_vpc_private_subnets(t->vpc);
    t->subnets = (ccdk_ec2_subnet_list)CCDK_LIST_N(private_subnets.items,
                                                   private_subnets.count < 2 ? private_subnets.count : 2);
    t->security_groups[0] =
        ccdk_ec2_security_group_new(t->stack, "SecurityGroup", &(ccdk_ec2_security_group_props){.vpc = t->vpc});
}

static ccdk_lambda_vpc_egress_configuration egress(test_set_up *t)
{
    return (ccdk_lambda_vpc_egress_configuration){
        .vpc = t->vpc,
        .vpc_subnets = {.subnets = t->subnets},
        .security_groups = CCDK_LIST_N(t->security_groups, 1),
        .network_protocol = CCDK_LAMBDA_NETWORK_CONNECTOR_PROTOCOL_IPV4,
        .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_MICRO_VM,
    };
}

static ccdk_lambda_network_connector *connector(test_set_up *t, const char *name, ccdk_iam_role *role,
                                                const ccdk_lambda_vpc_egress_configuration *config)
{
    return ccdk_lambda_network_connector_new(t->stack, "MyConnector", &(ccdk_lambda_network_connector_props){
        .network_connector_name = name,
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(config),
        .operator_role = role,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    test_set_up t;

    /* 'creates a network connector with all required props' */
    set_up(&t, app, "RequiredProps");
    ccdk_lambda_vpc_egress_configuration config = egress(&t);
    connector(&t, NULL, NULL, &config);

    /* 'creates a network connector with custom name' */
    set_up(&t, app, "CustomName");
    config = egress(&t);
    connector(&t, "my-vpc-connector", NULL, &config);

    /* 'uses provided role when operatorRole is specified' */
    set_up(&t, app, "OperatorRole");
    ccdk_iam_role *custom_role = ccdk_iam_role_new(t.stack, "CustomRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(t.stack, "lambda.amazonaws.com")});
    config = egress(&t);
    connector(&t, NULL, custom_role, &config);

    /* 'correctly maps VpcEgressConfig to L1 properties' */
    set_up(&t, app, "DualStack");
    config = egress(&t);
    config.network_protocol = CCDK_LAMBDA_NETWORK_CONNECTOR_PROTOCOL_DUAL_STACK;
    connector(&t, NULL, NULL, &config);

    /* 'maps subnet IDs from ISubnet objects' */
    set_up(&t, app, "ImportedSubnets");
    ccdk_ec2_subnet *imported[] = {ccdk_ec2_subnet_from_subnet_id(t.stack, "Sub1", "subnet-111"),
                                   ccdk_ec2_subnet_from_subnet_id(t.stack, "Sub2", "subnet-222")};
    config = egress(&t);
    config.vpc_subnets = (ccdk_ec2_subnet_selection){.subnets = CCDK_LIST_N(imported, 2)};
    connector(&t, NULL, NULL, &config);

    /* 'maps security group IDs from ISecurityGroup objects' */
    set_up(&t, app, "ImportedSecurityGroup");
    ccdk_ec2_security_group *imported_sgs[] = {ccdk_ec2_security_group_from_security_group_id(
        t.stack, "ImportedSg", "sg-abc123", CCDK_UNSET, CCDK_UNSET)};
    config = egress(&t);
    config.security_groups = (ccdk_ec2_security_group_list)CCDK_LIST_N(imported_sgs, 1);
    connector(&t, NULL, NULL, &config);

    /* 'exposes networkConnectorArn attribute' and 'Tags.of(connector).add() works correctly' */
    set_up(&t, app, "ArnAndTags");
    config = egress(&t);
    ccdk_lambda_network_connector *tagged = connector(&t, NULL, NULL, &config);
    ccdk_tags_add(tagged, "Environment", "prod");
    ccdk_cfn_output_new(t.stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_lambda_network_connector_arn(tagged)});

    /* the import methods */
    set_up(&t, app, "Imports");
    const char *arn = "arn:aws:lambda:us-east-1:123456789012:network-connector:nc-8fc7cb2d-1234";
    ccdk_lambda_network_connector *by_arn = ccdk_lambda_network_connector_from_network_connector_arn(t.stack, "Imported", arn);
    ccdk_lambda_network_connector *by_attrs = ccdk_lambda_network_connector_from_network_connector_attributes(
        t.stack, "ImportedAttrs", &(ccdk_lambda_network_connector_attributes){.network_connector_arn = arn});
    ccdk_cfn_output_new(t.stack, "ByArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_network_connector_arn(by_arn)});
    ccdk_cfn_output_new(t.stack, "ByAttributes",
                        &(ccdk_cfn_output_props){.value = ccdk_lambda_network_connector_arn(by_attrs)});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
