/* Error: a permission principal with an ArnLike s3:DataAccessPointArn condition (F3) (aws-lambda/test/function.test.ts 'fails if the principal has conditions that are not supported'). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Default", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "bar", .runtime = CCDK_LAMBDA_RUNTIME_PYTHON_3_14});
    ccdk_lambda_function_add_permission(fn, "F1", &(ccdk_lambda_permission){
        .principal = ccdk_iam_principal_with_conditions(ccdk_iam_service_principal(stack, "my-service"),
                                                        ccdk_v_json(stack, "{\"ArnLike\": {\"s3:DataAccessPointArn\": \"data-access-point-arn\"}}"))});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
