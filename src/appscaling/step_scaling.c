/* step_scaling.c - scalableTarget.scaleOnMetric: aws-applicationautoscaling's StepScalingPolicy, on
 * aws-autoscaling-common's normalizeIntervals and findAlarmThresholds. */
#include <math.h>
#include <string.h>

#include "appscaling_internal.h"

static const ccdk__kind kind_policy = {.fqn = "aws-cdk-lib.aws_applicationautoscaling.StepScalingPolicy"};

struct ccdk_appscaling_step_scaling_policy {
    ccdk__node node;
    ccdk_cloudwatch_alarm *lower_alarm, *upper_alarm;
    ccdk_appscaling_step_scaling_action *lower_action, *upper_action;
};

/* An interval while it is normalized. keys: the order of the object's own keys as JavaScript keeps
 * them ('l', 'u', 'c'), for JSON.stringify in the error messages; an undefined change is a key that
 * JSON.stringify leaves out. */
typedef struct {
    int has_lower, has_upper, has_change;
    double lower, upper, change;
    char keys[4];
} interval;

static void add_key(interval *x, char k)
{
    if (!strchr(x->keys, k))
        x->keys[strlen(x->keys)] = k;
}

static void put_num(ccdk_app *app, ccdk__buf *b, double v)
{
    ccdk__buf_puts(b, isfinite(v) ? ccdk__num_string(app, v) : "null");
}

static void put_interval(ccdk_app *app, ccdk__buf *b, const interval *x)
{
    ccdk__buf_puts(b, "{");
    int first = 1;
    for (const char *k = x->keys; *k; k++) {
        int has = *k == 'l' ? x->has_lower : *k == 'u' ? x->has_upper : x->has_change;
        if (!has)
            continue;
        ccdk__buf_puts(b, first ? "" : ",");
        first = 0;
        ccdk__buf_puts(b, *k == 'l' ? "\"lower\":" : *k == 'u' ? "\"upper\":" : "\"change\":");
        put_num(app, b, *k == 'l' ? x->lower : *k == 'u' ? x->upper : x->change);
    }
    ccdk__buf_puts(b, "}");
}

static int propagate_bounds(interval *v, size_t n)
{
    int ret = 0;
    for (size_t i = 0; i + 1 < n; i++)
        if (v[i].has_upper && !v[i + 1].has_lower) {
            v[i + 1].has_lower = 1, v[i + 1].lower = v[i].upper, add_key(&v[i + 1], 'l');
            ret = 1;
        }
    for (size_t i = n - 1; i >= 1; i--)
        if (v[i].has_lower && !v[i - 1].has_upper) {
            v[i - 1].has_upper = 1, v[i - 1].upper = v[i].lower, add_key(&v[i - 1], 'u');
            ret = 1;
        }
    return ret;
}

static void insert_at(interval *v, size_t *n, size_t at, interval x)
{
    memmove(v + at + 1, v + at, (*n - at) * sizeof *v);
    v[at] = x;
    (*n)++;
}

static interval gap(double lower, double upper)
{
    return (interval){.has_lower = 1, .has_upper = 1, .lower = lower, .upper = upper, .keys = "luc"};
}

/* normalizeIntervals(intervals, changesAreAbsolute): v has room for 2n + 1 intervals; returns the
 * count, or 0 after an (unscoped) error */
