/* Conformance case 'unit-core-staging': see app.js (the PIP index URLs' passwords are left out of
 * the asset hash and the staging cache key). Bundled locally: try_bundle copies index.py. */
#include <ccdk/lambda.h>
#include <stdio.h>

static int try_bundle(const char *output_dir, void *ctx)
{
    (void)ctx;
    char p[4096];
    snprintf(p, sizeof p, "%s/index.py", output_dir);
    FILE *in = fopen("handler/index.py", "rb");
    FILE *out = fopen(p, "wb");
    int ok = in && out;
    char buf[4096];
    size_t n;
    while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0)
        ok = fwrite(buf, 1, n, out) == n;
    if (in)
        fclose(in);
    if (out && fclose(out) != 0)
        ok = 0;
    return ok ? 1 : -1;
}

#define REPO "your-code-repo.d.codeartifact.us-west-2.amazonaws.com/pypi/python/simple/"

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_stack *other = ccdk_stack_new(app, "OtherStack", NULL);
    struct {
        ccdk_stack *scope;
        const char *id;
        ccdk_kvs environment;
    } fns[] = {
        {stack, "Token", CCDK_KVS({"PIP_INDEX_URL", "https://aws:MY_SECRET_TOKEN@" REPO})},
        {stack, "OtherToken", CCDK_KVS({"PIP_INDEX_URL", "https://aws:MY_OTHER_SECRET_TOKEN@" REPO})},
        {stack, "ExtraIndex",
         CCDK_KVS({"PIP_EXTRA_INDEX_URL", "HTTPS://aws:tok@Repo.Example.COM:443"}, {"OTHER", "https://u:p@h.com"})},
        {stack, "ExtraIndexOtherToken",
         CCDK_KVS({"PIP_EXTRA_INDEX_URL", "HTTPS://aws:tok2@Repo.Example.COM:443"}, {"OTHER", "https://u:p@h.com"})},
        {stack, "NoPassword", CCDK_KVS({"PIP_INDEX_URL", "HTTPS://aws@Repo.Example.COM"})},
        {stack, "NoUser", CCDK_KVS({"PIP_INDEX_URL", "https://:secret@repo.example.com/a/./b/../simple?x=1"})},
        {other, "Token", CCDK_KVS({"PIP_INDEX_URL", "https://aws:THIRD_TOKEN@" REPO})},
    };
    for (size_t i = 0; i < sizeof fns / sizeof *fns; i++) {
        ccdk_bundling_options bundling = {
            .image = ccdk_lambda_runtime_bundling_image(fns[i].scope, CCDK_LAMBDA_RUNTIME_PYTHON_3_12),
            .command = CCDK_STRS("bash", "-c", "pip install -r requirements.txt -t /asset-output && cp -au . /asset-output"),
            .environment = fns[i].environment,
            .try_bundle = try_bundle,
        };
        ccdk_lambda_function_new(fns[i].scope, fns[i].id, &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_asset(fns[i].scope, "handler", &(ccdk_asset_options){.bundling = &bundling}),
            .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_12,
            .handler = "index.handler",
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
