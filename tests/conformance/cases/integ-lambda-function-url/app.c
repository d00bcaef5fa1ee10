/* Conformance case 'integ-lambda-function-url': aws-lambda test/integ.function-url.ts (function
 * URLs: IAM auth, no auth, CORS, response streaming). Dropped: the IntegTest. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_lambda_function *py_fn(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n  return \"success\""),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_10,
    });
}

static void output(ccdk_stack *stack, const char *id, ccdk_lambda_function_url *url)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = ccdk_lambda_function_url_url(url)});
}

static void test_stack_new(ccdk_app *scope, const char *id)
{
    ccdk_stack *stack = ccdk_stack_new(scope, id, NULL);

    /* IAM-authenticated Function URLs */
    ccdk_lambda_function *fn_url_iam_auth = py_fn(stack, "IamAuthFunctionUrls");
    output(stack, "TheIamAuthFunctionUrls", ccdk_lambda_function_add_function_url(fn_url_iam_auth, NULL));

    /* Anonymous Function URLs */
    ccdk_lambda_function *fn_no_auth = py_fn(stack, "NoAuthFunctionUrls");
    output(stack, "TheNoAuthFunctionUrls", ccdk_lambda_function_add_function_url(fn_no_auth, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
    }));

    /* CORS configuration for Function URLs */
    ccdk_lambda_function *fn_cors = py_fn(stack, "CorsFunctionUrls");
    output(stack, "TheCorsFunctionUrls", ccdk_lambda_function_add_function_url(fn_cors, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .cors = &(ccdk_lambda_function_url_cors){.allowed_origins = CCDK_STRS("https://example.com")},
    }));

    /* Invoke Mode for Function URLs */
    ccdk_lambda_function *fn_stream = py_fn(stack, "StreamFunctionUrls");
    output(stack, "TheStreamFunctionUrls", ccdk_lambda_function_add_function_url(fn_stream, &(ccdk_lambda_function_url_options){
        .auth_type = CCDK_LAMBDA_URL_AUTH_NONE,
        .invoke_mode = CCDK_LAMBDA_INVOKE_MODE_RESPONSE_STREAM,
    }));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    test_stack_new(app, "Stack1");
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
