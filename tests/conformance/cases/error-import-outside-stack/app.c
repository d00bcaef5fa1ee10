/* error: Function.fromFunctionName with the App as its scope (Stack.of finds no Stack). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_from_function_name(app, "Imported", "my-function");
    (void)ccdk_lambda_function_arn(fn); /* a usable handle, never NULL */
    ccdk_cfn_output_new(stack, "Out", &(ccdk_cfn_output_props){.value = "x"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
