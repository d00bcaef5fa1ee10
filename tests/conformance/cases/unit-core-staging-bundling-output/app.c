/* Conformance case 'unit-core-staging-bundling-output': see app.js (bundling output types,
 * bundled locally: try_bundle writes the files its case names). */
#include <ccdk/lambda.h>
#include <stdio.h>

typedef struct {
    const char *id;
    const char *files[3];
    ccdk_bundling_output output_type;
    ccdk_asset_hash_type hash_type;
} out_case;

static int try_bundle(const char *output_dir, void *ctx)
{
    const out_case *c = ctx;
    for (int i = 0; c->files[i]; i++) {
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", output_dir, c->files[i]);
        FILE *f = fopen(p, "w");
        if (!f)
            return -1;
        fprintf(f, "%s %s\n", c->id, c->files[i]);
        if (fclose(f) != 0)
            return -1;
    }
    return 1;
}

int main(void)
{
    static const out_case cases[] = {
        {"AutoDiscoverZip", {"test.zip"}, 0, 0},
        {"NotArchivedZip", {"test.zip"}, CCDK_BUNDLING_OUTPUT_NOT_ARCHIVED, 0},
        {"ArchivedTgz", {"bundle.da.vinci.tgz"}, CCDK_BUNDLING_OUTPUT_ARCHIVED, 0},
        {"ArchivedJarOutputHash", {"app.JAR"}, CCDK_BUNDLING_OUTPUT_ARCHIVED, CCDK_ASSET_HASH_OUTPUT},
        {"AutoDiscoverTwoFiles", {"index.py", "other.zip"}, 0, 0},
    };
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char cmd[64];
        snprintf(cmd, sizeof cmd, "echo %s", cases[i].id);
        ccdk_bundling_options bundling = {
            .image = ccdk_lambda_runtime_bundling_image(stack, CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
            .command = CCDK_STRS("bash", "-c", cmd),
            .try_bundle = try_bundle,
            .try_bundle_ctx = (void *)&cases[i],
            .output_type = cases[i].output_type,
        };
        ccdk_lambda_function_new(stack, cases[i].id, &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_asset(stack, "handler",
                                                &(ccdk_asset_options){.bundling = &bundling, .asset_hash_type = cases[i].hash_type}),
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
            .handler = "index.handler",
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
