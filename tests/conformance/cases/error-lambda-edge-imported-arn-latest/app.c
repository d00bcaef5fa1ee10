/* error-lambda-edge-imported-arn-latest (aws-lambda/test/lambda-version.test.ts 'edgeArn throws with $LATEST') */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_version *version = ccdk_lambda_version_from_version_arn(stack, "Version",
        "arn:aws:lambda:region:account-id:function:function-name:$LATEST");
    ccdk_cfn_output_new(stack, "EdgeArn", &(ccdk_cfn_output_props){.value = ccdk_lambda_version_edge_arn(version)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
