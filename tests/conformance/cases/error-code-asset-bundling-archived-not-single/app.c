/* Conformance case 'error-code-asset-bundling-archived-not-single': see app.js. */
#include <ccdk/lambda.h>
#include <stdio.h>

static int put(const char *dir, const char *name)
{
    char p[4096];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    if (!f)
        return -1;
    fprintf(f, "%c\n", name[0]);
    return fclose(f);
}

static int try_bundle(const char *output_dir, void *ctx)
{
    (void)ctx;
    return put(output_dir, "a.zip") == 0 && put(output_dir, "b.zip") == 0 ? 1 : -1;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_bundling_options bundling = {
        .image = ccdk_lambda_runtime_bundling_image(stack, CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
        .command = CCDK_STRS("bash", "-c", "cp -au . /asset-output"),
        .output_type = CCDK_BUNDLING_OUTPUT_ARCHIVED,
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
