/* stress shape nested_stacks: one parent stack with a queue and a role, and N nested stacks
 * (NestedStack "Nested<i>") under it, 10 functions each (inline code, a timeout) that run as the
 * parent's role and get the parent's queue ARN in their environment: each nested stack gets both
 * as Parameters that its AWS::CloudFormation::Stack resource passes. Same construct ids as
 * nested_stacks.js.
 * Usage: nested_stacks [N]   (default 100; output: $CDK_OUTDIR, else cdk.out) */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/lambda.h>
#include <ccdk/sqs.h>

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 100;
    if (n < 1) {
        fprintf(stderr, "usage: nested_stacks [N] (N >= 1)\n");
        return 2;
    }
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *parent = ccdk_stack_new(app, "Parent", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(parent, "Jobs", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(parent, "Runner", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(parent, "lambda.amazonaws.com"),
    });
    char id[32];
    for (long i = 0; i < n; i++) {
        snprintf(id, sizeof id, "Nested%ld", i);
        ccdk_stack *nested = ccdk_nested_stack_new(parent, id, NULL);
        for (int j = 0; j < 10; j++) {
            snprintf(id, sizeof id, "Fn%d", j);
            ccdk_lambda_function_new(nested, id, &(ccdk_lambda_function_props){
                .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
                .handler = "index.handler",
                .code = ccdk_lambda_code_from_inline(nested, "exports.handler = async () => 'ok';"),
                .timeout = ccdk_duration_seconds(30),
                .role = role,
                .environment = CCDK_KVS({"QUEUE_ARN", ccdk_sqs_queue_arn(queue)}),
            });
        }
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
