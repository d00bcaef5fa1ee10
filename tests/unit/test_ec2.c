/* test_ec2.c - ec2.Vpc, SecurityGroup, Connections and functions in a VPC: each bad input makes
 * ccdk_app_synth() fail with aws-cdk-lib 2.276.0's message. The expected messages are not written
 * here: each case has the same app in JavaScript, and one node process runs them all through
 * aws-cdk-lib (the oracle) and prints the message each throws. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/ssm.h>

#include "testlib.h"

typedef void (*build_fn)(ccdk_stack *stack);

typedef struct {
    const char *name;
    const char *js; /* statements with `stack`, `ec2`, `lambda`, `fnProps` in scope */
    build_fn build;
    const char *path; /* the construct path the error must name, or NULL (aws-cdk-lib's unscoped errors) */
} ec2_case;

static ccdk_lambda_function_props fn_props(ccdk_stack *s)
{
    return (ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(s, "x"),
    };
}

static void b_dns(ccdk_stack *s)
{
    ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){.enable_dns_hostnames = CCDK_TRUE, .enable_dns_support = CCDK_FALSE});
}
static void b_azs_and_max(ccdk_stack *s)
{
    ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){.availability_zones = CCDK_STRS("a", "b"), .max_azs = CCDK_NUM(2)});
}
static void b_no_room(ccdk_stack *s)
{
    ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){
        .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("10.0.0.0/20"),
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "A", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(22)},
            {.name = "B", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, .cidr_mask = CCDK_NUM(22)},
            {.name = "C", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .cidr_mask = CCDK_NUM(22)}),
    });
}
static void b_too_small(ccdk_stack *s)
{
    ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){.ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("10.0.0.0/27")});
}
static void b_mask_30(ccdk_stack *s)
{
    ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){
        .subnet_configuration = CCDK_EC2_SUBNETS({.name = "A", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(30)}),
    });
}
static void b_bad_ip(ccdk_stack *s)
{
    ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){.ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("10.0.300.0/16")});
}
static void b_private_no_public(ccdk_stack *s)
{
    ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){
        .subnet_configuration = CCDK_EC2_SUBNETS({.name = "App", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}),
    });
}
static void b_public_reserved(ccdk_stack *s)
{
    ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){
        .nat_gateways = CCDK_NUM(3),
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.cidr_mask = CCDK_NUM(24), .name = "Pub", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .reserved = CCDK_TRUE},
            {.name = "App", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS}),
    });
}
/* the deprecated SubnetType values keep their own values in aws-cdk-lib's messages */
static void b_map_public_deprecated(ccdk_stack *s)
{
    ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Pub", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
            {.name = "App", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE, .map_public_ip_on_launch = CCDK_TRUE}),
    });
}
static void b_select_deprecated(ccdk_stack *s)
{
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    ccdk_ec2_selected_subnets sel;
    ccdk_ec2_vpc_select_subnets(vpc, &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_ISOLATED}, &sel);
}
static void b_nat_json_deprecated(ccdk_stack *s)
{
    ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){
        .subnet_configuration = CCDK_EC2_SUBNETS({.name = "App", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_NAT}),
    });
}
static void b_eip_token_too_few(ccdk_stack *s)
{
    ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){
        .nat_gateways = CCDK_NUM(2),
        .nat_gateway_provider = ccdk_ec2_nat_provider_gateway(&(ccdk_ec2_nat_gateway_props){
            .eip_allocation_ids = CCDK_STRS("a", "b", "c"),
        }),
        .nat_gateway_subnets = {.subnet_group_name = "Private"},
    });
}
static void b_map_public_private(ccdk_stack *s)
{
    ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Pub", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC},
            {.name = "App", .subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, .map_public_ip_on_launch = CCDK_TRUE}),
    });
}
static void b_ipv6_addresses_ipv4(ccdk_stack *s)
{
    ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){.ipv6_addresses = CCDK_EC2_IPV6_ADDRESSES_AMAZON_PROVIDED()});
}
static void b_ipv6_assign_ipv4(ccdk_stack *s)
{
    ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){
        .ip_protocol = CCDK_EC2_IP_PROTOCOL_IPV4_ONLY,
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "Pub", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .ipv6_assign_address_on_creation = CCDK_TRUE}),
    });
}
static void b_select_name(ccdk_stack *s)
{
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    ccdk_ec2_selected_subnets sel;
    ccdk_ec2_vpc_select_subnets(vpc, &(ccdk_ec2_subnet_selection){.subnet_group_name = "Db"}, &sel);
}
static void b_select_type(ccdk_stack *s)
{
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    ccdk_ec2_selected_subnets sel;
    ccdk_ec2_vpc_select_subnets(vpc, &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED}, &sel);
}
static void b_select_both(ccdk_stack *s)
{
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    ccdk_ec2_selected_subnets sel;
    ccdk_ec2_vpc_select_subnets(
        vpc, &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .subnet_group_name = "Public"}, &sel);
}
static void b_fn_outbound_no_vpc(ccdk_stack *s)
{
    ccdk_lambda_function_props p = fn_props(s);
    p.allow_all_outbound = CCDK_FALSE;
    ccdk_lambda_function_new(s, "Fn", &p);
}
static void b_fn_subnets_no_vpc(ccdk_stack *s)
{
    ccdk_lambda_function_props p = fn_props(s);
    p.vpc_subnets.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC;
    ccdk_lambda_function_new(s, "Fn", &p);
}
static void b_fn_groups_no_vpc(ccdk_stack *s)
{
    ccdk_ec2_security_group *g = ccdk_ec2_security_group_from_security_group_id(s, "G", "sg-12345678", CCDK_UNSET, CCDK_UNSET);
    ccdk_lambda_function_props p = fn_props(s);
    p.security_groups = (ccdk_ec2_security_group_list)CCDK_LIST(g);
    ccdk_lambda_function_new(s, "Fn", &p);
}
static void b_fn_outbound_and_groups(ccdk_stack *s)
{
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    ccdk_ec2_security_group *g = ccdk_ec2_security_group_new(s, "G", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_lambda_function_props p = fn_props(s);
    p.vpc = vpc;
    p.security_groups = (ccdk_ec2_security_group_list)CCDK_LIST(g);
    p.allow_all_outbound = CCDK_TRUE;
    ccdk_lambda_function_new(s, "Fn", &p);
}
static void b_fn_connections_no_vpc(ccdk_stack *s)
{
    ccdk_lambda_function_props p = fn_props(s);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(s, "Fn", &p);
    ccdk_lambda_function_connections(fn);
}
static void b_no_default_port(ccdk_stack *s)
{
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    ccdk_ec2_security_group *a = ccdk_ec2_security_group_new(s, "A", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_security_group *b = ccdk_ec2_security_group_new(s, "B", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_connections_allow_default_port_from(ccdk_ec2_security_group_connections(a),
                                                 ccdk_ec2_security_group_connections(b), NULL);
}
static void b_no_other_default_port(ccdk_stack *s)
{
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    ccdk_ec2_security_group *a = ccdk_ec2_security_group_new(s, "A", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_security_group *b = ccdk_ec2_security_group_new(s, "B", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_connections_allow_to_default_port(ccdk_ec2_security_group_connections(a),
                                               ccdk_ec2_security_group_connections(b), NULL);
}
static void b_no_default_port_internally(ccdk_stack *s)
{
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    ccdk_ec2_security_group *a = ccdk_ec2_security_group_new(s, "A", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_connections_allow_default_port_internally(ccdk_ec2_security_group_connections(a), NULL);
}
static void b_peer_invalid(ccdk_stack *s)
{
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    ccdk_ec2_security_group *a = ccdk_ec2_security_group_new(s, "A", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_security_group_add_ingress_rule(a, ccdk_ec2_peer_ipv4("10.0.0/16"), ccdk_ec2_port_tcp(80), NULL, CCDK_UNSET);
}
static void b_peer_no_mask(ccdk_stack *s)
{
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    ccdk_ec2_security_group *a = ccdk_ec2_security_group_new(s, "A", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_security_group_add_ingress_rule(a, ccdk_ec2_peer_ipv4("10.0.0.1"), ccdk_ec2_port_tcp(80), NULL, CCDK_UNSET);
}
static void b_egress_all_traffic(ccdk_stack *s)
{
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL);
    ccdk_ec2_security_group *a = ccdk_ec2_security_group_new(
        s, "A", &(ccdk_ec2_security_group_props){.vpc = vpc, .allow_all_outbound = CCDK_FALSE});
    ccdk_ec2_security_group_add_egress_rule(a, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_all_traffic(), NULL, CCDK_UNSET);
}
static ccdk_ec2_security_group *sg_a(ccdk_stack *s)
{
    return ccdk_ec2_security_group_new(s, "A", &(ccdk_ec2_security_group_props){
        .vpc = ccdk_ec2_vpc_new(s, "Vpc", NULL), .allow_all_outbound = CCDK_FALSE});
}
static void b_peer6_invalid(ccdk_stack *s)
{
    ccdk_ec2_security_group_add_ingress_rule(sg_a(s), ccdk_ec2_peer_ipv6("invalid"), ccdk_ec2_port_tcp(80), NULL, CCDK_UNSET);
}
static void b_peer6_no_mask(ccdk_stack *s)
{
    ccdk_ec2_security_group_add_ingress_rule(sg_a(s), ccdk_ec2_peer_ipv6("::"), ccdk_ec2_port_tcp(80), NULL, CCDK_UNSET);
}
static void b_peer4_word(ccdk_stack *s)
{
    ccdk_ec2_security_group_add_ingress_rule(sg_a(s), ccdk_ec2_peer_ipv4("invalid"), ccdk_ec2_port_tcp(80), NULL, CCDK_UNSET);
}
static void b_peer4_zero_no_mask(ccdk_stack *s)
{
    ccdk_ec2_security_group_add_ingress_rule(sg_a(s), ccdk_ec2_peer_ipv4("0.0.0.0"), ccdk_ec2_port_tcp(80), NULL, CCDK_UNSET);
}
static void b_peer_sg_id_invalid(ccdk_stack *s)
{
    ccdk_ec2_security_group_add_ingress_rule(sg_a(s), ccdk_ec2_peer_security_group_id("invalid", NULL), ccdk_ec2_port_tcp(80),
                                             NULL, CCDK_UNSET);
}
static void b_peer_sg_id_short(ccdk_stack *s)
{
    ccdk_ec2_security_group_add_ingress_rule(sg_a(s), ccdk_ec2_peer_security_group_id("sg-1234567", NULL),
                                             ccdk_ec2_port_tcp(80), NULL, CCDK_UNSET);
}
static void b_peer_sg_owner_invalid(ccdk_stack *s)
{
    ccdk_ec2_security_group_add_egress_rule(sg_a(s), ccdk_ec2_peer_security_group_id("sg-12345678", "invalid"),
                                            ccdk_ec2_port_tcp(80), NULL, CCDK_UNSET);
}
static void b_egress_all_ipv6_traffic(ccdk_stack *s)
{
    ccdk_ec2_security_group_add_egress_rule(sg_a(s), ccdk_ec2_peer_any_ipv6(), ccdk_ec2_port_all_traffic(), "All traffic",
                                            CCDK_UNSET);
}
static void b_sg_lookup_by_name_token_vpc(ccdk_stack *s)
{
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(s, "VPC", &(ccdk_ec2_vpc_attributes){
        .vpc_id = ccdk_aws_account_id(s), .availability_zones = CCDK_STRS("dummy1a", "dummy1b", "dummy1c")});
    ccdk_ec2_security_group_from_lookup_by_name(s, "G", "my-security-group", vpc);
}
static void b_import_multiple(ccdk_stack *s)
{
    ccdk_ec2_vpc_from_vpc_attributes(s, "V", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-1", .availability_zones = CCDK_STRS("a", "b"), .private_subnet_ids = CCDK_STRS("s-1", "s-2", "s-3")});
}
static void b_import_names(ccdk_stack *s)
{
    ccdk_ec2_vpc_from_vpc_attributes(s, "V", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-1", .availability_zones = CCDK_STRS("a", "b"), .public_subnet_ids = CCDK_STRS("s-1", "s-2"),
        .public_subnet_names = CCDK_STRS("A", "B")});
}
static void b_import_route_tables(ccdk_stack *s)
{
    ccdk_ec2_vpc_from_vpc_attributes(s, "V", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-1", .availability_zones = CCDK_STRS("a", "b"), .isolated_subnet_ids = CCDK_STRS("s-1", "s-2"),
        .isolated_subnet_route_table_ids = CCDK_STRS("r-1")});
}
static void b_nat_placement_private(ccdk_stack *s)
{
    ccdk_ec2_vpc_new(s, "Vpc", &(ccdk_ec2_vpc_props){.nat_gateway_subnets = {.subnet_group_name = "Private"}});
}
static void b_import_no_cidr(ccdk_stack *s)
{
    ccdk_ec2_vpc *v = ccdk_ec2_vpc_from_vpc_attributes(
        s, "V", &(ccdk_ec2_vpc_attributes){.vpc_id = "vpc-1", .availability_zones = CCDK_STRS("a", "b")});
    ccdk_ec2_vpc_cidr_block(v);
}

/* lookups (Vpc.fromLookup, ssm): S has no environment */
static void b_lookup_agnostic(ccdk_stack *s)
{
    ccdk_ec2_vpc_from_lookup(s, "V", &(ccdk_ec2_vpc_lookup_options){.vpc_id = "vpc-1"});
}
static void b_lookup_tokens(ccdk_stack *s)
{
    ccdk_ec2_vpc_from_lookup(s, "V", &(ccdk_ec2_vpc_lookup_options){.tags = CCDK_KVS({"Owner", ccdk_aws_account_id(s)})});
}
static void b_ssm_lookup_agnostic(ccdk_stack *s)
{
    ccdk_cfn_output_new(s, "O", &(ccdk_cfn_output_props){
        .value = ccdk_ssm_string_parameter_value_from_lookup(s, "/a/b", NULL, NULL)});
}
static void b_ssm_empty_name(ccdk_stack *s)
{
    ccdk_ssm_string_parameter_from_string_parameter_name(s, "P", "");
}

static void b_sg_lookup_tokens(ccdk_stack *s)
{
    ccdk_ec2_security_group_from_lookup_by_id(s, "G", ccdk_aws_account_id(s));
}
static void b_provider_key_tokens(ccdk_stack *s)
{
    ccdk_cfn_output_new(s, "K", &(ccdk_cfn_output_props){
        .value = ccdk_context_provider_get_key(s, &(ccdk_context_provider_options){.provider = "p"})});
}

static void b_ssm_not_qualified(ccdk_stack *s)
{
    ccdk_ssm_string_parameter_from_string_parameter_name(s, "P", "app/config");
}
static void b_ssm_token_name(ccdk_stack *s)
{
    ccdk_ssm_string_parameter_from_string_parameter_name(s, "P", ccdk_aws_region(s));
}
static void b_ssm_simple_name_mismatch(ccdk_stack *s)
{
    ccdk_ssm_string_parameter_from_string_parameter_attributes(
        s, "P", &(ccdk_ssm_string_parameter_attributes){.parameter_name = "/a/b", .simple_name = CCDK_TRUE});
}

static const ec2_case cases[] = {
    {"ssm_not_qualified", "ssm.StringParameter.fromStringParameterName(stack, 'P', 'app/config');", b_ssm_not_qualified, "S/P"},
    {"ssm_token_name", "ssm.StringParameter.fromStringParameterName(stack, 'P', cdk.Aws.REGION);", b_ssm_token_name, "S/P"},
    {"ssm_simple_name_mismatch",
     "ssm.StringParameter.fromStringParameterAttributes(stack, 'P', {parameterName: '/a/b', simpleName: true});",
     b_ssm_simple_name_mismatch, "S/P"},
    {"sg_lookup_tokens", "ec2.SecurityGroup.fromLookupById(stack, 'G', cdk.Aws.ACCOUNT_ID);", b_sg_lookup_tokens, "S"},
    {"provider_key_tokens", "new cdk.CfnOutput(stack, 'K', {value: cdk.ContextProvider.getKey(stack, {provider: 'p'}).key});",
     b_provider_key_tokens, "S"},
    {"lookup_env_agnostic", "ec2.Vpc.fromLookup(stack, 'V', {vpcId: 'vpc-1'});", b_lookup_agnostic, "S"},
    {"lookup_tokens", "ec2.Vpc.fromLookup(stack, 'V', {tags: {Owner: cdk.Aws.ACCOUNT_ID}});", b_lookup_tokens, "S"},
    {"ssm_lookup_env_agnostic", "new cdk.CfnOutput(stack, 'O', {value: ssm.StringParameter.valueFromLookup(stack, '/a/b')});",
     b_ssm_lookup_agnostic, "S"},
    {"ssm_empty_name", "ssm.StringParameter.fromStringParameterName(stack, 'P', '');", b_ssm_empty_name, "S"},
    {"dns_hostnames_without_support", "new ec2.Vpc(stack, 'Vpc', {enableDnsHostnames: true, enableDnsSupport: false});",
     b_dns, "S/Vpc"},
    {"azs_and_max_azs", "new ec2.Vpc(stack, 'Vpc', {availabilityZones: ['a', 'b'], maxAzs: 2});", b_azs_and_max, "S/Vpc"},
    {"subnets_do_not_fit",
     "new ec2.Vpc(stack, 'Vpc', {ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/20'), subnetConfiguration: ["
     "{name: 'A', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 22}, {name: 'B', subnetType: "
     "ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 22}, {name: 'C', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 22}]});",
     b_no_room, NULL},
    {"vpc_too_small", "new ec2.Vpc(stack, 'Vpc', {ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/27')});", b_too_small, NULL},
    {"subnet_mask_30",
     "new ec2.Vpc(stack, 'Vpc', {subnetConfiguration: [{name: 'A', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 30}]});",
     b_mask_30, NULL},
    {"vpc_bad_ip", "new ec2.Vpc(stack, 'Vpc', {ipAddresses: ec2.IpAddresses.cidr('10.0.300.0/16')});", b_bad_ip, NULL},
    {"private_without_public",
     "new ec2.Vpc(stack, 'Vpc', {subnetConfiguration: [{subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, name: 'App'}]});",
     b_private_no_public, NULL},
    {"nat_gateways_without_public_subnets",
     "new ec2.Vpc(stack, 'Vpc', {natGateways: 3, subnetConfiguration: [{cidrMask: 24, subnetType: "
     "ec2.SubnetType.PUBLIC, name: 'Pub', reserved: true}, {subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, name: 'App'}]});",
     b_public_reserved, NULL},
    {"map_public_ip_on_private",
     "new ec2.Vpc(stack, 'Vpc', {subnetConfiguration: [{name: 'Pub', subnetType: ec2.SubnetType.PUBLIC}, {name: 'App', "
     "subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, mapPublicIpOnLaunch: true}]});",
     b_map_public_private, "S/Vpc"},
    {"map_public_ip_on_deprecated_private",
     "new ec2.Vpc(stack, 'Vpc', {subnetConfiguration: [{name: 'Pub', subnetType: ec2.SubnetType.PUBLIC}, {name: 'App', "
     "subnetType: ec2.SubnetType.PRIVATE, mapPublicIpOnLaunch: true}]});",
     b_map_public_deprecated, "S/Vpc"},
    {"select_deprecated_isolated",
     "new ec2.Vpc(stack, 'Vpc').selectSubnets({subnetType: ec2.SubnetType.ISOLATED});", b_select_deprecated, "S/Vpc"},
    {"nat_json_deprecated_private_with_nat",
     "new ec2.Vpc(stack, 'Vpc', {subnetConfiguration: [{subnetType: ec2.SubnetType.PRIVATE_WITH_NAT, name: 'App'}]});",
     b_nat_json_deprecated, NULL},
    {"nat_placement_checked_before_eips",
     "new ec2.Vpc(stack, 'Vpc', {natGateways: 2, natGatewayProvider: ec2.NatProvider.gateway({eipAllocationIds: ['a', "
     "'b', 'c']}), natGatewaySubnets: {subnetGroupName: 'Private'}});",
     b_eip_token_too_few, "S/Vpc"},
    {"ipv6_addresses_without_dual_stack",
     "new ec2.Vpc(stack, 'Vpc', {ipv6Addresses: ec2.Ipv6Addresses.amazonProvided()});", b_ipv6_addresses_ipv4, "S/Vpc"},
    {"ipv6_assign_without_dual_stack",
     "new ec2.Vpc(stack, 'Vpc', {ipProtocol: ec2.IpProtocol.IPV4_ONLY, subnetConfiguration: [{name: 'Pub', subnetType: "
     "ec2.SubnetType.PUBLIC, ipv6AssignAddressOnCreation: true}]});",
     b_ipv6_assign_ipv4, "S/Vpc"},
    {"select_unknown_group", "new ec2.Vpc(stack, 'Vpc').selectSubnets({subnetGroupName: 'Db'});", b_select_name, "S/Vpc"},
    {"select_absent_type", "new ec2.Vpc(stack, 'Vpc').selectSubnets({subnetType: ec2.SubnetType.PRIVATE_ISOLATED});",
     b_select_type, "S/Vpc"},
    {"select_type_and_name",
     "new ec2.Vpc(stack, 'Vpc').selectSubnets({subnetType: ec2.SubnetType.PUBLIC, subnetGroupName: 'Public'});",
     b_select_both, "S/Vpc"},
    {"function_outbound_without_vpc", "new lambda.Function(stack, 'Fn', {...fnProps, allowAllOutbound: false});",
     b_fn_outbound_no_vpc, "S/Fn"},
    {"function_subnets_without_vpc",
     "new lambda.Function(stack, 'Fn', {...fnProps, vpcSubnets: {subnetType: ec2.SubnetType.PUBLIC}});",
     b_fn_subnets_no_vpc, "S/Fn"},
    {"function_groups_without_vpc",
     "new lambda.Function(stack, 'Fn', {...fnProps, securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'G', "
     "'sg-12345678')]});",
     b_fn_groups_no_vpc, "S/Fn"},
    {"function_outbound_and_groups",
     "const vpc = new ec2.Vpc(stack, 'Vpc'); new lambda.Function(stack, 'Fn', {...fnProps, vpc, securityGroups: [new "
     "ec2.SecurityGroup(stack, 'G', {vpc})], allowAllOutbound: true});",
     b_fn_outbound_and_groups, "S/Fn"},
    {"function_connections_without_vpc", "new lambda.Function(stack, 'Fn', fnProps).connections;",
     b_fn_connections_no_vpc, "S/Fn"},
    {"no_default_port",
     "const vpc = new ec2.Vpc(stack, 'Vpc'); new ec2.SecurityGroup(stack, 'A', {vpc}).connections.allowDefaultPortFrom("
     "new ec2.SecurityGroup(stack, 'B', {vpc}));",
     b_no_default_port, NULL},
    {"other_has_no_default_port",
     "const vpc = new ec2.Vpc(stack, 'Vpc'); new ec2.SecurityGroup(stack, 'A', {vpc}).connections.allowToDefaultPort("
     "new ec2.SecurityGroup(stack, 'B', {vpc}));",
     b_no_other_default_port, NULL},
    {"no_default_port_internally",
     "const vpc = new ec2.Vpc(stack, 'Vpc'); new ec2.SecurityGroup(stack, 'A', {vpc}).connections.allowDefaultPortInternally();",
     b_no_default_port_internally, NULL},
    {"peer_invalid",
     "const vpc = new ec2.Vpc(stack, 'Vpc'); new ec2.SecurityGroup(stack, 'A', {vpc}).addIngressRule(ec2.Peer.ipv4("
     "'10.0.0/16'), ec2.Port.tcp(80));",
     b_peer_invalid, NULL},
    {"peer_without_mask",
     "const vpc = new ec2.Vpc(stack, 'Vpc'); new ec2.SecurityGroup(stack, 'A', {vpc}).addIngressRule(ec2.Peer.ipv4("
     "'10.0.0.1'), ec2.Port.tcp(80));",
     b_peer_no_mask, NULL},
    {"egress_all_traffic",
     "const vpc = new ec2.Vpc(stack, 'Vpc'); new ec2.SecurityGroup(stack, 'A', {vpc, allowAllOutbound: false})"
     ".addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.allTraffic());",
     b_egress_all_traffic, "S/A"},
    {"peer6_invalid",
     "const vpc = new ec2.Vpc(stack, 'Vpc'); new ec2.SecurityGroup(stack, 'A', {vpc, allowAllOutbound: false})"
     ".addIngressRule(ec2.Peer.ipv6('invalid'), ec2.Port.tcp(80));",
     b_peer6_invalid, NULL},
    {"peer6_without_mask",
     "const vpc = new ec2.Vpc(stack, 'Vpc'); new ec2.SecurityGroup(stack, 'A', {vpc, allowAllOutbound: false})"
     ".addIngressRule(ec2.Peer.ipv6('::'), ec2.Port.tcp(80));",
     b_peer6_no_mask, NULL},
    {"peer4_word",
     "const vpc = new ec2.Vpc(stack, 'Vpc'); new ec2.SecurityGroup(stack, 'A', {vpc, allowAllOutbound: false})"
     ".addIngressRule(ec2.Peer.ipv4('invalid'), ec2.Port.tcp(80));",
     b_peer4_word, NULL},
    {"peer4_zero_without_mask",
     "const vpc = new ec2.Vpc(stack, 'Vpc'); new ec2.SecurityGroup(stack, 'A', {vpc, allowAllOutbound: false})"
     ".addIngressRule(ec2.Peer.ipv4('0.0.0.0'), ec2.Port.tcp(80));",
     b_peer4_zero_no_mask, NULL},
    {"peer_security_group_id_invalid",
     "const vpc = new ec2.Vpc(stack, 'Vpc'); new ec2.SecurityGroup(stack, 'A', {vpc, allowAllOutbound: false})"
     ".addIngressRule(ec2.Peer.securityGroupId('invalid'), ec2.Port.tcp(80));",
     b_peer_sg_id_invalid, NULL},
    {"peer_security_group_id_short",
     "const vpc = new ec2.Vpc(stack, 'Vpc'); new ec2.SecurityGroup(stack, 'A', {vpc, allowAllOutbound: false})"
     ".addIngressRule(ec2.Peer.securityGroupId('sg-1234567'), ec2.Port.tcp(80));",
     b_peer_sg_id_short, NULL},
    {"peer_security_group_owner_invalid",
     "const vpc = new ec2.Vpc(stack, 'Vpc'); new ec2.SecurityGroup(stack, 'A', {vpc, allowAllOutbound: false})"
     ".addEgressRule(ec2.Peer.securityGroupId('sg-12345678', 'invalid'), ec2.Port.tcp(80));",
     b_peer_sg_owner_invalid, NULL},
    {"egress_all_ipv6_traffic",
     "const vpc = new ec2.Vpc(stack, 'Vpc'); new ec2.SecurityGroup(stack, 'A', {vpc, allowAllOutbound: false})"
     ".addEgressRule(ec2.Peer.anyIpv6(), ec2.Port.allTraffic(), 'All traffic');",
     b_egress_all_ipv6_traffic, "S/A"},
    {"sg_lookup_by_name_token_vpc",
     "const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', {vpcId: cdk.Aws.ACCOUNT_ID, availabilityZones: ['dummy1a', "
     "'dummy1b', 'dummy1c']}); ec2.SecurityGroup.fromLookupByName(stack, 'G', 'my-security-group', vpc);",
     b_sg_lookup_by_name_token_vpc, "S"},
    {"import_not_a_multiple",
     "ec2.Vpc.fromVpcAttributes(stack, 'V', {vpcId: 'vpc-1', availabilityZones: ['a', 'b'], privateSubnetIds: ['s-1', "
     "'s-2', 's-3']});",
     b_import_multiple, NULL},
    {"import_names",
     "ec2.Vpc.fromVpcAttributes(stack, 'V', {vpcId: 'vpc-1', availabilityZones: ['a', 'b'], publicSubnetIds: ['s-1', "
     "'s-2'], publicSubnetNames: ['A', 'B']});",
     b_import_names, NULL},
    {"import_route_tables",
     "ec2.Vpc.fromVpcAttributes(stack, 'V', {vpcId: 'vpc-1', availabilityZones: ['a', 'b'], isolatedSubnetIds: ['s-1', "
     "'s-2'], isolatedSubnetRouteTableIds: ['r-1']});",
     b_import_route_tables, NULL},
    {"nat_placement_not_public", "new ec2.Vpc(stack, 'Vpc', {natGatewaySubnets: {subnetGroupName: 'Private'}});",
     b_nat_placement_private, "S/Vpc"},
    {"import_no_cidr", "ec2.Vpc.fromVpcAttributes(stack, 'V', {vpcId: 'vpc-1', availabilityZones: ['a', 'b']}).vpcCidrBlock;",
     b_import_no_cidr, "S/V"},
};
#define NCASES (sizeof cases / sizeof *cases)

static char *oracle_messages[NCASES];

/* One node process: each case's app through aws-cdk-lib, one JSON string per line (its message). */
static int run_oracle(void)
{
    char script[] = "/tmp/ccdk-test-ec2-XXXXXX.js";
    int fd = mkstemps(script, 3);
    if (fd < 0)
        return -1;
    FILE *f = fdopen(fd, "w");
    fputs("'use strict';\nconst cdk = require(process.cwd() + '/node_modules/aws-cdk-lib');\n"
          "const ec2 = require(process.cwd() + '/node_modules/aws-cdk-lib/aws-ec2');\n"
          "const lambda = require(process.cwd() + '/node_modules/aws-cdk-lib/aws-lambda');\n"
          "const ssm = require(process.cwd() + '/node_modules/aws-cdk-lib/aws-ssm');\n"
          "const run = (body) => { const app = new cdk.App({outdir: require('os').tmpdir() + '/ccdk-test-ec2-out'});\n"
          "  const stack = new cdk.Stack(app, 'S');\n"
          "  const fnProps = {runtime: lambda.Runtime.NODEJS_18_X, handler: 'index.handler', code: lambda.Code.fromInline('x')};\n"
          "  try { body(stack, fnProps); app.synth(); return '(no error)'; } catch (e) { return e.message; } };\n",
          f);
    for (size_t i = 0; i < NCASES; i++)
        fprintf(f, "console.log(JSON.stringify(run((stack, fnProps) => { %s })));\n", cases[i].js);
    fclose(f);
    const char *node = getenv("CCDK_NODE");
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s %s 2>/dev/null", node ? node : "node", script);
    FILE *p = popen(cmd, "r");
    if (!p) {
        unlink(script);
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    size_t i = 0;
    while (i < NCASES && getline(&line, &cap, p) > 0) {
        /* a JSON string: the messages here have no escapes but \" and \\n */
        size_t n = strlen(line);
        while (n && (line[n - 1] == '\n'))
            line[--n] = 0;
        char *out = malloc(n + 1), *o = out;
        for (size_t k = 1; k + 1 < n; k++) {
            if (line[k] == '\\' && k + 2 < n) {
                k++;
                if (line[k] == 'n') { /* a message of two lines (ContextProvider's) */
                    *o++ = '\n';
                    continue;
                }
            }
            *o++ = line[k];
        }
        *o = 0;
        oracle_messages[i++] = out;
    }
    free(line);
    pclose(p);
    unlink(script);
    return i == NCASES ? 0 : -1;
}

TEST(ec2_validations_match_aws_cdk_lib)
{
    if (!CHECK_RET(run_oracle() == 0))
        return;
    for (size_t i = 0; i < NCASES; i++) {
        const char *want = oracle_messages[i];
        CHECK_MSG(strcmp(want, "(no error)") != 0, "%s: aws-cdk-lib accepts this app", cases[i].name);
        ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = "/tmp/ccdk-test-ec2-never-written", .quiet = 1});
        ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
        cases[i].build(stack);
        int rc = ccdk_app_synth(app);
        CHECK_MSG(rc != 0, "%s: synth succeeded; aws-cdk-lib says: %s", cases[i].name, want);
        int found = 0;
        for (size_t k = 0; k < ccdk_app_error_count(app) && !found; k++) {
            const char *e = ccdk_app_error(app, k);
            found = strstr(e, want) && (!cases[i].path || strstr(e, cases[i].path));
        }
        CHECK_MSG(found, "%s: no error holds aws-cdk-lib's \"%s\"%s%s", cases[i].name, want,
                  cases[i].path ? " with the path " : "", cases[i].path ? cases[i].path : "");
        if (!found)
            for (size_t k = 0; k < ccdk_app_error_count(app); k++)
                fprintf(stderr, "      error: %s\n", ccdk_app_error(app, k));
        ccdk_app_free(app);
        free(oracle_messages[i]);
    }
}

/* The default VPC's CIDR split, and selectSubnets' lists, read back through the public API. */
TEST(ec2_select_subnets)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", NULL);
    ccdk_ec2_selected_subnets sel;
    CHECK(ccdk_ec2_vpc_select_subnets(vpc, NULL, &sel) == 0);
    CHECK_INT_EQ(sel.subnet_ids.count, 2);
    CHECK_INT_EQ(sel.internet_connectivity.count, 4); /* association + default route, per subnet */
    CHECK(!sel.has_public);
    CHECK_STR_EQ(sel.group_names.items[0], "Private");
    CHECK(ccdk_ec2_vpc_select_subnets(vpc, &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC,
                                                                         .one_per_az = CCDK_TRUE},
                                      &sel) == 0);
    CHECK(sel.has_public);
    CHECK_INT_EQ(sel.subnet_ids.count, 2);
    ccdk_strs azs = ccdk_ec2_vpc_availability_zones(vpc);
    CHECK_INT_EQ(azs.count, 2);
    CHECK(ccdk_token_is_unresolved(azs.items[0]));
    CHECK(ccdk_ec2_vpc_select_subnets(vpc, &(ccdk_ec2_subnet_selection){.subnet_group_name = "Public",
                                                                         .availability_zones = CCDK_STRS("nowhere")},
                                      &sel) == 0);
    CHECK_INT_EQ(sel.subnet_ids.count, 0);
    ccdk_app_free(app);
}

/* vpc.natGatewayProvider.configuredGateways and subnet.addIpv6Nat64Route: one gateway id per NAT
 * gateway, a "Nat64" route that joins the subnet's internet connectivity; an imported subnet has
 * no route table of the App's. */
TEST(ec2_nat64_route)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.nat_gateways = CCDK_NUM(1)});
    ccdk_strs ids = ccdk_ec2_vpc_nat_gateway_ids(vpc);
    CHECK_INT_EQ(ids.count, 1);
    CHECK(ccdk_token_is_unresolved(ids.items[0]));
    ccdk_ec2_subnet *priv = ccdk_ec2_vpc_private_subnets(vpc).items[0];
    ccdk_ec2_selected_subnets sel;
    CHECK(ccdk_ec2_vpc_select_subnets(vpc, NULL, &sel) == 0);
    CHECK_INT_EQ(sel.internet_connectivity.count, 4);
    ccdk_ec2_subnet_add_ipv6_nat64_route(priv, ids.items[0]);
    CHECK(ccdk_node_try_find_child(priv, "Nat64") != NULL);
    CHECK(ccdk_ec2_vpc_select_subnets(vpc, NULL, &sel) == 0);
    CHECK_INT_EQ(sel.internet_connectivity.count, 5);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_ec2_subnet_add_ipv6_nat64_route(ccdk_ec2_subnet_from_subnet_id(stack, "Imported", "subnet-1"), ids.items[0]);
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "S/Imported");
    CHECK_INT_EQ(ccdk_ec2_vpc_nat_gateway_ids(ccdk_ec2_vpc_new(stack, "NoNat", &(ccdk_ec2_vpc_props){.nat_gateways = CCDK_NUM(0)})).count, 0);
    ccdk_app_free(app);
}

