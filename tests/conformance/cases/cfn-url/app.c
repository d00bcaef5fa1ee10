/* cfn-url: a lambda.CfnUrl (ccdk_lambda_cfn_url_new) with its required properties and some optional ones (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_url_new(stack, "Resource1", ccdk_v_json(stack, "{\"AuthType\": \"AWS_IAM\", \"TargetFunctionArn\": \"arn:aws:lambda:us-east-1:123456789012:function:my-function\", \"Qualifier\": \"live\", \"InvokeMode\": \"RESPONSE_STREAM\", \"Cors\": {\"AllowOrigins\": [\"https://example.com\"], \"AllowMethods\": [\"GET\"], \"MaxAge\": 300}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
