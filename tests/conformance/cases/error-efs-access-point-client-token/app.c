/* error: addAccessPoint with a client token of 65 characters (aws-cdk-lib checks 1 to 64). */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", NULL);
    ccdk_efs_file_system *file_system = ccdk_efs_file_system_new(stack, "EfsFileSystem", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_efs_file_system_add_access_point(file_system, "MyAccessPoint", &(ccdk_efs_access_point_options){
        .client_token = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
