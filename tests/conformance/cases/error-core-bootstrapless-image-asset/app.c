/* Conformance case 'error-core-bootstrapless-image-asset': see app.js. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", &(ccdk_stack_props){
        .bootstrapless_synthesizer = &(ccdk_bootstrapless_synthesizer_props){0},
    });
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset_image(stack, "docker-handler", NULL),
        .handler = "FROM_IMAGE",
        .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
