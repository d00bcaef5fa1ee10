/* error-cfn-function-missing-code: a CfnFunction without its required Code (nor Role) (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_cfn_function_new(stack, "MyLambda", ccdk_v_json(stack,
        "{\"Handler\": \"index.handler\", \"Runtime\": \"python3.14\"}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