/* new Port(props)'s required props (TypeScript's type checks: ccdk's errors where the port is used),
 * and the group attributes read back. */
TEST(ec2_port_props)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "Vpc", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-1", .availability_zones = CCDK_STRS("a")});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "G", &(ccdk_ec2_security_group_props){.vpc = vpc});
    CHECK(ccdk_ec2_security_group_allow_all_outbound(sg));
    CHECK(!ccdk_ec2_security_group_allow_all_ipv6_outbound(sg));
    CHECK(ccdk_token_is_unresolved(ccdk_ec2_security_group_vpc_id(sg)));
    ccdk_ec2_security_group *imported = ccdk_ec2_security_group_from_security_group_id(stack, "I", "sg-1", CCDK_FALSE, CCDK_UNSET);
    CHECK(!ccdk_ec2_security_group_allow_all_outbound(imported));
    CHECK(ccdk_ec2_security_group_vpc_id(imported) == NULL);
    ccdk_ec2_port p = ccdk_ec2_port_new(&(ccdk_ec2_port_props){.protocol = CCDK_EC2_PROTOCOL_TCP, .from_port = CCDK_NUM(1)});
    ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_any_ipv4(), p, NULL, CCDK_UNSET);
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "stringRepresentation is required");
    p = ccdk_ec2_port_new(&(ccdk_ec2_port_props){.string_representation = "x"});
    ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_any_ipv4(), p, NULL, CCDK_UNSET);
    CHECK_INT_EQ(ccdk_app_error_count(app), 2);
    CHECK_CONTAINS(ccdk_app_error(app, 1), "protocol is required");
    ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_new(NULL), NULL, CCDK_UNSET);
    ccdk_ec2_security_group_add_ingress_rule(sg, ccdk_ec2_peer_any_ipv4(), ccdk_ec2_port_tcp_token(NULL), NULL, CCDK_UNSET);
    CHECK_INT_EQ(ccdk_app_error_count(app), 4);
    CHECK_CONTAINS(ccdk_app_error(app, 3), "The port is not set");
    CHECK_STR_EQ(CCDK_EC2_PORT_DNS_UDP.text_, "UDP 53");
    CHECK_STR_EQ(ccdk_ec2_port_all_icmp_v6().protocol_, "icmpv6");
    ccdk_app_free(app);
}

