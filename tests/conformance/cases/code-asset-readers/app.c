/* Code.fromAsset's readers and displayName (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Reader", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_root_principal(stack)});
    ccdk_iam_user *user = ccdk_iam_user_new(stack, "User", NULL);
    ccdk_iam_role *imported = ccdk_iam_role_from_role_arn(stack, "Imported", "arn:aws:iam::123456789012:role/reader");
    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(stack, "lambda-handler", &(ccdk_asset_options){
        .readers = CCDK_LIST(ccdk_iam_role_principal(role), ccdk_iam_user_principal(user),
                             ccdk_iam_role_principal(imported), ccdk_iam_service_principal(stack, "codebuild.amazonaws.com")),
        .display_name = "My handler code"});
    static const char *const ids[] = {"Fn", "Again"};
    for (int i = 0; i < 2; i++)
        ccdk_lambda_function_new(stack, ids[i], &(ccdk_lambda_function_props){
            .code = code, .handler = "index.handler", .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X});
    ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer", &(ccdk_asset_options){
            .readers = CCDK_LIST(ccdk_iam_role_principal(role)), .display_name = ""})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
