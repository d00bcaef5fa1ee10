/* error-cfn-ref-props-role-object: a lambda.CfnFunction whose role is an intrinsic object (not a string token): the constructor's TypeError (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_function_new(stack, "Fn1", ccdk_v_json(stack, "{\"Code\": {\"ZipFile\": \"foo\"}, \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\", \"Role\": {\"Fn::GetAtt\": [\"R\", \"Arn\"]}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
