/* Conformance case 'error-nodejs-local-file-operation': see app.js. The errors are printed with
 * the output directory as <outdir> and the bundling folder's key as <key>. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ccdk/lambda_nodejs.h>

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

static void before_bundling(const char *in, const char *out, ccdk_lambda_nodejs_commands *cmds, void *ctx)
{
    (void)in, (void)ctx;
    ccdk_lambda_nodejs_command_add(cmds, "mkdir %s/package.json", out);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_nodejs_function_new(stack, "Fn", &(ccdk_lambda_nodejs_function_props){
        .entry = "handler.ts",
        .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X},
        .bundling = &(ccdk_lambda_nodejs_bundling_options){
            .node_modules = CCDK_STRS("delay"),
            .command_hooks = &(ccdk_lambda_nodejs_command_hooks){.before_bundling = before_bundling}},
    });
    int rc = ccdk_app_synth(app);
    const char *outdir = getenv("CDK_OUTDIR");
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        print_normalized(ccdk_app_error(app, i), outdir ? outdir : "cdk.out");
    ccdk_app_free(app);
    return rc != 0;
}
