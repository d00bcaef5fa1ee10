/* stress shape many_permissions: in a stack "Main", one function "Target" with N addPermission
 * calls of distinct principals in turn -- s3.amazonaws.com with a bucket's source ARN and account,
 * a 12-digit account, events.amazonaws.com with a rule's source ARN, a role ARN -- and a role
 * "Invoker"; N functions in stacks of 100 each grantInvoke that role (the role's policy names
 * every function's ARN: Main imports from each stack). aws-cdk-lib's stack resource limit is off,
 * as in bench/apps/shared_asset.c. minimizePolicies stays off: with it, aws-cdk-lib orders the
 * producers' exports by its process's token numbers as strings (setMerge sorts the unresolved
 * "${Token[TOKEN.n]}" strings), which ccdk does not number alike (bench/stress/README.md). Same
 * construct ids as many_permissions.js.
 * Usage: many_permissions [N]   (default 1000; output: $CDK_OUTDIR, else cdk.out) */
#include <stdio.h>
#include <stdlib.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

#define PER_STACK 100

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1000;
    if (n < 1) {
        fprintf(stderr, "usage: many_permissions [N] (N >= 1)\n");
        return 2;
    }
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:stackResourceLimit", "0"})});
    ccdk_stack *main_stack = ccdk_stack_new(app, "Main", NULL);
    ccdk_lambda_function *target = ccdk_lambda_function_new(main_stack, "Target", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_24_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(main_stack, "exports.handler = async () => 'ok';"),
    });
    ccdk_iam_role *invoker = ccdk_iam_role_new(main_stack, "Invoker", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(main_stack, "states.amazonaws.com"),
    });
    char id[32], arn[128];
    for (long i = 0; i < n; i++) {
        snprintf(id, sizeof id, "Perm%ld", i);
        switch (i % 4) {
        case 0:
            snprintf(arn, sizeof arn, "arn:aws:s3:::bucket-%ld", i);
            ccdk_lambda_function_add_permission(target, id, &(ccdk_lambda_permission){
                .principal = ccdk_iam_service_principal(main_stack, "s3.amazonaws.com"),
                .source_arn = arn, .source_account = "123456789012"});
            break;
        case 1:
            snprintf(arn, sizeof arn, "2%011ld", i);
            ccdk_lambda_function_add_permission(target, id, &(ccdk_lambda_permission){
                .principal = ccdk_iam_account_principal(main_stack, arn)});
            break;
        case 2:
            snprintf(arn, sizeof arn, "arn:aws:events:us-east-1:123456789012:rule/rule-%ld", i);
            ccdk_lambda_function_add_permission(target, id, &(ccdk_lambda_permission){
                .principal = ccdk_iam_service_principal(main_stack, "events.amazonaws.com"), .source_arn = arn});
            break;
        default:
            snprintf(arn, sizeof arn, "arn:aws:iam::3%011ld:role/caller-%ld", i, i);
            ccdk_lambda_function_add_permission(target, id, &(ccdk_lambda_permission){
                .principal = ccdk_iam_arn_principal(main_stack, arn)});
            break;
        }
    }
    ccdk_stack *stack = NULL;
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
        });
        ccdk_lambda_function_grant_invoke(fn, invoker);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
