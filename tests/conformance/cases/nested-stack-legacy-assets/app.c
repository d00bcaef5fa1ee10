/* Assets in nested stacks of stacks of the LegacyStackSynthesizer (legacy_synthesizer): a function's
 * code asset (the parent's asset parameters passed down), an image function (the top-level stack's
 * aws:cdk:asset metadata), nested stacks three deep (the middle stack's parameters). Version reporting
 * off: the nested templates' hashes are in the asset parameters' logical ids. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_image.h>

static ccdk_stack *legacy(ccdk_app *app, const char *id)
{
    return ccdk_stack_new(app, id, &(ccdk_stack_props){.legacy_synthesizer = CCDK_TRUE});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.post_cli_context = CCDK_KVS({"aws:cdk:version-reporting", "false"})});

    /* assets within nested stacks are proxied from the parent */
    {
        ccdk_stack *nested = ccdk_nested_stack_new(legacy(app, "ParentStack"), "NestedStack", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(nested, "Fn", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(nested, "lambda-handler", NULL)});
        ccdk_value *p = ccdk_v_object(nested);
        ccdk_v_set(p, "FunctionArn", ccdk_v_string(nested, ccdk_lambda_function_arn(fn)));
        ccdk_cfn_resource_new(nested, "NestedResource", "Nested::Resource", p);
    }
    /* docker image assets are wired through the top-level stack */
    {
        ccdk_stack *nested = ccdk_nested_stack_new(legacy(app, "my-stack"), "nested-stack", NULL);
        ccdk_lambda_function_new(nested, "Fn", &(ccdk_lambda_function_props){
            .code = ccdk_lambda_code_from_asset_image(nested, "docker-handler", &(ccdk_lambda_asset_image_code_props){
                .build_args = CCDK_KVS({"key", "value"}, {"boom", "bam"}), .target = "buildTarget"}),
            .handler = "FROM_IMAGE", .runtime = CCDK_LAMBDA_RUNTIME_FROM_IMAGE});
    }
    /* 3-level stacks: legacy synthesizer parameters are added to the middle-level stack */
    {
        ccdk_stack *middle = ccdk_nested_stack_new(legacy(app, "stack"), "nested1", NULL);
        ccdk_stack *bottom = ccdk_nested_stack_new(middle, "nested2", NULL);
        ccdk_cfn_resource_new(bottom, "Something", "BottomLevel", NULL);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
