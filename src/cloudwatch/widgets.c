/* widgets.c - the dashboard widgets of aws-cloudwatch (graph.ts, text.ts, alarm-status-widget.ts,
 * log-query.ts) and their layout (layout.ts): each widget keeps its JSON properties in aws-cdk-lib's
 * key order, its metrics rendered at synth (private/rendering.ts's allMetricsGraphJson). */
#include <math.h>
#include <string.h>

#include "cloudwatch_internal.h"

enum widget_kind { W_GRAPH, W_SINGLE_VALUE, W_GAUGE, W_TABLE, W_TEXT, W_ALARM, W_ALARM_STATUS, W_LOG, W_CUSTOM, W_ROW, W_COLUMN, W_SPACER };

struct ccdk_cloudwatch_widget {
    ccdk_app *app;
    ccdk__node *scope; /* the owner, for errors of durations */
    enum widget_kind kind;
    double width, height, x, y;
    const char *type;       /* the JSON's "type": metric, text, alarm, log */
    ccdk_value *properties; /* in aws-cdk-lib's key order; a metric widget's "metrics" filled at render */
    const ccdk_cloudwatch_metric **left, **right;
    size_t nleft, nright, capl, capr;
    struct cw_child {
        ccdk_cloudwatch_widget *w;
        double ox, oy; /* a Row's offsets */
    } *children;       /* a Row's or Column's */
    size_t nchildren, capc;
    ccdk_kv *warns; /* warningsV2 in insertion order */
    size_t nwarns;
};

/* ------------------------------------------------------------------ warnings */

static void put_warn(ccdk_app *app, ccdk_kv **warns, size_t *n, const char *id, const char *message)
{
    for (size_t i = 0; i < *n; i++)
        if (!strcmp((*warns)[i].key, id)) {
            (*warns)[i].value = message;
            return;
        }
    ccdk_kv *w = ccdk__alloc(app, (*n + 1) * sizeof *w);
    if (*n)
        memcpy(w, *warns, *n * sizeof *w);
    w[(*n)++] = (ccdk_kv){id, message};
    *warns = w;
}

/* ConcreteWidget.copyMetricWarnings */
static void copy_metric_warnings(ccdk_cloudwatch_widget *w, const ccdk_cloudwatch_metric *m)
{
    if (m->warning)
        put_warn(w->app, &w->warns, &w->nwarns, "CloudWatch:Alarm:UnrecognizedStatistic", m->warning);
    for (size_t i = 0; i < m->nwarns; i++)
        put_warn(w->app, &w->warns, &w->nwarns, m->warns[i].key, m->warns[i].value);
}

void ccdk__cloudwatch_widget_warnings(ccdk_cloudwatch_widget *w, ccdk_kv **warns, size_t *n)
{
    for (size_t i = 0; i < w->nwarns; i++)
        put_warn(w->app, warns, n, w->warns[i].key, w->warns[i].value);
    for (size_t i = 0; i < w->nchildren; i++)
        ccdk__cloudwatch_widget_warnings(w->children[i].w, warns, n);
}

/* ------------------------------------------------------------------ metrics (rendering.ts) */

struct metric_entry {
    const ccdk_cloudwatch_metric *metric;
    const char *key, *id, *tag;
};
struct metric_set {
    ccdk_app *app;
    struct metric_entry *e;
    size_t n, cap;
};

/* MetricSet.addOne: an equal metric is listed once (the first id and tag it was given win); an id
 * that names two different metrics is an error; an expression's using metrics follow it */
static void set_add(struct metric_set *s, const ccdk_cloudwatch_metric *m, const char *tag, const char *id)
{
    const char *key = ccdk__cloudwatch_metric_key(s->app, m);
    struct metric_entry *existing = NULL;
    if (id)
        for (size_t i = 0; i < s->n; i++)
            if (s->e[i].id && !strcmp(s->e[i].id, id)) {
                existing = &s->e[i];
                if (strcmp(existing->key, key)) {
                    /* widgets are rendered while the dashboard body resolves, inside three tokens
                     * (DefaultTokenResolver's "Resolution error: " and "." once per token) */
                    ccdk__unscoped_error(s->app,
                                         "Resolution error: Resolution error: Resolution error: "
                                         "Cannot have two different metrics share the same id ('%s') in one Alarm or Graph. "
                                         "Rename one of them....",
                                         id);
                    return;
                }
            }
    if (!existing) {
        for (size_t i = 0; i < s->n; i++)
            if (!strcmp(s->e[i].key, key)) {
                existing = &s->e[i];
                break;
            }
        if (existing && existing->id && id)
            existing = NULL;
    }
    if (!existing) {
        if (s->n == s->cap)
            s->e = ccdk__arena_grow(s->app, s->e, s->n, &s->cap, sizeof *s->e, 8);
        existing = &s->e[s->n++];
        *existing = (struct metric_entry){.metric = m, .key = key};
    }
    if (!existing->id && id)
        existing->id = id;
    if (!existing->tag && tag)
        existing->tag = tag;
    for (size_t i = 0; i < m->nusing; i++)
        set_add(s, m->using[i].metric, NULL, m->using[i].id);
}

/* accountIfDifferentFromStack / regionIfDifferentFromStack: the value unless it is the rendering
 * stack's (a literal equal to it) */
static ccdk_value *if_different(ccdk_app *app, const char *value, const char *stack_value)
{
    if (stack_value && !ccdk__is_unresolved(stack_value) && !strcmp(stack_value, value))
        return ccdk__v_undef(app);
    return ccdk__v_from_string(app, value);
}

