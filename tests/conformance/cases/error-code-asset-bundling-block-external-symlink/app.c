/* error: a bundled Code.fromAsset with follow BLOCK_EXTERNAL whose output holds a symlink to a file
 * outside it: determineBundledAsset's check, on the AssetStaging (see app.js) */
#define _DEFAULT_SOURCE /* realpath, symlink */
#include <ccdk/lambda.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int try_bundle(const char *output_dir, void *ctx)
{
    (void)ctx;
    char p[4096];
    snprintf(p, sizeof p, "%s/index.py", output_dir);
    FILE *f = fopen(p, "w");
    if (!f)
        return -1;
    fputs("def handler(event, context):\n    return \"ok\"\n", f);
    if (fclose(f) != 0)
        return -1;
    char outside[PATH_MAX];
    if (!realpath("outside.txt", outside))
        return -1;
    snprintf(p, sizeof p, "%s/outside.txt", output_dir);
    return symlink(outside, p) == 0 ? 1 : -1;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_bundling_options bundling = {
        .image = ccdk_lambda_runtime_bundling_image(stack, CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
        .command = CCDK_STRS("bash", "-c", "cp -au . /asset-output"),
        .try_bundle = try_bundle,
    };
    ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "src", &(ccdk_asset_options){
            .follow = CCDK_FOLLOW_BLOCK_EXTERNAL,
            .bundling = &bundling,
        }),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
