/* alarm_mute_rule.c - cloudwatch.AlarmMuteRule, ScheduleExpression and alarm.addAlarmMuteRule
 * (aws-cloudwatch/lib/alarm-mute-rule.ts): a CfnAlarmMuteRule whose MuteTargets are rendered at synth. */
#include <string.h>

#include "cloudwatch_internal.h"

struct ccdk_cloudwatch_alarm_mute_rule {
    ccdk__node node;
    ccdk_cfn_resource *resource; /* NULL when imported */
    const char *arn, *name;
    ccdk_cloudwatch_alarm **alarms;
    size_t nalarms, cap;
};

/* formatDate: YYYY-MM-DDTHH:MM after the range checks (UnscopedValidationErrors) */
static const char *format_date(ccdk_app *app, const ccdk_cloudwatch_calendar_date_time *d)
{
    static const char *const what[] = {"month out of range: 1-12", "day out of range: 1-31", "hour out of range: 0-23",
                                       "minute out of range: 0-59"};
    int bad = d->month < 1 || d->month > 12 ? 0 : d->day < 1 || d->day > 31 ? 1 : d->hour < 0 || d->hour > 23 ? 2
            : d->minute < 0 || d->minute > 59                                ? 3
                                                                              : -1;
    if (bad >= 0) {
        ccdk__unscoped_error(app, "The specified date is invalid. (%s).", what[bad]);
        return "";
    }
    /* String(n).padStart(2, "0") */
    return ccdk__sprintf(app, "%d-%02d-%02dT%02d:%02d", d->year, d->month, d->day, d->hour, d->minute);
}

ccdk_cloudwatch_schedule_expression ccdk_cloudwatch_schedule_expression_at(void *owner, ccdk_cloudwatch_calendar_date_time date,
                                                                           const char *time_zone)
{
    ccdk__node *n = ccdk__scope(owner);
    ccdk_app *app = n->app;
    return (ccdk_cloudwatch_schedule_expression){ccdk__sprintf(app, "at(%s)", format_date(app, &date)), ccdk__strdup(app, time_zone)};
}

ccdk_cloudwatch_schedule_expression ccdk_cloudwatch_schedule_expression_cron(void *owner, const ccdk_cloudwatch_cron_options *options)
{
    ccdk__node *n = ccdk__scope(owner);
    ccdk_app *app = n->app;
    static const ccdk_cloudwatch_cron_options none;
    const ccdk_cloudwatch_cron_options *o = options ? options : &none;
    if (o->week_day && o->day)
        ccdk__unscoped_error(app, "Cannot supply both 'day' and 'weekDay', use at most one");
    if (!o->minute)
        ccdk__error(n, "ScheduleExpression.cron: minute is required");
    return (ccdk_cloudwatch_schedule_expression){
        ccdk__sprintf(app, "cron(%s %s %s %s %s)", o->minute ? o->minute : "undefined", o->hour ? o->hour : "*", o->day ? o->day : "*",
                      o->month ? o->month : "*", o->week_day ? o->week_day : "*"),
        ccdk__strdup(app, o->time_zone)};
}

static const ccdk__kind kind_rule = {.fqn = "aws-cdk-lib.aws_cloudwatch.AlarmMuteRule", .class_name = "AlarmMuteRule2"};
static const ccdk__kind kind_rule_import = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

/* muteTargets: {alarmNames} of the alarms at synth (none: no MuteTargets); more than 100 is an error on the rule */
static ccdk_value *mute_targets(void *ctx)
{
    ccdk_cloudwatch_alarm_mute_rule *r = ctx;
    ccdk_app *app = r->node.app;
    if (r->nalarms > 100)
        ccdk__error(r, "The maximum number of target alarms is 100. Got %zu alarms.", r->nalarms);
    if (!r->nalarms) /* aws-cdk-lib's resolved {alarmNames: []} is left out */
        return ccdk__v_undef(app);
    ccdk_value *names = ccdk__v_list(app);
    for (size_t i = 0; i < r->nalarms; i++)
        ccdk__v_push(names, ccdk__v_from_string(app, r->alarms[i]->name ? r->alarms[i]->name : ""));
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, "AlarmNames", names);
    return o;
}

