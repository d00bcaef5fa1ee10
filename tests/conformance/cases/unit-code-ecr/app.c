/* Conformance case 'unit-code-ecr': see app.js. */
#include <ccdk/ecr.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

static void ecr_fn(ccdk_app *app, const char *stack_name, const ccdk_lambda_ecr_image_code_props *props)
{
    ccdk_stack *stack = ccdk_stack_new(app, stack_name, NULL);
    ccdk_ecr_repository *repo = ccdk_ecr_repository_new(stack, "Repo", NULL);
    ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_ecr_image(repo, props),
        .handler = "FROM_IMAGE",
        .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE,
    });
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ecr_fn(app, "RepositoryUri", NULL);
    ecr_fn(app, "PropsResolved", &(ccdk_lambda_ecr_image_code_props){
        .cmd = CCDK_STRS("cmd", "param1"), .entrypoint = CCDK_STRS("entrypoint", "param2"),
        .tag_or_digest = "mytag", .working_directory = "/some/path"});
    ecr_fn(app, "Digest", &(ccdk_lambda_ecr_image_code_props){
        .tag_or_digest = "sha256:afc607424cc02c92d4d6af5184a4fef46a69548e465a320808c6ff358b6a3a8d"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
