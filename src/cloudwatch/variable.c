/* variable.c - cloudwatch.DashboardVariable and Values (aws-cloudwatch/lib/variable.ts): the
 * variables of a dashboard's body. */
#include <string.h>

#include "cloudwatch_internal.h"

struct ccdk_cloudwatch_variable {
    ccdk_value *json; /* toJson(), built when made */
};

ccdk_cloudwatch_variable *ccdk_cloudwatch_dashboard_variable_new(void *owner, const ccdk_cloudwatch_dashboard_variable_options *options)
{
    ccdk_app *app = ccdk__app_of(owner);
    ccdk_cloudwatch_variable *v = ccdk__alloc(app, sizeof *v);
    v->json = ccdk__v_obj(app);
    static const ccdk_cloudwatch_dashboard_variable_options none;
    const ccdk_cloudwatch_dashboard_variable_options *o = options ? options : &none;
    if (!CCDK__ENUM_OK(NULL, o->type, ccdk_cloudwatch_variable_type, CCDK_CW_VARIABLE_TYPE_PROPERTY, CCDK_CW_VARIABLE_TYPE_PATTERN, "type") ||
        !CCDK__ENUM_OK(NULL, o->input_type, ccdk_cloudwatch_variable_input_type, CCDK_CW_VARIABLE_INPUT_INPUT,
                       CCDK_CW_VARIABLE_INPUT_SELECT, "inputType"))
        return v;
    /* the values, as Values.fromValues / fromSearch / fromSearchComponents make them */
    ccdk_value *values = NULL;
    if (CCDK__GIVEN(o->values)) {
        size_t n = CCDK__LEN(o->values, "values");
        if (!n) {
            ccdk__unscoped_error(app, "Empty values is not allowed");
            return v;
        }
        ccdk_value *list = ccdk__v_list(app);
        for (size_t i = 0; i < n; i++) {
            ccdk_value *item = ccdk__v_obj(app);
            if (o->values.items[i].label)
                ccdk__v_set(item, "label", ccdk__v_str(app, o->values.items[i].label));
            if (o->values.items[i].value)
                ccdk__v_set(item, "value", ccdk__v_str(app, o->values.items[i].value));
            ccdk__v_push(list, item);
        }
        values = ccdk__v_obj(app);
        ccdk__v_set(values, "values", list);
    } else if (o->search_components) {
        const ccdk_cloudwatch_search_components *c = o->search_components;
        size_t n = CCDK__LEN(c->dimensions, "dimensions");
        if (!n) {
            ccdk__unscoped_error(app, "Empty dimensions provided. Please specify one dimension at least");
            return v;
        }
        int found = 0;
        ccdk__buf b = {0};
        ccdk__buf_printf(&b, "{%s", c->namespace_ ? c->namespace_ : "");
        for (size_t i = 0; i < n; i++) {
            const char *d = c->dimensions.items[i] ? c->dimensions.items[i] : "";
            found |= c->populate_from && !strcmp(d, c->populate_from);
            ccdk__buf_printf(&b, ",%s", d);
        }
        ccdk__buf_printf(&b, "} MetricName=\"%s\"", c->metric_name ? c->metric_name : "undefined");
        if (!found) {
            ccdk__buf_free(&b);
            ccdk__unscoped_error(app, "populateFrom (%s) is not present in dimensions", c->populate_from ? c->populate_from : "undefined");
            return v;
        }
        values = ccdk__v_obj(app);
        ccdk__v_set(values, "search", ccdk__v_str(app, ccdk__strndup(app, b.data, b.len)));
        ccdk__v_set(values, "populateFrom", ccdk__v_str(app, c->populate_from));
        ccdk__buf_free(&b);
    } else if (o->search) {
        values = ccdk__v_obj(app);
        ccdk__v_set(values, "search", ccdk__v_str(app, o->search));
        if (o->populate_from)
            ccdk__v_set(values, "populateFrom", ccdk__v_str(app, o->populate_from));
    }
    static const char *const inputs[] = {"input", "radio", "select"};
    if (o->input_type != CCDK_CW_VARIABLE_INPUT_INPUT && !values) {
        ccdk__unscoped_error(app, "Variable with inputType (%s) requires values to be set", inputs[o->input_type]);
        return v;
    }
    if (o->input_type == CCDK_CW_VARIABLE_INPUT_INPUT && values) {
        ccdk__unscoped_error(app, "inputType INPUT cannot be combined with values. Please choose either SELECT or RADIO or remove "
                                  "'values' from options.");
        return v;
    }
    /* {[type]: value, type, inputType, id, defaultValue, visible, label, ...values} */
    const char *type = o->type == CCDK_CW_VARIABLE_TYPE_PATTERN ? "pattern" : "property";
    ccdk_value *j = v->json;
    if (o->value)
        ccdk__v_set(j, type, ccdk__v_str(app, o->value));
    ccdk__v_set(j, "type", ccdk__v_str(app, type));
    ccdk__v_set(j, "inputType", ccdk__v_str(app, inputs[o->input_type]));
    if (o->id)
        ccdk__v_set(j, "id", ccdk__v_str(app, o->id));
    if (o->default_value)
        ccdk__v_set(j, "defaultValue", ccdk__v_str(app, o->default_value));
    if (ccdk__tri_set(o->visible))
        ccdk__v_set(j, "visible", ccdk__v_bool(app, ccdk__tri_true(o->visible)));
    if (o->label)
        ccdk__v_set(j, "label", ccdk__v_str(app, o->label));
    for (size_t i = 0; values && i < values->u.obj.n; i++)
        ccdk__v_set(j, values->u.obj.e[i].key, values->u.obj.e[i].val);
    return v;
}

ccdk_value *ccdk__cloudwatch_variable_json(const ccdk_cloudwatch_variable *v) { return v->json; }