/* metricGraphJson: [namespace, name, dim, value, ..., {options}] or [{expression options}] */
static ccdk_value *metric_graph_json(ccdk_app *app, const struct metric_entry *e, ccdk_stack *stack)
{
    const ccdk_cloudwatch_metric *m = e->metric;
    ccdk_value *ret = ccdk__v_list(app), *o = ccdk__v_obj(app);
    ccdk_value *undef = ccdk__v_undef(app);
    ccdk_value *visible = ccdk__tri_set(m->visible) ? ccdk__v_bool(app, ccdk__tri_true(m->visible)) : undef;
    const char *stack_account = stack ? ccdk_stack_account(stack) : NULL, *stack_region = stack ? ccdk_stack_region(stack) : NULL;
    /* renderingProperties first: a Metric's {color, label, id, visible}, an expression's {label, color, visible} */
    if (m->expression) {
        ccdk__v_set(o, "label", m->label ? ccdk__v_str(app, m->label) : undef);
        ccdk__v_set(o, "color", m->color ? ccdk__v_str(app, m->color) : undef);
        ccdk__v_set(o, "visible", visible);
        ccdk__v_set(o, "expression", ccdk__v_str(app, m->expression));
        if (m->search_account && *m->search_account)
            ccdk__v_set(o, "accountId", if_different(app, m->search_account, stack_account));
        if (m->search_region && *m->search_region)
            ccdk__v_set(o, "region", if_different(app, m->search_region, stack_region));
        if (m->period != 300)
            ccdk__v_set(o, "period", ccdk__v_num(app, m->period));
    } else {
        ccdk__v_set(o, "color", m->color ? ccdk__v_str(app, m->color) : undef);
        ccdk__v_set(o, "label", m->label ? ccdk__v_str(app, m->label) : undef);
        ccdk__v_set(o, "id", m->id ? ccdk__v_str(app, m->id) : undef);
        ccdk__v_set(o, "visible", visible);
        if (m->account && *m->account) /* a given account as it is, an attached stack's when it differs */
            ccdk__v_set(o, "accountId", ccdk__v_from_string(app, m->account));
        else if (m->stack_account && *m->stack_account)
            ccdk__v_set(o, "accountId", if_different(app, m->stack_account, stack_account));
        if (m->region && *m->region)
            ccdk__v_set(o, "region", ccdk__v_from_string(app, m->region));
        else if (m->stack_region && *m->stack_region)
            ccdk__v_set(o, "region", if_different(app, m->stack_region, stack_region));
        ccdk__v_push(ret, ccdk__v_str(app, m->namespace_ ? m->namespace_ : ""));
        ccdk__v_push(ret, ccdk__v_str(app, m->metric_name ? m->metric_name : ""));
        const ccdk_kv *dims = ccdk__cloudwatch_sorted_dims(app, m);
        for (size_t i = 0; i < m->ndims; i++) {
            ccdk__v_push(ret, ccdk__v_str(app, dims[i].key));
            ccdk__v_push(ret, ccdk__v_str(app, dims[i].value ? dims[i].value : ""));
        }
        if (m->period != 300)
            ccdk__v_set(o, "period", ccdk__v_num(app, m->period));
        if (strcmp(m->statistic, "Average"))
            ccdk__v_set(o, "stat", ccdk__v_str(app, m->statistic));
    }
    if (!e->tag)
        ccdk__v_set(o, "visible", ccdk__v_bool(app, 0));
    if (!e->tag || strcmp(e->tag, "left"))
        ccdk__v_set(o, "yAxis", e->tag ? ccdk__v_str(app, e->tag) : undef);
    if (e->id)
        ccdk__v_set(o, "id", ccdk__v_str(app, e->id));
    /* an expression shown (visible not false) without a label: its toString() (label || expression);
     * an empty label becomes undefined */
    int shown = e->tag && !(ccdk__tri_set(m->visible) && !ccdk__tri_true(m->visible));
    if (shown && m->expression && !(m->label && *m->label))
        ccdk__v_set(o, "label", m->label ? undef : ccdk__v_str(app, m->expression));
    size_t defined = 0;
    for (size_t i = 0; i < o->u.obj.n; i++)
        defined += o->u.obj.e[i].val->kind != CCDK__V_UNDEF;
    if (defined)
        ccdk__v_push(ret, o);
    return ret;
}

/* allMetricsGraphJson(left, right) */
static ccdk_value *all_metrics_json(ccdk_app *app, const ccdk_cloudwatch_metric *const *left, size_t nleft,
                                    const ccdk_cloudwatch_metric *const *right, size_t nright, ccdk_stack *stack)
{
    struct metric_set s = {.app = app};
    for (size_t i = 0; i < nleft; i++)
        set_add(&s, left[i], "left", NULL);
    for (size_t i = 0; i < nright; i++)
        set_add(&s, right[i], "right", NULL);
    ccdk_value *l = ccdk__v_list(app);
    for (size_t i = 0; i < s.n; i++)
        ccdk__v_push(l, metric_graph_json(app, &s.e[i], stack));
    return l;
}

/* ------------------------------------------------------------------ widgets */

#define GRID_WIDTH 24

static ccdk_cloudwatch_widget *widget_new(void *owner, enum widget_kind kind, double width, double height, const char *type)
{
    ccdk__node *scope = ccdk__scope(owner);
    ccdk_app *app = scope->app;
    ccdk_cloudwatch_widget *w = ccdk__alloc(app, sizeof *w);
    memset(w, 0, sizeof *w);
    w->app = app;
    w->scope = scope;
    w->kind = kind;
    w->width = width;
    w->height = height;
    w->type = type;
    w->properties = ccdk__v_obj(app);
    if (kind != W_ROW && kind != W_COLUMN && kind != W_SPACER && width > GRID_WIDTH)
        ccdk__unscoped_error(app, "Widget is too wide, max %d units allowed", GRID_WIDTH);
    return w;
}

static void set_str(ccdk_cloudwatch_widget *w, const char *key, const char *s)
{
    ccdk__v_set(w->properties, key, s ? ccdk__v_str(w->app, s) : ccdk__v_undef(w->app));
}

static void set_tri(ccdk_cloudwatch_widget *w, const char *key, ccdk_tristate t)
{
    ccdk__v_set(w->properties, key, ccdk__tri_set(t) ? ccdk__v_bool(w->app, ccdk__tri_true(t)) : ccdk__v_undef(w->app));
}

static void set_region(ccdk_cloudwatch_widget *w, const char *region)
{
    set_str(w, "region", region && *region ? region : ccdk__pseudo_token("AWS::Region"));
}

