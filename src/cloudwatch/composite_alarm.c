/* composite_alarm.c - cloudwatch.AlarmRule and CompositeAlarm (aws-cloudwatch/lib/alarm-rule.ts,
 * composite-alarm.ts): rule expressions over alarms' states, and the alarm made of one. */
#include <math.h>
#include <string.h>

#include "cloudwatch_internal.h"

struct ccdk_cloudwatch_alarm_rule {
    ccdk_app *app;
    const char *text;  /* the rendered expression */
    const char *error; /* renderAlarmRule's UnscopedValidationError, or NULL */
};

static ccdk_cloudwatch_alarm_rule *rule_new(ccdk_app *app, const char *text, const char *error)
{
    ccdk_cloudwatch_alarm_rule *r = ccdk__alloc(app, sizeof *r);
    r->app = app;
    r->text = text;
    r->error = error;
    return r;
}

/* `${alarmState}`: undefined when not given */
static const char *state_name(ccdk_cloudwatch_alarm_state s)
{
    return s == CCDK_CW_ALARM_STATE_UNSET ? "undefined" : ccdk__cloudwatch_alarm_state_name(s);
}

ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_from_alarm(ccdk_cloudwatch_alarm *alarm, ccdk_cloudwatch_alarm_state alarm_state)
{
    if (!ccdk__arg_handle_ok(alarm, __func__, "the alarm"))
        return NULL;
    ccdk_app *app = ccdk__node_of(alarm)->app;
    if (!CCDK__ENUM_OK(NULL, alarm_state, ccdk_cloudwatch_alarm_state, CCDK_CW_ALARM_STATE_UNSET,
                       CCDK_CW_ALARM_STATE_INSUFFICIENT_DATA, "alarmState"))
        return rule_new(app, "", "invalid alarm state");
    return rule_new(app, ccdk__sprintf(app, "%s(\"%s\")", state_name(alarm_state), ccdk__cloudwatch_alarm_arn_of(alarm)), NULL);
}

ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_from_boolean(void *owner, int value)
{
    return rule_new(ccdk__app_of(owner), value ? "TRUE" : "FALSE", NULL);
}

ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_from_string(void *owner, const char *alarm_rule)
{
    ccdk_app *app = ccdk__app_of(owner);
    return rule_new(app, ccdk__strdup(app, alarm_rule ? alarm_rule : "undefined"), NULL);
}

static ccdk_cloudwatch_alarm_rule *concat(void *owner, ccdk_cloudwatch_alarm_rule_list operands, const char *op, const char *func)
{
    ccdk_app *app = ccdk__app_of(owner);
    size_t n = CCDK__LEN(operands, "operands");
    if (!n)
        return rule_new(app, "", ccdk__sprintf(app, "Did not detect any operands for AlarmRule.%s()", !strcmp(op, "AND") ? "allOf" : "anyOf"));
    ccdk__buf b = {0};
    const char *error = NULL;
    ccdk__buf_putc(&b, '(');
    for (size_t i = 0; i < n; i++) {
        const ccdk_cloudwatch_alarm_rule *r = operands.items[i];
        if (!ccdk__arg_ok(r, func, "an operand")) {
            error = "an operand is NULL";
            continue;
        }
        if (r->error && !error)
            error = r->error;
        ccdk__buf_printf(&b, "%s%s", i ? ccdk__sprintf(app, " %s ", op) : "", r->text);
    }
    ccdk__buf_putc(&b, ')');
    ccdk_cloudwatch_alarm_rule *r = rule_new(app, ccdk__strndup(app, b.data, b.len), error);
    ccdk__buf_free(&b);
    return r;
}

ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_all_of(void *owner, ccdk_cloudwatch_alarm_rule_list operands)
{
    return concat(owner, operands, "AND", __func__);
}

ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_any_of(void *owner, ccdk_cloudwatch_alarm_rule_list operands)
{
    return concat(owner, operands, "OR", __func__);
}

ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_not(ccdk_cloudwatch_alarm_rule *operand)
{
    if (!ccdk__object_ok(operand, __func__))
        return NULL;
    return rule_new(operand->app, ccdk__sprintf(operand->app, "(NOT (%s))", operand->text), operand->error);
}

static int is_integer(double v) { return isfinite(v) && v == floor(v); }

