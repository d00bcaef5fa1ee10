/* stress shape stack_chain: N stacks in a chain. Stack i holds two functions (inline code, a
 * timeout); for i > 0 both get stack i-1's first function's ARN and its role's ARN in their
 * environment (cross-stack references: Outputs with Exports in stack i-1, Fn::ImportValue in stack
 * i), and stack i depends on stack i-1 explicitly too (stack.addDependency). Same construct ids as
 * stack_chain.js.
 * Usage: stack_chain [N]   (default 200; output: $CDK_OUTDIR, else cdk.out) */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/lambda.h>

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 200;
    if (n < 1) {
        fprintf(stderr, "usage: stack_chain [N] (N >= 1)\n");
        return 2;
    }
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *prev_stack = NULL;
    ccdk_lambda_function *prev_fn = NULL;
    char id[32];
    for (long i = 0; i < n; i++) {
        snprintf(id, sizeof id, "Stack%ld", i);
        ccdk_stack *stack = ccdk_stack_new(app, id, NULL);
        if (prev_stack)
            ccdk_stack_add_dependency(stack, prev_stack);
        ccdk_kvs env = prev_fn ? CCDK_KVS({"PREV_FN_ARN", ccdk_lambda_function_arn(prev_fn)},
                                          {"PREV_ROLE_ARN", ccdk_iam_role_arn(ccdk_lambda_function_role(prev_fn))})
                               : (ccdk_kvs){0};
        ccdk_lambda_function *first = NULL;
        for (int j = 0; j < 2; j++) {
            snprintf(id, sizeof id, "Fn%d", j);
            ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
                .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
                .handler = "index.handler",
                .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 'ok';"),
                .timeout = ccdk_duration_seconds(30),
                .environment = env,
            });
            if (!first)
                first = fn;
        }
        prev_stack = stack;
        prev_fn = first;
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
