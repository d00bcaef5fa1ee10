/* FunctionVersionUpgrade with the flags off (enabled=false); alias auto scaling without scheduled
 * actions; rate, at and cron schedules. */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_node_set_context(stack, CCDK_LAMBDA_RECOGNIZE_VERSION_PROPS, "false");
    ccdk_node_set_context(stack, CCDK_LAMBDA_RECOGNIZE_LAYER_VERSION, "false");
    ccdk_lambda_function_version_upgrade_aspect(stack, CCDK_LAMBDA_RECOGNIZE_VERSION_PROPS, CCDK_FALSE);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
        .environment = CCDK_KVS({"B", "b"}, {"A", "a"}),
        .reserved_concurrent_executions = CCDK_NUM(3),
    });
    ccdk_tags_add(fn, "owner", "me");
    ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(fn, "live", NULL);
    ccdk_lambda_alias_add_auto_scaling(live, &(ccdk_lambda_auto_scaling_options){.max_capacity = CCDK_NUM(5)});
    ccdk_lambda_alias *beta = ccdk_lambda_version_add_alias(ccdk_lambda_function_current_version(fn), "beta", NULL);
    ccdk_lambda_scalable_attribute *scaling = ccdk_lambda_alias_add_auto_scaling(beta, &(ccdk_lambda_auto_scaling_options){
        .min_capacity = CCDK_NUM(2), .max_capacity = CCDK_NUM(9)});
    ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "Every", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_rate(stack, ccdk_duration_hours(36)), .max_capacity = CCDK_NUM(4)});
    ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "Once", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_at(stack, (ccdk_appscaling_time){2030, 1, 2, 3, 4, 5}), .min_capacity = CCDK_NUM(3)});
    ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, "Hourly", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.minute = "15"}),
        .min_capacity = CCDK_NUM(2), .max_capacity = CCDK_NUM(6)});
    ccdk_lambda_scalable_attribute_scale_on_utilization(scaling, &(ccdk_lambda_utilization_scaling_options){
        .utilization_target = CCDK_NUM(0.7), .scale_in_cooldown = ccdk_duration_minutes(2), .disable_scale_in = CCDK_TRUE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
