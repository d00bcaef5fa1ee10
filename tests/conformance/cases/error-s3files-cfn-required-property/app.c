/* Conformance case 'error-s3files-cfn-required-property': a CfnMountTarget without subnet_id (see app.js). */
#include <ccdk/s3files.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3files_cfn_mount_target_new(stack, "MT0", &(ccdk_s3files_cfn_mount_target_props){.file_system_id = "fs-12345678"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
