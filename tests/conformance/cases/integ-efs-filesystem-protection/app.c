/* Conformance case 'integ-efs-filesystem-protection': aws-efs test/integ.efs-filesystem-protection.ts
 * (dropped: the IntegTest). */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "test-efs-protection-integ", NULL);

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", &(ccdk_ec2_vpc_props){.nat_gateways = CCDK_NUM(0)});

    ccdk_efs_file_system_new(stack, "FileSystem", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .removal_policy = CCDK_REMOVAL_POLICY_DESTROY,
        .replication_overwrite_protection = CCDK_EFS_REPLICATION_OVERWRITE_PROTECTION_DISABLED,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
