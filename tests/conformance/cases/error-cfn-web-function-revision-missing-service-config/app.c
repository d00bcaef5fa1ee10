/* error-cfn-web-function-revision-missing-service-config: a lambda.CfnWebFunctionRevision without its required serviceConfig, in the Default stack: requireProperty's error (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_cfn_web_function_revision_new(stack, "Resource1", ccdk_v_json(stack, "{\"BuildConfig\": {}, \"FunctionName\": \"my-web-function\"}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
