/* Conformance case 'capacity-provider-all-props': every CapacityProvider prop (a custom operator
 * role, architectures, an allow filter built with InstanceType.of and new InstanceType, manual
 * scaling, a KMS key, explicit tag propagation with an integer-like key, a log group and system
 * log level), a second one with an exclude filter, Auto scaling and PropagateTags.none(), on
 * imported subnets; the providers' name and ARN as outputs. */
#include <ccdk/lambda_capacity_provider.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SecurityGroup",
                                                              &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_ec2_security_group *other =
        ccdk_ec2_security_group_from_security_group_id(stack, "OtherSG", "sg-12345", (ccdk_tristate){0}, (ccdk_tristate){0});
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "CustomOperatorRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
    });
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
    ccdk_logs_log_group *log_group = ccdk_logs_log_group_new(stack, "Logs", NULL);
    ccdk_ec2_subnet_list priv = ccdk_ec2_vpc_private_subnets(vpc);
    ccdk_ec2_subnet *subnets[3] = {priv.items[0], priv.items[1], ccdk_ec2_vpc_public_subnets(vpc).items[0]};
    ccdk_lambda_capacity_provider *cp = ccdk_lambda_capacity_provider_new(stack, "MyCapacityProvider", &(ccdk_lambda_capacity_provider_props){
        .capacity_provider_name = "my-capacity-provider",
        .subnets = CCDK_LIST_N(subnets, 3),
        .security_groups = CCDK_LIST(sg, other),
        .operator_role = role,
        .architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_X86_64),
        .instance_type_filter = ccdk_lambda_instance_type_filter_allow((ccdk_ec2_instance_type_list)CCDK_LIST(
            ccdk_ec2_instance_type_of(CCDK_EC2_INSTANCE_CLASS_T3, CCDK_EC2_INSTANCE_SIZE_MICRO),
            ccdk_ec2_instance_type_of(CCDK_EC2_INSTANCE_CLASS_BURSTABLE3, CCDK_EC2_INSTANCE_SIZE_SMALL),
            ccdk_ec2_instance_type_of(CCDK_EC2_INSTANCE_CLASS_STANDARD5, CCDK_EC2_INSTANCE_SIZE_XLARGE2),
            ccdk_ec2_instance_type_new("c7g.medium"))),
        .max_v_cpu_count = CCDK_NUM(12),
        .scaling_options = ccdk_lambda_scaling_options_manual((ccdk_lambda_target_tracking_scaling_policy_list)CCDK_LIST(
            ccdk_lambda_target_tracking_scaling_policy_cpu_utilization(70),
            ccdk_lambda_target_tracking_scaling_policy_cpu_utilization(42.5))),
        .kms_key = key,
        .propagate_tags = ccdk_lambda_propagate_tags_explicit(CCDK_KVS({"env", "prod"}, {"team", "platform"}, {"7", "seven"})),
        .log_group = log_group,
        .system_log_level = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_DEBUG,
    });
    ccdk_cfn_output_new(stack, "Name", &(ccdk_cfn_output_props){.value = ccdk_lambda_capacity_provider_name(cp)});
    ccdk_cfn_output_new(stack, "Arn", &(ccdk_cfn_output_props){.value = ccdk_lambda_capacity_provider_arn(cp)});

    ccdk_ec2_subnet *s1 = ccdk_ec2_subnet_from_subnet_id(stack, "Subnet1", "subnet-111");
    ccdk_ec2_subnet *s2 = ccdk_ec2_subnet_from_subnet_attributes(stack, "Subnet2", &(ccdk_ec2_subnet_attributes){
        .subnet_id = "subnet-222", .availability_zone = "us-east-1a", .route_table_id = "rtb-222"});
    ccdk_cfn_output_new(stack, "Subnet2Az", &(ccdk_cfn_output_props){.value = ccdk_ec2_subnet_availability_zone(s2)});
    ccdk_lambda_capacity_provider_new(stack, "Second", &(ccdk_lambda_capacity_provider_props){
        .subnets = CCDK_LIST(s1, s2),
        .security_groups = CCDK_LIST(other),
        .architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_ARM_64),
        .instance_type_filter = ccdk_lambda_instance_type_filter_exclude((ccdk_ec2_instance_type_list)CCDK_LIST(
            ccdk_ec2_instance_type_of(CCDK_EC2_INSTANCE_CLASS_T2, CCDK_EC2_INSTANCE_SIZE_NANO))),
        .scaling_options = ccdk_lambda_scaling_options_auto(),
        .propagate_tags = ccdk_lambda_propagate_tags_none(),
        .system_log_level = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
