/* test_network_connector.c - lambda.NetworkConnector: the validations the conformance cases do not
 * reach (counts of 0, ccdk's own "is required" for TypeScript's type checks, NULL handling), the ARN
 * parsing of the imports on edge shapes, the getters, and the operator-role warnings. Expected
 * values were taken from aws-cdk-lib 2.276.0 by running the same inputs through it. */
#include <stdio.h>
#include <string.h>

#include <ccdk/lambda.h>
#include <ccdk/lambda_network_connector.h>

#include "testlib.h"

static ccdk_app *new_app(ccdk_stack **stack)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-test-network-connector-unused", .quiet = 1});
    *stack = ccdk_stack_new(app, "S", NULL);
    return app;
}

/* 1 when some error of app holds message (and path, when given) */
static int has_error(ccdk_app *app, const char *message, const char *path)
{
    for (size_t i = 0; i < ccdk_app_error_count(app); i++) {
        const char *e = ccdk_app_error(app, i);
        if (strstr(e, message) && (!path || strstr(e, path)))
            return 1;
    }
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        fprintf(stderr, "      error %zu: %s\n", i, ccdk_app_error(app, i));
    return 0;
}

static ccdk_lambda_network_connector *connector(ccdk_stack *stack, const char *id, ccdk_ec2_vpc *vpc,
                                                ccdk_ec2_subnet_selection subnets, ccdk_ec2_security_group_list groups)
{
    return ccdk_lambda_network_connector_new(stack, id, &(ccdk_lambda_network_connector_props){
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(&(ccdk_lambda_vpc_egress_configuration){
            .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_WEB_FUNCTION,
            .vpc = vpc,
            .vpc_subnets = subnets,
            .security_groups = groups,
        }),
    });
}

/* ------------------------------------------------------------------ validations */

TEST(no_subnets_selected)
{
    ccdk_stack *s;
    ccdk_app *app = new_app(&s);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(s, "SG", "sg-1", CCDK_UNSET, CCDK_UNSET);
    /* the VPC's AZs are tokens in an environment-agnostic stack: a literal AZ keeps no subnet */
    connector(s, "NC", vpc, (ccdk_ec2_subnet_selection){.availability_zones = CCDK_STRS("us-east-1a")},
              (ccdk_ec2_security_group_list)CCDK_LIST(sg));
    CHECK(has_error(app, "vpcSubnets must select between 1 and 16 subnets, got 0", "S/NC"));
    ccdk_app_free(app);
}

TEST(no_security_groups)
{
    ccdk_stack *s;
    ccdk_app *app = new_app(&s);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    connector(s, "Empty", vpc, (ccdk_ec2_subnet_selection){0}, (ccdk_ec2_security_group_list)CCDK_EMPTY_LIST);
    CHECK(has_error(app, "securityGroups must contain between 1 and 5 items, got 0", "S/Empty"));
    /* not given: aws-cdk-lib reads .length of undefined (a TypeError); ccdk counts it as none */
    connector(s, "Missing", vpc, (ccdk_ec2_subnet_selection){0}, (ccdk_ec2_security_group_list){0});
    CHECK(has_error(app, "securityGroups must contain between 1 and 5 items, got 0", "S/Missing"));
    ccdk_app_free(app);
}

TEST(select_subnets_error_first)
{
    ccdk_stack *s;
    ccdk_app *app = new_app(&s);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    /* selectSubnets throws before the security groups are counted */
    connector(s, "NC", vpc, (ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED},
              (ccdk_ec2_security_group_list)CCDK_EMPTY_LIST);
    CHECK(has_error(app, "There are no 'Isolated' subnet groups in this VPC. Available types: ", NULL));
    CHECK(ccdk_app_error_count(app) == 1);
    ccdk_app_free(app);
}

TEST(required_props)
{
    ccdk_stack *s;
    ccdk_app *app = new_app(&s);
    ccdk_lambda_network_connector *nc = ccdk_lambda_network_connector_new(s, "NoProps", NULL);
    CHECK(nc != NULL);
    CHECK(has_error(app, "configuration is required", "S/NoProps"));
    CHECK(ccdk_lambda_network_connector_resource(nc) != NULL);
    CHECK(ccdk_lambda_network_connector_operator_role(nc) != NULL);
    ccdk_lambda_network_connector_new(s, "NullConfig", &(ccdk_lambda_network_connector_props){
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(NULL)});
    CHECK(has_error(app, "configuration is required", "S/NullConfig"));
    ccdk_lambda_network_connector_new(s, "NoVpc", &(ccdk_lambda_network_connector_props){
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(&(ccdk_lambda_vpc_egress_configuration){
            .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_MICRO_VM})});
    CHECK(has_error(app, "vpc is required", "S/NoVpc"));
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    ccdk_lambda_network_connector_new(s, "NoType", &(ccdk_lambda_network_connector_props){
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(&(ccdk_lambda_vpc_egress_configuration){
            .vpc = vpc})});
    CHECK(has_error(app, "computeType is required", "S/NoType"));
    ccdk_app_free(app);
}

