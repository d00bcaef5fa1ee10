/* cloudwatch.c - minimal cloudwatch.Metric and cloudwatch.Alarm (aws-cdk-lib/aws-cloudwatch). */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ccdk/cloudwatch.h"
#include "ccdk/sns.h"
#include "cloudwatch_internal.h"

/* ------------------------------------------------------------------ Metric */

static double period_seconds(ccdk__node *scope, ccdk_duration d)
{
    if (!ccdk_duration_is_set(d))
        return 300;
    int ok = 1;
    double s = ccdk__duration_convert(scope, d, CCDK_TIME_SECONDS, 1, &ok);
    if (ok && s != 1 && s != 5 && s != 10 && s != 30 && fmod(s, 60) != 0) {
        ccdk__buf b = {0};
        ccdk__json_write_number(&b, s);
        ccdk__buf_putc(&b, 0);
        ccdk__unscoped_error(scope->app, "'period' must be 1, 5, 10, 30, or a multiple of 60 seconds, received %s", b.data);
        ccdk__buf_free(&b);
    }
    return s;
}

static void check_dimensions(ccdk_cloudwatch_metric *m)
{
    if (m->ndims > 30)
        ccdk__unscoped_error(m->app, "The maximum number of dimensions is 30, received %zu", m->ndims);
    for (size_t i = 0; i < m->ndims; i++) {
        const char *k = m->dims[i].key, *v = m->dims[i].value;
        if (!v) {
            ccdk__unscoped_error(m->app, "Dimension value of 'undefined' is invalid for key: %s", k);
            continue;
        }
        size_t kl = strlen(k), vl = strlen(v);
        if (kl < 1 || kl > 255)
            ccdk__unscoped_error(m->app, "Dimension name must be at least 1 and no more than 255 characters; received %s", k);
        if (!ccdk__is_unresolved(v) && (vl < 1 || vl > 255))
            ccdk__unscoped_error(m->app, "Dimension value must be at least 1 and no more than 255 characters; received %s", v);
    }
}

/* ------------------------------------------------------------------ statistics */

enum stat_type { STAT_SIMPLE, STAT_EXTENDED, STAT_SINGLE, STAT_RANGE, STAT_UNPARSEABLE };

/* JavaScript's parseFloat on a trimmed string: the longest prefix that is a decimal literal
 * ([+-]digits[.digits][e[+-]digits], or Infinity); NaN when there is none. */
static double js_parse_float(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    if (n - i >= 8 && !strncmp(s + i, "Infinity", 8))
        return s[0] == '-' ? -INFINITY : INFINITY;
    size_t digits = 0, start = 0, end;
    while (i < n && isdigit((unsigned char)s[i]))
        i++, digits++;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && isdigit((unsigned char)s[i]))
            i++, digits++;
    }
    if (!digits)
        return NAN;
    end = i;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (s[j] == '+' || s[j] == '-'))
            j++;
        if (j < n && isdigit((unsigned char)s[j])) {
            while (j < n && isdigit((unsigned char)s[j]))
                j++;
            end = j;
        }
    }
    char buf[64], *p = end - start < sizeof buf ? buf : malloc(end - start + 1);
    if (!p)
        return NAN;
    memcpy(p, s + start, end - start);
    p[end - start] = 0;
    double v = strtod(p, NULL);
    if (p != buf)
        free(p);
    return v;
}

/* parseSingleStatistic: /^<prefix>(\d+(?:\.\d+)?)$/i with a value in [0, 100] */
static int single_stat(const char *stat, const char *prefix)
{
    size_t n = strlen(prefix);
    if (strncasecmp(stat, prefix, n))
        return 0;
    const char *q = stat + n;
    if (!isdigit((unsigned char)*q))
        return 0;
    while (isdigit((unsigned char)*q))
        q++;
    if (*q == '.') {
        q++;
        if (!isdigit((unsigned char)*q))
            return 0;
        while (isdigit((unsigned char)*q))
            q++;
    }
    if (*q)
        return 0;
    double v = strtod(stat + n, NULL);
    return v >= 0 && v <= 100;
}

/* parseNumberAndPercent of one side of a range: 0 absent, 1 a number, -1 "fail" */
static int range_side(const char *s, size_t n, int *percent)
{
    ccdk__js_trim_span(&s, &n); /* x.trim() */
    *percent = 0;
    if (!n)
        return 0;
    *percent = s[n - 1] == '%';
    double v = js_parse_float(s, *percent ? n - 1 : n);
    if (isnan(v) || v < 0 || (*percent && v > 100))
        return -1;
    return 1;
}

/* parsePairStatistic: /^<prefix>\(([^)]+)\)$/i, then "lower:upper" with a bound at least, and
 * both bounds percentages or neither */
static int pair_stat(const char *stat, const char *prefix)
{
    size_t n = strlen(prefix), len = strlen(stat);
    if (strncasecmp(stat, prefix, n) || stat[n] != '(' || len < n + 3 || stat[len - 1] != ')')
        return 0;
    const char *in = stat + n + 1;
    size_t inlen = len - n - 2;
    if (memchr(in, ')', inlen))
        return 0;
    const char *colon = memchr(in, ':', inlen);
    if (!colon)
        return 0;
    /* split(":") and take the first two parts */
    const char *rhs = colon + 1;
    const char *colon2 = memchr(rhs, ':', (size_t)(in + inlen - rhs));
    size_t rlen = colon2 ? (size_t)(colon2 - rhs) : (size_t)(in + inlen - rhs);
    int lp, rp;
    int l = range_side(in, (size_t)(colon - in), &lp), r = range_side(rhs, rlen, &rp);
    if (l < 0 || r < 0 || (!l && !r) || (l && r && lp != rp))
        return 0;
    return 1;
}

/* parseStatistic + normalizeStatistic: the type of stat and its normalized form */
static enum stat_type parse_statistic(ccdk_app *app, const char *stat, const char **normalized)
{
    static const char *const simple[][2] = {{"average", "Average"}, {"avg", "Average"},   {"minimum", "Minimum"},
                                            {"min", "Minimum"},     {"maximum", "Maximum"}, {"max", "Maximum"},
                                            {"samplecount", "SampleCount"}, {"n", "SampleCount"}, {"sum", "Sum"}};
    for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++)
        if (!strcasecmp(stat, simple[i][0])) {
            *normalized = simple[i][1];
            return STAT_SIMPLE;
        }
    if (!strcasecmp(stat, "iqm")) {
        *normalized = "IQM";
        return STAT_EXTENDED;
    }
    static const char *const singles[] = {"p", "tm", "wm", "tc", "ts"};
    static const char *const pairs[] = {"PR", "TM", "WM", "TC", "TS"};
    enum stat_type t = STAT_UNPARSEABLE;
    for (size_t i = 0; i < 5 && t == STAT_UNPARSEABLE; i++)
        if (single_stat(stat, singles[i]))
            t = STAT_SINGLE;
    for (size_t i = 0; i < 5 && t == STAT_UNPARSEABLE; i++)
        if (pair_stat(stat, pairs[i]))
            t = STAT_RANGE;
    if (t == STAT_UNPARSEABLE) {
        *normalized = stat;
        return t;
    }
    char *c = ccdk__strdup(app, stat);
    for (char *q = c; *q; q++)
        *q = (char)(t == STAT_SINGLE ? tolower((unsigned char)*q) : toupper((unsigned char)*q));
    *normalized = c;
    return t;
}

/* new Metric's statistic: normalized, and the warning of an unparseable one */
static void set_statistic(ccdk_cloudwatch_metric *m, const char *stat)
{
    const char *norm;
    m->warning = NULL;
    if (parse_statistic(m->app, stat, &norm) == STAT_UNPARSEABLE)
        m->warning = ccdk__sprintf(
            m->app,
            "Unrecognized statistic \"%s\" for metric with namespace \"%s\"%s%s%s and metric name \"%s\". Preferably "
            "use the `aws_cloudwatch.Stats` helper class to specify a statistic. You can ignore this warning if your "
            "statistic is valid but not yet supported by the `aws_cloudwatch.Stats` helper class.",
            stat, m->namespace_ ? m->namespace_ : "undefined", m->label ? ", label \"" : "", m->label ? m->label : "",
            m->label ? "\"" : "", m->metric_name ? m->metric_name : "undefined");
    m->statistic = ccdk__strdup(m->app, norm);
}

/* validateDimensions of a dimensionsMap into m (a later duplicate key replaces the earlier value) */
static void set_dimensions(ccdk_cloudwatch_metric *m, ccdk_kvs given)
{
    ccdk_app *app = m->app;
    const ccdk_kv *dims = CCDK__NT(app, given, "dimensionsMap");
    size_t nd = 0;
    while (dims && dims[nd].key)
        nd++;
    m->dims = ccdk__alloc(app, (nd + 1) * sizeof *m->dims);
    m->ndims = 0;
    for (size_t i = 0; i < nd; i++) {
        size_t k = 0;
        while (k < m->ndims && strcmp(m->dims[k].key, dims[i].key))
            k++;
        m->dims[k].key = ccdk__strdup(app, dims[i].key);
        m->dims[k].value = ccdk__strdup(app, dims[i].value);
        if (k == m->ndims)
            m->ndims++;
    }
    m->dims_given = given.built_by_ccdk_list != NULL;
    check_dimensions(m);
}

