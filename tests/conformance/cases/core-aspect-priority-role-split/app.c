/* Conformance case 'core-aspect-priority-role-split': see app.js. */
#include <stdio.h>
#include <ccdk/iam.h>
#include <ccdk/lambda.h>

static void grow_policy(void *construct, void *ctx)
{
    ccdk_iam_role *role = ctx;
    if (construct != (void *)role)
        return;
    for (int i = 0; i < 150; i++) {
        char arn[160];
        snprintf(arn, sizeof arn, "arn:aws:s3:::a-bucket-with-a-rather-long-name-for-team-%d/some/deeply/nested/prefix/that/is/long/*", i);
        ccdk_iam_role_add_to_policy(role, ccdk_iam_policy_statement_new(role, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS(arn)}));
    }
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", &(ccdk_stack_props){
        .permissions_boundary = {.name = "team-boundary"}});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
    });
    ccdk_aspects_add(stack, grow_policy, ccdk_lambda_function_role(fn));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
