/* error-cfn-resource-policy-missing-resource-arn: a lambda.CfnResourcePolicy without its required resourceArn, in the Default stack: requireProperty's error (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_cfn_resource_policy_new(stack, "Resource1", ccdk_v_json(stack, "{\"PolicyDocument\": {\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"123456789012\"}, \"Action\": \"lambda:InvokeFunction\", \"Resource\": \"*\"}]}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