ccdk_cloudwatch_metric *ccdk_cloudwatch_metric_new(void *scope, const ccdk_cloudwatch_metric_props *props)
{
    ccdk__node *n = ccdk__scope(scope);
    ccdk_app *app = n->app;
    ccdk_cloudwatch_metric *m = ccdk__alloc(app, sizeof *m);
    m->app = app;
    m->scope = n;
    if (!props || !props->namespace_ || !props->metric_name)
        ccdk__error(n, "Metric requires a namespace and a metric name");
    m->namespace_ = ccdk__strdup(app, props ? props->namespace_ : NULL);
    m->metric_name = ccdk__strdup(app, props ? props->metric_name : NULL);
    set_dimensions(m, props ? props->dimensions : (ccdk_kvs){0});
    m->period = period_seconds(n, props ? props->period : (ccdk_duration){0});
    m->period_d = props && ccdk_duration_is_set(props->period) ? props->period : ccdk_duration_minutes(5);
    m->label = ccdk__strdup(app, props ? props->label : NULL);
    m->unit = ccdk__strdup(app, props ? props->unit : NULL);
    m->color = ccdk__strdup(app, props ? props->color : NULL);
    m->id = ccdk__strdup(app, props ? props->id : NULL);
    m->visible = props ? props->visible : CCDK_UNSET;
    m->account = ccdk__strdup(app, props ? props->account : NULL);
    m->region = ccdk__strdup(app, props ? props->region : NULL);
    set_statistic(m, props && props->statistic ? props->statistic : "Average");
    return m;
}

/* ------------------------------------------------------------------ MathExpression */

