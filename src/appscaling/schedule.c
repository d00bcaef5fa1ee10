/* schedule.c - aws-applicationautoscaling Schedule: expression, rate, at and cron expressions. */
#include <math.h>

#include "ccdk/appscaling.h"
#include "internal.h"

ccdk_appscaling_schedule ccdk_appscaling_schedule_expression(void *scope, const char *expression)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_appscaling_schedule s = {app ? ccdk__strdup(app, expression ? expression : "") : "", 0, NULL};
    return s;
}

static const char *make_rate(ccdk_app *app, double interval, const char *singular)
{
    if (interval == 1)
        return ccdk__sprintf(app, "rate(1 %s)", singular);
    return ccdk__sprintf(app, "rate(%s %ss)", ccdk__num_string(app, interval), singular);
}

ccdk_appscaling_schedule ccdk_appscaling_schedule_rate(void *scope, ccdk_duration d)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_appscaling_schedule s = {"", 0, NULL};
    if (!app || !ccdk__duration_check(scope, d))
        return s;
    if (ccdk_duration_is_unresolved(d)) { /* rate(<token> <unit>) in minutes, hours or days */
        if (d.unit != CCDK_TIME_MINUTES && d.unit != CCDK_TIME_HOURS && d.unit != CCDK_TIME_DAYS)
            ccdk__unscoped_error(app, "Allowed units for scheduling are: 'minute', 'minutes', 'hour', 'hours', 'day' or 'days'");
        else
            s.expression_string = ccdk__sprintf(app, "rate(%s %s)", d.token, ccdk__time_unit_label(d.unit));
        return s;
    }
    /* duration.toSeconds() (integral: a fraction of a second is its error), then toDays / toHours
     * (not integral) and toMinutes (integral), as aws-cdk-lib */
    int ok = 1;
    double secs = ccdk__duration_convert(scope, d, CCDK_TIME_SECONDS, 1, &ok);
    if (!ok)
        return s;
    if (secs == 0) {
        ccdk__unscoped_error(app, "Duration cannot be 0");
        return s;
    }
    double days = ccdk__duration_convert(scope, d, CCDK_TIME_DAYS, 0, &ok);
    double hours = ccdk__duration_convert(scope, d, CCDK_TIME_HOURS, 0, &ok);
    if (days != 0 && days == floor(days))
        s.expression_string = make_rate(app, days, "day");
    else if (hours != 0 && hours == floor(hours))
        s.expression_string = make_rate(app, hours, "hour");
    else {
        double minutes = ccdk__duration_convert(scope, d, CCDK_TIME_MINUTES, 1, &ok);
        if (!ok)
            return s;
        s.expression_string = make_rate(app, minutes, "minute");
    }
    return s;
}

ccdk_appscaling_schedule ccdk_appscaling_schedule_at(void *scope, ccdk_appscaling_time t)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_appscaling_schedule s = {"", 0, NULL};
    if (app)
        s.expression_string = ccdk__sprintf(app, "at(%d-%02d-%02dT%02d:%02d:%02d)", t.year, t.month, t.day, t.hour, t.minute, t.second);
    return s;
}

ccdk_appscaling_schedule ccdk_appscaling_schedule_cron(void *scope, const ccdk_appscaling_cron_options *o)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_appscaling_schedule s = {"", 0, NULL};
    static const ccdk_appscaling_cron_options none;
    if (!app)
        return s;
    if (!o)
        o = &none;
    if (o->week_day && o->day) {
        ccdk__unscoped_error(app, "Cannot supply both 'day' and 'weekDay', use at most one");
        return s;
    }
    s.expression_string = ccdk__sprintf(app, "cron(%s %s %s %s %s %s)", o->minute ? o->minute : "*", o->hour ? o->hour : "*",
                                        o->day ? o->day : (o->week_day ? "?" : "*"), o->month ? o->month : "*",
                                        o->week_day ? o->week_day : "?", o->year ? o->year : "*");
    s.warn_default_minute = !o->minute || !*o->minute;
    return s;
}
