/* error: a One Zone file system in an AZ that is not among the VPC's (efs-file-system.test.ts). */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc2 = ccdk_ec2_vpc_new(stack, "Vpc2", &(ccdk_ec2_vpc_props){
        .availability_zones = CCDK_STRS("zonea", "zoneb", "zonec")});
    ccdk_efs_file_system_new(stack, "EfsFileSystem", &(ccdk_efs_file_system_props){
        .vpc = vpc2,
        .one_zone = CCDK_TRUE,
        .vpc_subnets = {.availability_zones = CCDK_STRS("not-exist-zone")},
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
