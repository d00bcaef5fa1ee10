/* Conformance case 'integ-lambda-s3files-filesystem': aws-cdk's integ.lambda.s3files-filesystem.ts
 * (framework-integ/test/aws-lambda/test); the IntegTest dropped, the handler directory local. */
#include <stdio.h>

#include <ccdk/ec2.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/s3.h>
#include <ccdk/s3files.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, "test-lambda-s3files-integ", NULL);

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(3), .nat_gateways = CCDK_NUM(1), .restrict_default_security_group = CCDK_FALSE});
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY, .versioned = CCDK_TRUE});

    /* IAM role for S3 Files to access the bucket */
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "S3FilesRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "elasticfilesystem.amazonaws.com")});
    ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:ListBucket*"), .resources = CCDK_STRS(ccdk_s3_bucket_arn(bucket))}));
    ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:AbortMultipartUpload", "s3:DeleteObject", "s3:GetObject*", "s3:List*", "s3:PutObject*"),
        .resources = CCDK_STRS(ccdk_s3_bucket_arn_for_objects(bucket, "*"))}));
    char rules[256], all_rules[256];
    snprintf(rules, sizeof rules, "arn:%s:events:*:*:rule/DO-NOT-DELETE-S3-Files*", ccdk_aws_partition(stack));
    snprintf(all_rules, sizeof all_rules, "arn:%s:events:*:*:rule/*", ccdk_aws_partition(stack));
    ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("events:DeleteRule", "events:DisableRule", "events:EnableRule", "events:PutRule",
                             "events:PutTargets", "events:RemoveTargets"),
        .resources = CCDK_STRS(rules),
        .conditions = ccdk_v_json(stack, "{\"StringEquals\": {\"events:ManagedBy\": \"elasticfilesystem.amazonaws.com\"}}")}));
    ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("events:DescribeRule", "events:ListRuleNamesByTarget", "events:ListRules",
                             "events:ListTargetsByRule"),
        .resources = CCDK_STRS(all_rules)}));

    /* L1 file system */
    ccdk_s3files_cfn_file_system *file_system = ccdk_s3files_cfn_file_system_new(stack, "S3FilesFs",
        &(ccdk_s3files_cfn_file_system_props){.bucket = ccdk_s3_bucket_arn(bucket), .role_arn = ccdk_iam_role_arn(role)});
    ccdk_s3files_cfn_file_system_apply_removal_policy(file_system, CCDK_REMOVAL_POLICY_DESTROY);

    /* Security group for mount targets */
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "MountTargetSG",
                                                              &(ccdk_ec2_security_group_props){.vpc = vpc});

    /* Mount targets in private subnets */
    ccdk_ec2_subnet_list private_subnets = ccdk_ec2_vpc_private_subnets(vpc);
    for (size_t i = 0; i < private_subnets.count; i++) {
        char id[32];
        snprintf(id, sizeof id, "MountTarget%zu", i);
        ccdk_s3files_cfn_mount_target_new(stack, id, &(ccdk_s3files_cfn_mount_target_props){
            .file_system_id = ccdk_s3files_cfn_file_system_attr_file_system_id(file_system),
            .subnet_id = ccdk_ec2_subnet_id(private_subnets.items[i]),
            .security_groups = CCDK_STRS(ccdk_ec2_security_group_id(sg)),
        });
    }

    /* L1 access point */
    ccdk_s3files_cfn_access_point *access_point = ccdk_s3files_cfn_access_point_new(stack, "AccessPoint",
        &(ccdk_s3files_cfn_access_point_props){
            .file_system_id = ccdk_s3files_cfn_file_system_attr_file_system_id(file_system),
            .root_directory = &(ccdk_s3files_root_directory){
                .path = "/export/lambda",
                .creation_permissions = &(ccdk_s3files_creation_permissions){
                    .owner_gid = "1001", .owner_uid = "1001", .permissions = "750"},
            },
            .posix_user = &(ccdk_s3files_posix_user){.gid = "1001", .uid = "1001"},
        });

    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "s3files-handler", NULL),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .vpc = vpc,
        .filesystem = ccdk_lambda_file_system_from_s3_files_access_point(access_point, "/mnt/data", NULL),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
