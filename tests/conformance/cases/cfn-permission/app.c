/* cfn-permission: a lambda.CfnPermission (ccdk_lambda_cfn_permission_new) with its required properties and some optional ones (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_permission_new(stack, "Resource1", ccdk_v_json(stack, "{\"Action\": \"lambda:InvokeFunction\", \"FunctionName\": \"my-function\", \"Principal\": \"s3.amazonaws.com\", \"SourceAccount\": \"123456789012\", \"SourceArn\": \"arn:aws:s3:::my-bucket\"}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