static ccdk_cloudwatch_alarm_rule *at_least(void *owner, ccdk_cloudwatch_alarm_state alarm_state, int not_,
                                            ccdk_cloudwatch_at_least_threshold threshold, ccdk_cloudwatch_alarm_list operands,
                                            const char *func)
{
    ccdk_app *app = ccdk__app_of(owner);
    const char *state = state_name(alarm_state);
    const char *expr = not_ ? ccdk__sprintf(app, "NOT %s", state) : state;
    size_t n = CCDK__LEN(operands, "operands");
    if (!n)
        return rule_new(app, "", ccdk__sprintf(app, "Did not detect any operands for AT_LEAST %s", expr));
    const char *t;
    if (threshold.percentage.set) {
        double p = threshold.percentage.value;
        if (threshold.percentage.token)
            t = ccdk__sprintf(app, "%s%%", ccdk__token_str(app, ccdk__v_opt_num(app, threshold.percentage)));
        else if (p < 1 || p > 100 || !is_integer(p))
            return rule_new(app, "", ccdk__sprintf(app, "percentage must be an integer between 1 and 100, got %s", ccdk__num_string(app, p)));
        else
            t = ccdk__sprintf(app, "%s%%", ccdk__num_string(app, p));
    } else {
        double c = threshold.count.value;
        if (threshold.count.set && threshold.count.token)
            t = ccdk__token_str(app, ccdk__v_opt_num(app, threshold.count));
        else if (!threshold.count.set || c < 1 || (double)n < c || !is_integer(c))
            return rule_new(app, "", ccdk__sprintf(app, "count must be an integer between 1 and the number of operands (%zu), got %s", n,
                                                   threshold.count.set ? ccdk__num_string(app, c) : "undefined"));
        else
            t = ccdk__num_string(app, c);
    }
    ccdk__buf b = {0};
    ccdk__buf_printf(&b, "AT_LEAST(%s, %s, (", t, expr);
    for (size_t i = 0; i < n; i++) {
        ccdk_cloudwatch_alarm *a = operands.items[i];
        if (!ccdk__arg_handle_ok(a, func, "an operand")) {
            ccdk__buf_free(&b);
            return rule_new(app, "", "an operand is NULL");
        }
        ccdk__buf_printf(&b, "%s\"%s\"", i ? ", " : "", ccdk__cloudwatch_alarm_arn_of(a));
    }
    ccdk__buf_puts(&b, "))");
    ccdk_cloudwatch_alarm_rule *r = rule_new(app, ccdk__strndup(app, b.data, b.len), NULL);
    ccdk__buf_free(&b);
    return r;
}

ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_at_least(void *owner, ccdk_cloudwatch_alarm_state alarm_state,
                                                                ccdk_cloudwatch_at_least_threshold threshold,
                                                                ccdk_cloudwatch_alarm_list operands)
{
    if (!CCDK__ENUM_OK(NULL, alarm_state, ccdk_cloudwatch_alarm_state, CCDK_CW_ALARM_STATE_UNSET,
                       CCDK_CW_ALARM_STATE_INSUFFICIENT_DATA, "alarmState"))
        return rule_new(ccdk__app_of(owner), "", "invalid alarm state");
    return at_least(owner, alarm_state, 0, threshold, operands, __func__);
}

ccdk_cloudwatch_alarm_rule *ccdk_cloudwatch_alarm_rule_at_least_not(void *owner, ccdk_cloudwatch_alarm_state alarm_state,
                                                                    ccdk_cloudwatch_at_least_threshold threshold,
                                                                    ccdk_cloudwatch_alarm_list operands)
{
    if (!CCDK__ENUM_OK(NULL, alarm_state, ccdk_cloudwatch_alarm_state, CCDK_CW_ALARM_STATE_UNSET,
                       CCDK_CW_ALARM_STATE_INSUFFICIENT_DATA, "alarmState"))
        return rule_new(ccdk__app_of(owner), "", "invalid alarm state");
    return at_least(owner, alarm_state, 1, threshold, operands, __func__);
}

const char *ccdk_cloudwatch_alarm_rule_render(const ccdk_cloudwatch_alarm_rule *rule) { return rule ? rule->text : NULL; }

/* ------------------------------------------------------------------ CompositeAlarm */

static const ccdk__kind kind_composite = {.fqn = "aws-cdk-lib.aws_cloudwatch.CompositeAlarm", .class_name = "CompositeAlarm2"};

static double seconds(ccdk__node *n, ccdk_duration d)
{
    int ok = 1;
    return ccdk__duration_convert(n, d, CCDK_TIME_SECONDS, 1, &ok);
}

