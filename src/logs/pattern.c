/* pattern.c - logs.FilterPattern and SpaceDelimitedTextPattern (aws-logs/lib/pattern.ts): the
 * strings a MetricFilter or SubscriptionFilter matches log events with (a pattern is its
 * logPatternString). */
#include <string.h>

#include "logs_internal.h"

static ccdk_app *owner_app(void *owner, const char *func)
{
    ccdk__node *n = ccdk__node_of(owner);
    if (!n) {
        ccdk__process_error("%s: the owner is not a construct", func);
        return NULL;
    }
    return n->app;
}

/* quoteTerm: in double quotes, backslashes and quotes escaped */
static void quote_term(ccdk__buf *b, const char *term)
{
    ccdk__buf_putc(b, '"');
    for (const char *p = term ? term : ""; *p; p++) {
        if (*p == '\\' || *p == '"')
            ccdk__buf_putc(b, '\\');
        ccdk__buf_putc(b, *p);
    }
    ccdk__buf_putc(b, '"');
}

static const char *buf_string(ccdk_app *app, ccdk__buf *b)
{
    const char *s = ccdk__strndup(app, b->data ? b->data : "", b->len);
    ccdk__buf_free(b);
    return s;
}

/* ------------------------------------------------------------------ text patterns */

/* TextLogPattern(clauses): each clause its quoted terms joined by spaces; one clause alone, several
 * each after a "?", joined by spaces */
static const char *text_pattern(ccdk_app *app, const ccdk_strs *clauses, size_t n)
{
    ccdk__buf b = {0};
    for (size_t i = 0; i < n; i++) {
        if (i)
            ccdk__buf_putc(&b, ' ');
        if (n != 1)
            ccdk__buf_putc(&b, '?');
        size_t nt = CCDK__LEN(clauses[i], "terms");
        for (size_t t = 0; t < nt; t++) {
            if (t)
                ccdk__buf_putc(&b, ' ');
            quote_term(&b, clauses[i].items[t]);
        }
    }
    return buf_string(app, &b);
}

const char *ccdk_logs_filter_pattern_all_terms(void *owner, ccdk_strs terms)
{
    ccdk_app *app = owner_app(owner, __func__);
    return app ? text_pattern(app, &terms, 1) : NULL;
}

const char *ccdk_logs_filter_pattern_any_term(void *owner, ccdk_strs terms)
{
    ccdk_app *app = owner_app(owner, __func__);
    if (!app)
        return NULL;
    size_t n = CCDK__LEN(terms, "terms");
    ccdk_strs *clauses = ccdk__alloc(app, (n ? n : 1) * sizeof *clauses);
    for (size_t i = 0; i < n; i++)
        clauses[i] = (ccdk_strs){&ccdk__list_mark, &terms.items[i], 1};
    return text_pattern(app, clauses, n);
}

const char *ccdk_logs_filter_pattern_any_term_group(void *owner, ccdk_logs_term_groups groups)
{
    ccdk_app *app = owner_app(owner, __func__);
    if (!app)
        return NULL;
    size_t n = CCDK__LEN(groups, "term_groups");
    return text_pattern(app, groups.items, n);
}

/* ------------------------------------------------------------------ JSON patterns */

/* validateStringOperator: "==" is "="; "=" and "!=" only. NULL after the error. */
static const char *string_operator(ccdk_app *app, const char *op)
{
    const char *o = op ? op : "undefined";
    if (!strcmp(o, "=="))
        return "=";
    if (strcmp(o, "=") && strcmp(o, "!=")) {
        ccdk__unscoped_error(app, "Invalid comparison operator ('%s'), must be either '=' or '!='", o);
        return NULL;
    }
    return o;
}

/* validateNumericalOperator: "==" is "="; =, !=, <, <=, >, >= */
static const char *numerical_operator(ccdk_app *app, const char *op)
{
    static const char *const valid[] = {"=", "!=", "<", "<=", ">", ">="};
    const char *o = op ? op : "undefined";
    if (!strcmp(o, "=="))
        return "=";
    for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++)
        if (!strcmp(o, valid[i]))
            return o;
    ccdk__unscoped_error(app, "Invalid comparison operator ('%s'), must be one of =, !=, <, <=, >, >=", o);
    return NULL;
}

/* a JsonPattern's logPatternString: "{ " + jsonPatternString + " }" */
static const char *json_pattern(void *owner, const char *json_field, const char *rest, const char *func)
{
    ccdk_app *app = owner_app(owner, func);
    if (!app)
        return NULL;
    if (!json_field) {
        ccdk__unscoped_error(app, "%s: jsonField is required", func);
        return NULL;
    }
    return ccdk__sprintf(app, "{ %s %s }", json_field, rest);
}

const char *ccdk_logs_filter_pattern_exists(void *owner, const char *json_field)
{
    return json_pattern(owner, json_field, "= \"*\"", __func__); /* JSONStringPattern(field, "=", "*") */
}