/* NetworkAcl / NetworkAclEntry's required props (TypeScript's type checks: ccdk's errors on the
 * construct), an import's associateWithSubnet, what a subnet reports once an ACL is associated, and
 * peer.toIngressRuleConfig / toEgressRuleConfig of NULL, a zeroed peer and an empty owner. */
TEST(ec2_network_acl_props)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(1)});
    ccdk_ec2_network_acl_new(stack, "NoVpc", NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "S/NoVpc");
    CHECK_CONTAINS(ccdk_app_error(app, 0), "vpc is required");
    ccdk_ec2_network_acl *acl = ccdk_ec2_network_acl_new(stack, "Acl", &(ccdk_ec2_network_acl_props){.vpc = vpc});
    CHECK(ccdk_token_is_unresolved(ccdk_ec2_network_acl_id(acl)));
    CHECK(ccdk_token_is_unresolved(ccdk_ec2_network_acl_vpc_id(acl)));
    ccdk_ec2_network_acl_add_entry(acl, "NoTraffic", &(ccdk_ec2_network_acl_entry_options){
        .rule_number = CCDK_NUM(1), .cidr = ccdk_ec2_acl_cidr_any_ipv4()});
    ccdk_ec2_network_acl_add_entry(acl, "NoRule", &(ccdk_ec2_network_acl_entry_options){
        .traffic = ccdk_ec2_acl_traffic_all_traffic(), .cidr = ccdk_ec2_acl_cidr_any_ipv4()});
    ccdk_ec2_network_acl_add_entry(acl, "Nothing", NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 4);
    CHECK_CONTAINS(ccdk_app_error(app, 1), "S/Acl/NoTraffic");
    CHECK_CONTAINS(ccdk_app_error(app, 3), "networkAcl, ruleNumber, traffic and cidr are required");
    ccdk_ec2_network_acl *imported = ccdk_ec2_network_acl_from_network_acl_id(stack, "Imported", "acl-1");
    CHECK_STR_EQ(ccdk_ec2_network_acl_id(imported), "acl-1");
    CHECK(ccdk_ec2_network_acl_vpc_id(imported) == NULL);
    ccdk_ec2_network_acl_associate_with_subnet(imported, "X", NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 5);
    CHECK_CONTAINS(ccdk_app_error(app, 4), "associateWithSubnet is only available on a new NetworkAcl");
    /* the association goes below the ACL, named id + the subnet's unique id */
    ccdk_ec2_subnet *priv = ccdk_ec2_vpc_private_subnets(vpc).items[0];
    ccdk_ec2_subnet_associate_network_acl(priv, "Assoc", imported);
    char name[256];
    snprintf(name, sizeof name, "Assoc%s", ccdk_names_unique_id(priv));
    CHECK_INT_EQ(ccdk_node_child_count(imported), 1);
    CHECK(ccdk_node_try_find_child(imported, name) != NULL);
    CHECK(ccdk_token_is_unresolved(ccdk_ec2_subnet_network_acl_association_id(priv)));
    CHECK(ccdk_ec2_subnet_network_acl_association_id(ccdk_ec2_subnet_from_subnet_id(stack, "Sub", "subnet-1")) == NULL);

    ccdk_ec2_ingress_rule_config in = ccdk_ec2_peer_to_ingress_rule_config(NULL);
    CHECK(!in.cidr_ip && !in.cidr_ipv6 && !in.source_prefix_list_id && !in.source_security_group_id);
    ccdk_ec2_peer zero = {0};
    ccdk_ec2_egress_rule_config eg = ccdk_ec2_peer_to_egress_rule_config(&zero);
    CHECK(!eg.cidr_ip && !eg.cidr_ipv6 && !eg.destination_prefix_list_id && !eg.destination_security_group_id);
    ccdk_ec2_peer empty_owner = ccdk_ec2_peer_security_group_id("sg-12345678", "");
    in = ccdk_ec2_peer_to_ingress_rule_config(&empty_owner);
    CHECK_STR_EQ(in.source_security_group_id, "sg-12345678");
    CHECK(in.source_security_group_owner_id == NULL);
    ccdk_app_free(app);
}

int main(void)
{
    RUN_ORACLE(ec2_validations_match_aws_cdk_lib);
    RUN(ec2_select_subnets);
    RUN(ec2_nat64_route);
    RUN(ec2_port_props);
    RUN(ec2_network_acl_props);
    return TEST_DONE();
}
