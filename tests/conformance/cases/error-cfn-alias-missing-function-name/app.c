/* error-cfn-alias-missing-function-name: a lambda.CfnAlias without its required functionName, in the Default stack: requireProperty's error (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_cfn_alias_new(stack, "Resource1", ccdk_v_json(stack, "{\"FunctionVersion\": \"1\", \"Name\": \"live\"}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
