/* ccdk/events.h - EventBridge: events.Rule with Schedule, and the Lambda target of
 * aws-events-targets (targets.LambdaFunction). */
#ifndef CCDK_EVENTS_H
#define CCDK_EVENTS_H

#include "ccdk/core.h"
#include "ccdk/lambda.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ccdk_events_rule ccdk_events_rule;
typedef struct ccdk_events_schedule ccdk_events_schedule;
typedef struct ccdk_events_rule_target ccdk_events_rule_target;

/* ================================================================== Schedule */

/** CronOptions: each field NULL means "not given" (minute/hour/month/year default "*"). */
typedef struct {
    const char *minute, *hour, *day, *month, *week_day, *year;
} ccdk_events_cron_options;

/** Schedule.cron(options): cron(minute hour day month weekDay year). Without a minute, the rule
 *  gets aws-cdk-lib's scheduleWillRunEveryMinute warning. */
ccdk_events_schedule *ccdk_events_schedule_cron(void *scope, const ccdk_events_cron_options *options);
/** Schedule.rate(duration): rate(1 day), rate(2 hours), rate(5 minutes). */
ccdk_events_schedule *ccdk_events_schedule_rate(void *scope, ccdk_duration duration);
/** Schedule.expression("rate(10 minutes)"). */
ccdk_events_schedule *ccdk_events_schedule_expression(void *scope, const char *expression);
const char *ccdk_events_schedule_expression_string(const ccdk_events_schedule *schedule);

/* ================================================================== Rule */

typedef struct {
    const char *rule_name;
    const char *description;
    ccdk_tristate enabled;          /* default enabled */
    ccdk_events_schedule *schedule;
    /** EventPattern as aws-cdk-lib takes it: an object of arrays/objects, keys such as "source",
     *  "detailType" (rendered "detail-type"), "detail". */
    ccdk_value *event_pattern;
    ccdk_iam_role *role;
    ccdk_events_rule_target *const *targets; /* NULL-terminated */
} ccdk_events_rule_props;

ccdk_events_rule *ccdk_events_rule_new(void *scope, const char *id, const ccdk_events_rule_props *props);
void ccdk_events_rule_add_target(ccdk_events_rule *rule, ccdk_events_rule_target *target);
/** rule.addEventPattern(pattern): merged into the rule's pattern as aws-cdk-lib does. */
void ccdk_events_rule_add_event_pattern(ccdk_events_rule *rule, ccdk_value *pattern);
const char *ccdk_events_rule_arn(ccdk_events_rule *rule);
const char *ccdk_events_rule_name(ccdk_events_rule *rule);
ccdk_cfn_resource *ccdk_events_rule_resource(ccdk_events_rule *rule);

/* ================================================================== targets */

/** LambdaFunctionProps (targets): retry policy of the target. */
typedef struct {
    ccdk_duration max_event_age;
    ccdk_opt_num retry_attempts;
} ccdk_events_lambda_function_target_props;

/** new targets.LambdaFunction(handler, props): handler is a Function, Version, Alias or import.
 *  Binding it to a rule adds the events.amazonaws.com invoke Permission (once per rule and function). */
ccdk_events_rule_target *ccdk_events_targets_lambda_function(void *handler,
                                                             const ccdk_events_lambda_function_target_props *props);

#ifdef __cplusplus
}
#endif
#endif
