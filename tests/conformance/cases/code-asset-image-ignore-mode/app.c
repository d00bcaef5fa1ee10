/* Conformance case 'code-asset-image-ignore-mode': see app.js. Runs in the case directory. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

static void fn(ccdk_stack *stack, const char *id, const char *dir, const ccdk_lambda_asset_image_code_props *props)
{
    ccdk_lambda_docker_image_function_new(stack, id, &(ccdk_lambda_function_props){
        .code = ccdk_lambda_docker_image_code_from_image_asset(stack, dir, props),
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "ImageIgnore", NULL);
    fn(stack, "Default", "image", NULL);
    fn(stack, "Glob", "image", &(ccdk_lambda_asset_image_code_props){.ignore_mode = CCDK_IGNORE_MODE_GLOB});
    fn(stack, "Git", "image", &(ccdk_lambda_asset_image_code_props){.ignore_mode = CCDK_IGNORE_MODE_GIT});
    fn(stack, "DockerExclude", "image", &(ccdk_lambda_asset_image_code_props){
        .exclude = CCDK_STRS("build", "!build/keep.txt", "docs")});
    fn(stack, "GlobExclude", "image", &(ccdk_lambda_asset_image_code_props){
        .exclude = CCDK_STRS("build/out.txt", "index.js"), .ignore_mode = CCDK_IGNORE_MODE_GLOB});
    fn(stack, "PlainDocker", "plain", &(ccdk_lambda_asset_image_code_props){
        .exclude = CCDK_STRS("*.txt", "!sub/keep.txt", "build"), .ignore_mode = CCDK_IGNORE_MODE_DOCKER});
    fn(stack, "PlainGlob", "plain", &(ccdk_lambda_asset_image_code_props){
        .exclude = CCDK_STRS("*.txt", "!keep.txt", "build"), .ignore_mode = CCDK_IGNORE_MODE_GLOB});
    fn(stack, "PlainFollowNever", "plain", &(ccdk_lambda_asset_image_code_props){
        .exclude = CCDK_STRS("build"), .follow_symlinks = CCDK_FOLLOW_NEVER});
    fn(stack, "PlainBlockExternal", "plain", &(ccdk_lambda_asset_image_code_props){
        .exclude = CCDK_STRS("build"), .follow_symlinks = CCDK_FOLLOW_BLOCK_EXTERNAL});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