const char *ccdk_logs_filter_pattern_not_exists(void *owner, const char *json_field)
{
    return json_pattern(owner, json_field, "NOT EXISTS", __func__);
}

const char *ccdk_logs_filter_pattern_is_null(void *owner, const char *json_field)
{
    return json_pattern(owner, json_field, "IS NULL", __func__);
}

const char *ccdk_logs_filter_pattern_boolean_value(void *owner, const char *json_field, int value)
{
    return json_pattern(owner, json_field, value ? "IS TRUE" : "IS FALSE", __func__);
}

const char *ccdk_logs_filter_pattern_string_value(void *owner, const char *json_field, const char *comparison, const char *value)
{
    ccdk_app *app = owner_app(owner, __func__);
    if (!app)
        return NULL;
    const char *op = string_operator(app, comparison);
    if (!op)
        return "";
    ccdk__buf b = {0};
    ccdk__buf_printf(&b, "%s ", op);
    quote_term(&b, value);
    return json_pattern(owner, json_field, buf_string(app, &b), __func__);
}

const char *ccdk_logs_filter_pattern_number_value(void *owner, const char *json_field, const char *comparison, double value)
{
    ccdk_app *app = owner_app(owner, __func__);
    if (!app)
        return NULL;
    const char *op = numerical_operator(app, comparison);
    if (!op)
        return "";
    return json_pattern(owner, json_field, ccdk__sprintf(app, "%s %s", op, ccdk__num_string(app, value)), __func__);
}

const char *ccdk_logs_filter_pattern_regex_value(void *owner, const char *json_field, const char *comparison, const char *value)
{
    ccdk_app *app = owner_app(owner, __func__);
    if (!app)
        return NULL;
    /* JSONRegexPattern checks no operator */
    return json_pattern(owner, json_field, ccdk__sprintf(app, "%s %%%s%%", comparison ? comparison : "undefined", value ? value : ""),
                        __func__);
}

/* FilterPattern.all / any: one pattern is itself; several are JSONAggregatePattern, each pattern's
 * jsonPatternString (its string without the "{ " and " }") in parentheses, joined by the operator */
static const char *aggregate(void *owner, ccdk_strs patterns, const char *op, const char *empty_msg, const char *func)
{
    ccdk_app *app = owner_app(owner, func);
    if (!app)
        return NULL;
    size_t n = CCDK__LEN(patterns, "patterns");
    if (n == 0) {
        ccdk__unscoped_error(app, "%s", empty_msg);
        return "";
    }
    if (n == 1)
        return patterns.items[0];
    ccdk__buf b = {0};
    ccdk__buf_puts(&b, "{ ");
    for (size_t i = 0; i < n; i++) {
        const char *p = patterns.items[i] ? patterns.items[i] : "";
        size_t len = strlen(p);
        if (len >= 4 && !strncmp(p, "{ ", 2) && !strcmp(p + len - 2, " }")) {
            p += 2;
            len -= 4;
        }
        if (i)
            ccdk__buf_printf(&b, " %s ", op);
        ccdk__buf_putc(&b, '(');
        ccdk__buf_put(&b, p, len);
        ccdk__buf_putc(&b, ')');
    }
    ccdk__buf_puts(&b, " }");
    return buf_string(app, &b);
}

const char *ccdk_logs_filter_pattern_all(void *owner, ccdk_strs json_patterns)
{
    return aggregate(owner, json_patterns, "&&", "Must supply at least one pattern, or use allEvents() to match all events.",
                     __func__);
}

const char *ccdk_logs_filter_pattern_any(void *owner, ccdk_strs json_patterns)
{
    return aggregate(owner, json_patterns, "||", "Must supply at least one pattern", __func__);
}

/* ------------------------------------------------------------------ SpaceDelimitedTextPattern */

typedef struct restriction {
    const char *column, *comparison;
    const char *string_value; /* NULL: a number restriction */
    double number_value;
    const struct restriction *prev; /* restrictions are shared between the patterns derived */
} restriction;

struct ccdk_logs_space_delimited_text_pattern {
    ccdk_app *app;
    const char **columns;
    size_t ncolumns;
    const restriction *last; /* the newest; the chain goes back to the first */
};

static int valid_column(const char *c)
{
    if (!strcmp(c, "..."))
        return 1;
    if (!*c)
        return 0;
    for (const char *p = c; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '-'))
            return 0;
    return 1;
}

