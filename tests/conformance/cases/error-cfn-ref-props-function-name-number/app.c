/* error-cfn-ref-props-function-name-number: a lambda.CfnVersion whose functionName is a number: ensureStringOrUndefined's TypeError in the constructor (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_version_new(stack, "Version1", ccdk_v_json(stack, "{\"FunctionName\": 42}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
