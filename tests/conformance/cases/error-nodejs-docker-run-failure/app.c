/* Conformance case 'error-nodejs-docker-run-failure': see app.js. The errors are printed with the
 * case's folder as <case>, the output directory as <outdir> and the bundling folder's key as <key>. */
#define _DEFAULT_SOURCE /* realpath, setenv */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ccdk/lambda_nodejs.h>

static void print_normalized(const char *msg, const char *outdir, const char *casedir)
{
    size_t ol = strlen(outdir), cl = strlen(casedir);
    for (const char *p = msg; *p;) {
        if (ol && !strncmp(p, outdir, ol)) {
            fputs("<outdir>", stderr);
            p += ol;
        } else if (cl && !strncmp(p, casedir, cl)) {
            fputs("<case>", stderr);
            p += cl;
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
    char casedir[PATH_MAX], docker[PATH_MAX + 16];
    if (!realpath(".", casedir))
        return 1;
    snprintf(docker, sizeof docker, "%s/fake-docker", casedir);
    setenv("CDK_DOCKER", docker, 1);

    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = "handler.ts",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .define = CCDK_KVS({"process.env.STAGE", "\"it's \\\"prod\\\"\""}),
            .environment = CCDK_KVS({"KEY", "a value"}),
            .force_docker_bundling = CCDK_TRUE,
            .docker_image = ccdk_docker_image_from_registry(stack, "my/esbuild:1.0")},
    });
    int rc = ccdk_app_synth(app);
    const char *outdir = getenv("CDK_OUTDIR");
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        print_normalized(ccdk_app_error(app, i), outdir ? outdir : "cdk.out", casedir);
    ccdk_app_free(app);
    return rc != 0;
}