static void set_period(ccdk_cloudwatch_widget *w, ccdk_duration d)
{
    if (!ccdk_duration_is_set(d)) {
        ccdk__v_set(w->properties, "period", ccdk__v_undef(w->app));
        return;
    }
    int ok = 1;
    ccdk__v_set(w->properties, "period", ccdk__v_num(w->app, ccdk__duration_convert(w->scope, d, CCDK_TIME_SECONDS, 1, &ok)));
}

/* a YAxisProps object in its fields' order; NULL: undefined */
static ccdk_value *y_axis(ccdk_app *app, const ccdk_cloudwatch_y_axis_props *a, int gauge)
{
    if (!a && !gauge)
        return ccdk__v_undef(app);
    ccdk_value *o = ccdk__v_obj(app);
    if (gauge) { /* {min: 0, max: 100, ...leftYAxis} */
        ccdk__v_set(o, "min", ccdk__v_num(app, 0));
        ccdk__v_set(o, "max", ccdk__v_num(app, 100));
    }
    if (!a)
        return o;
    if (a->min.set)
        ccdk__v_set(o, "min", ccdk__v_opt_num(app, a->min));
    if (a->max.set)
        ccdk__v_set(o, "max", ccdk__v_opt_num(app, a->max));
    if (a->label)
        ccdk__v_set(o, "label", ccdk__v_str(app, a->label));
    if (ccdk__tri_set(a->show_units))
        ccdk__v_set(o, "showUnits", ccdk__v_bool(app, ccdk__tri_true(a->show_units)));
    return o;
}

static const char *const shading_names[] = {NULL, "none", "above", "below"};
static const char *const vshading_names[] = {NULL, "none", "before", "after"};

/* a HorizontalAnnotation object, with yAxis (mapAnnotation) when axis is given */
static ccdk_value *horizontal_annotation(ccdk_app *app, const ccdk_cloudwatch_horizontal_annotation *a, const char *axis)
{
    ccdk_value *o = ccdk__v_obj(app);
    if (a->from_alarm && a->label)
        ccdk__v_set(o, "label", ccdk__v_str(app, a->label));
    ccdk__v_set(o, "value", ccdk__v_num(app, a->value));
    if (!a->from_alarm && a->label)
        ccdk__v_set(o, "label", ccdk__v_str(app, a->label));
    if (a->color)
        ccdk__v_set(o, "color", ccdk__v_str(app, a->color));
    if (a->fill > CCDK_CW_SHADING_UNSET && a->fill <= CCDK_CW_SHADING_BELOW)
        ccdk__v_set(o, "fill", ccdk__v_str(app, shading_names[a->fill]));
    if (ccdk__tri_set(a->visible))
        ccdk__v_set(o, "visible", ccdk__v_bool(app, ccdk__tri_true(a->visible)));
    if (axis)
        ccdk__v_set(o, "yAxis", ccdk__v_str(app, axis));
    return o;
}

static int horizontal_annotations(ccdk_app *app, ccdk_value *list, ccdk_cloudwatch_horizontal_annotations given, const char *axis)
{
    size_t n = CCDK__LEN(given, "annotations");
    for (size_t i = 0; i < n; i++) {
        if (!CCDK__ENUM_OK(NULL, given.items[i].fill, ccdk_cloudwatch_shading, CCDK_CW_SHADING_UNSET, CCDK_CW_SHADING_BELOW,
                           "fill"))
            return 0;
        ccdk__v_push(list, horizontal_annotation(app, &given.items[i], axis));
    }
    return 1;
}

/* GraphWidget.ISO8601_REGEX: YYYY-MM-DDTHH:MM:SS[.fraction][Z] (a year of 4+ digits, maybe signed) */
static int is_iso8601(const char *s)
{
    const char *p = s;
    if (*p == '-')
        p++;
    const char *y = p;
    while (*p >= '0' && *p <= '9')
        p++;
    size_t ylen = (size_t)(p - y);
    if (ylen < 4 || (ylen > 4 && *y == '0'))
        return 0;
#define D2(lo, hi) (p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9' && (p[0] - '0') * 10 + (p[1] - '0') >= (lo) && (p[0] - '0') * 10 + (p[1] - '0') <= (hi))
    if (*p++ != '-' || !D2(1, 12))
        return 0;
    p += 2;
    if (*p++ != '-' || !D2(1, 31))
        return 0;
    p += 2;
    if (*p++ != 'T' || !D2(0, 23))
        return 0;
    p += 2;
    if (*p++ != ':' || !D2(0, 59))
        return 0;
    p += 2;
    if (*p++ != ':' || !D2(0, 59))
        return 0;
    p += 2;
#undef D2
    if (*p && *p != 'Z') { /* (.[0-9]+)?: any character, then digits */
        p++;
        if (!(*p >= '0' && *p <= '9'))
            return 0;
        while (*p >= '0' && *p <= '9')
            p++;
    }
    if (*p == 'Z')
        p++;
    return *p == 0;
}

static void add_metrics(ccdk_cloudwatch_widget *w, ccdk_cloudwatch_metric_list list, int right)
{
    size_t n = CCDK__LEN(list, "metrics");
    for (size_t i = 0; i < n; i++) {
        const ccdk_cloudwatch_metric *m = list.items[i];
        if (!m) {
            ccdk__process_error("cloudwatch widget: metrics[%zu] is NULL", i);
            continue;
        }
        if (right) {
            if (w->nright == w->capr)
                w->right = ccdk__arena_grow(w->app, w->right, w->nright, &w->capr, sizeof *w->right, 4);
            w->right[w->nright++] = m;
        } else {
            if (w->nleft == w->capl)
                w->left = ccdk__arena_grow(w->app, w->left, w->nleft, &w->capl, sizeof *w->left, 4);
            w->left[w->nleft++] = m;
        }
        copy_metric_warnings(w, m);
    }
}

static void check_end_start(ccdk_app *app, const char *start, const char *end)
{
    if (end && !start)
        ccdk__unscoped_error(app, "If you specify a value for end, you must also specify a value for start.");
}

/* annotations: {horizontal} when there are any (a gauge's and a table's) */
static void set_horizontal(ccdk_cloudwatch_widget *w, ccdk_value *horizontal)
{
    if (!horizontal->u.list.n)
        return;
    ccdk_value *ann = ccdk__v_obj(w->app);
    ccdk__v_set(ann, "horizontal", horizontal);
    ccdk__v_set(w->properties, "annotations", ann);
}

