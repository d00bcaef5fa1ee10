/* ported-efs-deny-anonymous-flag: efs-file-system.test.ts 'anonymous access is prohibited by the
 * @aws-cdk/aws-efs:denyAnonymousAccess feature flag' ported literally (see app.js): the flag in the
 * App's context, the Default stack (a NULL id). */
#include <ccdk/efs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/aws-efs:denyAnonymousAccess", "true"}),
    });
    ccdk_stack *custom_stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_ec2_vpc *custom_vpc = ccdk_ec2_vpc_new(custom_stack, "VPC", NULL);
    ccdk_efs_file_system_new(custom_stack, "EfsFileSystem", &(ccdk_efs_file_system_props){.vpc = custom_vpc});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
