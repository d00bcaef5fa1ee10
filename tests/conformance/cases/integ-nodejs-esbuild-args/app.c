/* Conformance case 'integ-nodejs-esbuild-args': aws-lambda-nodejs test/integ.esbuildArgs.ts,
 * esbuildArgs (--log-limit, --out-extension .js=.mjs) with minify, source maps (both) and command
 * hooks that count their calls. Dropped: the IntegTest. */
#include <stdio.h>
#include <stdlib.h>

#include <ccdk/lambda_nodejs.h>

typedef struct {
    int before_bundling;
    int after_bundling;
} call_counts;

/* the hooks are called for the Docker command at construction and again when bundling locally,
 * as in aws-cdk-lib: more than two calls is the integ test's failure */
static void before_bundling(const char *in, const char *out, ccdk_lambda_nodejs_commands *cmds, void *ctx)
{
    call_counts *n = ctx;
    if (1 < n->before_bundling) {
        fprintf(stderr, "afterBundling should called only once\n");
        exit(1);
    }
    n->before_bundling++;
}

static void after_bundling(const char *in, const char *out, ccdk_lambda_nodejs_commands *cmds, void *ctx)
{
    call_counts *n = ctx;
    if (1 < n->after_bundling) {
        fprintf(stderr, "afterBundling should called only once\n");
        exit(1);
    }
    n->after_bundling++;
}

static void before_install(const char *in, const char *out, ccdk_lambda_nodejs_commands *cmds, void *ctx)
{
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "cdk-integ-lambda-nodejs-esbuildArgs", NULL);
    call_counts counts = {0};
    ccdk_lambda_nodejs_function_new(
        stack, "ts-handler",
        &(ccdk_lambda_nodejs_function_props){
            .entry = "integ-handlers/ts-handler.ts",
            .function = {.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X},
            .bundling = &(ccdk_lambda_nodejs_bundling_options){
                .minify = CCDK_TRUE,
                .source_map = CCDK_TRUE,
                .source_map_mode = CCDK_NODEJS_SOURCE_MAP_MODE_BOTH,
                .esbuild_args = CCDK_KVS({"--log-limit", "0"}, {"--out-extension", ".js=.mjs"}),
                .command_hooks = &(ccdk_lambda_nodejs_command_hooks){.before_bundling = before_bundling,
                                                                     .after_bundling = after_bundling,
                                                                     .before_install = before_install,
                                                                     .ctx = &counts},
            },
        });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc != 0;
}