ccdk_logs_space_delimited_text_pattern *ccdk_logs_filter_pattern_space_delimited(void *owner, ccdk_strs columns)
{
    ccdk_app *app = ccdk__app_of(owner); /* a bad owner: the process-wide list, the orphan App */
    ccdk_logs_space_delimited_text_pattern *p = ccdk__alloc(app, sizeof *p);
    p->app = app;
    size_t n = CCDK__LEN(columns, "columns");
    for (size_t i = 0; i < n; i++)
        if (!valid_column(columns.items[i] ? columns.items[i] : "")) {
            ccdk__unscoped_error(app, "Invalid column name: %s", columns.items[i] ? columns.items[i] : "undefined");
            return p;
        }
    size_t ellipses = 0;
    for (size_t i = 0; i < n; i++)
        ellipses += !strcmp(columns.items[i], "...");
    if (ellipses > 1) {
        ccdk__unscoped_error(app, "Can use at most one '...' column");
        return p;
    }
    p->columns = ccdk__alloc(app, (n ? n : 1) * sizeof *p->columns);
    for (size_t i = 0; i < n; i++)
        p->columns[i] = ccdk__strdup(app, columns.items[i]);
    p->ncolumns = n;
    return p;
}

/* whereString / whereNumber's column checks: not "...", and one of the columns */
static int column_ok(const ccdk_logs_space_delimited_text_pattern *p, const char *column)
{
    if (!strcmp(column, "...")) {
        ccdk__unscoped_error(p->app, "Can't use '...' in a restriction");
        return 0;
    }
    for (size_t i = 0; i < p->ncolumns; i++)
        if (!strcmp(p->columns[i], column))
            return 1;
    ccdk__unscoped_error(p->app, "Column in restrictions that is not in columns: %s", column);
    return 0;
}

/* a new pattern: p's columns and restrictions, and one more (p is left as it is) */
static ccdk_logs_space_delimited_text_pattern *add_restriction(const ccdk_logs_space_delimited_text_pattern *p, const char *column,
                                                               const char *op, const char *string_value, double number_value)
{
    ccdk_app *app = p->app;
    ccdk_logs_space_delimited_text_pattern *q = ccdk__alloc(app, sizeof *q);
    *q = *p;
    restriction *r = ccdk__alloc(app, sizeof *r);
    r->column = ccdk__strdup(app, column);
    r->comparison = op;
    r->string_value = string_value;
    r->number_value = number_value;
    r->prev = p->last;
    q->last = r;
    return q;
}

ccdk_logs_space_delimited_text_pattern *ccdk_logs_space_delimited_text_pattern_where_string(const ccdk_logs_space_delimited_text_pattern *p,
                                                                                           const char *column, const char *comparison,
                                                                                           const char *value)
{
    if (!p) {
        ccdk__process_error("%s: the pattern is NULL", __func__);
        return NULL;
    }
    const char *c = column ? column : "undefined";
    const char *op = column_ok(p, c) ? string_operator(p->app, comparison) : NULL;
    if (!op)
        return (ccdk_logs_space_delimited_text_pattern *)p;
    return add_restriction(p, c, op, ccdk__strdup(p->app, value ? value : ""), 0);
}

ccdk_logs_space_delimited_text_pattern *ccdk_logs_space_delimited_text_pattern_where_number(const ccdk_logs_space_delimited_text_pattern *p,
                                                                                           const char *column, const char *comparison,
                                                                                           double value)
{
    if (!p) {
        ccdk__process_error("%s: the pattern is NULL", __func__);
        return NULL;
    }
    const char *c = column ? column : "undefined";
    const char *op = column_ok(p, c) ? numerical_operator(p->app, comparison) : NULL;
    if (!op)
        return (ccdk_logs_space_delimited_text_pattern *)p;
    return add_restriction(p, c, op, NULL, value);
}

/* logPatternString: "[" + each column (or its restrictions joined by " && ") joined by ", " + "]" */
const char *ccdk_logs_space_delimited_text_pattern_string(const ccdk_logs_space_delimited_text_pattern *p)
{
    if (!p)
        return NULL;
    ccdk_app *app = p->app;
    size_t nr = 0;
    for (const restriction *r = p->last; r; r = r->prev)
        nr++;
    const restriction **order = ccdk__alloc(app, (nr ? nr : 1) * sizeof *order);
    size_t k = nr;
    for (const restriction *r = p->last; r; r = r->prev)
        order[--k] = r;
    ccdk__buf b = {0};
    ccdk__buf_putc(&b, '[');
    for (size_t i = 0; i < p->ncolumns; i++) {
        if (i)
            ccdk__buf_puts(&b, ", ");
        int any = 0;
        for (size_t j = 0; j < nr; j++) {
            const restriction *r = order[j];
            if (strcmp(r->column, p->columns[i]))
                continue;
            if (any)
                ccdk__buf_puts(&b, " && ");
            any = 1;
            if (!r->string_value) {
                ccdk__buf_printf(&b, "%s %s %s", r->column, r->comparison, ccdk__num_string(app, r->number_value));
            } else if (*r->string_value) {
                ccdk__buf_printf(&b, "%s %s ", r->column, r->comparison);
                quote_term(&b, r->string_value);
            } else { /* an empty string is no restriction to render */
                ccdk__buf_free(&b);
                ccdk__unscoped_error(app, "Invalid restriction");
                return "";
            }
        }
        if (!any)
            ccdk__buf_puts(&b, p->columns[i]);
    }
    ccdk__buf_putc(&b, ']');
    return buf_string(app, &b);
}
