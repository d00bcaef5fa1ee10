/* Conformance case 'unit-core-staging-tar-gz-key': see app.js (a .tar.gz asset's object key ends
 * in .gz, path.extname of the staged file name). */
#include <ccdk/lambda.h>
#include <stdio.h>

static int try_bundle(const char *output_dir, void *ctx)
{
    (void)ctx;
    char p[4096];
    snprintf(p, sizeof p, "%s/bundle.da.vinci.tar.gz", output_dir);
    FILE *f = fopen(p, "w");
    if (!f)
        return -1;
    fputs("bundled\n", f);
    return fclose(f) == 0 ? 1 : -1;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function_new(stack, "File", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, "code.tar.gz", NULL),
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
    });
    ccdk_bundling_options bundling = {
        .image = ccdk_lambda_runtime_bundling_image(stack, CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
        .command = CCDK_STRS("bash", "-c", "tar czf /asset-output/bundle.da.vinci.tar.gz ."),
        .output_type = CCDK_BUNDLING_OUTPUT_ARCHIVED,
        .try_bundle = try_bundle,
    };
    ccdk_lambda_function_new(stack, "Bundled", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset(stack, ".", &(ccdk_asset_options){.exclude = CCDK_STRS("*.js", "*.c"), .bundling = &bundling}),
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
