/* aws-lambda test/integ.assets.lit.ts: "Example of Lambda Code from Local Assets". */
#include <ccdk/lambda.h>

static ccdk_stack *test_stack_new(ccdk_app *scope, const char *id)
{
    ccdk_stack *stack = ccdk_stack_new(scope, id, NULL);
    ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "my-lambda-handler", NULL),
        .handler = "index.main",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_9,
    });
    return stack;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    test_stack_new(app, "lambda-test-assets");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
