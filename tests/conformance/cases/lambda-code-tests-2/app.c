/* Code.fromEcrImage at the edges of its props, and on imported repositories; CfnParametersCode
 * shared and in a layer (see app.js). */
#include <ccdk/ecr.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>
#include <ccdk/lambda_versions.h>

static void fn(ccdk_stack *stack, const char *id, ccdk_lambda_code *code)
{
    ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .code = code, .handler = "FROM_IMAGE", .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_ecr_repository *repo = ccdk_ecr_repository_new(stack, "Repo", NULL);
    fn(stack, "EmptyTag", ccdk_lambda_code_from_ecr_image(repo, &(ccdk_lambda_ecr_image_code_props){.tag_or_digest = ""}));
    fn(stack, "DeprecatedTag", ccdk_lambda_code_from_ecr_image(repo, &(ccdk_lambda_ecr_image_code_props){.tag = "v1"}));
    fn(stack, "BothTags", ccdk_lambda_code_from_ecr_image(repo, &(ccdk_lambda_ecr_image_code_props){
        .tag = "v1", .tag_or_digest = "sha256:abc"}));
    fn(stack, "EmptyConfig", ccdk_lambda_code_from_ecr_image(repo, &(ccdk_lambda_ecr_image_code_props){
        .cmd = CCDK_EMPTY_LIST, .entrypoint = CCDK_EMPTY_LIST, .working_directory = ""}));
    fn(stack, "ByName", ccdk_lambda_code_from_ecr_image(
        ccdk_ecr_repository_from_repository_name(stack, "ByNameRepo", "my-repo"),
        &(ccdk_lambda_ecr_image_code_props){.tag_or_digest = "v2"}));
    fn(stack, "ByArn", ccdk_lambda_code_from_ecr_image(ccdk_ecr_repository_from_repository_arn(stack, "ByArnRepo",
        "arn:aws:ecr:us-east-1:123456789012:repository/other-repo"), NULL));
    fn(stack, "ByAttrs", ccdk_lambda_code_from_ecr_image(
        ccdk_ecr_repository_from_repository_attributes(stack, "ByAttrsRepo", &(ccdk_ecr_repository_attributes){
            .repository_arn = "arn:aws:ecr:eu-west-1:111122223333:repository/third", .repository_name = "third"}),
        &(ccdk_lambda_ecr_image_code_props){.cmd = CCDK_STRS("a")}));
    fn(stack, "SameRepo", ccdk_lambda_code_from_ecr_image(repo, &(ccdk_lambda_ecr_image_code_props){.tag_or_digest = "v3"}));

    ccdk_lambda_code *shared = ccdk_lambda_code_from_cfn_parameters(stack, NULL);
    static const char *const ids[] = {"ParamsA", "ParamsB"};
    for (int i = 0; i < 2; i++)
        ccdk_lambda_function_new(stack, ids[i], &(ccdk_lambda_function_props){
            .code = shared, .handler = "index.handler", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X});
    ccdk_lambda_code *layer_code = ccdk_lambda_code_from_cfn_parameters(stack, NULL);
    ccdk_lambda_layer_version_new(stack, "ParamsLayer", &(ccdk_lambda_layer_version_props){.code = layer_code});
    ccdk_cfn_output_new(stack, "LayerBucketParam", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_code_bucket_name_param(layer_code)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
