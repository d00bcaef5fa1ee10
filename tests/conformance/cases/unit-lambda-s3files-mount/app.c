/* Conformance case 'unit-lambda-s3files-mount': function.test.ts's 'mount s3files filesystem' (see app.js). */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/s3.h>
#include <ccdk/s3files.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(3), .nat_gateways = CCDK_NUM(1), .restrict_default_security_group = CCDK_FALSE});
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);

    ccdk_s3files_cfn_file_system *file_system = ccdk_s3files_cfn_file_system_new(stack, "S3FilesFs",
        &(ccdk_s3files_cfn_file_system_props){
            .bucket = ccdk_s3_bucket_arn(bucket), .role_arn = "arn:aws:iam::123456789012:role/S3FilesRole"});

    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "MountTargetSG",
                                                              &(ccdk_ec2_security_group_props){.vpc = vpc});

    ccdk_s3files_cfn_mount_target_new(stack, "MountTarget0", &(ccdk_s3files_cfn_mount_target_props){
        .file_system_id = ccdk_s3files_cfn_file_system_attr_file_system_id(file_system),
        .subnet_id = ccdk_ec2_subnet_id(ccdk_ec2_vpc_private_subnets(vpc).items[0]),
        .security_groups = CCDK_STRS(ccdk_ec2_security_group_id(sg)),
    });

    ccdk_s3files_cfn_access_point *access_point = ccdk_s3files_cfn_access_point_new(stack, "AccessPoint",
        &(ccdk_s3files_cfn_access_point_props){.file_system_id = ccdk_s3files_cfn_file_system_attr_file_system_id(file_system)});

    /* reflection auto-resolves fileSystem, mountTargets, and securityGroups */
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .vpc = vpc,
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context): pass"),
        .filesystem = ccdk_lambda_file_system_from_s3_files_access_point(access_point, "/mnt/data", NULL),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
