/* stress shape shared_role: one role, in a stack "Shared" with one SQS queue, shared by N
 * functions (their role prop) in stacks of 100. Each function is granted send (even i) or
 * consume (odd i) on the shared queue -- the same two statements over and over, which the role's
 * DefaultPolicy keeps once -- and fn.addToRolePolicy of ssm:GetParameter on a parameter of its
 * own, so the shared policy grows with N: merged under @aws-cdk/aws-iam:minimizePolicies (on, as
 * `cdk init` sets it) and split into OverflowPolicy managed policies. aws-cdk-lib's stack
 * resource limit is off, as in bench/apps/shared_asset.c. Same construct ids as shared_role.js.
 * Usage: shared_role [N]   (default 1000; output: $CDK_OUTDIR, else cdk.out) */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

#define PER_STACK 100

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1000;
    if (n < 1) {
        fprintf(stderr, "usage: shared_role [N] (N >= 1)\n");
        return 2;
    }
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/aws-iam:minimizePolicies", "true"}, {"@aws-cdk/core:stackResourceLimit", "0"})});
    ccdk_stack *shared = ccdk_stack_new(app, "Shared", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(shared, "Jobs", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(shared, "Runner", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(shared, "lambda.amazonaws.com"),
    });
    ccdk_stack *stack = NULL;
    char id[32], arn[128];
    for (long i = 0; i < n; i++) {
        if (i % PER_STACK == 0) {
            snprintf(id, sizeof id, "Stack%ld", i / PER_STACK);
            stack = ccdk_stack_new(app, id, NULL);
        }
        snprintf(id, sizeof id, "Fn%ld", i);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 'ok';"),
            .role = role,
        });
        if (i % 2 == 0)
            ccdk_sqs_queue_grant_send_messages(queue, fn);
        else
            ccdk_sqs_queue_grant_consume_messages(queue, fn);
        snprintf(arn, sizeof arn, "arn:aws:ssm:us-east-1:123456789012:parameter/app/fn%ld", i);
        ccdk_lambda_function_add_to_role_policy(fn, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("ssm:GetParameter"), .resources = CCDK_STRS(arn)}));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
