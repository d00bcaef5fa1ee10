/* stress shape one_role_many_statements: one function whose role gets N statements through
 * fn.addToRolePolicy -- the first half each a distinct action on a distinct resource, the second
 * half one action (sqs:SendMessage) on a distinct queue ARN each, which the policy minimization of
 * @aws-cdk/aws-iam:minimizePolicies (on here, as `cdk init` sets it) merges. The role's
 * DefaultPolicy outgrows its 10000 characters and splits into OverflowPolicy managed policies.
 * Same construct ids as one_role_many_statements.js.
 * Usage: one_role_many_statements [N]   (default 500; output: $CDK_OUTDIR, else cdk.out) */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 500;
    if (n < 1) {
        fprintf(stderr, "usage: one_role_many_statements [N] (N >= 1)\n");
        return 2;
    }
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/aws-iam:minimizePolicies", "true"})});
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 'ok';"),
    });
    char action[64], resource[128];
    for (long i = 0; i < n; i++) {
        if (i < n / 2) {
            snprintf(action, sizeof action, "s3:GetObjectVersion%ld", i);
            snprintf(resource, sizeof resource, "arn:aws:s3:::bucket-%ld/*", i);
        } else {
            snprintf(action, sizeof action, "sqs:SendMessage");
            snprintf(resource, sizeof resource, "arn:aws:sqs:us-east-1:123456789012:queue-%ld", i);
        }
        ccdk_lambda_function_add_to_role_policy(fn, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS(action), .resources = CCDK_STRS(resource)}));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
