/* An EFS file system with non-default lifecycle, performance, throughput and removal policy, three
 * access points (two by addAccessPoint, one by the AccessPoint constructor), and two functions
 * mounting one each. */
#include <ccdk/efs.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    /* (no Custom::VpcRestrictDefaultSG under the cdk init flags: its handler is ccdk's own, see efs-filesystem) */
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Network", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});

    ccdk_efs_file_system *file_system = ccdk_efs_file_system_new(stack, "SharedFiles", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .vpc_subnets = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS},
        .file_system_name = "shared-files",
        .lifecycle_policy = CCDK_EFS_LIFECYCLE_AFTER_14_DAYS,
        .out_of_infrequent_access_policy = CCDK_EFS_OUT_OF_IA_AFTER_1_ACCESS,
        .transition_to_archive_policy = CCDK_EFS_LIFECYCLE_AFTER_90_DAYS,
        .performance_mode = CCDK_EFS_PERFORMANCE_MODE_MAX_IO,
        .throughput_mode = CCDK_EFS_THROUGHPUT_MODE_PROVISIONED,
        .provisioned_throughput_per_second = ccdk_size_mebibytes(256),
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .enable_automatic_backups = CCDK_TRUE,
    });

    ccdk_efs_access_point *uploads = ccdk_efs_file_system_add_access_point(file_system, "Uploads",
        &(ccdk_efs_access_point_options){
            .path = "/uploads",
            .create_acl = &(ccdk_efs_acl){.owner_uid = "1000", .owner_gid = "1000", .permissions = "755"},
            .posix_user = &(ccdk_efs_posix_user){.uid = "1000", .gid = "1000", .secondary_gids = CCDK_STRS("2000", "3000")},
        });
    ccdk_efs_access_point *reports = ccdk_efs_file_system_add_access_point(file_system, "Reports",
        &(ccdk_efs_access_point_options){.path = "/reports", .client_token = "reports-token"});
    ccdk_efs_access_point_new(stack, "Archive", file_system, NULL);

    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL);
    ccdk_lambda_function_new(stack, "Uploader", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = code,
        .vpc = vpc,
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(uploads, "/mnt/uploads"),
        /* the file system's statements come before these in the role's policy */
        .initial_policy = CCDK_LIST(ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("arn:aws:s3:::uploads/*")})),
        .tracing = CCDK_LAMBDA_TRACING_ACTIVE,
    });
    ccdk_lambda_function_new(stack, "Reporter", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = code,
        .vpc = vpc,
        .filesystem = ccdk_lambda_file_system_from_efs_access_point(reports, "/mnt/reports"),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
