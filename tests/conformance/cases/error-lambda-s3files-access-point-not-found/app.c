/* Conformance case 'error-lambda-s3files-access-point-not-found': access-point-reflection.test.ts's
 * 'throws when CfnAccessPoint cannot be found for an imported ref' (see app.js): a construct that is
 * no CfnAccessPoint, cast to the handle type as the test passes its mock `as any`. */
#include <ccdk/lambda.h>
#include <ccdk/s3files.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *mock_ref = ccdk_stack_new(app, "MockRef", NULL);
    ccdk_lambda_file_system_from_s3_files_access_point((ccdk_s3files_cfn_access_point *)(void *)mock_ref, "/mnt/data", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
