/* error: a One Zone file system with performance mode MAX_IO (efs-file-system.test.ts). */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", NULL);
    ccdk_efs_file_system_new(stack, "EfsFileSystem", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .one_zone = CCDK_TRUE,
        .performance_mode = CCDK_EFS_PERFORMANCE_MODE_MAX_IO,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
