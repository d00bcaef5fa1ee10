/* Conformance case 'integ-efs-efs': aws-efs test/integ.efs.ts (nothing dropped). */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "test-efs-integ", NULL);

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(3), .nat_gateways = CCDK_NUM(1), .restrict_default_security_group = CCDK_FALSE});

    ccdk_efs_file_system *file_system = ccdk_efs_file_system_new(stack, "FileSystem", &(ccdk_efs_file_system_props){
        .vpc = vpc,
    });

    ccdk_efs_file_system_add_access_point(file_system, "AccessPoint", &(ccdk_efs_access_point_options){
        .create_acl = &(ccdk_efs_acl){.owner_gid = "1000", .owner_uid = "1000", .permissions = "755"},
        .path = "/custom-path",
        .posix_user = &(ccdk_efs_posix_user){.gid = "1000", .uid = "1000"},
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
