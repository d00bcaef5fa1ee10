/* ported-ec2-vpc-imports: aws-cdk's vpc.test.ts fromVpcAttributes and Network ACL tests ported
 * literally (see app.js). */
#include <ccdk/ec2.h>

static void some_resource(ccdk_stack *stack, ccdk_ec2_vpc *vpc)
{
    ccdk_ec2_selected_subnets sel;
    ccdk_ec2_vpc_select_subnets(vpc, NULL, &sel);
    ccdk_value *ids = ccdk_v_list(stack);
    for (size_t i = 0; i < sel.subnet_ids.count; i++)
        ccdk_v_push(ids, ccdk_v_string(stack, sel.subnet_ids.items[i]));
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "subnetIds", ids);
    ccdk_cfn_resource_new(stack, "Resource", "Some::Resource", props);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack_props env = {.account = "123456789012", .region = "us-east-1"};
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &env);
        const char *vpc_id = ccdk_fn_import_value(stack, "myVpcId");
        ccdk_strs azs = ccdk_token_as_list(ccdk_fn_split(stack, ",", ccdk_fn_import_value(stack, "myAvailabilityZones")));
        ccdk_strs pubs = ccdk_token_as_list(ccdk_fn_split(stack, ",", ccdk_fn_import_value(stack, "myPublicSubnetIds")));
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
            .vpc_id = vpc_id, .availability_zones = azs, .public_subnet_ids = pubs});
        some_resource(stack, vpc);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "FixedLength", &env);
        const char *vpc_id = ccdk_fn_import_value(stack, "myVpcId");
        ccdk_strs azs = ccdk_token_as_list(ccdk_fn_import_list_value(stack, "myAvailabilityZones", CCDK_NUM(2), NULL));
        ccdk_strs pubs = ccdk_token_as_list(ccdk_fn_import_list_value(stack, "myPublicSubnetIds", CCDK_NUM(2), NULL));
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
            .vpc_id = vpc_id, .availability_zones = azs, .public_subnet_ids = pubs});
        some_resource(stack, vpc);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "NaclDefault", &env);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "TheVPC", &(ccdk_ec2_vpc_props){
            .ip_addresses = CCDK_EC2_IP_ADDRESSES_CIDR("192.168.0.0/16"), .restrict_default_security_group = CCDK_FALSE});
        ccdk_cfn_output_new(stack, "Output", &(ccdk_cfn_output_props){
            .value = ccdk_ec2_subnet_network_acl_association_id(ccdk_ec2_vpc_public_subnets(vpc).items[0])});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PassesRegion", &env);
        const char *vpc_id = ccdk_fn_import_value(stack, "myVpcId");
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
            .vpc_id = vpc_id, .availability_zones = CCDK_STRS("region-12345a", "region-12345b", "region-12345c"),
            .region = "region-12345"});
        ccdk_cfn_output_new(stack, "Region", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_env_region(vpc)});
        ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_arn(vpc)});
        ccdk_ec2_vpc *other = ccdk_ec2_vpc_from_vpc_attributes(stack, "NoRegion", &(ccdk_ec2_vpc_attributes){
            .vpc_id = vpc_id, .availability_zones = CCDK_STRS("a")});
        ccdk_cfn_output_new(stack, "NoRegionRegion", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_env_region(other)});
        ccdk_ec2_vpc *own = ccdk_ec2_vpc_new(stack, "Own", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(1)});
        ccdk_cfn_output_new(stack, "OwnRegion", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_env_region(own)});
        ccdk_stack *agnostic = ccdk_stack_new(app, "AgnosticRegion", NULL);
        ccdk_ec2_vpc *v2 = ccdk_ec2_vpc_from_vpc_attributes(agnostic, "VPC", &(ccdk_ec2_vpc_attributes){
            .vpc_id = "vpc-1", .availability_zones = CCDK_STRS("a")});
        ccdk_cfn_output_new(agnostic, "Region", &(ccdk_cfn_output_props){.value = ccdk_ec2_vpc_env_region(v2)});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
