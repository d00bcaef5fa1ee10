/* v2: snapStart ON_PUBLISHED_VERSIONS on Java 11 and Python 3.12, with the warning
 * Ported from aws-cdk: integ.lambda.snapstart.ts (JavaSnapstartLambda, Python312SnapstartLambda); function.test.ts, its snapStart tests (the matching function.test.ts test not located in the stored copy of aws-cdk) */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_lambda_function_new(stack, "JavaSnapstartLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .handler = "Handler",
        .runtime = CCDK_LAMBDA_RUNTIME_JAVA_11,
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
    });
    ccdk_lambda_function_new(stack, "Python312SnapstartLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "pass"),
        .handler = "Handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .snap_start = CCDK_LAMBDA_SNAP_START_ON_PUBLISHED_VERSIONS,
        .ephemeral_storage_size = ccdk_size_mebibytes(512),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
