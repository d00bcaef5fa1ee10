/* error-cfn-ref-props-null-principal: a lambda.CfnPermission whose optional sourceArn is null: the constructor's TypeError (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_permission_new(stack, "Perm1", ccdk_v_json(stack, "{\"Action\": \"lambda:InvokeFunction\", \"FunctionName\": \"f\", \"Principal\": \"s3.amazonaws.com\", \"SourceArn\": null}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
