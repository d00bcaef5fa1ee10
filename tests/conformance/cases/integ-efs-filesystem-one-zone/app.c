/* Conformance case 'integ-efs-filesystem-one-zone': aws-efs test/integ.efs-filesystem-one-zone.ts
 * (dropped: the IntegTest). */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "test-efs-one-zone-integ", NULL);

    ccdk_ec2_vpc *vpc = ccdk_ec2_vpc_new(stack, "Vpc", NULL);

    ccdk_efs_file_system_new(stack, "FileSystem", &(ccdk_efs_file_system_props){
        .vpc = vpc,
        .one_zone = CCDK_TRUE,
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
