/* Conformance case 'integ-lambda-image': aws-lambda test/integ.lambda.image.ts, adapted as app.js
 * says (the third-party ECRDeployment and the dependencies on it are dropped, as is the IntegTest;
 * its assertion stack stays, empty). */
#include <ccdk/ecr.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

#define TAG_NAME "testTag"
#define IMAGE_DIGEST "sha256:55d873154f78cd9a13487c9539ff380f396b887f4a815d84fd698ed872c74749"

static void image_fn(ccdk_stack *stack, const char *id, const char *name, ccdk_ecr_repository *repo, const char *tag_or_digest)
{
    ccdk_lambda_docker_image_function_new(stack, id, &(ccdk_lambda_function_props){
        .function_name = name,
        .code = ccdk_lambda_docker_image_code_from_ecr(repo, &(ccdk_lambda_ecr_image_code_props){.tag_or_digest = tag_or_digest}),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-lambda-image", NULL);
    ccdk_cfn_parameter *image_tag = ccdk_cfn_parameter_new(stack, "ImageTag", &(ccdk_cfn_parameter_props){
        .default_value = ccdk_v_string(stack, TAG_NAME)});
    ccdk_cfn_parameter *image_digest = ccdk_cfn_parameter_new(stack, "ImageDigest", &(ccdk_cfn_parameter_props){
        .default_value = ccdk_v_string(stack, IMAGE_DIGEST)});
    ccdk_ecr_repository *repo = ccdk_ecr_repository_new(stack, "MyRepo", NULL);
    image_fn(stack, "ImageLambdaDigest", "ImageLambdaDigestCfnParam", repo, ccdk_cfn_parameter_value_as_string(image_digest));
    image_fn(stack, "ImageLambdaDigestConst", "ImageLambdaDigestConst", repo, IMAGE_DIGEST);
    image_fn(stack, "ImageLambdaTag", "ImageLambdaTagCfnParam", repo, ccdk_cfn_parameter_value_as_string(image_tag));
    image_fn(stack, "ImageLambdaTagConst", "ImageLambdaTagConst", repo, TAG_NAME);
    ccdk_stack_new(app, "LambdaFunctionWithRepoImageUsingCfnParameterAssertionStack", NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
