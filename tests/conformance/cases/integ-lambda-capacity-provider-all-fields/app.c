/* Conformance case 'integ-lambda-capacity-provider-all-fields': aws-lambda
 * test/integ.capacity-provider-all-fields.ts. Dropped: the IntegTest (with its regions). */
#include <ccdk/lambda_capacity_provider.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:disableGitSource", "true"})});
    ccdk_stack *stack = ccdk_stack_new(app, "CapacityProviderAllFieldsStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.max_azs = CCDK_NUM(2)});
    ccdk_ec2_security_group *security_group = ccdk_ec2_security_group_new(stack, "SecurityGroup",
                                                                          &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_iam_role *operator_role = ccdk_iam_role_new(stack, "OperatorRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com"),
        .managed_policies = CCDK_LIST(ccdk_iam_managed_policy_from_aws_managed_policy_name(stack, "AWSLambdaManagedEC2ResourceOperator")),
    });
    ccdk_lambda_capacity_provider_new(stack, "CapacityProvider", &(ccdk_lambda_capacity_provider_props){
        .subnets = ccdk_ec2_vpc_private_subnets(vpc),
        .security_groups = CCDK_LIST(security_group),
        .operator_role = operator_role,
        .architectures = CCDK_LIST(CCDK_LAMBDA_ARCHITECTURE_X86_64),
        .instance_type_filter = ccdk_lambda_instance_type_filter_allow((ccdk_ec2_instance_type_list)CCDK_LIST(
            ccdk_ec2_instance_type_of(CCDK_EC2_INSTANCE_CLASS_M5, CCDK_EC2_INSTANCE_SIZE_LARGE))),
        .max_v_cpu_count = CCDK_NUM(12),
        .scaling_options = ccdk_lambda_scaling_options_manual((ccdk_lambda_target_tracking_scaling_policy_list)CCDK_LIST(
            ccdk_lambda_target_tracking_scaling_policy_cpu_utilization(70))),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
