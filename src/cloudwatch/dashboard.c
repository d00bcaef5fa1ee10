/* dashboard.c - cloudwatch.Dashboard (aws-cloudwatch/lib/dashboard.ts): a CfnDashboard whose body is
 * stack.toJsonString of the rows of widgets, laid out as one Column at synth. */
#include <string.h>

#include "cloudwatch_internal.h"

struct ccdk_cloudwatch_dashboard {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *name, *arn;
    const char *start, *end, *period_override;
    ccdk_cloudwatch_widget **rows;
    size_t nrows, cap;
    const ccdk_cloudwatch_variable **variables;
    size_t nvariables, capv;
};

static const ccdk__kind kind_dashboard = {.fqn = "aws-cdk-lib.aws_cloudwatch.Dashboard", .class_name = "Dashboard2"};

/* the body: {start, end, periodOverride, widgets} as compact JSON with the tokens in place */
static ccdk_value *dashboard_body(void *ctx)
{
    ccdk_cloudwatch_dashboard *d = ctx;
    ccdk_app *app = d->node.app;
    ccdk_value *widgets = ccdk__v_list(app);
    double y = 0; /* new Column(...rows).position(0, 0) */
    for (size_t i = 0; i < d->nrows; i++) {
        ccdk__cloudwatch_widget_position(d->rows[i], 0, y);
        y += ccdk_cloudwatch_widget_height(d->rows[i]);
    }
    for (size_t i = 0; i < d->nrows; i++)
        ccdk__cloudwatch_widget_json(d->rows[i], widgets, d->node.stack);
    ccdk_value *body = ccdk__v_obj(app);
    if (d->start)
        ccdk__v_set(body, "start", ccdk__v_str(app, d->start));
    if (d->end)
        ccdk__v_set(body, "end", ccdk__v_str(app, d->end));
    if (d->period_override)
        ccdk__v_set(body, "periodOverride", ccdk__v_str(app, d->period_override));
    ccdk__v_set(body, "widgets", widgets);
    if (d->nvariables) {
        ccdk_value *variables = ccdk__v_list(app);
        for (size_t i = 0; i < d->nvariables; i++)
            ccdk__v_push(variables, ccdk__cloudwatch_variable_json(d->variables[i]));
        ccdk__v_set(body, "variables", variables);
    }
    ccdk__buf b = {0};
    ccdk__json_write(&b, body, 0);
    ccdk_value *r = ccdk__json_text_value(app, ccdk__strndup(app, b.data ? b.data : "", b.len));
    ccdk__buf_free(&b);
    return r;
}

/* Duration.toIsoString: "PT0S", else P[nD][T[nH][nM][nS]] with milliseconds folded into seconds */
const char *ccdk__cloudwatch_iso_duration(ccdk__node *d, ccdk_duration dur)
{
    ccdk_app *app = d->app;
    int ok = 1;
    double ms = ccdk__duration_convert(d, dur, CCDK_TIME_MILLIS, 0, &ok);
    if (!ok)
        return "";
    if (dur.amount == 0)
        return "PT0S";
    ccdk__buf b = {0};
    ccdk__buf_putc(&b, 'P');
    static const double unit_ms[] = {86400000, 3600000, 60000, 1000};
    static const char labels[] = {'D', 'H', 'M', 'S'};
    int tee = 0;
    for (int u = 0; u < 4; u++) {
        double count = ms / unit_ms[u];
        double whole = u == 3 ? count : (double)(long long)count;
        if (whole > 0) {
            if (u > 0 && !tee) {
                ccdk__buf_putc(&b, 'T');
                tee = 1;
            }
            ccdk__buf_printf(&b, "%s%c", ccdk__num_string(app, whole), labels[u]);
            ms -= whole * unit_ms[u];
        }
    }
    if (ms > 1e-4) /* left-over milliseconds: no ISO label */
        ccdk__buf_puts(&b, ccdk__num_string(app, ms));
    const char *r = ccdk__strndup(app, b.data, b.len);
    ccdk__buf_free(&b);
    return r;
}

static int valid_name(const char *s) /* ^[\w-]+$ */
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_' || *s == '-'))
            return 0;
    return 1;
}

