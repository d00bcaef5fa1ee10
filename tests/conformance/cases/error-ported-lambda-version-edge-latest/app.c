/* error-ported-lambda-version-edge-latest: lambda-version.test.ts 'edgeArn throws with $LATEST' as
 * written, in the Default stack (a NULL id). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_version *version = ccdk_lambda_version_from_version_arn(stack, "Version",
        "arn:aws:lambda:region:account-id:function:function-name:$LATEST");
    ccdk_lambda_version_edge_arn(version);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
