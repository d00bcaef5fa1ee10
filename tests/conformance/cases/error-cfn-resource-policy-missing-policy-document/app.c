/* error-cfn-resource-policy-missing-policy-document: a lambda.CfnResourcePolicy without its required policyDocument, in the Default stack: requireProperty's error (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_cfn_resource_policy_new(stack, "Resource1", ccdk_v_json(stack, "{\"ResourceArn\": \"arn:aws:lambda:us-east-1:123456789012:function:my-function\"}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
