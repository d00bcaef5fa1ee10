/* bench workload (e): N functions in stacks of 10 that reference each other. A "Shared" stack
 * holds a queue and a role; every function runs as the shared role, gets the queue's URL, and
 * the functions of stack i > 0 get the name of stack i-1's first function: so every stack imports
 * from Shared and from its predecessor (a chain of N/10 stacks). Inline code, a 30 s timeout, an
 * environment variable of its own each, as workload (a).
 * Usage: xstack N     (output directory: $CDK_OUTDIR, else cdk.out) */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

#define PER_STACK 10

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1;
    if (n < 1) {
        fprintf(stderr, "usage: xstack N (N >= 1)\n");
        return 2;
    }
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *shared = ccdk_stack_new(app, "Shared", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(shared, "Jobs", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(shared, "Runner", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(shared, "lambda.amazonaws.com"),
    });
    ccdk_stack *stack = NULL;
    ccdk_lambda_function *first = NULL, *prev_first = NULL;
    char id[32], val[32];
    for (long i = 0; i < n; i++) {
        if (i % PER_STACK == 0) {
            snprintf(id, sizeof id, "Stack%ld", i / PER_STACK);
            stack = ccdk_stack_new(app, id, NULL);
            prev_first = first;
        }
        snprintf(id, sizeof id, "Fn%ld", i);
        snprintf(val, sizeof val, "value-%ld", i);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 'ok';"),
            .timeout = ccdk_duration_seconds(30),
            .role = role,
            .environment = prev_first ? CCDK_KVS({"BENCH_VALUE", val}, {"QUEUE_URL", ccdk_sqs_queue_url(queue)},
                                                 {"PREV", ccdk_lambda_function_name(prev_first)})
                                      : CCDK_KVS({"BENCH_VALUE", val}, {"QUEUE_URL", ccdk_sqs_queue_url(queue)}),
        });
        if (i % PER_STACK == 0)
            first = fn;
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
