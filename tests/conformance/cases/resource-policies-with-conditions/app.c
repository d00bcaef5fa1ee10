/* Seed README, Resource-based Policies: principal with conditions (SourceArn/SourceAccount). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    /* `declare const fn: lambda.Function;` in the example: a minimal one. */
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_iam_principal *service_principal = ccdk_iam_service_principal(stack, "my-service");
    const char *source_arn = "arn:aws:s3:::my-bucket";
    const char *source_account = "111122223333";
    ccdk_value *conditions = ccdk_v_object(stack);
    ccdk_v_set(conditions, "ArnLike", ccdk_v_set(ccdk_v_object(stack), "aws:SourceArn", ccdk_v_string(stack, source_arn)));
    ccdk_v_set(conditions, "StringEquals",
               ccdk_v_set(ccdk_v_object(stack), "aws:SourceAccount", ccdk_v_string(stack, source_account)));
    ccdk_iam_principal *with_conditions = ccdk_iam_principal_with_conditions(service_principal, conditions);
    ccdk_lambda_function_grant_invoke(fn, with_conditions);
    /* Equivalent to: */
    ccdk_lambda_function_add_permission(fn, "my-service Invocation", &(ccdk_lambda_permission){
        .principal = service_principal,
        .source_arn = source_arn,
        .source_account = source_account,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
