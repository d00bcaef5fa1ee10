/* Conformance case 'error-layer-image-code': see app.js. */
#include <ccdk/ecr.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ecr_repository *repo = ccdk_ecr_repository_from_repository_name(stack, "Repo", "my-repo");
    ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_ecr_image(repo, NULL)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
