/* Conformance case 'integ-efs-transition': aws-efs test/integ.efs-transition.ts
 * (dropped: the IntegTest). As app.js: transitionToArchivePolicy for the integ file's transitionToArchive. */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "test-efs-transition-integ", NULL);

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){
        .max_azs = CCDK_NUM(3), .nat_gateways = CCDK_NUM(1), .restrict_default_security_group = CCDK_FALSE});

    ccdk_efs_file_system_new(stack, "FileSystem", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .lifecycle_policy = CCDK_EFS_LIFECYCLE_AFTER_14_DAYS,
        .transition_to_archive_policy = CCDK_EFS_LIFECYCLE_AFTER_90_DAYS,
        .out_of_infrequent_access_policy = CCDK_EFS_OUT_OF_IA_AFTER_1_ACCESS,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
