/* SubnetSelection.subnets: explicit subnets, selected, for a function and an interface endpoint
 * (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedSubnets", &(ccdk_stack_props){.account = "123456789012", .region = "us-east-1"});
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
        ccdk_ec2_selected_subnets selected;
        if (ccdk_ec2_vpc_select_subnets(vpc, &(ccdk_ec2_subnet_selection){
                .subnets = CCDK_LIST(ccdk_ec2_subnet_from_subnet_id(stack, "Subnet", "sub-1"))}, &selected) == 0) {
            ccdk_cfn_output_new(stack, "Selected", &(ccdk_cfn_output_props){.value = ccdk_fn_join(stack, ",", selected.subnet_ids)});
            ccdk_cfn_output_new(stack, "HasPublic", &(ccdk_cfn_output_props){.value = selected.has_public ? "true" : "false"});
        }
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "FunctionAndEndpoint", NULL);
        ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
            .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(1)});
        ccdk_ec2_subnet *imported = ccdk_ec2_subnet_from_subnet_attributes(stack, "Imported", &(ccdk_ec2_subnet_attributes){
            .subnet_id = "subnet-0abc", .availability_zone = "us-east-1f", .route_table_id = "rtb-0abc"});
        ccdk_ec2_subnet_list priv = ccdk_ec2_vpc_private_subnets(vpc);
        ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"ok\";"),
            .vpc = vpc,
            .vpc_subnets = {.subnets = CCDK_LIST(priv.items[1], imported), .one_per_az = CCDK_TRUE,
                            .availability_zones = CCDK_STRS("nowhere")},
        });
        ccdk_ec2_subnet_list iso = ccdk_ec2_vpc_isolated_subnets(vpc);
        ccdk_ec2_interface_vpc_endpoint_new(stack, "Endpoint", &(ccdk_ec2_interface_vpc_endpoint_props){
            .vpc = vpc,
            .service = CCDK_EC2_INTERFACE_VPC_ENDPOINT_AWS_SERVICE_SQS,
            .subnets = {.subnets = CCDK_LIST(iso.count ? iso.items[0] : priv.items[0], imported)},
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
