/* Conformance case 'error-lambda-s3files-no-security-groups': access-point-reflection.test.ts's
 * 'throws when mount targets have no security groups' (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/s3files.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3files_cfn_file_system *fs = ccdk_s3files_cfn_file_system_new(stack, "FileSystem",
        &(ccdk_s3files_cfn_file_system_props){.bucket = "my-bucket", .role_arn = "arn:aws:iam::123456789012:role/S3FilesRole"});
    ccdk_s3files_cfn_access_point *ap = ccdk_s3files_cfn_access_point_new(stack, "AccessPoint",
        &(ccdk_s3files_cfn_access_point_props){.file_system_id = ccdk_s3files_cfn_file_system_attr_file_system_id(fs)});
    ccdk_s3files_cfn_mount_target_new(stack, "MT0", &(ccdk_s3files_cfn_mount_target_props){
        .file_system_id = ccdk_s3files_cfn_file_system_attr_file_system_id(fs), .subnet_id = "subnet-aaa"});
    ccdk_lambda_file_system_from_s3_files_access_point(ap, "/mnt/data", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
