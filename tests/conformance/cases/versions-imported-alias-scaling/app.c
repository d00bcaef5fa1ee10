/* versions-imported-alias-scaling: auto scaling on an alias of an imported version, every
 * utilization option and a schedule with start, end and time zone (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){
        .account = "123456789012", .region = "eu-west-1"});
    ccdk_lambda_version *version = ccdk_lambda_version_from_version_arn(stack, "Version",
        "arn:aws:lambda:eu-west-1:123456789012:function:worker:12");
    ccdk_lambda_alias *live = ccdk_lambda_version_add_alias(version, "live", &(ccdk_lambda_alias_options){
        .description = "the live alias",
        .provisioned_concurrent_executions = CCDK_NUM(2),
        .max_event_age = ccdk_duration_minutes(30),
        .retry_attempts = CCDK_NUM(2),
    });
    ccdk_lambda_scalable_attribute *target = ccdk_lambda_alias_add_auto_scaling(live, &(ccdk_lambda_auto_scaling_options){
        .min_capacity = CCDK_NUM(2), .max_capacity = CCDK_NUM(10)});
    ccdk_lambda_scalable_attribute_scale_on_utilization(target, &(ccdk_lambda_utilization_scaling_options){
        .utilization_target = CCDK_NUM(0.6),
        .policy_name = "live-utilization",
        .disable_scale_in = CCDK_FALSE,
        .scale_in_cooldown = ccdk_duration_minutes(5),
        .scale_out_cooldown = ccdk_duration_seconds(30),
    });
    ccdk_lambda_scalable_attribute_scale_on_schedule(target, "Morning", &(ccdk_lambda_scaling_schedule){
        .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.minute = "0", .hour = "8"}),
        .min_capacity = CCDK_NUM(5),
        .start_time = "2030-01-01T00:00:00Z",
        .end_time = "2031-01-01T00:00:00Z",
        .time_zone = "Europe/London",
    });
    ccdk_cfn_output_new(stack, "LiveName", &(ccdk_cfn_output_props){.value = ccdk_lambda_alias_function_name(live)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
