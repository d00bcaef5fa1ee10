/* error-ported-function-code-config-fn4: function.test.ts 'only one of inline, s3 or imageConfig are allowed', its Fn4: a
 * Code of one's own with inline code and an s3Location, in the Default stack (a NULL id). */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_lambda_function_new(stack, "Fn4", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_new(stack, &(ccdk_lambda_code_config){
            .inline_code = "baz",
            .s3_location = &(ccdk_lambda_code_s3_location){.bucket_name = "s3foo", .object_key = "s3bar"},
        }),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_GO_1_X,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
