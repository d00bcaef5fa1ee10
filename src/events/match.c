/* match.c - events.Match (aws-events/lib/event-pattern.ts): the matchers of an event pattern. Each
 * is what aws-cdk-lib returns, a list of string tokens that resolve to the matcher objects
 * ([Token.asString({prefix: v})]), so a rule's pattern merge compares them as aws-cdk-lib does (by
 * their token text); allOf is a list token (Token.asList of a Match). */
#include <stdlib.h>
#include <string.h>

#include "ccdk/events.h"
#include "internal.h"
#include "jsregex.h"

static ccdk_app *owner_app(void *owner)
{
    return ccdk__app_of(owner); /* a bad owner: the process-wide list, and a detached App */
}

/* Token.asString(v): a string stays itself, anything else becomes a string token */
static ccdk_value *as_string_token(ccdk_app *app, ccdk_value *v)
{
    if (v->kind == CCDK__V_STR)
        return v;
    return ccdk__v_str(app, ccdk__token_str(app, v));
}

/* [Token.asString(obj)] */
static ccdk_value *one(ccdk_app *app, ccdk_value *obj)
{
    ccdk_value *l = ccdk__v_list(app);
    ccdk__v_push(l, as_string_token(app, obj));
    return l;
}

static ccdk_value *obj1(ccdk_app *app, const char *key, ccdk_value *v)
{
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, key, v);
    return o;
}

static ccdk_value *str(ccdk_app *app, const char *s) { return ccdk__v_from_string(app, s ? s : ""); }

ccdk_value *ccdk_events_match_null_value(void *owner)
{
    ccdk_app *app = owner_app(owner);
    return one(app, ccdk__v_new(app, CCDK__V_NULL));
}
ccdk_value *ccdk_events_match_exists(void *owner)
{
    ccdk_app *app = owner_app(owner);
    return one(app, obj1(app, "exists", ccdk__v_bool(app, 1)));
}
ccdk_value *ccdk_events_match_does_not_exist(void *owner)
{
    ccdk_app *app = owner_app(owner);
    return one(app, obj1(app, "exists", ccdk__v_bool(app, 0)));
}
ccdk_value *ccdk_events_match_exact_string(void *owner, const char *value)
{
    ccdk_app *app = owner_app(owner);
    return one(app, str(app, value));
}

static ccdk_value *keyed(void *owner, const char *key, const char *value)
{
    ccdk_app *app = owner_app(owner);
    return one(app, obj1(app, key, str(app, value)));
}
ccdk_value *ccdk_events_match_equals_ignore_case(void *owner, const char *value) { return keyed(owner, "equals-ignore-case", value); }
ccdk_value *ccdk_events_match_prefix(void *owner, const char *value) { return keyed(owner, "prefix", value); }
ccdk_value *ccdk_events_match_suffix(void *owner, const char *value) { return keyed(owner, "suffix", value); }
ccdk_value *ccdk_events_match_wildcard(void *owner, const char *value) { return keyed(owner, "wildcard", value); }

static ccdk_value *keyed_ignore_case(void *owner, const char *key, const char *value)
{
    ccdk_app *app = owner_app(owner);
    return one(app, obj1(app, key, obj1(app, "equals-ignore-case", str(app, value))));
}
ccdk_value *ccdk_events_match_prefix_equals_ignore_case(void *owner, const char *value)
{
    return keyed_ignore_case(owner, "prefix", value);
}
ccdk_value *ccdk_events_match_suffix_equals_ignore_case(void *owner, const char *value)
{
    return keyed_ignore_case(owner, "suffix", value);
}

/* Match.cidr: aws-cdk-lib's two regular expressions, flags "igm", as written (its IPv6 one has a
 * literal "s*" and "d" where \s and \d were meant: kept, they decide what passes) */
static const char IPV4_RE[] = "^([0-9]{1,3}\\.){3}[0-9]{1,3}(\\/([0-9]|[1-2][0-9]|3[0-2]))?$";
static const char IPV6_RE[] =
    "^s*((([0-9A-Fa-f]{1,4}:){7}([0-9A-Fa-f]{1,4}|:))|(([0-9A-Fa-f]{1,4}:){6}(:[0-9A-Fa-f]{1,4}|((25[0-5]|2[0-4]d|1dd|[1-9]?d)"
    "(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){5}(((:[0-9A-Fa-f]{1,4}){1,2})|:((25[0-5]|2[0-4]d|1dd|[1-9]?d)"
    "(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){4}(((:[0-9A-Fa-f]{1,4}){1,3})|((:[0-9A-Fa-f]{1,4})?:((25[0-5]|"
    "2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){3}(((:[0-9A-Fa-f]{1,4}){1,4})|((:[0-9A-Fa-f]"
    "{1,4}){0,2}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){2}(((:[0-9A-Fa-f]{1,4})"
    "{1,5})|((:[0-9A-Fa-f]{1,4}){0,3}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:)"
    "{1}(((:[0-9A-Fa-f]{1,4}){1,6})|((:[0-9A-Fa-f]{1,4}){0,4}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|"
    "(:(((:[0-9A-Fa-f]{1,4}){1,7})|((:[0-9A-Fa-f]{1,4}){0,5}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:)))"
    "(%.+)?s*(\\/([0-9]|[1-9][0-9]|1[0-1][0-9]|12[0-8]))?$";

