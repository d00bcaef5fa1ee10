/* cfn-resource-policy: a lambda.CfnResourcePolicy (ccdk_lambda_cfn_resource_policy_new) with its required properties and some optional ones (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_resource_policy_new(stack, "Resource1", ccdk_v_json(stack, "{\"PolicyDocument\": {\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"123456789012\"}, \"Action\": \"lambda:InvokeFunction\", \"Resource\": \"*\"}]}, \"ResourceArn\": \"arn:aws:lambda:us-east-1:123456789012:function:my-function\"}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
