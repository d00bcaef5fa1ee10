/* Conformance case 'core-time-zone-constants': see app.js. */
#include <ccdk/appscaling.h>
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => {};"),
    });
    ccdk_lambda_alias *live = ccdk_lambda_function_add_alias(fn, "live", NULL);
    ccdk_lambda_scalable_attribute *scaling = ccdk_lambda_alias_add_auto_scaling(live, &(ccdk_lambda_auto_scaling_options){
        .max_capacity = CCDK_NUM(20),
    });
    static const struct {
        const char *id, *time_zone;
    } zones[] = {
        {"London", CCDK_TIME_ZONE_EUROPE_LONDON},
        {"PortAuPrince", CCDK_TIME_ZONE_AMERICA_PORT_MINUS_AU_MINUS_PRINCE},
        {"Kiritimati", CCDK_TIME_ZONE_ETC_GMT_MINUS_14},
        {"Cet", CCDK_TIME_ZONE_CET},
        {"Of", "Europe/Berlin"}, /* TimeZone.of(name) is the name */
    };
    for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++)
        ccdk_lambda_scalable_attribute_scale_on_schedule(scaling, zones[i].id, &(ccdk_lambda_scaling_schedule){
            .schedule = ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.minute = "0", .hour = "8"}),
            .min_capacity = CCDK_NUM(5),
            .time_zone = zones[i].time_zone,
        });
    ccdk_cloudwatch_alarm *errors = ccdk_cloudwatch_metric_create_alarm(ccdk_lambda_function_metric_errors(fn, NULL), stack, "Errors",
        &(ccdk_cloudwatch_create_alarm_options){.threshold = CCDK_NUM(1), .evaluation_periods = CCDK_NUM(1)});
    ccdk_cloudwatch_alarm_add_alarm_mute_rule(errors, "Once", &(ccdk_cloudwatch_alarm_mute_rule_props){
        .schedule = ccdk_cloudwatch_schedule_expression_at(app, (ccdk_cloudwatch_calendar_date_time){2030, 1, 2, 3, 4},
                                                           CCDK_TIME_ZONE_ETC_UTC),
        .duration = ccdk_duration_hours(1)});
    ccdk_cloudwatch_alarm_add_alarm_mute_rule(errors, "Nightly", &(ccdk_cloudwatch_alarm_mute_rule_props){
        .schedule = ccdk_cloudwatch_schedule_expression_cron(app, &(ccdk_cloudwatch_cron_options){
            .minute = "30", .hour = "1", .time_zone = CCDK_TIME_ZONE_ASIA_KOLKATA}),
        .duration = ccdk_duration_hours(2)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