ccdk_value *ccdk_events_match_cidr(void *owner, const char *range)
{
    ccdk_app *app = owner_app(owner);
    const char *r = range ? range : "undefined"; /* `${range}` of a missing one */
    /* a token range is tested as its marker text, as aws-cdk-lib tests the string it is given */
    if (ccdk__js_regex_test(IPV4_RE, "igm", r, NULL) != 1 && ccdk__js_regex_test(IPV6_RE, "igm", r, NULL) != 1)
        ccdk__unscoped_error(app, "Invalid IP address range: %s", r);
    return keyed(owner, "cidr", range);
}
ccdk_value *ccdk_events_match_ip_address_range(void *owner, const char *range) { return ccdk_events_match_cidr(owner, range); }

static ccdk_value *strs_value(ccdk_app *app, ccdk_strs values, size_t n)
{
    ccdk_value *l = ccdk__v_list(app);
    for (size_t i = 0; i < n; i++)
        ccdk__v_push(l, str(app, values.items[i]));
    return l;
}

ccdk_value *ccdk_events_match_anything_but(void *owner, ccdk_strs values)
{
    ccdk_app *app = owner_app(owner);
    size_t n = CCDK__LEN(values, "values");
    if (n == 0)
        ccdk__unscoped_error(app, "anythingBut matchers must be non-empty lists");
    return one(app, obj1(app, "anything-but", strs_value(app, values, n)));
}

ccdk_value *ccdk_events_match_anything_but_numbers(void *owner, ccdk_events_numbers values)
{
    ccdk_app *app = owner_app(owner);
    size_t n = CCDK__LEN(values, "values");
    if (n == 0)
        ccdk__unscoped_error(app, "anythingBut matchers must be non-empty lists");
    ccdk_value *l = ccdk__v_list(app);
    for (size_t i = 0; i < n; i++)
        ccdk__v_push(l, ccdk__v_num(app, values.items[i]));
    return one(app, obj1(app, "anything-but", l));
}

/* anythingButConjunction: one value alone, several as a list */
static ccdk_value *anything_but_conjunction(void *owner, const char *key, ccdk_strs values)
{
    ccdk_app *app = owner_app(owner);
    size_t n = CCDK__LEN(values, "values");
    if (n == 0)
        ccdk__unscoped_error(app, "anythingBut matchers must be non-empty lists");
    ccdk_value *v = n == 1 ? str(app, values.items[0]) : strs_value(app, values, n);
    return one(app, obj1(app, "anything-but", obj1(app, key, v)));
}
ccdk_value *ccdk_events_match_anything_but_prefix(void *owner, ccdk_strs values)
{
    return anything_but_conjunction(owner, "prefix", values);
}
ccdk_value *ccdk_events_match_anything_but_suffix(void *owner, ccdk_strs values)
{
    return anything_but_conjunction(owner, "suffix", values);
}
ccdk_value *ccdk_events_match_anything_but_wildcard(void *owner, ccdk_strs values)
{
    return anything_but_conjunction(owner, "wildcard", values);
}
ccdk_value *ccdk_events_match_anything_but_equals_ignore_case(void *owner, ccdk_strs values)
{
    return anything_but_conjunction(owner, "equals-ignore-case", values);
}

static ccdk_value *numeric(void *owner, const char *op, double value)
{
    ccdk_app *app = owner_app(owner);
    ccdk_value *l = ccdk__v_list(app);
    ccdk__v_push(l, ccdk__v_str(app, op));
    ccdk__v_push(l, ccdk__v_num(app, value));
    return one(app, obj1(app, "numeric", l));
}
ccdk_value *ccdk_events_match_greater_than(void *owner, double value) { return numeric(owner, ">", value); }
ccdk_value *ccdk_events_match_greater_than_or_equal(void *owner, double value) { return numeric(owner, ">=", value); }
ccdk_value *ccdk_events_match_less_than(void *owner, double value) { return numeric(owner, "<", value); }
ccdk_value *ccdk_events_match_less_than_or_equal(void *owner, double value) { return numeric(owner, "<=", value); }
ccdk_value *ccdk_events_match_equal(void *owner, double value) { return numeric(owner, "=", value); }

