/* Conformance case 'code-asset-source-kms-key': see app.js. Runs in the case directory. */
#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "SourceKey", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "CodeKey", NULL);
    ccdk_lambda_code *code = ccdk_lambda_code_from_asset(stack, "handler", &(ccdk_asset_options){.source_kms_key = key});
    const char *ids[] = {"First", "Second"};
    for (int i = 0; i < 2; i++)
        ccdk_lambda_function_new(stack, ids[i], &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X, .handler = "index.handler", .code = code});
    ccdk_kms_key *imported = ccdk_kms_key_from_key_arn(stack, "Imported",
                                                       "arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    ccdk_lambda_function_new(stack, "Third", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "handler", &(ccdk_asset_options){
            .source_kms_key = imported, .exclude = CCDK_STRS("*.md")}),
    });
    ccdk_lambda_layer_version_new(stack, "Layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "handler", &(ccdk_asset_options){.source_kms_key = key})});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
