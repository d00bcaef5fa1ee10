/* error-code-config-image-and-s3: error: a Code of one's own with an image and an s3Location (function.test.ts 'only one of inline, s3 or imageConfig are allowed', Fn3) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function_new(stack, "Fn3", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_new(stack, &(ccdk_lambda_code_config){
            .image = &(ccdk_lambda_code_image_config){.image_uri = "baz"},
            .s3_location = &(ccdk_lambda_code_s3_location){.bucket_name = "s3foo", .object_key = "s3bar"},
        }),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_GO_1_X,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