static size_t normalize(ccdk_app *app, const ccdk_appscaling_scaling_intervals *in, size_t n, interval *v, int absolute)
{
    ccdk__buf b = {0};
    for (size_t i = 0; i < n; i++) {
        const ccdk_appscaling_scaling_interval *x = &in->items[i];
        interval *y = &v[i];
        *y = (interval){.has_change = 1, .change = x->change};
        if (x->lower.set)
            y->has_lower = 1, y->lower = x->lower.value, add_key(y, 'l');
        if (x->upper.set)
            y->has_upper = 1, y->upper = x->upper.value, add_key(y, 'u');
        add_key(y, 'c');
        if (!y->has_lower && !y->has_upper) {
            put_interval(app, &b, y);
            ccdk__unscoped_error(app, "Must supply at least one of 'upper' or 'lower', got: %s", b.data);
            ccdk__buf_free(&b);
            return 0;
        }
    }
    /* a stable sort on lower ?? upper */
    for (size_t i = 1; i < n; i++) {
        interval x = v[i];
        double kx = x.has_lower ? x.lower : x.upper;
        size_t j = i;
        while (j > 0 && (v[j - 1].has_lower ? v[j - 1].lower : v[j - 1].upper) > kx) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
    while (propagate_bounds(v, n))
        ;
    if (!v[0].has_lower)
        v[0].has_lower = 1, v[0].lower = 0, add_key(&v[0], 'l');
    if (!v[n - 1].has_upper)
        v[n - 1].has_upper = 1, v[n - 1].upper = INFINITY, add_key(&v[n - 1], 'u');
    for (size_t i = 0; i < n; i++)
        if (!v[i].has_lower || !v[i].has_upper) {
            put_interval(app, &b, &v[i]);
            ccdk__unscoped_error(app, "Could not determine the lower and upper bounds for %s", b.data);
            ccdk__buf_free(&b);
            return 0;
        }
    for (size_t i = 0; i + 1 < n; i++)
        if (v[i].lower < v[i + 1].upper && v[i].upper > v[i + 1].lower) {
            put_interval(app, &b, &v[i]);
            ccdk__buf_puts(&b, " and ");
            put_interval(app, &b, &v[i + 1]);
            ccdk__unscoped_error(app, "Two intervals overlap: %s", b.data);
            ccdk__buf_free(&b);
            return 0;
        }
    /* makeGapsUndefined */
    if (v[0].lower != 0)
        insert_at(v, &n, 0, gap(0, v[0].lower));
    if (v[n - 1].upper != INFINITY)
        insert_at(v, &n, n, gap(v[n - 1].upper, INFINITY));
    for (size_t i = 1; i < n;)
        if (v[i - 1].upper < v[i].lower)
            insert_at(v, &n, i, gap(v[i - 1].upper, v[i].lower));
        else
            i++;
    if (!absolute) /* makeZerosUndefined */
        for (size_t i = 0; i < n; i++)
            if (v[i].has_change && v[i].change == 0)
                v[i].has_change = 0;
    /* combineUndefineds */
    for (size_t i = 0; i + 1 < n;)
        if (!v[i].has_change && !v[i + 1].has_change) {
            v[i].upper = v[i + 1].upper;
            memmove(v + i + 1, v + i + 2, (n - i - 2) * sizeof *v);
            n--;
        } else {
            i++;
        }
    size_t undef = 0;
    for (size_t i = 0; i < n; i++)
        undef += !v[i].has_change;
    if (undef > 1) {
        ccdk__buf_puts(&b, "[");
        for (size_t i = 0, k = 0; i < n; i++)
            if (!v[i].has_change) {
                ccdk__buf_puts(&b, k++ ? "," : "");
                put_interval(app, &b, &v[i]);
            }
        ccdk__buf_puts(&b, "]");
        ccdk__unscoped_error(app, "Can have at most one no-change interval, got %s", b.data);
        ccdk__buf_free(&b);
        return 0;
    }
    return n;
}

static int aggregation_from_metric(const ccdk_cloudwatch_metric *m)
{
    if (ccdk_cloudwatch_metric_expression(m)) /* no metricStat */
        return CCDK_APPSCALING_METRIC_AGGREGATION_TYPE_UNSET;
    const char *s = ccdk_cloudwatch_metric_statistic(m);
    if (s && !strcmp(s, "Minimum"))
        return CCDK_APPSCALING_METRIC_AGGREGATION_TYPE_MINIMUM;
    if (s && !strcmp(s, "Maximum"))
        return CCDK_APPSCALING_METRIC_AGGREGATION_TYPE_MAXIMUM;
    return CCDK_APPSCALING_METRIC_AGGREGATION_TYPE_AVERAGE;
}

/* one side's StepScalingAction */
static ccdk_appscaling_step_scaling_action *side(ccdk_appscaling_step_scaling_policy *pol, ccdk_appscaling_scalable_target *t,
                                                 const ccdk_appscaling_step_scaling_policy_props *p, int upper)
{
    ccdk_appscaling_adjustment_type adj = p->adjustment_type ? p->adjustment_type : CCDK_APPSCALING_ADJUSTMENT_TYPE_CHANGE_IN_CAPACITY;
    ccdk_appscaling_step_scaling_action *a = ccdk__appscaling_action(&pol->node, upper ? "UpperPolicy" : "LowerPolicy",
        &(ccdk_appscaling_step_scaling_action_props){
            .scaling_target = t,
            .adjustment_type = adj,
            .cooldown = p->cooldown,
            .metric_aggregation_type = p->metric_aggregation_type ? p->metric_aggregation_type
                                                                  : (ccdk_appscaling_metric_aggregation_type)aggregation_from_metric(p->metric),
            .min_adjustment_magnitude = p->min_adjustment_magnitude,
        });
    return a;
}

/* the Alarm that triggers a side's action */
static void make_alarm(ccdk_appscaling_step_scaling_policy *pol, const ccdk_appscaling_step_scaling_policy_props *p, int upper,
                       double threshold, ccdk_appscaling_step_scaling_action *a, ccdk_cloudwatch_alarm **out)
{
    ccdk_cloudwatch_alarm *al = ccdk_cloudwatch_alarm_new(&pol->node, upper ? "UpperAlarm" : "LowerAlarm", &(ccdk_cloudwatch_alarm_props){
        .metric = p->metric,
        .alarm_description = upper ? "Upper threshold scaling alarm" : "Lower threshold scaling alarm",
        .comparison_operator = upper ? CCDK_CW_GREATER_THAN_OR_EQUAL_TO_THRESHOLD : CCDK_CW_LESS_THAN_OR_EQUAL_TO_THRESHOLD,
        .evaluation_periods = p->evaluation_periods.set ? p->evaluation_periods : CCDK_NUM(1),
        .datapoints_to_alarm = p->datapoints_to_alarm,
        .threshold = CCDK_NUM(threshold),
    });
    *out = al;
    ccdk_cloudwatch_alarm_add_alarm_action(al, ccdk_cloudwatch_alarm_action_of(&pol->node, a->arn));
}

ccdk_appscaling_step_scaling_policy *ccdk_appscaling_scalable_target_scale_on_metric(
    ccdk_appscaling_scalable_target *t, const char *id, const ccdk_appscaling_step_scaling_policy_props *p)
{
    if (!ccdk__appscaling_target_own(t, __func__) || !ccdk__arg_ok(id, __func__, "id") || !ccdk__arg_ok(p, __func__, "props"))
        return NULL;
    ccdk_app *app = t->node.app;
    if (!CCDK__ENUM_OK(t, p->adjustment_type, ccdk_appscaling_adjustment_type, CCDK_APPSCALING_ADJUSTMENT_TYPE_UNSET,
                       CCDK_APPSCALING_ADJUSTMENT_TYPE_EXACT_CAPACITY, "adjustmentType") ||
        !CCDK__ENUM_OK(t, p->metric_aggregation_type, ccdk_appscaling_metric_aggregation_type,
                       CCDK_APPSCALING_METRIC_AGGREGATION_TYPE_UNSET, CCDK_APPSCALING_METRIC_AGGREGATION_TYPE_MAXIMUM,
                       "metricAggregationType"))
        return NULL;
    /* the StepScalingPolicy's checks, before it is made: on its scope, the target */
    size_t n = CCDK__LEN(p->scaling_steps, "scaling_steps");
    if (n < 2) {
        ccdk__error(t, "You must supply at least 2 intervals for autoscaling");
        return NULL;
    }
    if (n > 40) {
        ccdk__error(t, "'scalingSteps' can have at most 40 steps, got %zu", n);
        return NULL;
    }
    ccdk_opt_num ep = p->evaluation_periods, dp = p->datapoints_to_alarm;
    if (ep.set && !ep.token && ep.value < 1) {
        ccdk__error(t, "evaluationPeriods cannot be less than 1, got: %s", ccdk__num_string(app, ep.value));
        return NULL;
    }
    if (dp.set) {
        if (!ep.set) {
            ccdk__error(t, "evaluationPeriods must be set if datapointsToAlarm is set");
            return NULL;
        }
        if (!dp.token && dp.value < 1) {
            ccdk__error(t, "datapointsToAlarm cannot be less than 1, got: %s", ccdk__num_string(app, dp.value));
            return NULL;
        }
        if (!dp.token && !ep.token && ep.value < dp.value) {
            ccdk__error(t, "datapointsToAlarm must be less than or equal to evaluationPeriods, got datapointsToAlarm: %s, "
                           "evaluationPeriods: %s", ccdk__num_string(app, dp.value), ccdk__num_string(app, ep.value));
            return NULL;
        }
    }
    if (!ccdk__arg_ok(p->metric, __func__, "metric"))
        return NULL;
    ccdk_appscaling_step_scaling_policy *pol = ccdk__construct_at(&t->node, &kind_policy, id, sizeof(ccdk_appscaling_step_scaling_policy));
    interval *v = ccdk__alloc(app, (2 * n + 1) * sizeof *v);
    int absolute = p->adjustment_type == CCDK_APPSCALING_ADJUSTMENT_TYPE_EXACT_CAPACITY;
    size_t m = normalize(app, &p->scaling_steps, n, v, absolute);
    if (!m)
        return pol;
    /* findAlarmThresholds */
    long lower_i = -1, upper_i = -1;
    long gap_i = -1;
    for (size_t i = 0; i < m && gap_i < 0; i++)
        if (!v[i].has_change)
            gap_i = (long)i;
    if (gap_i >= 0) {
        lower_i = gap_i > 0 ? gap_i - 1 : -1;
        upper_i = gap_i < (long)m - 1 ? gap_i + 1 : -1;
    } else if (m == 1) {
        upper_i = 0;
    } else {
        lower_i = (long)m / 2 - 1;
        upper_i = (long)m / 2;
    }
    if (lower_i >= 0) {
        double threshold = v[lower_i].upper;
        pol->lower_action = side(pol, t, p, 0);
        for (long i = lower_i; i >= 0; i--)
            ccdk__appscaling_add_adjustment(pol->lower_action, v[i].change,
                                            i != 0 ? CCDK_NUM(v[i].lower - threshold) : (ccdk_opt_num){0},
                                            CCDK_NUM(v[i].upper - threshold));
        make_alarm(pol, p, 0, threshold, pol->lower_action, &pol->lower_alarm);
    }
    if (upper_i >= 0) {
        double threshold = v[upper_i].lower;
        pol->upper_action = side(pol, t, p, 1);
        for (long i = upper_i; i < (long)m; i++)
            ccdk__appscaling_add_adjustment(pol->upper_action, v[i].change, CCDK_NUM(v[i].lower - threshold),
                                            i != (long)m - 1 ? CCDK_NUM(v[i].upper - threshold) : (ccdk_opt_num){0});
        make_alarm(pol, p, 1, threshold, pol->upper_action, &pol->upper_alarm);
    }
    return pol;
}

ccdk_cloudwatch_alarm *ccdk_appscaling_step_scaling_policy_lower_alarm(ccdk_appscaling_step_scaling_policy *p)
{
    return ccdk__handle_ok(p, __func__) ? p->lower_alarm : NULL;
}
ccdk_cloudwatch_alarm *ccdk_appscaling_step_scaling_policy_upper_alarm(ccdk_appscaling_step_scaling_policy *p)
{
    return ccdk__handle_ok(p, __func__) ? p->upper_alarm : NULL;
}
ccdk_appscaling_step_scaling_action *ccdk_appscaling_step_scaling_policy_lower_action(ccdk_appscaling_step_scaling_policy *p)
{
    return ccdk__handle_ok(p, __func__) ? p->lower_action : NULL;
}
ccdk_appscaling_step_scaling_action *ccdk_appscaling_step_scaling_policy_upper_action(ccdk_appscaling_step_scaling_policy *p)
{
    return ccdk__handle_ok(p, __func__) ? p->upper_action : NULL;
}
