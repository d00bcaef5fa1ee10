/* error-cfn-validator-function-memory-string: a lambda.CfnFunction whose memorySize is the string '128': "128" should be a number (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_function_new(stack, "Fn1", ccdk_v_json(stack, "{\"Code\": {\"ZipFile\": \"foo\"}, \"Handler\": \"index.handler\", \"Runtime\": \"python3.14\", \"Role\": \"arn:aws:iam::123456789012:role/SomeRole\", \"MemorySize\": \"128\"}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
