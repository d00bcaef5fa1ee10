/* Conformance case 'error-code-asset-bundling-pip-url-invalid': see app.js. */
#include <ccdk/lambda.h>

static int try_bundle(const char *output_dir, void *ctx)
{
    (void)output_dir;
    (void)ctx;
    return -1; /* not reached */
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_bundling_options bundling = {
        .image = ccdk_lambda_runtime_bundling_image(stack, CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
        .command = CCDK_STRS("bash", "-c", "cp -au . /asset-output"),
        .environment = CCDK_KVS({"OTHER", "x"}, {"PIP_INDEX_URL", "NOT_A_URL"}),
        .try_bundle = try_bundle,
    };
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "handler", &(ccdk_asset_options){.bundling = &bundling}),
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
