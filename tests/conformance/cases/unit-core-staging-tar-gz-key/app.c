/* Conformance case 'unit-core-staging-tar-gz-key': see app.js (a .tar.gz asset's object key ends
 * in .gz, path.extname of the staged file name). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function_new(stack, "File", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "code.tar.gz", NULL),
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
