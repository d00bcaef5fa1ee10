/* Conformance case 'bundling-file-access': Code.fromAsset bundling with bundling_file_access
 * (VOLUME_COPY, BIND_MOUNT) and a source hash: the bundling options' JSON, which the asset hash
 * covers, holds it. Bundled locally (no Docker daemon here): try_bundle writes index.py. */
#include <ccdk/lambda.h>
#include <stdio.h>

static int try_bundle(const char *output_dir, void *ctx)
{
    (void)ctx;
    char p[4096];
    snprintf(p, sizeof p, "%s/index.py", output_dir);
    FILE *f = fopen(p, "w");
    if (!f)
        return -1;
    fputs("def handler(event, context):\n    return \"ok\"\n", f);
    return fclose(f) == 0 ? 1 : -1;
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const char *ids[] = {"VolumeCopy", "BindMount"};
    ccdk_bundling_file_access access[] = {CCDK_BUNDLING_FILE_ACCESS_VOLUME_COPY, CCDK_BUNDLING_FILE_ACCESS_BIND_MOUNT};
    for (int i = 0; i < 2; i++) {
        ccdk_bundling_options bundling = {
            .image = ccdk_lambda_runtime_bundling_image(stack, CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
            .command = CCDK_STRS("bash", "-c", "cp -au . /asset-output"),
            .try_bundle = try_bundle,
            .bundling_file_access = access[i],
        };
        ccdk_lambda_function_new(stack, ids[i], &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_asset(stack, "handler",
                                                &(ccdk_asset_options){.asset_hash_type = CCDK_ASSET_HASH_SOURCE, .bundling = &bundling}),
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
            .handler = "index.handler",
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
