/* schedule.c - aws-autoscaling's Schedule (aws-autoscaling/lib/schedule.ts): cron and expression. */
#include "ccdk/autoscaling.h"
#include "internal.h"

ccdk_appscaling_schedule ccdk_autoscaling_schedule_expression(void *owner, const char *expression)
{
    ccdk_app *app = ccdk__app_of(owner);
    ccdk_appscaling_schedule s = {ccdk__strdup(app, expression ? expression : ""), 0, NULL};
    return s;
}

ccdk_appscaling_schedule ccdk_autoscaling_schedule_cron(void *owner, const ccdk_autoscaling_cron_options *o)
{
    ccdk_app *app = ccdk__app_of(owner);
    ccdk_appscaling_schedule s = {"", 0, NULL};
    static const ccdk_autoscaling_cron_options none;
    if (!o)
        o = &none;
    if (o->week_day && o->day) {
        ccdk__unscoped_error(app, "Cannot supply both 'day' and 'weekDay', use at most one");
        return s;
    }
    /* fallback(x, '*'): only undefined falls back; "" stays "" */
#define F(x) ((x) ? (x) : "*")
    s.expression_string = ccdk__sprintf(app, "%s %s %s %s %s", F(o->minute), F(o->hour), F(o->day), F(o->month), F(o->week_day));
#undef F
    s.warn_default_minute = !o->minute || !*o->minute; /* `options.minute ||` warn */
    s.default_minute_warning = "@aws-cdk/aws-autoscaling:scheduleDefaultRunsEveryMinute";
    return s;
}