static int valid_variable(const char *s) /* ^[a-z][a-zA-Z0-9_]*$ */
{
    if (!s || !(*s >= 'a' && *s <= 'z'))
        return 0;
    for (s++; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_')
            return 0;
    return 1;
}

/* warningsV2[id] = message: replaced in place, or appended */
static void put_warning(ccdk_cloudwatch_metric *m, const char *id, const char *message)
{
    for (size_t i = 0; i < m->nwarns; i++)
        if (!strcmp(m->warns[i].key, id)) {
            m->warns[i].value = message;
            return;
        }
    ccdk_kv *w = ccdk__alloc(m->app, (m->nwarns + 1) * sizeof *w);
    if (m->nwarns)
        memcpy(w, m->warns, m->nwarns * sizeof *w);
    w[m->nwarns++] = (ccdk_kv){id, message};
    m->warns = w;
}

/* the rendering options and search environment of a MathExpression or SearchExpression */
struct expr_opts {
    const char *label, *color;
    ccdk_tristate visible;
    const char *search_account, *search_region;
};

static struct expr_opts opts_of(const ccdk_cloudwatch_metric *m)
{
    return (struct expr_opts){m->label, m->color, m->visible, m->search_account, m->search_region};
}

/* metricKey: the expression and its using metrics by sorted id, or namespace|name|dims|stat|period */
const char *ccdk__cloudwatch_metric_key(ccdk_app *app, const ccdk_cloudwatch_metric *m)
{
    ccdk__buf b = {0};
    if (m->expression) {
        ccdk__buf_puts(&b, m->expression);
        size_t n = m->nusing;
        const struct cw_using **sorted = ccdk__alloc(app, (n + 1) * sizeof *sorted);
        for (size_t i = 0; i < n; i++)
            sorted[i] = &m->using[i];
        for (size_t i = 1; i < n; i++) /* insertion sort by id */
            for (size_t j = i; j > 0 && strcmp(sorted[j - 1]->id, sorted[j]->id) > 0; j--) {
                const struct cw_using *t = sorted[j];
                sorted[j] = sorted[j - 1];
                sorted[j - 1] = t;
            }
        for (size_t i = 0; i < n; i++)
            ccdk__buf_printf(&b, "|%s|%s", sorted[i]->id, ccdk__cloudwatch_metric_key(app, sorted[i]->metric));
        if (m->search_region && *m->search_region)
            ccdk__buf_printf(&b, "|%s", m->search_region);
        if (m->search_account && *m->search_account)
            ccdk__buf_printf(&b, "|%s", m->search_account);
    } else {
        ccdk__buf_printf(&b, "%s|%s", m->namespace_ ? m->namespace_ : "", m->metric_name ? m->metric_name : "");
        const ccdk_kv *dims = ccdk__cloudwatch_sorted_dims(app, m);
        for (size_t i = 0; i < m->ndims; i++)
            ccdk__buf_printf(&b, "|%s|%s", dims[i].key, dims[i].value ? dims[i].value : "");
        ccdk__buf_printf(&b, "|%s|%s", m->statistic, ccdk__num_string(app, m->period));
        const char *region = m->region ? m->region : m->stack_region, *account = m->account ? m->account : m->stack_account;
        if (region && *region)
            ccdk__buf_printf(&b, "|%s", region);
        if (account && *account)
            ccdk__buf_printf(&b, "|%s", account);
    }
    const char *r = ccdk__strndup(app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    return r;
}

/* validateNoIdConflicts: an id of usingMetrics, in this expression or any expression under it, that
 * names two metrics of different keys: an UnscopedValidationError naming the later one first (each
 * metric as its toString: the label, else the metric name or the expression) */
struct id_seen {
    const char *id;
    const ccdk_cloudwatch_metric *metric;
};

static const char *metric_string(const ccdk_cloudwatch_metric *m)
{
    if (m->label && *m->label)
        return m->label;
    return m->expression ? m->expression : (m->metric_name ? m->metric_name : "undefined");
}

static int no_id_conflicts(ccdk_app *app, const ccdk_cloudwatch_metric *m, struct id_seen **seen, size_t *n, size_t *cap)
{
    for (size_t i = 0; m->expression && i < m->nusing; i++) {
        const char *id = m->using[i].id;
        const ccdk_cloudwatch_metric *sub = m->using[i].metric;
        size_t k = 0;
        while (k < *n && strcmp((*seen)[k].id, id))
            k++;
        if (k < *n && strcmp(ccdk__cloudwatch_metric_key(app, (*seen)[k].metric), ccdk__cloudwatch_metric_key(app, sub))) {
            ccdk__unscoped_error(app, "The ID '%s' used for two metrics in the expression: '%s' and '%s'. Rename one.", id,
                                 metric_string(sub), metric_string((*seen)[k].metric));
            return -1;
        }
        if (k == *n) {
            if (*n == *cap)
                *seen = ccdk__arena_grow(app, *seen, *n, cap, sizeof **seen, 8);
            (*seen)[(*n)++].id = id;
        }
        (*seen)[k].metric = sub; /* seen.set(id, subMetric) */
        if (no_id_conflicts(app, sub, seen, n, cap) < 0)
            return -1;
    }
    return 0;
}

static ccdk_cloudwatch_metric *math_expression(ccdk__node *n, const char *expression, const struct cw_using *using, size_t nusing,
                                               const struct expr_opts *o, ccdk_duration period);
static ccdk_cloudwatch_metric *search_expression(ccdk__node *n, const char *expression, const struct expr_opts *o, ccdk_duration period);

/* changePeriod: metric.with({period}); overridden when the metric had a period other than the
 * default 5 minutes and the expression's */
static const ccdk_cloudwatch_metric *change_period(ccdk__node *n, const ccdk_cloudwatch_metric *m, ccdk_duration period, double secs,
                                                   int *overridden)
{
    double own = m->period;
    if (own != 300 && own != secs)
        *overridden = 1;
    if (m->expression && own == secs) /* MathExpression.with / SearchExpression.with: itself when the period is the same */
        return m;
    struct expr_opts o = opts_of(m);
    if (m->search)
        return search_expression(n, m->expression, &o, period);
    if (m->expression)
        return math_expression(n, m->expression, m->using, m->nusing, &o, period);
    return ccdk_cloudwatch_metric_with(m, &(ccdk_cloudwatch_metric_options){.period = period});
}

static ccdk_cloudwatch_metric *expression_new(ccdk__node *n, const char *expression, const struct expr_opts *o)
{
    ccdk_app *app = n->app;
    ccdk_cloudwatch_metric *m = ccdk__alloc(app, sizeof *m);
    memset(m, 0, sizeof *m);
    m->app = app;
    m->scope = n;
    m->expression = ccdk__strdup(app, expression ? expression : "");
    m->label = ccdk__strdup(app, o->label);
    m->color = ccdk__strdup(app, o->color);
    m->visible = o->visible;
    m->search_account = ccdk__strdup(app, o->search_account);
    m->search_region = ccdk__strdup(app, o->search_region);
    return m;
}

/* new SearchExpression: no validation at all (not even of the period) */
static ccdk_cloudwatch_metric *search_expression(ccdk__node *n, const char *expression, const struct expr_opts *o, ccdk_duration period)
{
    ccdk_cloudwatch_metric *m = expression_new(n, expression, o);
    m->search = 1;
    m->period_d = ccdk_duration_is_set(period) ? period : ccdk_duration_minutes(5);
    int ok = 1;
    m->period = ccdk__duration_convert(n, m->period_d, CCDK_TIME_SECONDS, 1, &ok);
    m->using = ccdk__alloc(n->app, sizeof *m->using);
    return m;
}

static ccdk_cloudwatch_metric *math_expression(ccdk__node *n, const char *expression, const struct cw_using *using, size_t nusing,
                                               const struct expr_opts *o, ccdk_duration period)
{
    ccdk_app *app = n->app;
    ccdk_cloudwatch_metric *m = expression_new(n, expression, o);
    m->period_d = ccdk_duration_is_set(period) ? period : ccdk_duration_minutes(5);
    m->period = period_seconds(n, m->period_d);
    m->using = ccdk__alloc(app, (nusing + 1) * sizeof *m->using);
    m->nusing = nusing;
    int overridden = 0;
    for (size_t i = 0; i < nusing; i++) {
        m->using[i].id = ccdk__strdup(app, using[i].id);
        m->using[i].metric = change_period(n, using[i].metric, m->period_d, m->period, &overridden);
    }
    if (overridden)
        put_warning(m, "CloudWatch:Math:MetricsPeriodsOverridden",
                    ccdk__sprintf(app, "Periods of metrics in 'usingMetrics' for Math expression '%s' have been overridden to %s seconds.",
                                  m->expression, ccdk__num_string(app, m->period)));
    /* invalid variable names (tokens aside): an UnscopedValidationError */
    ccdk__buf bad = {0};
    for (size_t i = 0; i < nusing; i++)
        if (!ccdk__is_unresolved(m->using[i].id) && !valid_variable(m->using[i].id)) {
            if (bad.len)
                ccdk__buf_putc(&bad, ',');
            ccdk__buf_puts(&bad, m->using[i].id);
        }
    if (bad.len)
        ccdk__unscoped_error(app, "Invalid variable names in expression: %s. Must start with lowercase letter and only contain alphanumerics.",
                             bad.data);
    ccdk__buf_free(&bad);
    struct id_seen *seen = NULL;
    size_t nseen = 0, capseen = 0;
    no_id_conflicts(app, m, &seen, &nseen, &capseen);
    /* identifiers of the expression (tokens, then quoted strings, taken out; each match of
     * [a-z][a-zA-Z0-9_] and then any number of those, globally) that usingMetrics lacks: a warning,
     * unless the expression has the word INSIGHT_RULE_METRIC, SELECT, SEARCH or METRICS (any case) */
    const char *e = m->expression;
    ccdk__buf stripped = {0}, missing = {0};
    for (const char *p = e; *p;) {
        const char *end;
        if (!strncmp(p, "${Token[", 8) && (end = strchr(p + 8, ']')) && end > p + 8 && end[1] == '}') {
            p = end + 2;
            continue;
        }
        ccdk__buf_putc(&stripped, *p++);
    }
    ccdk__buf_putc(&stripped, 0);
    ccdk__buf text = {0};
    for (const char *p = stripped.data; *p;) {
        const char *end;
        if ((*p == '"' || *p == '\'') && (end = strchr(p + 1, *p))) {
            p = end + 1;
            continue;
        }
        ccdk__buf_putc(&text, *p++);
    }
    ccdk__buf_putc(&text, 0);
    for (const char *p = text.data; *p;) {
        if (!(*p >= 'a' && *p <= 'z')) {
            p++;
            continue;
        }
        const char *q = p + 1;
        while (isalnum((unsigned char)*q) || *q == '_')
            q++;
        int found = 0;
        for (size_t i = 0; i < nusing; i++)
            if (strlen(m->using[i].id) == (size_t)(q - p) && !strncmp(m->using[i].id, p, (size_t)(q - p)))
                found = 1;
        if (!found) {
            if (missing.len)
                ccdk__buf_puts(&missing, ", ");
            ccdk__buf_printf(&missing, "%.*s", (int)(q - p), p);
        }
        p = q;
    }
    ccdk__buf_free(&stripped);
    ccdk__buf_free(&text);
    int query = 0;
    static const char *const words[] = {"INSIGHT_RULE_METRIC", "SELECT", "SEARCH", "METRICS"};
    for (const char *p = e; *p && !query; p++) {
        if (p > e && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
            continue;
        for (size_t w = 0; w < 4; w++) {
            size_t len = strlen(words[w]);
            if (!strncasecmp(p, words[w], len) && !(isalnum((unsigned char)p[len]) || p[len] == '_'))
                query = 1;
        }
    }
    if (!query && missing.len)
        put_warning(m, "CloudWatch:Math:UnknownIdentifier",
                    ccdk__sprintf(app, "Math expression '%s' references unknown identifiers: %s. Please add them to the 'usingMetrics' map.",
                                  m->expression, missing.data));
    ccdk__buf_free(&missing);
    for (size_t i = 0; i < nusing; i++) {
        const ccdk_cloudwatch_metric *sub = m->using[i].metric;
        if (sub->warning)
            put_warning(m, "CloudWatch:Alarm:UnrecognizedStatistic", sub->warning);
        for (size_t w = 0; w < sub->nwarns; w++)
            put_warning(m, sub->warns[w].key, sub->warns[w].value);
    }
    return m;
}

ccdk_cloudwatch_metric *ccdk_cloudwatch_math_expression_new(void *owner, const ccdk_cloudwatch_math_expression_props *props)
{
    ccdk__node *n = ccdk__scope(owner);
    static const ccdk_cloudwatch_math_expression_props none;
    const ccdk_cloudwatch_math_expression_props *p = props ? props : &none;
    if (!p->expression)
        ccdk__error(n, "MathExpression requires an expression");
    struct expr_opts o = {p->label, p->color, p->visible, p->search_account, p->search_region};
    size_t nu = CCDK__LEN(p->using_metrics, "usingMetrics");
    struct cw_using *u = ccdk__alloc(n->app, (nu + 1) * sizeof *u);
    for (size_t i = 0; i < nu; i++) {
        u[i].id = p->using_metrics.items[i].id ? p->using_metrics.items[i].id : "";
        u[i].metric = p->using_metrics.items[i].metric;
        if (!u[i].metric) {
            ccdk__error(n, "MathExpression: usingMetrics['%s'] is NULL", u[i].id);
            return math_expression(n, p->expression, NULL, 0, &o, p->period);
        }
    }
    return math_expression(n, p->expression, u, nu, &o, p->period);
}

const char *ccdk_cloudwatch_metric_expression(const ccdk_cloudwatch_metric *m) { return m ? m->expression : NULL; }

ccdk_cloudwatch_metric *ccdk_cloudwatch_metric_with(const ccdk_cloudwatch_metric *m, const ccdk_cloudwatch_metric_options *o)
{
    if (!m)
        return NULL;
    if (m->expression) /* MathExpression.with / SearchExpression.with: the label, color, visible and period */
        return ccdk_cloudwatch_math_expression_with(
            m, o ? &(ccdk_cloudwatch_math_expression_options){.label = o->label, .color = o->color, .visible = o->visible, .period = o->period}
                 : NULL);
    ccdk_cloudwatch_metric *r = ccdk__alloc(m->app, sizeof *r);
    *r = *m;
    if (!o)
        return r;
    /* a new Metric of the options over the metric's: validated and normalized again */
    if (o->dimensions.built_by_ccdk_list)
        set_dimensions(r, o->dimensions);
    if (ccdk_duration_is_set(o->period)) {
        r->period = period_seconds(m->scope, o->period);
        r->period_d = o->period;
    }
    if (o->label)
        r->label = ccdk__strdup(m->app, o->label);
    if (o->unit)
        r->unit = ccdk__strdup(m->app, o->unit);
    if (o->color)
        r->color = ccdk__strdup(m->app, o->color);
    if (o->id)
        r->id = ccdk__strdup(m->app, o->id);
    if (ccdk__tri_set(o->visible))
        r->visible = o->visible;
    if (o->account)
        r->account = ccdk__strdup(m->app, o->account);
    if (o->region)
        r->region = ccdk__strdup(m->app, o->region);
    set_statistic(r, o->statistic ? o->statistic : m->statistic);
    return r;
}

ccdk_cloudwatch_metric *ccdk_cloudwatch_math_expression_with(const ccdk_cloudwatch_metric *m, const ccdk_cloudwatch_math_expression_options *o)
{
    if (!m)
        return NULL;
    static const ccdk_cloudwatch_math_expression_options none;
    if (!o)
        o = &none;
    if (!m->expression)
        return ccdk_cloudwatch_metric_with(m, &(ccdk_cloudwatch_metric_options){.label = o->label, .color = o->color,
                                                                                .visible = o->visible, .period = o->period});
    struct expr_opts e = opts_of(m);
    if (o->label)
        e.label = o->label;
    if (o->color)
        e.color = o->color;
    if (ccdk__tri_set(o->visible))
        e.visible = o->visible;
    if (o->search_account)
        e.search_account = o->search_account;
    if (o->search_region)
        e.search_region = o->search_region;
    ccdk_duration period = ccdk_duration_is_set(o->period) ? o->period : m->period_d;
    if (m->search)
        return search_expression(m->scope, m->expression, &e, period);
    return math_expression(m->scope, m->expression, m->using, m->nusing, &e, period);
}

ccdk_cloudwatch_metric *ccdk_cloudwatch_search_expression_new(void *owner, const ccdk_cloudwatch_search_expression_props *props)
{
    ccdk__node *n = ccdk__scope(owner);
    static const ccdk_cloudwatch_search_expression_props none;
    const ccdk_cloudwatch_search_expression_props *p = props ? props : &none;
    if (!p->expression)
        ccdk__error(n, "SearchExpression requires an expression");
    struct expr_opts o = {p->label, p->color, p->visible, p->search_account, p->search_region};
    return search_expression(n, p->expression, &o, p->period);
}

ccdk_cloudwatch_metric *ccdk_cloudwatch_metric_anomaly_detection_for(void *owner, const ccdk_cloudwatch_anomaly_detection_metric_options *options)
{
    ccdk__node *n = ccdk__scope(owner);
    static const ccdk_cloudwatch_anomaly_detection_metric_options none;
    const ccdk_cloudwatch_anomaly_detection_metric_options *p = options ? options : &none;
    if (p->std_devs.set && p->std_devs.value <= 0)
        ccdk__unscoped_error(n->app, "stdDevs must be greater than 0");
    if (!p->metric)
        ccdk__error(n, "Metric.anomalyDetectionFor: metric is required");
    const char *expression =
        ccdk__sprintf(n->app, "ANOMALY_DETECTION_BAND(m0, %s)", ccdk__num_string(n->app, p->std_devs.set ? p->std_devs.value : 2));
    struct expr_opts o = {p->label ? p->label : "Anomaly Detection Band", p->color, p->visible, p->search_account, p->search_region};
    if (!p->metric)
        return math_expression(n, expression, NULL, 0, &o, p->period);
    struct cw_using u = {"m0", p->metric};
    return math_expression(n, expression, &u, 1, &o, p->period);
}

ccdk_cloudwatch_metric *ccdk_cloudwatch_metric_attach_to(const ccdk_cloudwatch_metric *m, void *scope)
{
    if (!m)
        return NULL;
    ccdk__node *n = ccdk__node_of(scope);
    if (!n) {
        ccdk__process_error("%s: the scope is not a construct", __func__);
        return (ccdk_cloudwatch_metric *)m;
    }
    if (m->expression) /* MathExpression has no attachTo: the IMetric as it is */
        return (ccdk_cloudwatch_metric *)m;
    const char *account = ccdk_stack_account(n->stack), *region = ccdk_stack_region(n->stack);
    ccdk_cloudwatch_metric *r = ccdk_cloudwatch_metric_with(m, NULL);
    r->stack_account = account && !ccdk__is_unresolved(account) ? ccdk__strdup(m->app, account) : NULL;
    r->stack_region = region && !ccdk__is_unresolved(region) ? ccdk__strdup(m->app, region) : NULL;
    return r;
}

const char *ccdk_cloudwatch_metric_account(const ccdk_cloudwatch_metric *m) { return m ? (m->account ? m->account : m->stack_account) : NULL; }
const char *ccdk_cloudwatch_metric_region(const ccdk_cloudwatch_metric *m) { return m ? (m->region ? m->region : m->stack_region) : NULL; }
const char *ccdk_cloudwatch_metric_id(const ccdk_cloudwatch_metric *m) { return m ? m->id : NULL; }

const char *ccdk_cloudwatch_metric_statistic(const ccdk_cloudwatch_metric *m) { return m ? m->statistic : NULL; }
double ccdk_cloudwatch_metric_period_seconds(const ccdk_cloudwatch_metric *m) { return m ? m->period : 0; }
ccdk_duration ccdk_cloudwatch_metric_period(const ccdk_cloudwatch_metric *m) { return m ? m->period_d : (ccdk_duration){0}; }
const char *ccdk_cloudwatch_metric_namespace(const ccdk_cloudwatch_metric *m) { return m ? m->namespace_ : NULL; }
const char *ccdk_cloudwatch_metric_metric_name(const ccdk_cloudwatch_metric *m) { return m ? m->metric_name : NULL; }
const char *ccdk_cloudwatch_metric_label(const ccdk_cloudwatch_metric *m) { return m ? m->label : NULL; }
const char *ccdk_cloudwatch_metric_unit(const ccdk_cloudwatch_metric *m) { return m ? m->unit : NULL; }

ccdk_kvs ccdk_cloudwatch_metric_dimensions(const ccdk_cloudwatch_metric *m)
{
    if (!m || !m->dims_given)
        return (ccdk_kvs){0};
    return (ccdk_kvs){&ccdk__list_mark, m->dims, m->ndims};
}

/* parseStatisticToFields: a simple statistic goes to Statistic, anything else to ExtendedStatistic */
static void statistic_fields(ccdk_app *app, const char *stat, const char **simple, const char **extended)
{
    const char *norm;
    *simple = *extended = NULL;
    if (parse_statistic(app, stat, &norm) == STAT_SIMPLE)
        *simple = norm;
    else
        *extended = norm;
}

/* ------------------------------------------------------------------ Alarm */

static const ccdk__kind kind_alarm = {.fqn = "aws-cdk-lib.aws_cloudwatch.Alarm", .class_name = "Alarm2"};

static int cmp_kv(const void *a, const void *b) { return strcmp(((const ccdk_kv *)a)->key, ((const ccdk_kv *)b)->key); }

/* metricStat.dimensions: [{Name, Value}] with the keys sorted (dimensionsAsList) */
static ccdk_value *dimension_list(ccdk_app *app, const ccdk_cloudwatch_metric *m)
{
    ccdk_kv *dims = ccdk__alloc(app, (m->ndims + 1) * sizeof *dims);
    if (m->ndims)
        memcpy(dims, m->dims, m->ndims * sizeof *dims);
    qsort(dims, m->ndims, sizeof *dims, cmp_kv);
    ccdk_value *dl = ccdk__v_list(app);
    for (size_t i = 0; i < m->ndims; i++) {
        ccdk_value *d = ccdk__v_obj(app);
        ccdk__v_set(d, "Name", ccdk__v_str(app, dims[i].key));
        ccdk__v_set(d, "Value", ccdk__v_from_string(app, dims[i].value));
        ccdk__v_push(dl, d);
    }
    return dl;
}

/* a MetricDataQuery of a metric: {metricStat: {metric: {metricName, namespace, dimensions}, period,
 * stat, unit}, id, label, returnData}, in alarm.ts's order (tree.json keeps it, the template sorts
 * it: gen-tree-props-table.js's INSERTION) */
static ccdk_value *stat_query(ccdk_app *app, const ccdk_cloudwatch_metric *m, const char *id, const char *account_id, int return_data)
{
    /* CfnAlarm's MetricProperty renders Dimensions, MetricName, Namespace (the L1's order; tree.json's
     * comes from gen-tree-props-table.js) */
    ccdk_value *metric = ccdk__v_obj(app);
    if (m->ndims)
        ccdk__v_set(metric, "Dimensions", dimension_list(app, m));
    ccdk__v_set(metric, "MetricName", ccdk__v_from_string(app, m->metric_name));
    ccdk__v_set(metric, "Namespace", ccdk__v_from_string(app, m->namespace_));
    ccdk_value *ms = ccdk__v_obj(app);
    ccdk__v_set(ms, "Metric", metric);
    ccdk__v_set(ms, "Period", ccdk__v_num(app, m->period));
    ccdk__v_set(ms, "Stat", ccdk__v_str(app, m->statistic));
    if (m->unit)
        ccdk__v_set(ms, "Unit", ccdk__v_str(app, m->unit));
    ccdk_value *q = ccdk__v_obj(app);
    ccdk__v_set(q, "MetricStat", ms);
    ccdk__v_set(q, "Id", ccdk__v_from_string(app, id));
    if (account_id)
        ccdk__v_set(q, "AccountId", ccdk__v_from_string(app, account_id));
    if (m->label)
        ccdk__v_set(q, "Label", ccdk__v_from_string(app, m->label));
    ccdk__v_set(q, "ReturnData", ccdk__v_bool(app, return_data));
    return q;
}

/* requiresAccountId: the metric's account (given, else attached) when the alarm's stack's differs
 * (a token stack account differs from any literal); NULL when the metric has none */
static const char *alarm_account_id(ccdk__node *alarm, const ccdk_cloudwatch_metric *m)
{
    const char *account = m->account ? m->account : m->stack_account;
    if (!account)
        return NULL;
    const char *stack_account = ccdk_stack_account(alarm->stack);
    return stack_account && !strcmp(stack_account, account) ? NULL : account;
}

/* validateMetricStat: a metric of a region other than the alarm's stack's (when that is known) */
static int alarm_region_ok(ccdk__node *alarm, const ccdk_cloudwatch_metric *m)
{
    const char *region = m->region ? m->region : m->stack_region;
    const char *stack_region = ccdk_stack_region(alarm->stack);
    if (region && *region && stack_region && !ccdk__is_unresolved(stack_region) && strcmp(region, stack_region)) {
        ccdk__error(alarm, "Cannot create an Alarm in region '%s' based on metric '%s' in '%s'", stack_region,
                    m->label && *m->label ? m->label : m->metric_name, region);
        return 0;
    }
    return 1;
}

static void search_in_alarm(ccdk__node *alarm)
{
    ccdk__error(alarm, "Search expressions are not supported in CloudWatch Alarms. Use search expressions only in dashboard graphs.");
}

/* MetricSet.addOne and the alarm's rendering of its entries: the metric, then (an expression's)
 * its using metrics, depth first; the top-level expression's id is "expr_<n>"; ReturnData for
 * level 1 only */
static int add_queries(ccdk__node *alarm, ccdk_value *list, const ccdk_cloudwatch_metric *m, const char *id, int level, int *eid,
                       int return_level)
{
    ccdk_app *app = alarm->app;
    if (!id)
        id = ccdk__sprintf(app, "expr_%d", ++*eid);
    if (m->search) {
        search_in_alarm(alarm);
        return 0;
    }
    if (!m->expression) {
        if (!alarm_region_ok(alarm, m))
            return 0;
        ccdk__v_push(list, stat_query(app, m, id, alarm_account_id(alarm, m), level <= return_level));
        return 1;
    }
    if (m->nusing > 10) /* assertSubmetricsCount, on the alarm */
        ccdk__error(alarm, "Alarms on math expressions cannot contain more than 10 individual metrics");
    if (m->search_account || m->search_region) { /* validateMetricExpression */
        ccdk__error(alarm, "Cannot create an Alarm based on a MathExpression which specifies a searchAccount or searchRegion");
        return 0;
    }
    ccdk_value *q = ccdk__v_obj(app);
    ccdk__v_set(q, "Expression", ccdk__v_from_string(app, m->expression));
    ccdk__v_set(q, "Id", ccdk__v_from_string(app, id));
    if (m->label)
        ccdk__v_set(q, "Label", ccdk__v_from_string(app, m->label));
    if (!m->nusing) /* period: only for an expression without using metrics */
        ccdk__v_set(q, "Period", ccdk__v_num(app, m->period));
    ccdk__v_set(q, "ReturnData", ccdk__v_bool(app, level <= return_level));
    ccdk__v_push(list, q);
    for (size_t i = 0; i < m->nusing; i++)
        if (!add_queries(alarm, list, m->using[i].metric, m->using[i].id, level + 1, eid, return_level))
            return 0;
    return 1;
}

/* isAnomalyDetectionOperator / isAnomalyDetectionMetric */
static int anomaly_operator(ccdk_cloudwatch_comparison_operator op)
{
    return op == CCDK_CW_LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD || op == CCDK_CW_GREATER_THAN_UPPER_THRESHOLD ||
           op == CCDK_CW_LESS_THAN_LOWER_THRESHOLD;
}

static int anomaly_band(const ccdk_cloudwatch_metric *m)
{
    return m->expression && !m->search && strstr(m->expression, "ANOMALY_DETECTION_BAND");
}

static ccdk_cloudwatch_alarm *alarm_build(ccdk_cloudwatch_alarm *a, const ccdk_cloudwatch_alarm_props *props,
                                          const ccdk_cloudwatch_anomaly_detection_alarm_props *anomaly_props);

ccdk_cloudwatch_alarm *ccdk_cloudwatch_alarm_new(void *scope, const char *id, const ccdk_cloudwatch_alarm_props *props)
{
    return alarm_build(ccdk__construct(ccdk_cloudwatch_alarm, &kind_alarm, scope, id), props, NULL);
}

static const ccdk__kind kind_anomaly_alarm = {.fqn = "aws-cdk-lib.aws_cloudwatch.AnomalyDetectionAlarm",
                                              .class_name = "AnomalyDetectionAlarm2"};

ccdk_cloudwatch_alarm *ccdk_cloudwatch_anomaly_detection_alarm_new(void *scope, const char *id,
                                                                   const ccdk_cloudwatch_anomaly_detection_alarm_props *props)
{
    static const ccdk_cloudwatch_anomaly_detection_alarm_props none;
    return alarm_build(ccdk__construct(ccdk_cloudwatch_alarm, &kind_anomaly_alarm, scope, id), NULL, props ? props : &none);
}

/* new Alarm (props), or new AnomalyDetectionAlarm (anomaly_props): super(scope, id, {...props,
 * comparisonOperator (the anomaly default), metric: Metric.anomalyDetectionFor({...props, period:
 * metricPeriod(metric)}), threshold: 0}) */
static ccdk_cloudwatch_alarm *alarm_build(ccdk_cloudwatch_alarm *a, const ccdk_cloudwatch_alarm_props *props,
                                          const ccdk_cloudwatch_anomaly_detection_alarm_props *anomaly_props)
{
    ccdk_cloudwatch_alarm_props from_anomaly;
    if (anomaly_props) {
        const ccdk_cloudwatch_anomaly_detection_alarm_props *p = anomaly_props;
        ccdk_cloudwatch_metric *band = NULL;
        if (p->metric)
            band = ccdk_cloudwatch_metric_anomaly_detection_for(
                a, &(ccdk_cloudwatch_anomaly_detection_metric_options){
                       .metric = p->metric, .std_devs = p->std_devs, .period = p->metric->period_d});
        from_anomaly = (ccdk_cloudwatch_alarm_props){
            .metric = band,
            .threshold = CCDK_NUM(0),
            .evaluation_periods = p->evaluation_periods,
            .datapoints_to_alarm = p->datapoints_to_alarm,
            .comparison_operator = p->comparison_operator ? p->comparison_operator : CCDK_CW_LESS_THAN_LOWER_OR_GREATER_THAN_UPPER_THRESHOLD,
            .treat_missing_data = p->treat_missing_data,
            .alarm_name = p->alarm_name,
            .alarm_description = p->alarm_description,
            .actions_enabled = p->actions_enabled,
            .statistic = p->statistic,
            .period = p->period,
        };
        props = &from_anomaly;
    }
    ccdk_app *app = a->node.app;
    ccdk_cfn_resource *r = a->resource = ccdk__l1(a, "Resource", "AWS::CloudWatch::Alarm", "aws-cdk-lib.aws_cloudwatch.CfnAlarm");
    r->tag_kind = 1;
    /* alarmArn, alarmName: memoized getters, made at their first read (token.c) */
    a->arn = ccdk__token_mark_unread(app, ccdk_cfn_resource_get_att(r, "Arn"));
    a->name = ccdk__token_mark_unread(app, ccdk_cfn_resource_ref(r));
    static const ccdk_cloudwatch_alarm_props empty;
    if (!props)
        props = &empty;
    if (!props->metric) {
        ccdk__error(a, "metric is required");
        return a;
    }
    if (!CCDK__ENUM_OK(a, props->comparison_operator, ccdk_cloudwatch_comparison_operator,
                       CCDK_CW_COMPARISON_OPERATOR_UNSET, CCDK_CW_LESS_THAN_LOWER_THRESHOLD,
                       "comparisonOperator") ||
        !CCDK__ENUM_OK(a, props->treat_missing_data, ccdk_cloudwatch_treat_missing_data, CCDK_CW_TREAT_MISSING_DATA_UNSET,
                       CCDK_CW_TREAT_MISSING_DATA_MISSING, "treatMissingData"))
        return a;
    /* by ccdk_cloudwatch_comparison_operator; UNSET renders as the Alarm's default */
    static const char *const ops[] = {"GreaterThanOrEqualToThreshold", "GreaterThanOrEqualToThreshold",
                                      "GreaterThanThreshold", "LessThanThreshold",
                                      "LessThanOrEqualToThreshold", "LessThanLowerOrGreaterThanUpperThreshold",
                                      "GreaterThanUpperThreshold", "LessThanLowerThreshold"};
    int anomaly = anomaly_operator(props->comparison_operator);
    if (anomaly) {
        if (!anomaly_band(props->metric)) {
            ccdk__error(a,
                        "Anomaly detection operator %s requires an ANOMALY_DETECTION_BAND() metric. Use the construct "
                        "AnomalyDetectionAlarm or wrap your metric in an ANOMALY_DETECTION_BAND expression.",
                        ops[props->comparison_operator]);
            return a;
        }
        if (props->threshold.set && props->threshold.value != 0)
            ccdk__warning(a, "aws-cdk-lib/aws-cloudwatch:thresholdIgnoredForAnomalyDetection",
                          "threshold is unused for anomaly detection alarms. Use 'Alarm.ANOMALY_DETECTION_NO_THRESHOLD' or use the "
                          "AnomalyDetectionAlarm construct.");
    } else {
        if (anomaly_band(props->metric)) { /* props.comparisonOperator as given: undefined when not */
            ccdk__error(a,
                        "Fixed threshold operator %s can not be used with an ANOMALY_DETECTION_BAND() math expression; use an "
                        "anomaly threshold operator instead.",
                        props->comparison_operator ? ops[props->comparison_operator] : "undefined");
            return a;
        }
        if (!props->threshold.set) {
            ccdk__error(a, "threshold must be specified for standard alarms");
            return a;
        }
    }
    /* renderMetric: the metric's errors before the resource gets its properties */
    const ccdk_cloudwatch_metric *m = a->metric = props->metric;
    ccdk_value *queries = NULL;
    int eid = 0;
    if (m->search) {
        search_in_alarm(&a->node);
        return a;
    }
    if (m->expression) {
        queries = ccdk__v_list(app);
        if (!add_queries(&a->node, queries, m, NULL, 1, &eid, anomaly ? 2 : 1))
            return a;
    } else if (!alarm_region_ok(&a->node, m))
        return a;
    static const char *const tmd[] = {NULL, "breaching", "notBreaching", "ignore", "missing"};
    if (props->alarm_description)
        ccdk__res_set(r, "AlarmDescription", ccdk__v_from_string(app, props->alarm_description));
    if (props->alarm_name) {
        ccdk__res_set(r, "AlarmName", ccdk__v_from_string(app, props->alarm_name));
        ccdk__cloudwatch_named_alarm(a, props->alarm_name);
    }
    unsigned op = (unsigned)props->comparison_operator;
    ccdk__res_set(r, "ComparisonOperator", ccdk__v_str(app, ops[op < sizeof ops / sizeof *ops ? op : 0]));
    if (!anomaly)
        ccdk__res_set(r, "Threshold", ccdk__v_opt_num(app, props->threshold));
    else /* thresholdMetricId: the id of the band, the top-level expression */
        ccdk__res_set(r, "ThresholdMetricId", ccdk__v_str(app, "expr_1"));
    if (props->datapoints_to_alarm.set)
        ccdk__res_set(r, "DatapointsToAlarm", ccdk__v_opt_num(app, props->datapoints_to_alarm));
    if (props->evaluation_periods.set)
        ccdk__res_set(r, "EvaluationPeriods", ccdk__v_opt_num(app, props->evaluation_periods));
    else
        ccdk__error(a, "evaluationPeriods is required");
    if (props->treat_missing_data > 0 && props->treat_missing_data <= CCDK_CW_TREAT_MISSING_DATA_MISSING)
        ccdk__res_set(r, "TreatMissingData", ccdk__v_str(app, tmd[props->treat_missing_data]));
    if (ccdk__tri_set(props->actions_enabled))
        ccdk__res_set(r, "ActionsEnabled", ccdk__v_bool(app, ccdk__tri_true(props->actions_enabled)));

    /* the metric: a MathExpression, a labelled metric or one of another account makes a Metrics list */
    const char *account_id = m->expression ? NULL : alarm_account_id(&a->node, m);
    if (queries) {
        ccdk__res_set(r, "Metrics", queries);
    } else if (!m->label && !account_id) {
        ccdk_value *dl = dimension_list(app, m);
        if (m->ndims) /* metricStat.dimensions: undefined when there are none */
            ccdk__res_set(r, "Dimensions", dl);
        ccdk__res_set(r, "Namespace", ccdk__v_from_string(app, m->namespace_));
        ccdk__res_set(r, "MetricName", ccdk__v_from_string(app, m->metric_name));
        ccdk__res_set(r, "Period", ccdk__v_num(app, m->period));
        const char *simple, *extended;
        statistic_fields(app, m->statistic, &simple, &extended);
        if (simple)
            ccdk__res_set(r, "Statistic", ccdk__v_str(app, simple));
        if (extended)
            ccdk__res_set(r, "ExtendedStatistic", ccdk__v_str(app, extended));
        if (m->unit)
            ccdk__res_set(r, "Unit", ccdk__v_str(app, m->unit));
    } else {
        ccdk_value *l = ccdk__v_list(app);
        ccdk__v_push(l, stat_query(app, m, "m1", account_id, 1));
        ccdk__res_set(r, "Metrics", l);
    }
    /* the deprecated props.period and props.statistic are assigned over the rendered metric's fields
     * (with a Metrics list too, where CloudFormation takes neither; aws-cdk-lib does so) */
    if (ccdk_duration_is_set(props->period)) {
        int ok = 1;
        double sec = ccdk__duration_convert(&a->node, props->period, CCDK_TIME_SECONDS, 1, &ok);
        ccdk__res_set(r, "Period", ccdk__v_num(app, sec));
    }
    if (props->statistic) {
        const char *simple, *extended;
        statistic_fields(app, props->statistic, &simple, &extended);
        ccdk__res_set(r, simple ? "Statistic" : "ExtendedStatistic", ccdk__v_str(app, simple ? simple : extended));
    }
    /* the annotation toAnnotation() gives: "<metric> <op> <threshold> for <datapoints> datapoints
     * within <evaluationPeriods x the metric's period>" */
    static const char *const symbols[] = {">=", ">", "<", "<="};
    double dp = props->datapoints_to_alarm.set && props->datapoints_to_alarm.value ? props->datapoints_to_alarm.value
                                                                                   : props->evaluation_periods.value;
    double within = props->evaluation_periods.value * m->period;
    const char *period_text = within == 60   ? "1 minute"
                              : within == 1  ? "1 second"
                              : within > 60  ? ccdk__sprintf(app, "%s minutes", ccdk__num_string(app, within / 60))
                                             : ccdk__sprintf(app, "%s seconds", ccdk__num_string(app, within));
    a->threshold = props->threshold.value;
    a->anomaly = anomaly;
    if (anomaly) /* {value: ANOMALY_DETECTION_NO_THRESHOLD, label, visible: false} */
        a->annotation_label = "Anomaly Detection Band", a->threshold = 0;
    else
        a->annotation_label = ccdk__sprintf(app, "%s %s %s for %s datapoints within %s",
                                        m->label ? m->label : m->expression ? m->expression : m->metric_name,
                                        symbols[op < 4 ? op : 0], ccdk__num_string(app, props->threshold.value),
                                        ccdk__num_string(app, dp), period_text);
    if (m->warning)
        ccdk__warning(a, "CloudWatch:Alarm:UnrecognizedStatistic", "%s", m->warning);
    for (size_t i = 0; i < m->nwarns; i++) /* a MathExpression's warningsV2 */
        ccdk__warning(a, m->warns[i].key, "%s", m->warns[i].value);
    return a;
}

int ccdk_cloudwatch_metric_grant_put_metric_data(ccdk_iam_principal *grantee)
{
    if (!grantee) {
        ccdk__process_error("%s: the grantee is NULL", __func__);
        return 0;
    }
    return ccdk_iam_grant_add_to_principal(grantee, CCDK_STRS("cloudwatch:PutMetricData"), CCDK_STRS("*"));
}

/* ------------------------------------------------------------------ alarm actions */

ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_alarm_action_of(void *owner, const char *arn)
{
    ccdk__node *n = ccdk__node_of(owner);
    if (!n) {
        ccdk__process_error("%s: the owner is not a construct", __func__);
        return NULL;
    }
    ccdk_cloudwatch_alarm_action *act = ccdk__alloc(n->app, sizeof *act);
    act->app = n->app;
    act->arn = ccdk__strdup(n->app, arn);
    return act;
}

ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_alarm_action_new(void *owner, ccdk_cloudwatch_alarm_action_bind_fn bind,
                                                               void *ctx)
{
    ccdk__node *n = ccdk__node_of(owner);
    if (!n) {
        ccdk__process_error("%s: the owner is not a construct", __func__);
        return NULL;
    }
    if (!bind) {
        ccdk__unscoped_error(n->app, "%s: bind is NULL", __func__);
        return NULL;
    }
    ccdk_cloudwatch_alarm_action *act = ccdk__alloc(n->app, sizeof *act);
    act->app = n->app;
    act->bind = bind;
    act->ctx = ctx;
    return act;
}

/* JSON.stringify of a Duration: {"amount":n,"unit":{"label":..,"isoLabel":..,"inMillis":..}} */
static void json_duration(ccdk__buf *b, ccdk_duration d)
{
    static const char *const units[][3] = {{"millis", "", "1"},      {"millis", "", "1"},      {"seconds", "S", "1000"},
                                           {"minutes", "M", "60000"}, {"hours", "H", "3600000"}, {"days", "D", "86400000"}};
    unsigned u = (unsigned)d.unit < 6 ? (unsigned)d.unit : 0;
    ccdk__buf_puts(b, "{\"amount\":");
    ccdk__json_write_number(b, d.amount);
    ccdk__buf_printf(b, ",\"unit\":{\"label\":\"%s\",\"isoLabel\":\"%s\",\"inMillis\":%s}}", units[u][0], units[u][1],
                     units[u][2]);
}

static void json_str(ccdk__buf *b, const char *s) { ccdk__json_write_string(b, s, strlen(s)); }

/* validateActionArn: an EC2 action (/arn:aws[a-z0-9-]*:automate:[a-z|\d|-]+:ec2:[a-z]+/, anywhere in
 * the ARN) needs a metric of exactly one dimension, InstanceId */
static int is_ec2_action(const char *arn)
{
    for (const char *p = strstr(arn, "arn:aws"); p; p = strstr(p + 1, "arn:aws")) {
        const char *q = p + 7;
        while (islower((unsigned char)*q) || isdigit((unsigned char)*q) || *q == '-')
            q++;
        if (strncmp(q, ":automate:", 10))
            continue;
        q += 10;
        const char *r0 = q;
        while (islower((unsigned char)*q) || isdigit((unsigned char)*q) || *q == '-' || *q == '|')
            q++;
        if (q == r0 || strncmp(q, ":ec2:", 5) || !islower((unsigned char)q[5]))
            continue;
        return 1;
    }
    return 0;
}

static int add_action(ccdk_cloudwatch_alarm *a, ccdk_cloudwatch_alarm_action *act, int which, const char *func)
{
    static const char *const props[] = {"AlarmActions", "InsufficientDataActions", "OKActions"};
    if (!ccdk__target_ok(a, func))
        return 0;
    if (!act) {
        ccdk__process_error("%s: the action is NULL", func);
        return 0;
    }
    ccdk_app *app = a->node.app;
    if (!a->imported && !a->resource) /* its constructor failed */
        return 0;
    /* action.bind(this, this).alarmActionArn: an import binds too (AlarmBase.addAlarmAction) */
    const char *arn = act->arn;
    if (act->bind) {
        arn = act->bind((ccdk_construct *)a, a, act->ctx);
        if (arn)
            arn = ccdk__strdup(app, arn);
    }
    if (a->imported)
        return 1; /* AlarmBase's arrays of an import: never rendered */
    if (!arn) {
        ccdk__error(a, "alarmActionArn is required");
        return 0;
    }
    const ccdk_cloudwatch_metric *m = a->metric;
    if (m && !ccdk__is_unresolved(arn) && is_ec2_action(arn) &&
        (m->ndims != 1 || strcmp(m->dims[0].key, "InstanceId"))) {
        /* JSON.stringify(metric.toMetricConfig()) */
        ccdk__buf b = {0};
        ccdk__buf_puts(&b, "{\"metricStat\":{");
        if (m->ndims) {
            ccdk_kv *dims = ccdk__alloc(app, m->ndims * sizeof *dims);
            memcpy(dims, m->dims, m->ndims * sizeof *dims);
            qsort(dims, m->ndims, sizeof *dims, cmp_kv);
            ccdk__buf_puts(&b, "\"dimensions\":[");
            for (size_t i = 0; i < m->ndims; i++) {
                ccdk__buf_puts(&b, i ? ",{\"name\":" : "{\"name\":");
                json_str(&b, dims[i].key);
                ccdk__buf_puts(&b, ",\"value\":");
                json_str(&b, dims[i].value);
                ccdk__buf_putc(&b, '}');
            }
            ccdk__buf_puts(&b, "],");
        }
        ccdk__buf_puts(&b, "\"namespace\":");
        json_str(&b, m->namespace_);
        ccdk__buf_puts(&b, ",\"metricName\":");
        json_str(&b, m->metric_name);
        ccdk__buf_puts(&b, ",\"period\":");
        json_duration(&b, m->period_d);
        ccdk__buf_puts(&b, ",\"statistic\":");
        json_str(&b, m->statistic);
        if (m->unit) {
            ccdk__buf_puts(&b, ",\"unitFilter\":");
            json_str(&b, m->unit);
        }
        const char *stat_fields[][2] = {{"account", m->account ? m->account : m->stack_account},
                                        {"region", m->region ? m->region : m->stack_region},
                                        {"accountOverride", m->account},
                                        {"regionOverride", m->region}};
        for (size_t i = 0; i < 4; i++)
            if (stat_fields[i][1]) {
                ccdk__buf_printf(&b, ",\"%s\":", stat_fields[i][0]);
                json_str(&b, stat_fields[i][1]);
            }
        ccdk__buf_puts(&b, "},\"renderingProperties\":{");
        /* {color, label, id, visible}, the undefined ones left out */
        const char *sep = "";
        const char *render_fields[][2] = {{"color", m->color}, {"label", m->label}, {"id", m->id}};
        for (size_t i = 0; i < 3; i++)
            if (render_fields[i][1]) {
                ccdk__buf_printf(&b, "%s\"%s\":", sep, render_fields[i][0]);
                json_str(&b, render_fields[i][1]);
                sep = ",";
            }
        if (ccdk__tri_set(m->visible))
            ccdk__buf_printf(&b, "%s\"visible\":%s", sep, ccdk__tri_true(m->visible) ? "true" : "false");
        ccdk__buf_puts(&b, "}}");
        ccdk__buf_putc(&b, 0);
        ccdk__error(a, "EC2 alarm actions requires an EC2 Per-Instance Metric. (%s does not have an 'InstanceId' dimension)",
                    b.data);
        ccdk__buf_free(&b);
        return 0;
    }
    if (!a->actions[which]) {
        a->actions[which] = ccdk__v_list(app);
        ccdk__res_set(a->resource, props[which], a->actions[which]);
    }
    ccdk__v_push(a->actions[which], ccdk__v_from_string(app, arn));
    return 1;
}

int ccdk_cloudwatch_alarm_add_alarm_action(ccdk_cloudwatch_alarm *a, ccdk_cloudwatch_alarm_action *action)
{
    return add_action(a, action, 0, __func__);
}

int ccdk_cloudwatch_alarm_add_insufficient_data_action(ccdk_cloudwatch_alarm *a, ccdk_cloudwatch_alarm_action *action)
{
    return add_action(a, action, 1, __func__);
}

int ccdk_cloudwatch_alarm_add_ok_action(ccdk_cloudwatch_alarm *a, ccdk_cloudwatch_alarm_action *action)
{
    return add_action(a, action, 2, __func__);
}

const char *ccdk_cloudwatch_alarm_arn(ccdk_cloudwatch_alarm *a) { return CCDK__MEMO_GET(a, arn); }
const char *ccdk_cloudwatch_alarm_name(ccdk_cloudwatch_alarm *a) { return CCDK__MEMO_GET(a, name); }
ccdk_cfn_resource *ccdk_cloudwatch_alarm_resource(ccdk_cloudwatch_alarm *a) { return ccdk__handle_ok(a, __func__) ? a->resource : NULL; }

/* ------------------------------------------------------------------ createAlarm, actions */

ccdk_cloudwatch_alarm *ccdk_cloudwatch_metric_create_alarm(const ccdk_cloudwatch_metric *m, void *scope, const char *id,
                                                           const ccdk_cloudwatch_create_alarm_options *options)
{
    if (!ccdk__object_ok(m, __func__))
        return NULL;
    static const ccdk_cloudwatch_create_alarm_options none;
    const ccdk_cloudwatch_create_alarm_options *o = options ? options : &none;
    return ccdk_cloudwatch_alarm_new(scope, id, &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_cloudwatch_metric_with(m, &(ccdk_cloudwatch_metric_options){.statistic = o->statistic, .period = o->period}),
        .threshold = o->threshold,
        .evaluation_periods = o->evaluation_periods,
        .datapoints_to_alarm = o->datapoints_to_alarm,
        .comparison_operator = o->comparison_operator,
        .treat_missing_data = o->treat_missing_data,
        .alarm_name = o->alarm_name,
        .alarm_description = o->alarm_description,
        .actions_enabled = o->actions_enabled,
    });
}

ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_actions_sns_action(ccdk_sns_topic *topic)
{
    if (!ccdk__arg_handle_ok(topic, __func__, "the topic"))
        return NULL;
    ccdk_app *app = ccdk__node_of(topic)->app;
    ccdk_cloudwatch_alarm_action *act = ccdk__alloc(app, sizeof *act);
    act->app = app;
    act->arn = ccdk_sns_topic_arn(topic);
    return act;
}

/* Ec2Action.bind(scope): `arn:${Stack.of(scope).partition}:automate:${Stack.of(scope).region}:ec2:${action}` */
static const char *bind_ec2_action(ccdk_construct *scope, ccdk_cloudwatch_alarm *alarm, void *ctx)
{
    (void)alarm;
    ccdk__node *n = ccdk__node_of(scope);
    return ccdk__sprintf(n->app, "arn:%s:automate:%s:ec2:%s", ccdk_stack_partition(n->stack), ccdk_stack_region(n->stack),
                         (const char *)ctx);
}

ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_actions_ec2_action(void *owner, ccdk_cloudwatch_ec2_instance_action instance_action)
{
    static const char *const names[] = {"undefined", "stop", "terminate", "recover", "reboot"};
    ccdk__node *n = ccdk__node_of(owner);
    if (!n) {
        ccdk__process_error("%s: the owner is not a construct", __func__);
        return NULL;
    }
    if (!CCDK__ENUM_OK(n, instance_action, ccdk_cloudwatch_ec2_instance_action, CCDK_CW_EC2_INSTANCE_ACTION_UNSET,
                       CCDK_CW_EC2_INSTANCE_ACTION_REBOOT, "instanceAction"))
        return NULL;
    return ccdk_cloudwatch_alarm_action_new(owner, bind_ec2_action, (void *)names[instance_action]);
}

typedef struct {
    const char *severity, *category; /* category NULL: none */
} ssm_action;

/* SsmAction.bind(scope): `arn:${partition}:ssm:${region}:${account}:opsitem:${severity}`, and
 * `#CATEGORY=${category}` when there is one */
static const char *bind_ssm_action(ccdk_construct *scope, ccdk_cloudwatch_alarm *alarm, void *ctx)
{
    (void)alarm;
    const ssm_action *sa = ctx;
    ccdk__node *n = ccdk__node_of(scope);
    return ccdk__sprintf(n->app, "arn:%s:ssm:%s:%s:opsitem:%s%s%s", ccdk_stack_partition(n->stack),
                         ccdk_stack_region(n->stack), ccdk_stack_account(n->stack), sa->severity,
                         sa->category ? "#CATEGORY=" : "", sa->category ? sa->category : "");
}

ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_actions_ssm_action(void *owner, ccdk_cloudwatch_ops_item_severity severity,
                                                                 ccdk_cloudwatch_ops_item_category category)
{
    static const char *const severities[] = {"undefined", "1", "2", "3", "4"};
    static const char *const categories[] = {NULL, "Availability", "Cost", "Performance", "Recovery", "Security"};
    ccdk__node *n = ccdk__node_of(owner);
    if (!n) {
        ccdk__process_error("%s: the owner is not a construct", __func__);
        return NULL;
    }
    if (!CCDK__ENUM_OK(n, severity, ccdk_cloudwatch_ops_item_severity, CCDK_CW_OPS_ITEM_SEVERITY_UNSET,
                       CCDK_CW_OPS_ITEM_SEVERITY_LOW, "severity") ||
        !CCDK__ENUM_OK(n, category, ccdk_cloudwatch_ops_item_category, CCDK_CW_OPS_ITEM_CATEGORY_UNSET,
                       CCDK_CW_OPS_ITEM_CATEGORY_SECURITY, "category"))
        return NULL;
    ssm_action *sa = ccdk__alloc(n->app, sizeof *sa);
    sa->severity = severities[severity];
    sa->category = categories[category];
    return ccdk_cloudwatch_alarm_action_new(owner, bind_ssm_action, sa);
}

/* SsmIncidentAction.bind(scope): `arn:${partition}:ssm-incidents::${account}:response-plan/${name}` */
static const char *bind_ssm_incident_action(ccdk_construct *scope, ccdk_cloudwatch_alarm *alarm, void *ctx)
{
    (void)alarm;
    ccdk__node *n = ccdk__node_of(scope);
    return ccdk__sprintf(n->app, "arn:%s:ssm-incidents::%s:response-plan/%s", ccdk_stack_partition(n->stack),
                         ccdk_stack_account(n->stack), (const char *)ctx);
}

ccdk_cloudwatch_alarm_action *ccdk_cloudwatch_actions_ssm_incident_action(void *owner, const char *response_plan_name)
{
    ccdk__node *n = ccdk__node_of(owner);
    if (!n) {
        ccdk__process_error("%s: the owner is not a construct", __func__);
        return NULL;
    }
    const char *name = response_plan_name ? ccdk__strdup(n->app, response_plan_name) : "undefined";
    return ccdk_cloudwatch_alarm_action_new(owner, bind_ssm_incident_action, (void *)name);
}

/* ------------------------------------------------------------------ annotations, imports, helpers */

const ccdk_kv *ccdk__cloudwatch_sorted_dims(ccdk_app *app, const ccdk_cloudwatch_metric *m)
{
    ccdk_kv *dims = ccdk__alloc(app, (m->ndims + 1) * sizeof *dims);
    if (m->ndims)
        memcpy(dims, m->dims, m->ndims * sizeof *dims);
    qsort(dims, m->ndims, sizeof *dims, cmp_kv);
    return dims;
}

/* this.alarmArn inside aws-cdk-lib (an alarm rule, a widget, an actions suppressor): the getter's read */
const char *ccdk__cloudwatch_alarm_arn_of(ccdk_cloudwatch_alarm *a) { return ccdk__token_read(a->node.app, a->arn); }

void ccdk__cloudwatch_named_alarm(ccdk_cloudwatch_alarm *a, const char *name)
{
    const char *physical = ccdk__physical_name(name);
    const char *arn = physical ? ccdk__format_arn(a->node.stack, "cloudwatch", NULL, "alarm", ":", physical) : NULL;
    ccdk_app *app = a->node.app;
    a->arn = ccdk__token_mark_unread(app, ccdk__resource_env_attribute(a, a->resource, "Arn", arn));
    a->name = ccdk__token_mark_unread(app, ccdk__resource_env_attribute(a, a->resource, NULL, physical));
}

const char *ccdk__cloudwatch_alarm_state_name(ccdk_cloudwatch_alarm_state s)
{
    return s == CCDK_CW_ALARM_STATE_OK ? "OK" : s == CCDK_CW_ALARM_STATE_INSUFFICIENT_DATA ? "INSUFFICIENT_DATA" : "ALARM";
}

ccdk_cloudwatch_horizontal_annotation ccdk_cloudwatch_alarm_to_annotation(ccdk_cloudwatch_alarm *a)
{
    if (!ccdk__object_ok(a, __func__) || !ccdk__handle_ok(a, __func__) || !a->annotation_label)
        return (ccdk_cloudwatch_horizontal_annotation){0};
    if (a->anomaly)
        return (ccdk_cloudwatch_horizontal_annotation){.value = 0, .label = a->annotation_label, .visible = CCDK_FALSE};
    return (ccdk_cloudwatch_horizontal_annotation){.value = a->threshold, .label = a->annotation_label, .from_alarm = 1};
}

/* Alarm.fromAlarmArn's Import: an AlarmBase (its tree.json class) with the ARN and its name */
static const ccdk__kind kind_alarm_import = {.fqn = "aws-cdk-lib.aws_cloudwatch.AlarmBase", .class_name = "Import"};

ccdk_cloudwatch_alarm *ccdk_cloudwatch_alarm_from_alarm_arn(void *scope, const char *id, const char *alarm_arn)
{
    ccdk_cloudwatch_alarm *a = ccdk__construct(ccdk_cloudwatch_alarm, &kind_alarm_import, scope, id);
    ccdk_app *app = a->node.app;
    a->imported = 1;
    if (!alarm_arn) {
        ccdk__error(a, "Alarm.fromAlarmArn: alarmArn is required");
        alarm_arn = "";
    }
    a->arn = ccdk__strdup(app, alarm_arn);
    if (*alarm_arn && ccdk__arn_check(a, a->arn))
        a->name = ccdk__arn_component(a, a->arn, 6); /* splitArn(arn, COLON_RESOURCE_NAME).resourceName */
    return a;
}

ccdk_cloudwatch_alarm *ccdk_cloudwatch_alarm_from_alarm_name(void *scope, const char *id, const char *alarm_name)
{
    ccdk__node *n = ccdk__scope(scope);
    const char *arn = ccdk__format_arn(n->stack, "cloudwatch", NULL, "alarm", ":", alarm_name ? alarm_name : "");
    return ccdk_cloudwatch_alarm_from_alarm_arn(n, id, arn);
}
