/* Conformance case 'error-lambda-s3files-file-system-not-found': access-point-reflection.test.ts's
 * 'throws when file system is not in the construct tree' (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/s3files.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *other_stack = ccdk_stack_new(app, "OtherStack", NULL);
    ccdk_s3files_cfn_access_point *orphan_ap = ccdk_s3files_cfn_access_point_new(other_stack, "OrphanAP",
        &(ccdk_s3files_cfn_access_point_props){.file_system_id = "fs-orphan"});
    ccdk_lambda_file_system_from_s3_files_access_point(orphan_ap, "/mnt/data", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
