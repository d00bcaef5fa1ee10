/* test/integ.layer-version.lit.ts: Lambda Layer usage. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "aws-cdk-layer-version-1", NULL);
    /* Just for the example - granting to the current account is not necessary. */
    const char *aws_account_id = ccdk_stack_account(stack);
    ccdk_lambda_layer_version *layer = ccdk_lambda_layer_version_new(stack, "MyLayer", &(ccdk_lambda_layer_version_props){
        .code = ccdk_lambda_code_from_asset(stack, "layer-code", NULL),
        .compatible_runtimes = CCDK_LIST(CCDK_LAMBDA_RUNTIME(NODEJS_LATEST)),
        .license = "Apache-2.0",
        .description = "A layer to test the L2 construct",
    });
    /* To grant usage by other AWS accounts (the example's removalPolicy is not a permission option
     * aws-cdk-lib reads, so it has no effect) */
    ccdk_lambda_layer_version_add_permission(layer, "remote-account-grant",
                                             &(ccdk_lambda_layer_version_permission){.account_id = aws_account_id});
    ccdk_lambda_function_new(stack, "MyLayeredLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"),
        .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME(NODEJS_LATEST),
        .layers = CCDK_LIST(layer),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
