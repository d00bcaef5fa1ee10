/* ported-layers-asset-metadata: layers.test.ts 'asset metadata is added to the cloudformation
 * resource' as written (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/core:newStyleStackSynthesis", "false"}),
    });
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_node_set_context(stack, "aws:cdk:enable-asset-metadata", "true");
    ccdk_lambda_layer_version_new(stack, "layer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer-code", NULL)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
