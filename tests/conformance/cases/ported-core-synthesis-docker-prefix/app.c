/* Conformance case 'ported-core-synthesis-docker-prefix': see app.js (ccdk_default_stack_synthesizer_props.docker_tag_prefix). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

int main(void)
{
    ccdk_app *myapp = ccdk_app_new(NULL);
    ccdk_stack *mystack = ccdk_stack_new(myapp, "mystack-dockerPrefix", &(ccdk_stack_props){
        .synthesizer = &(ccdk_default_stack_synthesizer_props){
            .docker_tag_prefix = "test-prefix-",
        },
    });
    ccdk_lambda_function_new(mystack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_asset_image(mystack, "docker-handler", NULL),
        .handler = "FROM_IMAGE",
        .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE,
    });
    int rc = ccdk_app_synth(myapp);
    ccdk_app_free(myapp);
    return rc ? 1 : 0;
}