/* ------------------------------------------------------------------ imports */

/* fromNetworkConnectorVersionArn(arn).networkConnectorArn, or NULL after an error that holds err */
static void check_version_arn(const char *arn, const char *want, const char *err)
{
    ccdk_stack *s;
    ccdk_app *app = new_app(&s);
    ccdk_lambda_network_connector *nc = ccdk_lambda_network_connector_from_network_connector_version_arn(s, "V", arn);
    CHECK(nc != NULL);
    if (want) {
        CHECK_MSG(ccdk_app_error_count(app) == 0, "%s: unexpected error", arn);
        CHECK_STR_EQ(ccdk_lambda_network_connector_arn(nc), want);
        CHECK_STR_EQ(ccdk_lambda_network_connector_latest_version_arn(nc), arn);
    } else {
        CHECK_MSG(has_error(app, err, NULL), "%s: no error %s", arn, err);
    }
    ccdk_app_free(app);
}

static void check_arn(const char *arn, const char *err)
{
    ccdk_stack *s;
    ccdk_app *app = new_app(&s);
    ccdk_lambda_network_connector *nc = ccdk_lambda_network_connector_from_network_connector_arn(s, "A", arn);
    CHECK(nc != NULL);
    if (!err) {
        CHECK_MSG(ccdk_app_error_count(app) == 0, "%s: unexpected error", arn);
        CHECK_STR_EQ(ccdk_lambda_network_connector_arn(nc), arn);
    } else {
        CHECK_MSG(has_error(app, err, NULL), "%s: no error %s", arn, err);
    }
    ccdk_app_free(app);
}

#define UNQUALIFIED(arn) "Expected a qualified network connector ARN ending in ':<version>', got '" arn "'. To import " \
                         "a connector without a version, use fromNetworkConnectorArn()."
#define QUALIFIED(arn) "Expected an unqualified network connector ARN, got '" arn "', which ends in a version. To " \
                       "import a connector version, use fromNetworkConnectorVersionArn()."

TEST(version_arn_shapes)
{
    /* a leading '/' (SLASH_RESOURCE_SLASH_RESOURCE_NAME) is dropped: formatArn is given COLON_RESOURCE_NAME */
    check_version_arn("arn:aws:lambda:us-east-1:1:/res/nc-1:5", "arn:aws:lambda:us-east-1:1:res/nc-1", NULL);
    check_version_arn("arn:aws:lambda::1:network-connector:a:b:12", "arn:aws:lambda::1:network-connector:a:b", NULL);
    /* the version must follow a ':' inside the resource name */
    check_version_arn("arn:aws:lambda:r:a:network-connector/:3", NULL, UNQUALIFIED("arn:aws:lambda:r:a:network-connector/:3"));
    check_version_arn("arn:aws:lambda:r:a:nc:07", NULL, UNQUALIFIED("arn:aws:lambda:r:a:nc:07"));
    check_version_arn("arn:aws:lambda:r:a:nc:1x", NULL, UNQUALIFIED("arn:aws:lambda:r:a:nc:1x"));
    check_version_arn("arn:aws:lambda:r:a:nc:", NULL, UNQUALIFIED("arn:aws:lambda:r:a:nc:"));
    check_version_arn("nope", NULL, "ARNs must start with \"arn:\" and have at least 6 components: nope");
}

TEST(arn_shapes)
{
    check_arn("arn:aws:lambda:us-east-1:1:/res/nc-1:5", QUALIFIED("arn:aws:lambda:us-east-1:1:/res/nc-1:5"));
    check_arn("arn:aws:lambda::1:network-connector:a:b:12", QUALIFIED("arn:aws:lambda::1:network-connector:a:b:12"));
    check_arn("arn:aws:lambda:r:a:network-connector/:3", NULL);
    check_arn("arn:aws:lambda:r:a:nc:07", NULL);
    check_arn("arn:aws:lambda:r:a:nc-1", NULL);
    check_arn("nope", "ARNs must start with \"arn:\" and have at least 6 components: nope");
}

TEST(import_getters)
{
    ccdk_stack *s;
    ccdk_app *app = new_app(&s);
    ccdk_lambda_network_connector *a = ccdk_lambda_network_connector_from_network_connector_attributes(
        s, "Attrs", &(ccdk_lambda_network_connector_attributes){.network_connector_arn = "arn:aws:lambda:r:a:nc:x"});
    CHECK_STR_EQ(ccdk_lambda_network_connector_arn(a), "arn:aws:lambda:r:a:nc:x");
    CHECK(ccdk_lambda_network_connector_operator_role(a) == NULL);
    CHECK(ccdk_lambda_network_connector_resource(a) == NULL);
    CHECK(!ccdk_lambda_network_connector_is_network_connector(a));
    CHECK(ccdk_app_error_count(app) == 0);
    CHECK_STR_EQ(ccdk_lambda_network_connector_latest_version_arn(a), "");
    CHECK(has_error(app, "The network connector 'arn:aws:lambda:r:a:nc:x' was imported without a version, so its "
                         "latest version ARN is not known. WebFunction pins a revision to a version: import the "
                         "connector with NetworkConnector.fromNetworkConnectorVersionArn() instead.",
                    "S/Attrs"));
    ccdk_app_free(app);
}