static void set_legend(ccdk_cloudwatch_widget *w, ccdk_cloudwatch_legend_position position)
{
    static const char *const legends[] = {NULL, "bottom", "right", "hidden"};
    if (!position)
        return;
    ccdk_value *legend = ccdk__v_obj(w->app);
    ccdk__v_set(legend, "position", ccdk__v_str(w->app, legends[position]));
    ccdk__v_set(w->properties, "legend", legend);
}

/* the fields a graph and a gauge end with, in their order */
static void set_time_fields(ccdk_cloudwatch_widget *w, ccdk_tristate live_data, ccdk_tristate set_period_to_time_range,
                            ccdk_duration period, const char *statistic, const char *start, const char *end, const char *account_id)
{
    set_tri(w, "liveData", live_data);
    set_tri(w, "setPeriodToTimeRange", set_period_to_time_range);
    set_period(w, period);
    set_str(w, "stat", statistic);
    set_str(w, "start", start);
    set_str(w, "end", end);
    set_str(w, "accountId", account_id);
}

ccdk_cloudwatch_widget *ccdk_cloudwatch_graph_widget_new(void *owner, const ccdk_cloudwatch_graph_widget_props *props)
{
    static const ccdk_cloudwatch_graph_widget_props none;
    const ccdk_cloudwatch_graph_widget_props *p = props ? props : &none;
    ccdk_cloudwatch_widget *w = widget_new(owner, W_GRAPH, p->width ? p->width : 6, p->height ? p->height : 6, "metric");
    ccdk_app *app = w->app;
    if (!CCDK__ENUM_OK(NULL, p->view, ccdk_cloudwatch_graph_widget_view, CCDK_CW_GRAPH_VIEW_UNSET, CCDK_CW_GRAPH_VIEW_PIE, "view") ||
        !CCDK__ENUM_OK(NULL, p->legend_position, ccdk_cloudwatch_legend_position, CCDK_CW_LEGEND_UNSET, CCDK_CW_LEGEND_HIDDEN,
                       "legendPosition"))
        return w;
    size_t nv = CCDK__LEN(p->vertical_annotations, "verticalAnnotations");
    for (size_t i = 0; i < nv; i++) {
        const char *date = p->vertical_annotations.items[i].date;
        if (!date || !is_iso8601(date))
            ccdk__unscoped_error(app, "Given date %s is not in ISO 8601 format", date ? date : "undefined");
    }
    add_metrics(w, p->left, 0);
    add_metrics(w, p->right, 1);
    check_end_start(app, p->start, p->end);
    if (ccdk__tri_true(p->display_labels_on_chart) && p->view != CCDK_CW_GRAPH_VIEW_PIE)
        ccdk__unscoped_error(app, "displayLabelsOnChart can currently only be set to true if view is GraphWidgetView.PIE");
    static const char *const views[] = {"timeSeries", "timeSeries", "bar", "pie"};
    set_str(w, "view", views[p->view]);
    set_str(w, "title", p->title);
    set_region(w, p->region);
    set_tri(w, "stacked", p->stacked);
    if (ccdk__tri_true(p->display_labels_on_chart)) {
        ccdk_value *labels = ccdk__v_obj(app);
        ccdk__v_set(labels, "visible", ccdk__v_bool(app, 1));
        ccdk__v_set(w->properties, "labels", labels);
    }
    ccdk__v_set(w->properties, "metrics", ccdk__v_undef(app)); /* at render */
    ccdk_value *horizontal = ccdk__v_list(app), *vertical = ccdk__v_list(app);
    if (!horizontal_annotations(app, horizontal, p->left_annotations, "left") ||
        !horizontal_annotations(app, horizontal, p->right_annotations, "right"))
        return w;
    for (size_t i = 0; i < nv; i++) {
        const ccdk_cloudwatch_vertical_annotation *a = &p->vertical_annotations.items[i];
        if (!CCDK__ENUM_OK(NULL, a->fill, ccdk_cloudwatch_vertical_shading, CCDK_CW_VERTICAL_SHADING_UNSET,
                           CCDK_CW_VERTICAL_SHADING_AFTER, "fill"))
            return w;
        ccdk_value *o = ccdk__v_obj(app);
        ccdk__v_set(o, "value", a->date ? ccdk__v_str(app, a->date) : ccdk__v_undef(app));
        if (a->label)
            ccdk__v_set(o, "label", ccdk__v_str(app, a->label));
        if (a->color)
            ccdk__v_set(o, "color", ccdk__v_str(app, a->color));
        if (a->fill)
            ccdk__v_set(o, "fill", ccdk__v_str(app, vshading_names[a->fill]));
        if (ccdk__tri_set(a->visible))
            ccdk__v_set(o, "visible", ccdk__v_bool(app, ccdk__tri_true(a->visible)));
        ccdk__v_push(vertical, o);
    }
    if (horizontal->u.list.n || vertical->u.list.n) {
        ccdk_value *ann = ccdk__v_obj(app);
        if (horizontal->u.list.n)
            ccdk__v_set(ann, "horizontal", horizontal);
        if (vertical->u.list.n)
            ccdk__v_set(ann, "vertical", vertical);
        ccdk__v_set(w->properties, "annotations", ann);
    }
    ccdk_value *axes = ccdk__v_obj(app);
    ccdk__v_set(axes, "left", y_axis(app, p->left_y_axis, 0));
    ccdk__v_set(axes, "right", y_axis(app, p->right_y_axis, 0));
    ccdk__v_set(w->properties, "yAxis", axes);
    set_legend(w, p->legend_position);
    set_time_fields(w, p->live_data, p->set_period_to_time_range, p->period, p->statistic, p->start, p->end, p->account_id);
    return w;
}

static int add_metric_checked(ccdk_cloudwatch_widget *w, ccdk_cloudwatch_metric *m, int right, int kind_ok, const char *func)
{
    if (!ccdk__object_ok(w, func) || !ccdk__arg_ok(m, func, "the metric"))
        return 0;
    if (!kind_ok) {
        ccdk__process_error("%s: the widget does not take metrics this way", func);
        return 0;
    }
    ccdk_cloudwatch_metric *one[] = {m};
    add_metrics(w, (ccdk_cloudwatch_metric_list)CCDK_LIST_N(one, 1), right);
    return 1;
}