static int add_alarm(ccdk_cloudwatch_alarm_mute_rule *r, ccdk_cloudwatch_alarm *a)
{
    if (r->nalarms == r->cap)
        r->alarms = ccdk__arena_grow(r->node.app, r->alarms, r->nalarms, &r->cap, sizeof *r->alarms, 4);
    r->alarms[r->nalarms++] = a;
    return 1;
}

static ccdk_cloudwatch_alarm_mute_rule *rule_build(ccdk_cloudwatch_alarm_mute_rule *r, const ccdk_cloudwatch_alarm_mute_rule_props *props,
                                                   ccdk_cloudwatch_alarm *only)
{
    ccdk_app *app = r->node.app;
    static const ccdk_cloudwatch_alarm_mute_rule_props none;
    const ccdk_cloudwatch_alarm_mute_rule_props *p = props ? props : &none;
    const char *name = p->alarm_mute_rule_name;
    if (name && !ccdk__is_unresolved(name)) {
        size_t len = ccdk__js_length(name);
        if (len < 1 || len > 255) {
            ccdk__error(r, "Alarm mute rule name must be between 1 and 255 characters, got %zu characters.", len);
            return r;
        }
    }
    if (!ccdk_duration_is_set(p->duration)) {
        ccdk__error(r, "AlarmMuteRule: duration is required");
        return r;
    }
    int ok = 1;
    double minutes = ccdk__duration_convert(r, p->duration, CCDK_TIME_MINUTES, 1, &ok);
    if (!ok)
        return r;
    if (minutes < 1) {
        ccdk__error(r, "Duration must be greater than or equal to 1 minute, got %s minutes.", ccdk__num_string(app, minutes));
        return r;
    }
    double days = ccdk__duration_convert(r, p->duration, CCDK_TIME_DAYS, 0, &ok);
    if (ok && days > 15) {
        ccdk__error(r, "Duration must be less than or equal to 15 days, got %s days.", ccdk__num_string(app, days));
        return r;
    }
    if (only)
        add_alarm(r, only);
    else {
        size_t na = CCDK__LEN(p->alarms, "alarms");
        for (size_t i = 0; i < na; i++)
            if (p->alarms.items[i])
                add_alarm(r, p->alarms.items[i]);
    }
    if (!p->schedule.expression) {
        ccdk__error(r, "AlarmMuteRule: schedule is required");
        return r;
    }
    ccdk_cfn_resource *res = r->resource =
        ccdk__l1(r, "Resource", "AWS::CloudWatch::AlarmMuteRule", "aws-cdk-lib.aws_cloudwatch.CfnAlarmMuteRule");
    res->tag_kind = 1; /* TagType.STANDARD: props.tags are its external tags (priority 50) */
    size_t nt = CCDK__LEN(p->tags, "tags");
    for (size_t i = 0; i < nt; i++)
        if (p->tags.items[i].key)
            ccdk__tags_set(&res->el.node, p->tags.items[i].key, p->tags.items[i].value ? p->tags.items[i].value : "", 50);
    if (p->description)
        ccdk__res_set(res, "Description", ccdk__v_from_string(app, p->description));
    if (p->expire)
        ccdk__res_set(res, "ExpireDate", ccdk__v_str(app, format_date(app, p->expire)));
    ccdk__res_set(res, "MuteTargets", ccdk__v_lazy(app, mute_targets, r));
    if (name)
        ccdk__res_set(res, "Name", ccdk__v_from_string(app, name));
    ccdk_value *schedule = ccdk__v_obj(app);
    ccdk__v_set(schedule, "Duration", ccdk__v_str(app, ccdk__cloudwatch_iso_duration(&r->node, p->duration)));
    ccdk__v_set(schedule, "Expression", ccdk__v_from_string(app, p->schedule.expression));
    if (p->schedule.time_zone)
        ccdk__v_set(schedule, "Timezone", ccdk__v_from_string(app, p->schedule.time_zone));
    ccdk_value *rule = ccdk__v_obj(app);
    ccdk__v_set(rule, "Schedule", schedule);
    ccdk__res_set(res, "Rule", rule);
    if (p->start)
        ccdk__res_set(res, "StartDate", ccdk__v_str(app, format_date(app, p->start)));
    /* getResourceArnAttribute / getResourceNameAttribute of the physical name */
    const char *physical = ccdk__physical_name(name);
    const char *arn = physical ? ccdk__format_arn(r->node.stack, "cloudwatch", NULL, "alarm-mute-rule", ":", physical) : NULL;
    r->arn = ccdk__resource_env_attribute(r, res, "Arn", arn);
    r->name = ccdk__resource_env_attribute(r, res, NULL, physical);
    return r;
}