ccdk_cloudwatch_alarm *ccdk_cloudwatch_composite_alarm_new(void *scope, const char *id, const ccdk_cloudwatch_composite_alarm_props *props)
{
    ccdk_cloudwatch_alarm *a = ccdk__construct(ccdk_cloudwatch_alarm, &kind_composite, scope, id);
    ccdk_app *app = a->node.app;
    a->composite = 1;
    static const ccdk_cloudwatch_composite_alarm_props none;
    const ccdk_cloudwatch_composite_alarm_props *p = props ? props : &none;
    if (!p->alarm_rule) {
        ccdk__error(a, "alarmRule is required");
        return a;
    }
    if (p->alarm_rule->error) {
        ccdk__unscoped_error(app, "%s", p->alarm_rule->error);
        return a;
    }
    if (ccdk__js_length(p->alarm_rule->text) > 10240) {
        ccdk__error(a, "Alarm Rule expression cannot be greater than 10240 characters, please reduce the conditions in the Alarm Rule");
        return a;
    }
    ccdk_duration extension = p->actions_suppressor_extension_period, wait = p->actions_suppressor_wait_period;
    if (!p->actions_suppressor) {
        if (ccdk_duration_is_set(extension) || ccdk_duration_is_set(wait)) {
            ccdk__error(a, "ActionsSuppressor Extension/Wait Periods require an ActionsSuppressor to be set.");
            return a;
        }
    } else {
        if (!ccdk_duration_is_set(extension))
            extension = ccdk_duration_minutes(1);
        if (!ccdk_duration_is_set(wait))
            wait = ccdk_duration_minutes(1);
    }
    ccdk_cfn_resource *r = a->resource =
        ccdk__l1(a, "Resource", "AWS::CloudWatch::CompositeAlarm", "aws-cdk-lib.aws_cloudwatch.CfnCompositeAlarm");
    r->tag_kind = 1; /* TagType.STANDARD: [{Key, Value}] */
    /* physicalName: the name given, else Names.uniqueId(this) cut to 240 characters */
    const char *name = p->composite_alarm_name;
    if (!name) {
        const char *u = ccdk__node_unique_id(&a->node);
        size_t len = strlen(u);
        name = len > 240 ? ccdk__sprintf(app, "%.120s%s", u, u + len - 120) : u;
    }
    ccdk__res_set(r, "AlarmName", ccdk__v_from_string(app, name));
    ccdk__res_set(r, "AlarmRule", ccdk__v_from_string(app, p->alarm_rule->text));
    if (p->alarm_description)
        ccdk__res_set(r, "AlarmDescription", ccdk__v_from_string(app, p->alarm_description));
    if (ccdk__tri_set(p->actions_enabled))
        ccdk__res_set(r, "ActionsEnabled", ccdk__v_bool(app, ccdk__tri_true(p->actions_enabled)));
    if (p->actions_suppressor) {
        if (!ccdk__arg_handle_ok(p->actions_suppressor, __func__, "actionsSuppressor"))
            return a;
        ccdk__res_set(r, "ActionsSuppressor", ccdk__v_from_string(app, ccdk__cloudwatch_alarm_arn_of(p->actions_suppressor)));
        ccdk__res_set(r, "ActionsSuppressorExtensionPeriod", ccdk__v_num(app, seconds(&a->node, extension)));
        ccdk__res_set(r, "ActionsSuppressorWaitPeriod", ccdk__v_num(app, seconds(&a->node, wait)));
    }
    /* alarmArn, alarmName: memoized getters, as an Alarm's */
    a->arn = ccdk__token_mark_unread(app, ccdk_cfn_resource_get_att(r, "Arn"));
    a->name = ccdk__token_mark_unread(app, ccdk_cfn_resource_ref(r));
    if (p->composite_alarm_name)
        ccdk__cloudwatch_named_alarm(a, p->composite_alarm_name);
    return a;
}

ccdk_cloudwatch_alarm *ccdk_cloudwatch_composite_alarm_from_composite_alarm_arn(void *scope, const char *id, const char *composite_alarm_arn)
{
    return ccdk_cloudwatch_alarm_from_alarm_arn(scope, id, composite_alarm_arn);
}

ccdk_cloudwatch_alarm *ccdk_cloudwatch_composite_alarm_from_composite_alarm_name(void *scope, const char *id,
                                                                                 const char *composite_alarm_name)
{
    return ccdk_cloudwatch_alarm_from_alarm_name(scope, id, composite_alarm_name);
}
