/* A role's statement names the ARNs of 20 functions of another stack at once: one policy element
 * bringing 20 references (more than the first growth of the list the collecting pass orders them
 * in), which, under `cdk init`'s minimizePolicies, aws-cdk-lib meets in the order they were added,
 * before the policy's resources are sorted: the producer's outputs keep that order. */
#include <stdio.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *producer = ccdk_stack_new(app, "Producer", NULL);
    const char *arns[20];
    char id[16];
    for (int i = 0; i < 20; i++) {
        snprintf(id, sizeof id, "Fn%d", i);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(producer, id, &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_inline(producer, "exports.handler = async () => 1;"),
        });
        arns[i] = ccdk_lambda_function_arn(fn);
    }
    ccdk_stack *consumer = ccdk_stack_new(app, "Consumer", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(consumer, "Invoker", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(consumer, "states.amazonaws.com"),
    });
    ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(consumer, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("lambda:InvokeFunction"), .resources = (ccdk_strs)CCDK_LIST_N(arns, 20)}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
