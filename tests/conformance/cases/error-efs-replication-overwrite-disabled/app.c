/* error: a replication_configuration on a file system whose replication_overwrite_protection is
 * DISABLED (efs-file-system.test.ts). */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", NULL);
    ccdk_efs_file_system_new(stack, "EfsFileSystem", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .replication_configuration = &(ccdk_efs_replication_configuration){.region = "ap-northeast-1"},
        .replication_overwrite_protection = CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_DISABLED,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
