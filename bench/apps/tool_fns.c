/* bench/apps/tool_fns.c - the functions the `ccdk` command's benchmark runs (bench.py,
 * bench_tool): one node and one python function with inline code, each with a Function URL
 * (AuthType NONE). ccdk only: the workload times `ccdk invoke` and `ccdk serve`, not a synth. */
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "ToolBench", NULL);
    ccdk_lambda_function *node = ccdk_lambda_function_new(stack, "Node", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async (event) => ({ statusCode: 200, "
                                                    "headers: { 'content-type': 'text/plain' }, body: 'hello ' + (event.rawPath || 'sdk') });\n"),
    });
    ccdk_lambda_function_add_function_url(node, &(ccdk_lambda_function_url_options){.auth_type = CCDK_LAMBDA_URL_AUTH_NONE});
    ccdk_lambda_function *py = ccdk_lambda_function_new(stack, "Python", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "def handler(event, context):\n    return {'statusCode': 200, 'body': 'hello'}\n"),
    });
    ccdk_lambda_function_add_function_url(py, &(ccdk_lambda_function_url_options){.auth_type = CCDK_LAMBDA_URL_AUTH_NONE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