/* ------------------------------------------------------------------ getters, warnings, NULL */

TEST(getters)
{
    ccdk_stack *s;
    ccdk_app *app = new_app(&s);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(s, "SG", "sg-1", CCDK_UNSET, CCDK_UNSET);
    ccdk_lambda_network_connector *nc = connector(s, "NC", vpc, (ccdk_ec2_subnet_selection){0},
                                                  (ccdk_ec2_security_group_list)CCDK_LIST(sg));
    CHECK_STR_EQ(ccdk_stack_resolve(s, ccdk_lambda_network_connector_arn(nc)), "{\"Fn::GetAtt\":[\"NC934F0C07\",\"Arn\"]}");
    CHECK_STR_EQ(ccdk_stack_resolve(s, ccdk_lambda_network_connector_latest_version_arn(nc)),
                 "{\"Fn::GetAtt\":[\"NC934F0C07\",\"LatestVersionArn\"]}");
    ccdk_iam_role *role = ccdk_lambda_network_connector_operator_role(nc);
    CHECK(ccdk_node_try_find_child(nc, "OperatorRole") == (void *)role);
    CHECK(ccdk_lambda_network_connector_is_network_connector(nc));
    CHECK(!ccdk_lambda_network_connector_is_network_connector(vpc));
    CHECK(!ccdk_lambda_network_connector_is_network_connector(NULL));
    CHECK(ccdk_app_warning_count(app) == 0); /* the default role: no warning */
    CHECK(ccdk_app_error_count(app) == 0);
    ccdk_app_free(app);
}

TEST(operator_role_warnings)
{
    ccdk_stack *s;
    ccdk_app *app = new_app(&s);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_from_security_group_id(s, "SG", "sg-1", CCDK_UNSET, CCDK_UNSET);
    ccdk_iam_role *imported = ccdk_iam_role_from_role_arn(s, "Imp", "arn:aws:iam::123456789012:role/op");
    ccdk_lambda_network_connector_new(s, "NC", &(ccdk_lambda_network_connector_props){
        .configuration = ccdk_lambda_network_connector_configuration_vpc_egress(&(ccdk_lambda_vpc_egress_configuration){
            .compute_type = CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_WEB_FUNCTION, .vpc = vpc,
            .security_groups = CCDK_LIST(sg)}),
        .operator_role = imported,
    });
    CHECK(ccdk_app_warning_count(app) == 1);
    CHECK_STR_EQ(ccdk_app_warning(app, 0),
                 "The operator role 'arn:aws:iam::123456789012:role/op' (S/Imp) cannot be modified from this app, so "
                 "the AWSLambdaNetworkConnectorOperatorPolicy managed policy was not attached to it. Make sure the "
                 "role carries that policy, or equivalent permissions to manage the connector's network interfaces, "
                 "and that it is dedicated to this connector, since the service assumes it without a source account "
                 "or ARN. [ack: @aws-cdk/aws-lambda:networkConnectorOperatorRoleNotModified]");
    CHECK(ccdk_app_error_count(app) == 0);
    ccdk_app_free(app);
}

TEST(null_handles)
{
    CHECK(ccdk_lambda_network_connector_arn(NULL) == NULL);
    CHECK(ccdk_lambda_network_connector_latest_version_arn(NULL) == NULL);
    CHECK(ccdk_lambda_network_connector_operator_role(NULL) == NULL);
    CHECK(ccdk_lambda_network_connector_resource(NULL) == NULL);
    ccdk_stack *s;
    ccdk_app *app = new_app(&s);
    /* NULL ARNs count as "" (Arn.split's error), the handle is still usable */
    ccdk_lambda_network_connector *a = ccdk_lambda_network_connector_from_network_connector_arn(s, "A", NULL);
    CHECK(a != NULL);
    CHECK(has_error(app, "ARNs must start with \"arn:\" and have at least 6 components: ", NULL));
    ccdk_lambda_network_connector *b = ccdk_lambda_network_connector_from_network_connector_attributes(s, "B", NULL);
    CHECK(b != NULL);
    CHECK_STR_EQ(ccdk_lambda_network_connector_arn(b), "");
    ccdk_app_free(app);
}

int main(void)
{
    RUN(no_subnets_selected);
    RUN(no_security_groups);
    RUN(select_subnets_error_first);
    RUN(required_props);
    RUN(version_arn_shapes);
    RUN(arn_shapes);
    RUN(import_getters);
    RUN(getters);
    RUN(operator_role_warnings);
    RUN(null_handles);
    return TEST_DONE();
}
