/* cfn-web-function-endpoint: a lambda.CfnWebFunctionEndpoint (ccdk_lambda_cfn_web_function_endpoint_new) with its required properties and some optional ones (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_web_function_endpoint_new(stack, "Resource1", ccdk_v_json(stack, "{\"AuthType\": \"NONE\", \"EndpointName\": \"main\", \"EndpointType\": \"PUBLIC\", \"FunctionName\": \"my-web-function\", \"Description\": \"the main endpoint\"}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
