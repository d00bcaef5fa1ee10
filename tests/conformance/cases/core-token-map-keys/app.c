/* core: a token as a map key (an environment variable's name) resolves to its string, in the
 * template and in currentVersion's hash (where the variables are sorted by the unresolved key). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static const char *table_name(void *ctx)
{
    (void)ctx;
    return "TABLE_NAME";
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
        .environment = CCDK_KVS({ccdk_lazy_string(stack, table_name, NULL), "orders"}, {"STAGE", "prod"}),
    });
    ccdk_lambda_function_current_version(fn);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
