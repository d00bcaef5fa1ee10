/* aws-events/test/schedule.test.ts's expressionString tests, as CfnOutputs (see app.js). */
#include <ccdk/events.h>

static ccdk_stack *stack;

static void out(const char *id, ccdk_events_schedule *schedule)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = ccdk_events_schedule_expression_string(schedule)});
}

static ccdk_value *five(void *ctx)
{
    return ccdk_v_number((ccdk_stack *)ctx, 5);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "ScheduleStack", NULL);

    out("CronWeekDay", ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "0/10", .week_day = "MON-FRI"}));
    out("CronMonthDay", ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "0", .hour = "8", .day = "1"}));
    out("CronNeither", ccdk_events_schedule_cron(stack, &(ccdk_events_cron_options){.minute = "0", .hour = "10"}));
    out("RateToken", ccdk_events_schedule_rate(stack, ccdk_duration_minutes_token(
                                                          ccdk_token_as_string(ccdk_lazy_value(stack, five, stack)))));
    out("RateMinutes", ccdk_events_schedule_rate(stack, ccdk_duration_minutes(10)));
    out("RateDays", ccdk_events_schedule_rate(stack, ccdk_duration_days(10)));
    out("RateHours", ccdk_events_schedule_rate(stack, ccdk_duration_hours(10)));
    out("RateSeconds", ccdk_events_schedule_rate(stack, ccdk_duration_seconds(120)));

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
