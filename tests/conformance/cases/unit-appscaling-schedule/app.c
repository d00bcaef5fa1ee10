/* aws-applicationautoscaling/test/schedule.test.ts's expressionString tests, as CfnOutputs (see
 * app.js). */
#include <ccdk/appscaling.h>

static ccdk_stack *stack;

static void out(const char *id, ccdk_appscaling_schedule schedule)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = schedule.expression_string});
}

static ccdk_value *five(void *ctx)
{
    return ccdk_v_number((ccdk_stack *)ctx, 5);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "ScheduleStack", NULL);

    out("CronHourOnly", ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.hour = "18", .minute = "0"}));
    out("CronHourMinute", ccdk_appscaling_schedule_cron(stack, &(ccdk_appscaling_cron_options){.hour = "18", .minute = "24"}));
    out("RateSeconds", ccdk_appscaling_schedule_rate(stack, ccdk_duration_seconds(120)));
    out("RateToken", ccdk_appscaling_schedule_rate(stack, ccdk_duration_minutes_token(
                                                             ccdk_token_as_string(ccdk_lazy_value(stack, five, stack)))));
    out("RateHours", ccdk_appscaling_schedule_rate(stack, ccdk_duration_hours(1)));
    out("Expression", ccdk_appscaling_schedule_expression(stack, "cron(0 18 * * ? *)"));
    /* new Date(Date.UTC(2021, 10, 26)): JavaScript's month 10 is November */
    out("At", ccdk_appscaling_schedule_at(stack, (ccdk_appscaling_time){.year = 2021, .month = 11, .day = 26}));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
