/* Conformance case 'cloudwatch-alarm-mute-rule-lambda': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
    });
    ccdk_cloudwatch_alarm *errors = ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_errors(fn, NULL), stack, "Errors",
        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    ccdk_cloudwatch_alarm *throttles = ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_throttles(fn, NULL), stack,
        "Throttles", &(ccdk_cloudwatch_create_alarm_options){
            .threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1), .alarm_name = "fn-throttles"});
    ccdk_cloudwatch_alarm *composite = ccdk_cloudwatch_composite_alarm_new(stack, "Composite", &(ccdk_cloudwatch_composite_alarm_props){
        .alarm_rule = ccdk_cloudwatch_alarm_rule_any_of(app, (ccdk_cloudwatch_alarm_rule_list)CCDK_LIST(
            ccdk_cloudwatch_alarm_rule_from_alarm(errors, CCDK_CW_ALARM_STATE_ALARM),
            ccdk_cloudwatch_alarm_rule_from_alarm(throttles, CCDK_CW_ALARM_STATE_ALARM)))});

    ccdk_cloudwatch_alarm_add_alarm_mute_rule(errors, "NightlyMute", &(ccdk_cloudwatch_alarm_mute_rule_props){
        .schedule = ccdk_cloudwatch_schedule_expression_cron(app, &(ccdk_cloudwatch_cron_options){
            .minute = "0", .hour = "2", .week_day = "MON-FRI", .time_zone = "America/New_York"}),
        .duration = ccdk_duration_hours(4)});

    ccdk_cloudwatch_alarm_mute_rule *rule = ccdk_cloudwatch_alarm_mute_rule_new(stack, "Maintenance", &(ccdk_cloudwatch_alarm_mute_rule_props){
        .alarm_mute_rule_name = "maintenance-window",
        .description = "planned maintenance",
        .schedule = ccdk_cloudwatch_schedule_expression_at(app, (ccdk_cloudwatch_calendar_date_time){2026, 3, 7, 4, 5}, "Europe/London"),
        .duration = ccdk_duration_days(15),
        .start = &(ccdk_cloudwatch_calendar_date_time){2026, 1, 1, 0, 0},
        .expire = &(ccdk_cloudwatch_calendar_date_time){2027, 12, 31, 23, 59},
        .tags = CCDK_KVS({"team", "ops"}, {"env", "prod"}),
        .alarms = CCDK_LIST(errors)});
    ccdk_cloudwatch_alarm_mute_rule_add_alarm(rule, throttles);
    ccdk_cloudwatch_alarm_mute_rule_add_alarm(rule, composite);
    ccdk_cloudwatch_alarm_mute_rule_add_alarm(rule, ccdk_cloudwatch_alarm_from_alarm_name(stack, "Imported", "some-other-alarm"));

    ccdk_cloudwatch_alarm_mute_rule_new(stack, "Plain", &(ccdk_cloudwatch_alarm_mute_rule_props){
        .schedule = {.expression = "cron(0 0 * * ? *)"}, .duration = ccdk_duration_minutes(1)});
    ccdk_tags_add(stack, "stack-tag", "yes");

    ccdk_cloudwatch_alarm_mute_rule *by_name = ccdk_cloudwatch_alarm_mute_rule_from_alarm_mute_rule_name(stack, "ByName", "imported-rule");
    ccdk_cloudwatch_alarm_mute_rule *by_arn = ccdk_cloudwatch_alarm_mute_rule_from_alarm_mute_rule_arn(stack, "ByArn",
        "arn:aws:cloudwatch:us-east-1:123456789012:alarm-mute-rule:other");
    ccdk_cfn_output_new(stack, "RuleArn", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_mute_rule_arn(rule)});
    ccdk_cfn_output_new(stack, "RuleName", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_mute_rule_name(rule)});
    ccdk_cfn_output_new(stack, "ByNameArn", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_mute_rule_arn(by_name)});
    ccdk_cfn_output_new(stack, "ByNameName", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_mute_rule_name(by_name)});
    ccdk_cfn_output_new(stack, "ByArnName", &(ccdk_cfn_output_props){.value = ccdk_cloudwatch_alarm_mute_rule_name(by_arn)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
