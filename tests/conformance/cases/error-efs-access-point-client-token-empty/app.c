/* Conformance case 'error-efs-access-point-client-token-empty': see app.js. */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "VPC", NULL);
    ccdk_efs_file_system *file_system = ccdk_efs_file_system_new(stack, "EfsFileSystem", &(ccdk_efs_file_system_props){.vpc = vpc});
    ccdk_efs_access_point_new(stack, "MyAccessPoint", file_system, &(ccdk_efs_access_point_options){.client_token = ""});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
