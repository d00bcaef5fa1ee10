/* A CfnFunction's tags given as one object, not a list (see app.js). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_cfn_function_new(stack, "Fn", ccdk_v_json(stack,
        "{\"Code\": {\"ZipFile\": \"exports.handler = async () => {};\"},"
        " \"Role\": \"arn:aws:iam::123456789012:role/SomeRole\", \"Handler\": \"index.handler\","
        " \"Runtime\": \"nodejs20.x\", \"Tags\": {\"Key\": \"team\", \"Value\": \"blue\"}}"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
