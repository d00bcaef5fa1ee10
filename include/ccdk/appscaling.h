/* ccdk/appscaling.h - the parts of aws-applicationautoscaling that Lambda alias auto scaling uses:
 * Schedule (scale_on_schedule in ccdk/lambda_versions.h takes one). */
#ifndef CCDK_APPSCALING_H
#define CCDK_APPSCALING_H

#include "ccdk/core.h"

#ifdef __cplusplus
extern "C" {
#endif

/** An aws-applicationautoscaling Schedule: build with the functions below. */
typedef struct {
    const char *expression_string;
    int warn_default_minute; /* cron without minute: warning when bound */
} ccdk_appscaling_schedule;

/** Schedule.expression("rate(1 day)"), Schedule.rate(duration), Schedule.at(UTC time), Schedule.cron(opts). */
ccdk_appscaling_schedule ccdk_appscaling_schedule_expression(void *scope, const char *expression);
ccdk_appscaling_schedule ccdk_appscaling_schedule_rate(void *scope, ccdk_duration d);
typedef struct {
    int year, month, day, hour, minute, second; /* UTC; month 1..12 */
} ccdk_appscaling_time;
ccdk_appscaling_schedule ccdk_appscaling_schedule_at(void *scope, ccdk_appscaling_time t);
typedef struct {
    const char *minute, *hour, *day, *month, *year, *week_day; /* NULL: unset */
} ccdk_appscaling_cron_options;
ccdk_appscaling_schedule ccdk_appscaling_schedule_cron(void *scope, const ccdk_appscaling_cron_options *options);

#ifdef __cplusplus
}
#endif
#endif
