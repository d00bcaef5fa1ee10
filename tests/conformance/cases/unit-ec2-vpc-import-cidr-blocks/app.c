/* fromVpcAttributes with subnet IPv4 CIDR blocks, read and filtered on (see app.js). */
#include <stdio.h>

#include <ccdk/lambda.h>

static void outputs(ccdk_stack *stack, const char *name, ccdk_ec2_subnet_list subnets)
{
    for (size_t i = 0; i < subnets.count; i++) {
        char id[32], value[128];
        snprintf(id, sizeof id, "%s%zu", name, i + 1);
        snprintf(value, sizeof value, "%s %s", ccdk_ec2_subnet_id(subnets.items[i]),
                 ccdk_ec2_subnet_ipv4_cidr_block(subnets.items[i]));
        ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
    }
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
            .vpc_id = "vpc-1234",
            .vpc_cidr_block = "10.0.0.0/8",
            .availability_zones = CCDK_STRS("dummy1a", "dummy1b", "dummy1c"),
            .public_subnet_ids = CCDK_STRS("pub-1", "pub-2", "pub-3"),
            .public_subnet_ipv4_cidr_blocks = CCDK_STRS("10.0.0.0/18", "10.0.64.0/18", "10.0.128.0/18"),
            .private_subnet_ids = CCDK_STRS("pri-1", "pri-2", "pri-3"),
            .private_subnet_ipv4_cidr_blocks = CCDK_STRS("10.10.0.0/18", "10.10.64.0/18", "10.10.128.0/18"),
            .isolated_subnet_ids = CCDK_STRS("iso-1", "iso-2", "iso-3"),
            .isolated_subnet_ipv4_cidr_blocks = CCDK_STRS("10.20.0.0/18", "10.20.64.0/18", "10.20.128.0/18"),
        });
        outputs(stack, "Public", ccdk_ec2_vpc_public_subnets(vpc));
        outputs(stack, "Private", ccdk_ec2_vpc_private_subnets(vpc));
        outputs(stack, "Isolated", ccdk_ec2_vpc_isolated_subnets(vpc));
        ccdk_ec2_interface_vpc_endpoint_new(stack, "Endpoint", &(ccdk_ec2_interface_vpc_endpoint_props){
            .vpc = vpc,
            .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SQS,
            .subnets = {.subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_cidr_ranges(CCDK_STRS("10.10.0.0/17")))},
        });
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Named", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_from_vpc_attributes(stack, "VPC", &(ccdk_ec2_vpc_attributes){
            .vpc_id = "vpc-5678",
            .vpc_cidr_block = "10.1.0.0/16",
            .availability_zones = CCDK_STRS("us-east-1a", "us-east-1b"),
            .private_subnet_ids = CCDK_STRS("app-1", "app-2", "db-1", "db-2"),
            .private_subnet_names = CCDK_STRS("App", "Db"),
            .private_subnet_route_table_ids = CCDK_STRS("rt-1", "rt-2", "rt-3", "rt-4"),
            .private_subnet_ipv4_cidr_blocks = CCDK_STRS("10.1.0.0/18", "10.1.64.0/18", "10.1.128.0/20", "10.1.144.0/20"),
            .isolated_subnet_ids = CCDK_STRS("iso-1", "iso-2"),
        });
        ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
            .vpc = vpc,
            .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS,
                            .subnet_filters = CCDK_LIST(ccdk_ec2_subnet_filter_by_cidr_mask(20))},
        });
        ccdk_cfn_output_new(stack, "App2", &(ccdk_cfn_output_props){
            .value = ccdk_ec2_subnet_ipv4_cidr_block(ccdk_ec2_vpc_private_subnets(vpc).items[1])});
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
