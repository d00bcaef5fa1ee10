/* stress shape one_big_stack: N functions in ONE stack, each with inline code, a timeout, an
 * environment variable of its own and an alias "live" of its currentVersion (fn.addAlias). One
 * stack of ~4N resources: aws-cdk-lib's stackResourceLimit is off (context "0"), as in the JS twin
 * one_big_stack.js (same construct ids).
 * Usage: one_big_stack [N]   (default 2000; output: $CDK_OUTDIR, else cdk.out) */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 2000;
    if (n < 1) {
        fprintf(stderr, "usage: one_big_stack [N] (N >= 1)\n");
        return 2;
    }
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:stackResourceLimit", "0"})});
    ccdk_stack *stack = ccdk_stack_new(app, "BigStack", NULL);
    char id[32], val[32];
    for (long i = 0; i < n; i++) {
        snprintf(id, sizeof id, "Fn%ld", i);
        snprintf(val, sizeof val, "value-%ld", i);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 'ok';"),
            .timeout = ccdk_duration_seconds(30),
            .environment = CCDK_KVS({"BENCH_VALUE", val}),
        });
        ccdk_lambda_function_add_alias(fn, "live", NULL);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
