/* error-ported-function-code-config-fn2: function.test.ts 'only one of inline, s3 or imageConfig are allowed', its Fn2: a
 * Code of one's own with inline code and an image, in the Default stack (a NULL id). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_function_new(stack, "Fn2", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_new(stack, &(ccdk_lambda_code_config){
            .inline_code = "foo",
            .image = &(ccdk_lambda_code_image_config){.image_uri = "bar"},
        }),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_GO_1_X,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
