/* Conformance case 'error-nodejs-bin-runner-not-on-path': `yarn run esbuild` with no yarn on the
 * bundling environment's PATH fails as aws-cdk-lib's spawnSync does (ENOENT): see app.js. */
#include <ccdk/lambda_nodejs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_normalized(const char *msg, const char *outdir)
{
    size_t ol = strlen(outdir);
    for (const char *p = msg; *p;) {
        if (ol && !strncmp(p, outdir, ol)) {
            fputs("<outdir>", stderr);
            p += ol;
        } else if (!strncmp(p, "bundling-temp-", 14) && strspn(p + 14, "0123456789abcdef") == 64) {
            fputs("bundling-temp-<key>", stderr);
            p += 14 + 64;
        } else {
            fputc(*p++, stderr);
        }
    }
    fputc('\n', stderr);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Function", &(ccdk_lambda_nodejs_function_props){
        .entry = "handler.ts",
        .deps_lock_file_path = "yarn.lock",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){.environment = CCDK_KVS({"PATH", "/nonexistent-ccdk-bin"})},
    });
    int rc = ccdk_app_synth(app);
    const char *outdir = getenv("CDK_OUTDIR");
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        print_normalized(ccdk_app_error(app, i), outdir ? outdir : "cdk.out");
    ccdk_app_free(app);
    return rc != 0;
}