int ccdk_cloudwatch_graph_widget_add_left_metric(ccdk_cloudwatch_widget *w, ccdk_cloudwatch_metric *m)
{
    return add_metric_checked(w, m, 0, w && w->kind == W_GRAPH, __func__);
}

int ccdk_cloudwatch_graph_widget_add_right_metric(ccdk_cloudwatch_widget *w, ccdk_cloudwatch_metric *m)
{
    return add_metric_checked(w, m, 1, w && w->kind == W_GRAPH, __func__);
}

int ccdk_cloudwatch_widget_add_metric(ccdk_cloudwatch_widget *w, ccdk_cloudwatch_metric *m)
{
    return add_metric_checked(w, m, 0, w && (w->kind == W_GAUGE || w->kind == W_TABLE), __func__);
}

ccdk_cloudwatch_widget *ccdk_cloudwatch_single_value_widget_new(void *owner, const ccdk_cloudwatch_single_value_widget_props *props)
{
    static const ccdk_cloudwatch_single_value_widget_props none;
    const ccdk_cloudwatch_single_value_widget_props *p = props ? props : &none;
    ccdk_cloudwatch_widget *w = widget_new(owner, W_SINGLE_VALUE, p->width ? p->width : 6, p->height ? p->height : 3, "metric");
    add_metrics(w, p->metrics, 0);
    if (ccdk__tri_true(p->set_period_to_time_range) && ccdk__tri_true(p->sparkline))
        ccdk__unscoped_error(w->app, "You cannot use setPeriodToTimeRange with sparkline");
    check_end_start(w->app, p->start, p->end);
    set_str(w, "view", "singleValue");
    set_str(w, "title", p->title);
    set_region(w, p->region);
    set_tri(w, "sparkline", p->sparkline);
    ccdk__v_set(w->properties, "metrics", ccdk__v_undef(w->app)); /* at render */
    set_tri(w, "setPeriodToTimeRange", p->set_period_to_time_range);
    set_tri(w, "singleValueFullPrecision", p->full_precision);
    set_period(w, p->period);
    set_str(w, "start", p->start);
    set_str(w, "end", p->end);
    set_str(w, "accountId", p->account_id);
    set_tri(w, "liveData", p->live_data);
    return w;
}

ccdk_cloudwatch_widget *ccdk_cloudwatch_gauge_widget_new(void *owner, const ccdk_cloudwatch_gauge_widget_props *props)
{
    static const ccdk_cloudwatch_gauge_widget_props none;
    const ccdk_cloudwatch_gauge_widget_props *p = props ? props : &none;
    ccdk_cloudwatch_widget *w = widget_new(owner, W_GAUGE, p->width ? p->width : 6, p->height ? p->height : 6, "metric");
    ccdk_app *app = w->app;
    if (!CCDK__ENUM_OK(NULL, p->legend_position, ccdk_cloudwatch_legend_position, CCDK_CW_LEGEND_UNSET, CCDK_CW_LEGEND_HIDDEN,
                       "legendPosition"))
        return w;
    add_metrics(w, p->metrics, 0);
    check_end_start(app, p->start, p->end);
    set_str(w, "view", "gauge");
    set_str(w, "title", p->title);
    set_region(w, p->region);
    ccdk__v_set(w->properties, "metrics", ccdk__v_undef(app)); /* at render */
    ccdk_value *horizontal = ccdk__v_list(app);
    if (!horizontal_annotations(app, horizontal, p->annotations, NULL))
        return w;
    set_horizontal(w, horizontal);
    ccdk_value *axes = ccdk__v_obj(app);
    ccdk__v_set(axes, "left", y_axis(app, p->left_y_axis, 1));
    ccdk__v_set(w->properties, "yAxis", axes);
    set_legend(w, p->legend_position);
    set_time_fields(w, p->live_data, p->set_period_to_time_range, p->period, p->statistic, p->start, p->end, p->account_id);
    return w;
}