ccdk_cloudwatch_dashboard *ccdk_cloudwatch_dashboard_new(void *scope, const char *id, const ccdk_cloudwatch_dashboard_props *props)
{
    ccdk_cloudwatch_dashboard *d = ccdk__construct(ccdk_cloudwatch_dashboard, &kind_dashboard, scope, id);
    ccdk_app *app = d->node.app;
    static const ccdk_cloudwatch_dashboard_props none;
    const ccdk_cloudwatch_dashboard_props *p = props ? props : &none;
    if (!CCDK__ENUM_OK(d, p->period_override, ccdk_cloudwatch_period_override, CCDK_CW_PERIOD_OVERRIDE_UNSET,
                       CCDK_CW_PERIOD_OVERRIDE_INHERIT, "periodOverride"))
        return d;
    if (p->dashboard_name && *p->dashboard_name && !ccdk__is_unresolved(p->dashboard_name) && !valid_name(p->dashboard_name)) {
        ccdk__error(d, "The value %s for field dashboardName contains invalid characters. It can only contain alphanumerics, "
                       "dash (-) and underscore (_).", p->dashboard_name);
        return d;
    }
    if (p->start && ccdk_duration_is_set(p->default_interval)) {
        ccdk__error(d, "both properties defaultInterval and start cannot be set at once");
        return d;
    }
    if (p->end && !p->start) {
        ccdk__error(d, "If you specify a value for end, you must also specify a value for start.");
        return d;
    }
    ccdk_cfn_resource *r = d->resource = ccdk__l1(d, "Resource", "AWS::CloudWatch::Dashboard", "aws-cdk-lib.aws_cloudwatch.CfnDashboard");
    r->tag_kind = 1; /* TagType.STANDARD: [{Key, Value}] */
    if (ccdk_duration_is_set(p->default_interval)) {
        d->start = ccdk__sprintf(app, "-%s", ccdk__cloudwatch_iso_duration(&d->node, p->default_interval));
    } else {
        d->start = ccdk__strdup(app, p->start);
        d->end = ccdk__strdup(app, p->end);
    }
    static const char *const overrides[] = {NULL, "auto", "inherit"};
    d->period_override = overrides[p->period_override];
    ccdk__res_set(r, "DashboardBody", ccdk__v_lazy(app, dashboard_body, d));
    if (p->dashboard_name)
        ccdk__res_set(r, "DashboardName", ccdk__v_from_string(app, p->dashboard_name));
    const char *physical = ccdk__physical_name(p->dashboard_name);
    d->name = ccdk__resource_env_attribute(d, r, NULL, physical);
    /* resourceName: the physical name, "" without one (the ARN then ends in "dashboard/") */
    d->arn = ccdk__format_arn(d->node.stack, "cloudwatch", "", "dashboard", NULL, p->dashboard_name ? p->dashboard_name : "");
    size_t nrows = CCDK__LEN(p->widgets, "widgets");
    for (size_t i = 0; i < nrows; i++)
        ccdk_cloudwatch_dashboard_add_widgets(d, p->widgets.items[i]);
    size_t nvars = CCDK__LEN(p->variables, "variables");
    for (size_t i = 0; i < nvars; i++)
        ccdk_cloudwatch_dashboard_add_variable(d, p->variables.items[i]);
    return d;
}

int ccdk_cloudwatch_dashboard_add_widgets(ccdk_cloudwatch_dashboard *d, ccdk_cloudwatch_widget_list widgets)
{
    if (!ccdk__target_ok(d, __func__))
        return 0;
    size_t n = CCDK__LEN(widgets, "widgets");
    for (size_t i = 0; i < n; i++)
        if (!ccdk__arg_ok(widgets.items[i], __func__, "a widget"))
            return 0;
    if (!n)
        return 1;
    if (!d->resource) /* the constructor failed */
        return 0;
    ccdk_app *app = d->node.app;
    ccdk_kv *warns = NULL;
    size_t nwarns = 0;
    for (size_t i = 0; i < n; i++)
        ccdk__cloudwatch_widget_warnings(widgets.items[i], &warns, &nwarns);
    for (size_t i = 0; i < nwarns; i++)
        ccdk__warning(d, warns[i].key, "%s", warns[i].value);
    ccdk_cloudwatch_widget *w = n > 1 ? ccdk_cloudwatch_row_new(d, widgets) : widgets.items[0];
    if (d->nrows == d->cap)
        d->rows = ccdk__arena_grow(app, d->rows, d->nrows, &d->cap, sizeof *d->rows, 4);
    d->rows[d->nrows++] = w;
    return 1;
}

int ccdk_cloudwatch_dashboard_add_variable(ccdk_cloudwatch_dashboard *d, ccdk_cloudwatch_variable *variable)
{
    if (!ccdk__target_ok(d, __func__) || !ccdk__arg_ok(variable, __func__, "the variable"))
        return 0;
    if (d->nvariables == d->capv)
        d->variables = ccdk__arena_grow(d->node.app, d->variables, d->nvariables, &d->capv, sizeof *d->variables, 4);
    d->variables[d->nvariables++] = variable;
    return 1;
}

const char *ccdk_cloudwatch_dashboard_name(ccdk_cloudwatch_dashboard *d) { return ccdk__handle_ok(d, __func__) ? d->name : NULL; }
const char *ccdk_cloudwatch_dashboard_arn(ccdk_cloudwatch_dashboard *d) { return ccdk__handle_ok(d, __func__) ? d->arn : NULL; }
ccdk_cfn_resource *ccdk_cloudwatch_dashboard_resource(ccdk_cloudwatch_dashboard *d)
{
    return ccdk__handle_ok(d, __func__) ? d->resource : NULL;
}
