/* error-cfn-ref-props-layers-element: a lambda.CfnFunction whose layers hold a number: the constructor's TypeError for the element (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_function_new(stack, "Fn1", ccdk_v_json(stack, "{\"Code\": {\"ZipFile\": \"foo\"}, \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\", \"Role\": \"arn:aws:iam::123456789012:role/SomeRole\", \"Layers\": [\"arn:aws:lambda:us-east-1:123456789012:layer:l:1\", 7]}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
