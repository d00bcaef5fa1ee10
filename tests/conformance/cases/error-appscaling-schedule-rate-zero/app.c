/* Conformance case 'error-appscaling-schedule-rate-zero': see app.js. */
#include <ccdk/appscaling.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyLambda", &(ccdk_lambda_function_props){
        .code = ccdk_lambda_code_from_inline(stack, "foo"), .handler = "index.handler",
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST});
    ccdk_lambda_alias *alias = ccdk_lambda_alias_new(stack, "Alias", &(ccdk_lambda_alias_props){
        .alias_name = "prod", .version = ccdk_lambda_function_current_version(fn)});
    ccdk_lambda_scalable_attribute *target = ccdk_lambda_alias_add_auto_scaling(alias, &(ccdk_lambda_auto_scaling_options){
        .max_capacity = CCDK_NUM(20)});
    ccdk_lambda_scalable_attribute_scale_on_schedule(target, "ScaleUp", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_rate(stack, ccdk_duration_days(0)), .max_capacity = CCDK_NUM(50)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