ccdk_cloudwatch_widget *ccdk_cloudwatch_table_widget_new(void *owner, const ccdk_cloudwatch_table_widget_props *props)
{
    static const ccdk_cloudwatch_table_widget_props none;
    const ccdk_cloudwatch_table_widget_props *p = props ? props : &none;
    ccdk_cloudwatch_widget *w = widget_new(owner, W_TABLE, p->width ? p->width : 6, p->height ? p->height : 6, "metric");
    ccdk_app *app = w->app;
    if (!CCDK__ENUM_OK(NULL, p->layout, ccdk_cloudwatch_table_layout, CCDK_CW_TABLE_LAYOUT_UNSET, CCDK_CW_TABLE_LAYOUT_VERTICAL, "layout"))
        return w;
    add_metrics(w, p->metrics, 0);
    check_end_start(app, p->start, p->end);
    set_str(w, "title", p->title);
    set_str(w, "view", "table");
    ccdk_value *table = ccdk__v_obj(app), *columns = ccdk__v_list(app);
    ccdk__v_set(table, "layout", ccdk__v_str(app, p->layout == CCDK_CW_TABLE_LAYOUT_VERTICAL ? "vertical" : "horizontal"));
    const ccdk_cloudwatch_table_summary_props *sum = p->summary;
    ccdk__v_set(table, "showTimeSeriesData", ccdk__v_bool(app, !(sum && ccdk__tri_true(sum->hide_non_summary_columns))));
    ccdk__v_set(table, "stickySummary", ccdk__v_bool(app, sum && ccdk__tri_true(sum->sticky)));
    static const char *const names[] = {"MIN", "MAX", "SUM", "AVG"};
    size_t nc = sum ? CCDK__LEN(sum->columns, "summary.columns") : 0;
    for (size_t i = 0; i < nc; i++) {
        if (!CCDK__ENUM_OK(NULL, sum->columns.items[i], ccdk_cloudwatch_table_summary_column, CCDK_CW_TABLE_SUMMARY_MINIMUM,
                           CCDK_CW_TABLE_SUMMARY_AVERAGE, "summary.columns"))
            return w;
        ccdk__v_push(columns, ccdk__v_str(app, names[sum->columns.items[i]]));
    }
    ccdk__v_set(table, "summaryColumns", columns);
    ccdk__v_set(w->properties, "table", table);
    set_region(w, p->region);
    ccdk__v_set(w->properties, "metrics", ccdk__v_undef(app)); /* at render */
    /* thresholds: TableThreshold.toJson -- a range is a pair, a bound an object with its fill */
    size_t nt = CCDK__LEN(p->thresholds, "thresholds");
    if (nt) {
        ccdk_value *horizontal = ccdk__v_list(app);
        for (size_t i = 0; i < nt; i++) {
            const ccdk_cloudwatch_table_threshold *t = &p->thresholds.items[i];
            if (!CCDK__ENUM_OK(NULL, t->kind, ccdk_cloudwatch_table_threshold_kind, CCDK_CW_TABLE_THRESHOLD_ABOVE,
                               CCDK_CW_TABLE_THRESHOLD_BETWEEN, "thresholds"))
                return w;
            ccdk_value *lower = ccdk__v_obj(app);
            ccdk__v_set(lower, "value", ccdk__v_num(app, t->value));
            if (t->color)
                ccdk__v_set(lower, "color", ccdk__v_str(app, t->color));
            if (t->kind == CCDK_CW_TABLE_THRESHOLD_BETWEEN && t->upper_bound) {
                ccdk_value *pair = ccdk__v_list(app), *upper = ccdk__v_obj(app);
                ccdk__v_set(upper, "value", ccdk__v_num(app, t->upper_bound));
                ccdk__v_push(pair, lower);
                ccdk__v_push(pair, upper);
                ccdk__v_push(horizontal, pair);
            } else {
                if (t->kind != CCDK_CW_TABLE_THRESHOLD_BETWEEN)
                    ccdk__v_set(lower, "fill", ccdk__v_str(app, t->kind == CCDK_CW_TABLE_THRESHOLD_ABOVE ? "above" : "below"));
                ccdk__v_push(horizontal, lower);
            }
        }
        set_horizontal(w, horizontal);
    }
    ccdk_value *axes = ccdk__v_obj(app);
    if (ccdk__tri_true(p->show_units_in_label)) {
        ccdk_value *left = ccdk__v_obj(app);
        ccdk__v_set(left, "showUnits", ccdk__v_bool(app, 1));
        ccdk__v_set(axes, "left", left);
    }
    ccdk__v_set(w->properties, "yAxis", axes);
    set_tri(w, "liveData", p->live_data);
    set_tri(w, "singleValueFullPrecision", p->full_precision);
    set_tri(w, "setPeriodToTimeRange", p->set_period_to_time_range);
    set_period(w, p->period);
    set_str(w, "stat", p->statistic);
    set_str(w, "start", p->start);
    set_str(w, "end", p->end);
    set_str(w, "accountId", p->account_id);
    return w;
}

ccdk_cloudwatch_widget *ccdk_cloudwatch_text_widget_new(void *owner, const ccdk_cloudwatch_text_widget_props *props)
{
    static const ccdk_cloudwatch_text_widget_props none;
    const ccdk_cloudwatch_text_widget_props *p = props ? props : &none;
    ccdk_cloudwatch_widget *w = widget_new(owner, W_TEXT, p->width ? p->width : 6, p->height ? p->height : 2, "text");
    if (!CCDK__ENUM_OK(NULL, p->background, ccdk_cloudwatch_text_widget_background, CCDK_CW_TEXT_BACKGROUND_UNSET,
                       CCDK_CW_TEXT_BACKGROUND_TRANSPARENT, "background"))
        return w;
    set_str(w, "markdown", p->markdown);
    set_str(w, "background", p->background == CCDK_CW_TEXT_BACKGROUND_SOLID ? "solid" : "transparent");
    return w;
}

ccdk_cloudwatch_widget *ccdk_cloudwatch_custom_widget_new(void *owner, const ccdk_cloudwatch_custom_widget_props *props)
{
    static const ccdk_cloudwatch_custom_widget_props none;
    const ccdk_cloudwatch_custom_widget_props *p = props ? props : &none;
    ccdk_cloudwatch_widget *w = widget_new(owner, W_CUSTOM, p->width ? p->width : 6, p->height ? p->height : 6, "custom");
    ccdk_app *app = w->app;
    if (!p->function_arn)
        ccdk__error(w->scope, "CustomWidget: functionArn is required");
    set_str(w, "endpoint", p->function_arn);
    ccdk__v_set(w->properties, "params", p->params ? p->params : ccdk__v_undef(app));
    set_str(w, "title", p->title);
    /* updateOn: each ?? true */
    ccdk_value *update_on = ccdk__v_obj(app);
    ccdk__v_set(update_on, "refresh", ccdk__v_bool(app, !ccdk__tri_set(p->update_on_refresh) || ccdk__tri_true(p->update_on_refresh)));
    ccdk__v_set(update_on, "resize", ccdk__v_bool(app, !ccdk__tri_set(p->update_on_resize) || ccdk__tri_true(p->update_on_resize)));
    ccdk__v_set(update_on, "timeRange",
                ccdk__v_bool(app, !ccdk__tri_set(p->update_on_time_range_change) || ccdk__tri_true(p->update_on_time_range_change)));
    ccdk__v_set(w->properties, "updateOn", update_on);
    return w;
}

ccdk_cloudwatch_widget *ccdk_cloudwatch_alarm_widget_new(void *owner, const ccdk_cloudwatch_alarm_widget_props *props)
{
    static const ccdk_cloudwatch_alarm_widget_props none;
    const ccdk_cloudwatch_alarm_widget_props *p = props ? props : &none;
    ccdk_cloudwatch_widget *w = widget_new(owner, W_ALARM, p->width ? p->width : 6, p->height ? p->height : 6, "metric");
    ccdk_app *app = w->app;
    set_str(w, "view", "timeSeries");
    set_str(w, "title", p->title);
    set_region(w, p->region);
    ccdk_value *ann = ccdk__v_obj(app), *alarms = ccdk__v_list(app);
    if (!ccdk__handle_ok(p->alarm, __func__))
        ccdk__unscoped_error(app, "AlarmWidget: alarm is required");
    else
        ccdk__v_push(alarms, ccdk__v_str(app, ccdk__cloudwatch_alarm_arn_of(p->alarm)));
    ccdk__v_set(ann, "alarms", alarms);
    ccdk__v_set(w->properties, "annotations", ann);
    ccdk_value *axes = ccdk__v_obj(app);
    ccdk__v_set(axes, "left", y_axis(app, p->left_y_axis, 0));
    ccdk__v_set(w->properties, "yAxis", axes);
    set_str(w, "accountId", p->account_id);
    return w;
}

