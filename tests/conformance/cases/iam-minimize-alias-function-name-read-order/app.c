/* Conformance case 'iam-minimize-alias-function-name-read-order': see app.js. alias.functionName's
 * first read reads alias.functionArn, then makes its own token (token.c's first reads): the merged
 * resources and the producer's exports follow. One ARN is read through ccdk_lambda_ifunction_arn, which
 * reads as the getter does. (app.js's Lazy strings only move aws-cdk-lib's counter.) */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_lambda_function *fn(ccdk_stack *stack, const char *id)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
}

static void allow(ccdk_iam_role *role, const char *resource)
{
    ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(role, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("lambda:GetFunction"), .resources = CCDK_STRS(resource)}));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/aws-iam:minimizePolicies", "true"})});
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_lambda_function *fn1 = fn(producer, "Fn1");
    ccdk_lambda_function *fn2 = fn(producer, "Fn2");
    ccdk_lambda_alias *a1 = ccdk_lambda_function_add_alias(fn1, "live", NULL);
    ccdk_lambda_alias *a2 = ccdk_lambda_function_add_alias(fn2, "live", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(consumer, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(consumer, "lambda.amazonaws.com"),
    });
    /* one statement each, in this order (the reads are the point: not in one initializer list, whose
     * expressions C evaluates in no set order) */
    allow(role, ccdk_lambda_function_arn(fn2));
    allow(role, ccdk_lambda_alias_function_name(a2));
    allow(role, ccdk_lambda_ifunction_arn(a1));
    allow(role, ccdk_lambda_function_arn(fn1));
    allow(role, ccdk_lambda_alias_function_name(a1));
    allow(role, ccdk_lambda_alias_arn(a2));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
