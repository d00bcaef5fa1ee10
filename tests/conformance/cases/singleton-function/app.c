/* Singleton Function: two declarations with the same uuid, one function in the stack. */
#include <ccdk/lambda_singleton.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    const char *ids[] = {"First", "Second"};
    for (int i = 0; i < 2; i++)
        ccdk_lambda_singleton_function_new(stack, ids[i], &(ccdk_lambda_singleton_function_props){
            .uuid = "f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc",
            .lambda_purpose = "SingletonPurpose",
            .function = {
                .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
                .handler = "index.handler",
                .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
            },
        });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