ccdk_cloudwatch_widget *ccdk_cloudwatch_alarm_status_widget_new(void *owner, const ccdk_cloudwatch_alarm_status_widget_props *props)
{
    static const ccdk_cloudwatch_alarm_status_widget_props none;
    const ccdk_cloudwatch_alarm_status_widget_props *p = props ? props : &none;
    ccdk_cloudwatch_widget *w = widget_new(owner, W_ALARM_STATUS, p->width ? p->width : 6, p->height ? p->height : 3, "alarm");
    ccdk_app *app = w->app;
    if (!CCDK__ENUM_OK(NULL, p->sort_by, ccdk_cloudwatch_alarm_status_widget_sort_by, CCDK_CW_ALARM_SORT_UNSET,
                       CCDK_CW_ALARM_SORT_TIMESTAMP, "sortBy"))
        return w;
    set_str(w, "title", p->title && *p->title ? p->title : "Alarm Status");
    ccdk_value *alarms = ccdk__v_list(app);
    size_t n = CCDK__LEN(p->alarms, "alarms");
    for (size_t i = 0; i < n; i++)
        if (ccdk__arg_handle_ok(p->alarms.items[i], __func__, "an alarm"))
            ccdk__v_push(alarms, ccdk__v_str(app, ccdk__cloudwatch_alarm_arn_of(p->alarms.items[i])));
    ccdk__v_set(w->properties, "alarms", alarms);
    if (CCDK__GIVEN(p->states)) {
        ccdk_value *states = ccdk__v_list(app);
        size_t ns = CCDK__LEN(p->states, "states");
        for (size_t i = 0; i < ns; i++) {
            if (!CCDK__ENUM_OK(NULL, p->states.items[i], ccdk_cloudwatch_alarm_state, CCDK_CW_ALARM_STATE_UNSET,
                               CCDK_CW_ALARM_STATE_INSUFFICIENT_DATA, "states"))
                return w;
            ccdk__v_push(states, ccdk__v_str(app, ccdk__cloudwatch_alarm_state_name(p->states.items[i])));
        }
        ccdk__v_set(w->properties, "states", states);
    }
    static const char *const sorts[] = {NULL, "default", "stateUpdatedTimestamp", "timestamp"};
    set_str(w, "sortBy", sorts[p->sort_by]);
    return w;
}

ccdk_cloudwatch_widget *ccdk_cloudwatch_log_query_widget_new(void *owner, const ccdk_cloudwatch_log_query_widget_props *props)
{
    static const ccdk_cloudwatch_log_query_widget_props none;
    const ccdk_cloudwatch_log_query_widget_props *p = props ? props : &none;
    ccdk_cloudwatch_widget *w = widget_new(owner, W_LOG, p->width ? p->width : 6, p->height ? p->height : 6, "log");
    ccdk_app *app = w->app;
    if (!CCDK__ENUM_OK(NULL, p->view, ccdk_cloudwatch_log_query_visualization_type, CCDK_CW_LOG_QUERY_VIEW_UNSET,
                       CCDK_CW_LOG_QUERY_VIEW_PIE, "view") ||
        !CCDK__ENUM_OK(NULL, p->query_language, ccdk_cloudwatch_log_query_language, CCDK_CW_LOG_QUERY_LANGUAGE_UNSET,
                       CCDK_CW_LOG_QUERY_LANGUAGE_PPL, "queryLanguage"))
        return w;
    if (!CCDK__LEN(p->log_group_names, "logGroupNames")) {
        ccdk__unscoped_error(app, "Specify at least one log group name.");
        return w;
    }
    int has_string = p->query_string && *p->query_string, has_lines = CCDK__GIVEN(p->query_lines);
    if (has_string == has_lines) {
        ccdk__unscoped_error(app, "Specify exactly one of 'queryString' and 'queryLines'");
        return w;
    }
    static const char *const views[] = {"table", "table", "line", "stackedarea", "bar", "pie"};
    ccdk__buf q = {0};
    size_t ng = CCDK__LEN(p->log_group_names, "logGroupNames");
    for (size_t i = 0; i < ng; i++)
        ccdk__buf_printf(&q, "%sSOURCE '%s'", i ? " | " : "", p->log_group_names.items[i] ? p->log_group_names.items[i] : "undefined");
    ccdk__buf_puts(&q, " | ");
    if (has_lines) {
        size_t nl = CCDK__LEN(p->query_lines, "queryLines");
        for (size_t i = 0; i < nl; i++)
            ccdk__buf_printf(&q, "%s%s", i ? "\n| " : "", p->query_lines.items[i] ? p->query_lines.items[i] : "");
    } else {
        ccdk__buf_puts(&q, p->query_string);
    }
    set_str(w, "view", views[p->view]);
    set_str(w, "title", p->title);
    set_region(w, p->region);
    set_str(w, "accountId", p->account_id);
    ccdk__v_set(w->properties, "query", ccdk__v_str(app, ccdk__strndup(app, q.data ? q.data : "", q.len)));
    ccdk__buf_free(&q);
    static const char *const languages[] = {NULL, "Logs", "SQL", "PPL"};
    if (p->query_language) /* only when given */
        set_str(w, "queryLanguage", languages[p->query_language]);
    if (p->view == CCDK_CW_LOG_QUERY_VIEW_LINE || p->view == CCDK_CW_LOG_QUERY_VIEW_STACKED_AREA) {
        set_str(w, "view", "timeSeries");
        ccdk__v_set(w->properties, "stacked", ccdk__v_bool(app, p->view == CCDK_CW_LOG_QUERY_VIEW_STACKED_AREA));
    }
    return w;
}

