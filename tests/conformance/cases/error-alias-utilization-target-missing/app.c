/* error-alias-utilization-target-missing (none (scaleOnUtilization without utilizationTarget: the CfnScalingPolicy's own check)) */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "hello()"),
        .handler = "index.hello",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_14_X,
    });
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = ccdk_lambda_function_current_version(fn)});
    ccdk_lambda_scalable_attribute_scale_on_utilization(
        ccdk_lambda_alias_add_auto_scaling(alias, &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(5)}),
        &(ccdk_lambda_utilization_scaling_options){0});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
