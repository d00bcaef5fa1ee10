/* aws-cdk-lib's CloudFormation validator at synth on removal policies (validation-report.json):
 * SNAPSHOT on an EFS file system and an SQS queue (F3016, F0018; the snapshot flag kept off),
 * SNAPSHOT on an EC2 volume and RETAIN_ON_UPDATE_OR_DELETE (nothing), values outside
 * CloudFormation's set by escape hatches, and an Fn::If (both branches);
 * creation stack traces off; annotationsInValidationReport off (see app.js). */
#include <ccdk/efs.h>
#include <ccdk/sqs.h>

static ccdk_cfn_resource *volume(ccdk_stack *stack, const char *id)
{
    return ccdk_cfn_resource_new(stack, id, "AWS::EC2::Volume",
                                 ccdk_v_json(stack, "{\"AvailabilityZone\":{\"Fn::Select\":[0,{\"Fn::GetAZs\":\"\"}]},\"Size\":10}"));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"aws:cdk:disable-creation-stack-traces", "true"}),
        .post_cli_context = CCDK_KVS({"@aws-cdk/core:validateSnapshotRemovalPolicy", "false"},
                                     {"@aws-cdk/core:annotationsInValidationReport", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", &(ccdk_ec2_vpc_props){
        .restrict_default_security_group = CCDK_FALSE, .nat_gateways = CCDK_NUM(0), .max_azs = CCDK_NUM(1)});

    ccdk_efs_file_system_new(stack, "Snapshot", &(ccdk_efs_file_system_props){
        .vpc = vpc, .removal_policy = CCDK_REMOVAL_POLICY_SNAPSHOT});
    ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){.removal_policy = CCDK_REMOVAL_POLICY_SNAPSHOT});
    ccdk_cfn_resource_apply_removal_policy(volume(stack, "Volume"), CCDK_REMOVAL_POLICY_SNAPSHOT);
    ccdk_efs_file_system_new(stack, "RetainOnUpdate", &(ccdk_efs_file_system_props){
        .vpc = vpc, .removal_policy = CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE});

    ccdk_efs_file_system *overridden = ccdk_efs_file_system_new(stack, "Overridden", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_cfn_resource_add_override(ccdk_efs_file_system_resource(overridden), "DeletionPolicy", ccdk_v_string(stack, "Foo"));
    ccdk_cfn_resource_add_override(ccdk_efs_file_system_resource(overridden), "UpdateReplacePolicy",
                                   ccdk_v_string(stack, "RetainExceptOnCreate"));
    ccdk_cfn_resource *odd = volume(stack, "OddVolume");
    ccdk_cfn_resource_add_override(odd, "DeletionPolicy", ccdk_v_string(stack, "Foo"));
    ccdk_cfn_resource_add_override(odd, "UpdateReplacePolicy", ccdk_v_string(stack, "Foo"));

    ccdk_cfn_condition_new(stack, "IsProd", ccdk_fn_condition_equals(stack, ccdk_v_string(stack, ccdk_stack_region(stack)),
                                                                      ccdk_v_string(stack, "us-east-1")));
    ccdk_cfn_resource *conditional = ccdk_cfn_resource_new(stack, "Conditional", "AWS::SQS::Queue", NULL);
    ccdk_cfn_resource_add_override(conditional, "DeletionPolicy",
                                   ccdk_fn_condition_if(stack, "IsProd", ccdk_v_string(stack, "Snapshot"),
                                                        ccdk_v_string(stack, "Delete")));
    ccdk_cfn_resource_add_override(conditional, "UpdateReplacePolicy", ccdk_v_string(stack, "Retain"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