ccdk_cloudwatch_alarm_mute_rule *ccdk_cloudwatch_alarm_mute_rule_new(void *scope, const char *id,
                                                                     const ccdk_cloudwatch_alarm_mute_rule_props *props)
{
    return rule_build(ccdk__construct(ccdk_cloudwatch_alarm_mute_rule, &kind_rule, scope, id), props, NULL);
}

ccdk_cloudwatch_alarm_mute_rule *ccdk_cloudwatch_alarm_add_alarm_mute_rule(ccdk_cloudwatch_alarm *alarm, const char *id,
                                                                           const ccdk_cloudwatch_alarm_mute_rule_props *options)
{
    if (!ccdk__arg_handle_ok(alarm, __func__, "the alarm"))
        return NULL;
    void *scope = alarm;
    return rule_build(ccdk__construct(ccdk_cloudwatch_alarm_mute_rule, &kind_rule, scope, id), options, alarm);
}

int ccdk_cloudwatch_alarm_mute_rule_add_alarm(ccdk_cloudwatch_alarm_mute_rule *rule, ccdk_cloudwatch_alarm *alarm)
{
    if (!ccdk__target_ok(rule, __func__) || !ccdk__arg_handle_ok(alarm, __func__, "the alarm"))
        return 0;
    if (!rule->resource) {
        ccdk__process_error("%s: the rule is imported", __func__);
        return 0;
    }
    return add_alarm(rule, alarm);
}

const char *ccdk_cloudwatch_alarm_mute_rule_arn(ccdk_cloudwatch_alarm_mute_rule *r) { return ccdk__handle_ok(r, __func__) ? r->arn : NULL; }
const char *ccdk_cloudwatch_alarm_mute_rule_name(ccdk_cloudwatch_alarm_mute_rule *r) { return ccdk__handle_ok(r, __func__) ? r->name : NULL; }
ccdk_cfn_resource *ccdk_cloudwatch_alarm_mute_rule_resource(ccdk_cloudwatch_alarm_mute_rule *r)
{
    return ccdk__handle_ok(r, __func__) ? r->resource : NULL;
}

ccdk_cloudwatch_alarm_mute_rule *ccdk_cloudwatch_alarm_mute_rule_from_alarm_mute_rule_arn(void *scope, const char *id,
                                                                                          const char *alarm_mute_rule_arn)
{
    ccdk_cloudwatch_alarm_mute_rule *r = ccdk__construct(ccdk_cloudwatch_alarm_mute_rule, &kind_rule_import, scope, id);
    if (!alarm_mute_rule_arn) {
        ccdk__error(r, "AlarmMuteRule.fromAlarmMuteRuleArn: alarmMuteRuleArn is required");
        alarm_mute_rule_arn = "";
    }
    r->arn = ccdk__strdup(r->node.app, alarm_mute_rule_arn);
    if (*alarm_mute_rule_arn && ccdk__arn_check(r, r->arn))
        r->name = ccdk__arn_component(r, r->arn, 6); /* splitArn(arn, COLON_RESOURCE_NAME).resourceName */
    return r;
}

ccdk_cloudwatch_alarm_mute_rule *ccdk_cloudwatch_alarm_mute_rule_from_alarm_mute_rule_name(void *scope, const char *id,
                                                                                           const char *alarm_mute_rule_name)
{
    ccdk__node *n = ccdk__scope(scope);
    const char *arn = ccdk__format_arn(n->stack, "cloudwatch", NULL, "alarm-mute-rule", ":", alarm_mute_rule_name ? alarm_mute_rule_name : "");
    return ccdk_cloudwatch_alarm_mute_rule_from_alarm_mute_rule_arn(n, id, arn);
}
