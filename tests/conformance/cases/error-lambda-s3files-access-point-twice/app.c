/* Conformance case 'error-lambda-s3files-access-point-twice': fromS3FilesAccessPoint twice for one access point (see app.js). */
#include <ccdk/ec2.h>
#include <ccdk/lambda.h>
#include <ccdk/s3files.h>
int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_FALSE});
    ccdk_s3files_cfn_file_system *fs = ccdk_s3files_cfn_file_system_new(stack, "FileSystem", &(ccdk_s3files_cfn_file_system_props){.bucket = "b", .role_arn = "r"});
    ccdk_ec2_security_group *sg = ccdk_ec2_security_group_new(stack, "SG", &(ccdk_ec2_security_group_props){.vpc = vpc});
    ccdk_s3files_cfn_mount_target_new(stack, "MT0", &(ccdk_s3files_cfn_mount_target_props){.file_system_id = ccdk_s3files_cfn_file_system_attr_file_system_id(fs), .subnet_id = "s", .security_groups = CCDK_STRS(ccdk_ec2_security_group_id(sg))});
    ccdk_s3files_cfn_access_point *ap = ccdk_s3files_cfn_access_point_new(stack, "AccessPoint", &(ccdk_s3files_cfn_access_point_props){.file_system_id = ccdk_s3files_cfn_file_system_attr_file_system_id(fs)});
    ccdk_lambda_file_system_from_s3_files_access_point(ap, "/mnt/data", NULL);
    ccdk_lambda_file_system_from_s3_files_access_point(ap, "/mnt/data", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
