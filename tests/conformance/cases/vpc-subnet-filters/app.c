/* SubnetSelection's subnetFilters and subnet.ipv4CidrBlock (see app.js). */
#include <stdio.h>
#include <string.h>

#include <ccdk/lambda.h>

static const ccdk_ec2_interface_vpc_endpoint_service service =
    CCDK_EC2_INTERFACE_VPC_ENDPOINT_SERVICE("com.amazonaws.vpce.us-east-1.vpce-svc-uuddlrlrbastrtsvc", 443);

/* `${ids.length}: ${Fn.join(',', ids.length ? ids : ['none'])}` */
static void out(ccdk_stack *stack, const char *id, ccdk_ec2_vpc *vpc, const ccdk_ec2_subnet_selection *selection)
{
    ccdk_ec2_selected_subnets sel;
    ccdk_ec2_vpc_select_subnets(vpc, selection, &sel);
    ccdk_strs ids = sel.subnet_ids.count ? sel.subnet_ids : (ccdk_strs)CCDK_STRS("none");
    char value[256];
    snprintf(value, sizeof value, "%zu: %s", sel.subnet_ids.count, ccdk_fn_join(stack, ",", ids));
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    const ccdk_stack_props env = {.account = "123456789012", .region = "us-east-1"};

    ccdk_stack *stack = ccdk_stack_new(app, "ByIp", &env);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("10.0.0.0/16"),
        .max_azs = CCDK_NUM(3)});
    ccdk_ec2_interface_vpc_endpoint_new(stack, "VPC Endpoint", &(ccdk_ec2_interface_vpc_endpoint_props){
        .vpc = vpc, .service = service,
        .subnets = {.subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_contains_ip_addresses(CCDK_STRS("10.0.96.0", "10.0.160.0")))}});
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
        .vpc = vpc,
        .vpc_subnets = {.subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_contains_ip_addresses(CCDK_STRS("10.0.160.0")))},
    });
    ccdk_ec2_interface_vpc_endpoint_new(stack, "Ranges", &(ccdk_ec2_interface_vpc_endpoint_props){
        .vpc = vpc, .service = service,
        .subnets = {.subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_cidr_ranges(CCDK_STRS("10.0.0.0/16")))}});
    out(stack, "NotInVpc", vpc, &(ccdk_ec2_subnet_selection){
        .subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_cidr_ranges(CCDK_STRS("100.64.0.0/16")))});
    out(stack, "Unaligned", vpc, &(ccdk_ec2_subnet_selection){
        .subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_cidr_ranges(CCDK_STRS("10.0.5.0/17")))});
    out(stack, "TwoFilters", vpc, &(ccdk_ec2_subnet_selection){
        .subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_cidr_ranges(CCDK_STRS("10.0.0.0/16")),
                                    ccdk_ec2_subnet_filter_availability_zones(CCDK_STRS("dummy1b", "dummy1c"))),
        .availability_zones = CCDK_STRS("dummy1c")});
    out(stack, "ById", vpc, &(ccdk_ec2_subnet_selection){.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC,
        .subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_ids(
            CCDK_STRS(ccdk_ec2_subnet_id(ccdk_ec2_vpc_public_subnets(vpc).items[1]))))});
    {
        char cidrs[256] = "";
        ccdk_ec2_subnet_list lists[2] = {ccdk_ec2_vpc_public_subnets(vpc), ccdk_ec2_vpc_private_subnets(vpc)};
        for (int l = 0; l < 2; l++)
            for (size_t i = 0; i < lists[l].count; i++) {
                if (cidrs[0])
                    strcat(cidrs, " ");
                strcat(cidrs, ccdk_ec2_subnet_ipv4_cidr_block(lists[l].items[i]));
            }
        ccdk_cfn_output_new(stack, "Cidrs", &(ccdk_cfn_output_props){.value = cidrs});
    }

    stack = ccdk_stack_new(app, "ByIds", &env);
    vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
        .vpc_id = "vpc-1234", .vpc_cidr_block = "192.168.0.0/16",
        .availability_zones = CCDK_STRS("dummy1a", "dummy1b", "dummy1c"),
        .private_subnet_ids = CCDK_STRS("priv-1", "priv-2", "priv-3")});
    ccdk_ec2_interface_vpc_endpoint_new(stack, "VPC Endpoint", &(ccdk_ec2_interface_vpc_endpoint_props){
        .vpc = vpc, .service = service,
        .subnets = {.subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_ids(CCDK_STRS("priv-1", "priv-2")))}});
    out(stack, "Selected", vpc, &(ccdk_ec2_subnet_selection){
        .subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_ids(CCDK_STRS("priv-3")), ccdk_ec2_subnet_filter_one_per_az()),
        .one_per_az = CCDK_TRUE});

    stack = ccdk_stack_new(app, "ByMask", &env);
    vpc = ccdk_ec2_vpc_new(stack, "VpcNetwork", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .max_azs = CCDK_NUM(1),
        .subnet_configuration = CCDK_EC2_SUBNETS(
            {.name = "normalSn1", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(20)},
            {.name = "normalSn2", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(20)},
            {.name = "smallSn", .subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .cidr_mask = CCDK_NUM(28)})});
    out(stack, "Mask20", vpc, &(ccdk_ec2_subnet_selection){.subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_cidr_mask(20))});
    out(stack, "Mask28", vpc, &(ccdk_ec2_subnet_selection){.subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_cidr_mask(28))});
    out(stack, "Contains", vpc, &(ccdk_ec2_subnet_selection){
        .subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_contains_ip_addresses(CCDK_STRS("10.0.16.1", "10.0.32.0")))});
    ccdk_ec2_subnet *imported = ccdk_ec2_subnet_from_subnet_attributes(stack, "Imported", &(ccdk_ec2_subnet_attributes){
        .subnet_id = "subnet-1", .availability_zone = "dummy1a", .route_table_id = "rt-1", .ipv4_cidr_block = "10.1.0.0/24"});
    ccdk_cfn_output_new(stack, "ImportedCidr", &(ccdk_cfn_output_props){.value = ccdk_ec2_subnet_ipv4_cidr_block(imported)});
    out(stack, "Explicit", vpc, &(ccdk_ec2_subnet_selection){
        .subnets = CCDK_LIST(imported), .subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_cidr_mask(16))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