/* Match.allOf: new Match(matchers, {mergeMatchers: true}).asList(), resolved at synth: every
 * matcher resolved and flattened, then merged into one {numeric: [...]} (only numeric ones can be) */
typedef struct {
    ccdk_app *app;
    ccdk_value **matchers;
    size_t n;
} all_of_ctx;

static ccdk_value *resolve_now(ccdk_app *app, ccdk_value *v)
{
    /* a string token stands for its value; a Match list's items are such tokens */
    if (v && v->kind == CCDK__V_STR) {
        ccdk_value *t = ccdk__token_lookup(app, v->u.str.s);
        if (t)
            return resolve_now(app, t);
    }
    if (v && v->kind == CCDK__V_LAZY)
        return resolve_now(app, v->u.lazy.fn(v->u.lazy.ctx));
    return v;
}

static ccdk_value *all_of_lazy(void *p)
{
    all_of_ctx *c = p;
    ccdk_app *app = c->app;
    ccdk_value *merged = ccdk__v_list(app);
    int ok = 1;
    for (size_t i = 0; i < c->n; i++) { /* matchers.flatMap(m => context.resolve(m)) */
        ccdk_value *m = c->matchers[i];
        if (m && m->kind == CCDK__V_STR && ccdk__has_list_marker(m->u.str.s))
            m = resolve_now(app, ccdk__token_lookup(app, m->u.str.s));
        ccdk_value *r = resolve_now(app, m);
        size_t k = r && r->kind == CCDK__V_LIST ? r->u.list.n : 1;
        for (size_t j = 0; j < k; j++) {
            ccdk_value *item = resolve_now(app, r && r->kind == CCDK__V_LIST ? r->u.list.items[j] : r);
            ccdk_value *num = item && item->kind == CCDK__V_OBJ ? ccdk__v_get(item, "numeric") : NULL;
            if (!num || num->kind == CCDK__V_UNDEF || num->kind == CCDK__V_NULL) {
                ok = 0;
                continue;
            }
            if (num->kind == CCDK__V_LIST)
                for (size_t e = 0; e < num->u.list.n; e++)
                    ccdk__v_push(merged, num->u.list.items[e]);
            else
                ccdk__v_push(merged, num);
        }
    }
    if (!ok) {
        ccdk__lazy_error(app, "Only numeric matchers can be merged into a single matcher.");
        return ccdk__v_list(app);
    }
    ccdk_value *out = ccdk__v_list(app);
    ccdk__v_push(out, obj1(app, "numeric", merged));
    return out;
}

ccdk_value *ccdk_events_match_all_of(void *owner, ccdk_events_matchers matchers)
{
    ccdk_app *app = owner_app(owner);
    size_t n = CCDK__LEN(matchers, "matchers");
    if (n == 0)
        ccdk__unscoped_error(app, "A list of matchers must contain at least one element.");
    all_of_ctx *c = ccdk__alloc(app, sizeof *c);
    c->app = app;
    c->n = n;
    c->matchers = ccdk__alloc(app, (n ? n : 1) * sizeof *c->matchers);
    for (size_t i = 0; i < n; i++)
        c->matchers[i] = matchers.items[i] ? matchers.items[i] : ccdk__v_undef(app);
    ccdk_value *l = ccdk__v_list(app);
    ccdk__v_push(l, ccdk__v_str(app, ccdk__token_list_marker(app, ccdk__v_lazy(app, all_of_lazy, c))));
    return l;
}

ccdk_value *ccdk_events_match_interval(void *owner, double lower, double upper)
{
    ccdk_app *app = owner_app(owner);
    if (lower > upper)
        ccdk__unscoped_error(app, "Invalid interval: [%s, %s]", ccdk__num_string(app, lower), ccdk__num_string(app, upper));
    return ccdk_events_match_all_of(owner, (ccdk_events_matchers)CCDK_LIST(ccdk_events_match_greater_than_or_equal(owner, lower),
                                                                           ccdk_events_match_less_than_or_equal(owner, upper)));
}

/* Match.anyOf: a list's items as they are (Token.asString of a string is the string), anything
 * else as a string token */
ccdk_value *ccdk_events_match_any_of(void *owner, ccdk_events_matchers matchers)
{
    ccdk_app *app = owner_app(owner);
    size_t n = CCDK__LEN(matchers, "matchers");
    if (n == 0)
        ccdk__unscoped_error(app, "A list of matchers must contain at least one element.");
    ccdk_value *l = ccdk__v_list(app);
    for (size_t i = 0; i < n; i++) {
        ccdk_value *m = matchers.items[i];
        if (!m)
            continue;
        if (m->kind == CCDK__V_LIST)
            for (size_t j = 0; j < m->u.list.n; j++)
                ccdk__v_push(l, as_string_token(app, m->u.list.items[j]));
        else
            ccdk__v_push(l, as_string_token(app, m));
    }
    return l;
}
