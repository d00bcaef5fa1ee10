/* error: addPermission with a principal whose conditions Lambda cannot express. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
    });
    ccdk_lambda_function_add_permission(fn, "S3Invocation", &(ccdk_lambda_permission){
        .principal = ccdk_iam_principal_with_conditions(
            ccdk_iam_service_principal(stack, "s3.amazonaws.com"),
            ccdk_v_json(stack, "{\"StringLike\": {\"aws:SourceArn\": \"arn:aws:s3:::my-bucket*\"}}")),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
