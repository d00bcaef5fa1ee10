/* Conformance case 'integ-lambda-assets-file': aws-lambda test/integ.assets.file.ts (a function
 * whose code is a .zip file asset). Nothing dropped; handler.zip is a small zip of our own. */
#include <ccdk/lambda.h>

static void test_stack_new(ccdk_app *scope, const char *id)
{
    ccdk_stack *stack = ccdk_stack_new(scope, id, NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "handler.zip", NULL),
        .handler = "index.main",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:disableGitSource", "true"}),
        .post_cli_context = CCDK_KVS({"@aws-cdk/aws-lambda:useCdkManagedLogGroup", "false"}),
    });
    test_stack_new(app, "lambda-test-assets-file");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