/* ------------------------------------------------------------------ layout (layout.ts) */

static void push_child(ccdk_cloudwatch_widget *l, ccdk_cloudwatch_widget *w)
{
    if (l->nchildren == l->capc)
        l->children = ccdk__arena_grow(l->app, l->children, l->nchildren, &l->capc, sizeof *l->children, 4);
    l->children[l->nchildren++] = (struct cw_child){w, 0, 0};
}

/* Row.updateDimensions / addWidget: x after the last widget, or a new line below all when it
 * does not fit in the grid */
static void row_place(ccdk_cloudwatch_widget *r, ccdk_cloudwatch_widget *w, double x, double y)
{
    r->children[r->nchildren - 1].ox = x;
    r->children[r->nchildren - 1].oy = y;
    r->width = fmax(r->width, x + w->width);
    r->height = fmax(r->height, y + w->height);
}

static int layout_ok(ccdk_cloudwatch_widget_list list, const char *func)
{
    size_t n = CCDK__LEN(list, "widgets");
    for (size_t i = 0; i < n; i++)
        if (!list.items[i]) {
            ccdk__process_error("%s: widgets[%zu] is NULL", func, i);
            return 0;
        }
    return 1;
}

ccdk_cloudwatch_widget *ccdk_cloudwatch_row_new(void *owner, ccdk_cloudwatch_widget_list widgets)
{
    ccdk_cloudwatch_widget *r = widget_new(owner, W_ROW, 0, 0, NULL);
    if (!layout_ok(widgets, __func__))
        return r;
    double x = 0, y = 0;
    for (size_t i = 0; i < widgets.count; i++) {
        ccdk_cloudwatch_widget *w = widgets.items[i];
        if (x + w->width > GRID_WIDTH) {
            y = r->height;
            x = 0;
        }
        push_child(r, w);
        row_place(r, w, x, y);
        x += w->width;
    }
    return r;
}

ccdk_cloudwatch_widget *ccdk_cloudwatch_column_new(void *owner, ccdk_cloudwatch_widget_list widgets)
{
    ccdk_cloudwatch_widget *c = widget_new(owner, W_COLUMN, 0, 0, NULL);
    if (!layout_ok(widgets, __func__))
        return c;
    /* Math.max(...widths): -Infinity for no widgets */
    c->width = widgets.count ? 0 : -INFINITY;
    for (size_t i = 0; i < widgets.count; i++) {
        push_child(c, widgets.items[i]);
        c->width = i ? fmax(c->width, widgets.items[i]->width) : widgets.items[i]->width;
        c->height += widgets.items[i]->height;
    }
    return c;
}

int ccdk_cloudwatch_widget_add_widget(ccdk_cloudwatch_widget *layout, ccdk_cloudwatch_widget *w)
{
    if (!ccdk__object_ok(layout, __func__) || !ccdk__arg_ok(w, __func__, "the widget"))
        return 0;
    if (layout->kind == W_ROW) {
        double x = layout->width, y = layout->height;
        if (x + w->width > GRID_WIDTH) {
            y = layout->height;
            x = 0;
        }
        push_child(layout, w);
        row_place(layout, w, x, y);
        return 1;
    }
    if (layout->kind == W_COLUMN) {
        push_child(layout, w);
        layout->width = fmax(layout->width, w->width);
        layout->height += w->height;
        return 1;
    }
    ccdk__process_error("%s: the widget is not a Row or a Column", __func__);
    return 0;
}

ccdk_cloudwatch_widget *ccdk_cloudwatch_spacer_new(void *owner, double width, double height)
{
    return widget_new(owner, W_SPACER, width ? width : 1, height ? height : 1, NULL);
}

double ccdk_cloudwatch_widget_width(const ccdk_cloudwatch_widget *w) { return w ? w->width : 0; }
double ccdk_cloudwatch_widget_height(const ccdk_cloudwatch_widget *w) { return w ? w->height : 0; }

/* ------------------------------------------------------------------ rendering */

void ccdk__cloudwatch_widget_position(ccdk_cloudwatch_widget *w, double x, double y)
{
    switch (w->kind) {
    case W_ROW:
        for (size_t i = 0; i < w->nchildren; i++)
            ccdk__cloudwatch_widget_position(w->children[i].w, x + w->children[i].ox, y + w->children[i].oy);
        break;
    case W_COLUMN:
        for (size_t i = 0; i < w->nchildren; i++) {
            ccdk__cloudwatch_widget_position(w->children[i].w, x, y);
            y += w->children[i].w->height;
        }
        break;
    case W_SPACER: break;
    default: w->x = x, w->y = y;
    }
}

/* widget.toJson(): pushed onto list (a Row's and Column's: their widgets', in order) */
void ccdk__cloudwatch_widget_json(ccdk_cloudwatch_widget *w, ccdk_value *list, ccdk_stack *stack)
{
    ccdk_app *app = w->app;
    if (w->kind == W_ROW || w->kind == W_COLUMN) {
        for (size_t i = 0; i < w->nchildren; i++)
            ccdk__cloudwatch_widget_json(w->children[i].w, list, stack);
        return;
    }
    if (w->kind == W_SPACER)
        return;
    if (w->kind == W_GRAPH || w->kind == W_GAUGE || w->kind == W_TABLE || w->kind == W_SINGLE_VALUE) {
        ccdk_value *metrics = all_metrics_json(app, w->left, w->nleft, w->right, w->nright, stack);
        ccdk__v_set(w->properties, "metrics", metrics->u.list.n || w->kind == W_SINGLE_VALUE ? metrics : ccdk__v_undef(app));
    }
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, "type", ccdk__v_str(app, w->type));
    ccdk__v_set(o, "width", ccdk__v_num(app, w->width));
    ccdk__v_set(o, "height", ccdk__v_num(app, w->height));
    ccdk__v_set(o, "x", ccdk__v_num(app, w->x));
    ccdk__v_set(o, "y", ccdk__v_num(app, w->y));
    ccdk__v_set(o, "properties", w->properties);
    ccdk__v_push(list, o);
}
