/* bench workload (a): N functions, 100 per stack, inline code, a timeout, one environment
 * variable and (when the API exists: -DBENCH_ALIAS) an alias "live" each.
 * Usage: synth N     (output directory: $CDK_OUTDIR, else cdk.out) */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/lambda.h>
#ifdef BENCH_ALIAS
#include BENCH_ALIAS_HEADER
#endif

#define PER_STACK 100

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1;
    if (n < 1) {
        fprintf(stderr, "usage: synth N (N >= 1)\n");
        return 2;
    }
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = NULL;
    char id[32], val[32];
    for (long i = 0; i < n; i++) {
        if (i % PER_STACK == 0) {
            snprintf(id, sizeof id, "Stack%ld", i / PER_STACK);
            stack = ccdk_stack_new(app, id, NULL);
        }
        snprintf(id, sizeof id, "Fn%ld", i);
        snprintf(val, sizeof val, "value-%ld", i);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 'ok';"),
            .timeout = ccdk_duration_seconds(30),
            .environment = CCDK_KVS({"BENCH_VALUE", val}),
        });
#ifdef BENCH_ALIAS
        ccdk_lambda_function_add_alias(fn, "live", NULL);
#else
        (void)fn;
#endif
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
