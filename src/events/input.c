/* input.c - events.RuleTargetInput and EventField (aws-events/lib/input.ts): what a rule passes to
 * its target, a JSON object, text, lines of text or a path of the event, with the event's fields
 * (EventField.fromPath) as an InputTransformer's <key> placeholders. */
#include <string.h>

#include "events_internal.h"

typedef enum { INPUT_OBJECT, INPUT_TEXT, INPUT_MULTILINE, INPUT_PATH } input_type;

struct ccdk_events_rule_target_input {
    input_type type;
    ccdk_value *object; /* INPUT_OBJECT */
    const char *text;   /* INPUT_TEXT, INPUT_MULTILINE, INPUT_PATH */
};

static ccdk_events_rule_target_input *input_new(void *owner, input_type type)
{
    ccdk_app *app = ccdk__app_of(owner); /* a bad owner: the process-wide list, a detached App */
    ccdk_events_rule_target_input *in = ccdk__alloc(app, sizeof *in);
    in->type = type;
    return in;
}

ccdk_events_rule_target_input *ccdk_events_rule_target_input_from_text(void *owner, const char *text)
{
    ccdk_events_rule_target_input *in = input_new(owner, INPUT_TEXT);
    in->text = ccdk__strdup(ccdk__app_of(owner), text ? text : "");
    return in;
}
ccdk_events_rule_target_input *ccdk_events_rule_target_input_from_multiline_text(void *owner, const char *text)
{
    ccdk_events_rule_target_input *in = input_new(owner, INPUT_MULTILINE);
    in->text = ccdk__strdup(ccdk__app_of(owner), text ? text : "");
    return in;
}
ccdk_events_rule_target_input *ccdk_events_rule_target_input_from_object(void *owner, ccdk_value *object)
{
    ccdk_events_rule_target_input *in = input_new(owner, INPUT_OBJECT);
    in->object = object ? object : ccdk__v_new(ccdk__app_of(owner), CCDK__V_NULL);
    return in;
}
ccdk_events_rule_target_input *ccdk_events_rule_target_input_from_event_path(void *owner, const char *path)
{
    ccdk_events_rule_target_input *in = input_new(owner, INPUT_PATH);
    in->text = ccdk__strdup(ccdk__app_of(owner), path);
    return in;
}

/* ------------------------------------------------------------------ EventField */

typedef struct {
    ccdk_app *app;
    const char *path, *display_hint;
} event_field;

/* EventField.resolve: the path itself, where the token is rendered outside a target's input */
static ccdk_value *event_field_produce(void *ctx)
{
    event_field *f = ctx;
    return ccdk__v_from_string(f->app, f->path);
}

static int is_hint_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

const char *ccdk_events_event_field_from_path(void *owner, const char *path)
{
    ccdk_app *app = ccdk__app_of(owner);
    event_field *f = ccdk__alloc(app, sizeof *f);
    f->app = app;
    f->path = ccdk__strdup(app, path ? path : "");
    /* displayHint: path.replace(/^[^a-zA-Z0-9_-]+/, '').replace(/[^a-zA-Z0-9_-]/g, '-') */
    const char *p = f->path;
    while (*p && !is_hint_char(*p))
        p++;
    char *hint = ccdk__strdup(app, p);
    for (char *q = hint; *q; q++)
        if (!is_hint_char(*q))
            *q = '-';
    f->display_hint = hint;
    return ccdk__token_str(app, ccdk__v_lazy(app, event_field_produce, f));
}
const char *ccdk_events_event_field_event_id(void *owner) { return ccdk_events_event_field_from_path(owner, "$.id"); }
const char *ccdk_events_event_field_detail_type(void *owner) { return ccdk_events_event_field_from_path(owner, "$.detail-type"); }
const char *ccdk_events_event_field_source(void *owner) { return ccdk_events_event_field_from_path(owner, "$.source"); }
const char *ccdk_events_event_field_account(void *owner) { return ccdk_events_event_field_from_path(owner, "$.account"); }
const char *ccdk_events_event_field_time(void *owner) { return ccdk_events_event_field_from_path(owner, "$.time"); }
const char *ccdk_events_event_field_region(void *owner) { return ccdk_events_event_field_from_path(owner, "$.region"); }

/* ------------------------------------------------------------------ bind */

typedef struct {
    ccdk_app *app;
    const char **paths, **keys; /* pathToKey, in the order met */
    size_t n, cap;
    ccdk_value *paths_map;      /* inputPathsMap: key -> path */
    int counter, failed;
} binder;

/* keyForField, then EventFieldReplacer.resolveToken's check: one key for two paths is an error */
static const char *key_for_field(binder *b, const event_field *f)
{
    for (size_t i = 0; i < b->n; i++)
        if (!strcmp(b->paths[i], f->path))
            return b->keys[i];
    b->counter++;
    const char *key = *f->display_hint ? f->display_hint : ccdk__sprintf(b->app, "f%d", b->counter);
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 8;
        const char **np = ccdk__alloc(b->app, cap * sizeof *np), **nk = ccdk__alloc(b->app, cap * sizeof *nk);
        if (b->n) {
            memcpy(np, b->paths, b->n * sizeof *np);
            memcpy(nk, b->keys, b->n * sizeof *nk);
        }
        b->paths = np;
        b->keys = nk;
        b->cap = cap;
    }
    b->paths[b->n] = f->path;
    b->keys[b->n++] = key;
    return key;
}

static void record_key(binder *b, const char *key, const event_field *f)
{
    ccdk_value *existing = ccdk__v_get(b->paths_map, key);
    if (existing && existing->kind == CCDK__V_STR && strcmp(existing->u.str.s, f->path)) {
        if (!b->failed)
            ccdk__unscoped_error(b->app, "Single key '%s' is used for two different JSON paths: '%s' and '%s'", key, f->path,
                                 existing->u.str.s);
        b->failed = 1;
        return;
    }
    ccdk__v_set(b->paths_map, key, ccdk__v_str(b->app, f->path));
}

/* Tokenization.resolve(input, {resolver: EventFieldReplacer}) on a string: every EventField token
 * becomes "<key>", any other token stays a token (Token.asString(t)) */
static const char *replace_fields(binder *b, const char *s)
{
    if (!strstr(s, "Token["))
        return s;
    ccdk__buf out = {0};
    const char *p = s;
    size_t len, idx;
    int st;
    for (const char *m; (m = ccdk__next_marker(b->app, p, "${Token[", &len, &idx, &st));) {
        ccdk__buf_put(&out, p, (size_t)(m - p));
        ccdk_value *v = st == TOK_OK ? b->app->tokens[idx] : NULL;
        if (v && v->kind == CCDK__V_LAZY && v->u.lazy.fn == event_field_produce) {
            const event_field *f = v->u.lazy.ctx;
            const char *key = key_for_field(b, f);
            record_key(b, key, f);
            ccdk__buf_printf(&out, "<%s>", key);
        } else {
            ccdk__buf_put(&out, m, len);
        }
        p = m + len;
    }
    ccdk__buf_puts(&out, p);
    const char *r = ccdk__strndup(b->app, out.data ? out.data : "", out.len);
    ccdk__buf_free(&out);
    return r;
}

static ccdk_value *replace_in_value(binder *b, ccdk_value *v)
{
    if (!v)
        return v;
    switch (v->kind) {
    case CCDK__V_STR:
        return ccdk__v_str(b->app, replace_fields(b, v->u.str.s));
    case CCDK__V_LIST: {
        ccdk_value *l = ccdk__v_list(b->app);
        for (size_t i = 0; i < v->u.list.n; i++)
            ccdk__v_push(l, replace_in_value(b, v->u.list.items[i]));
        return l;
    }
    case CCDK__V_OBJ: {
        ccdk_value *o = ccdk__v_obj(b->app);
        for (size_t i = 0; i < v->u.obj.n; i++) { /* aws-cdk-lib resolves a value, then its key */
            ccdk_value *val = replace_in_value(b, v->u.obj.e[i].val);
            ccdk__v_set(o, replace_fields(b, v->u.obj.e[i].key), val);
        }
        return o;
    }
    default:
        return v;
    }
}

static void json_string(ccdk__buf *out, const char *s, size_t n) { ccdk__json_write_string(out, s, n); }

/* unquoteKeyPlaceholders (objects only): "<key>" not after a backslash loses its quotes, for each
 * key in turn */
static const char *unquote(binder *b, const char *text)
{
    const char *cur = text;
    for (size_t k = 0; k < b->paths_map->u.obj.n; k++) {
        const char *quoted = ccdk__sprintf(b->app, "\"<%s>\"", b->paths_map->u.obj.e[k].key);
        size_t ql = strlen(quoted);
        ccdk__buf out = {0};
        const char *p = cur;
        for (const char *m; (m = strstr(p, quoted));) {
            if (m > cur && m[-1] == '\\') {
                ccdk__buf_put(&out, p, (size_t)(m - p) + 1);
                p = m + 1;
                continue;
            }
            ccdk__buf_put(&out, p, (size_t)(m - p));
            ccdk__buf_put(&out, quoted + 1, ql - 2);
            p = m + ql;
        }
        ccdk__buf_puts(&out, p);
        cur = ccdk__strndup(b->app, out.data ? out.data : "", out.len);
        ccdk__buf_free(&out);
    }
    return cur;
}

ccdk__events_input_props ccdk__events_input_bind(ccdk_app *app, const ccdk_events_rule_target_input *in)
{
    ccdk__events_input_props r = {0};
    if (!in)
        return r;
    if (in->type == INPUT_PATH) { /* LiteralEventInput({inputPath}) */
        if (in->text)
            r.input_path = ccdk__v_from_string(app, in->text);
        return r;
    }
    binder b = {.app = app, .paths_map = ccdk__v_obj(app)};
    ccdk__buf out = {0};
    if (in->type == INPUT_OBJECT) { /* stack.toJsonString(resolved) */
        ccdk__json_write(&out, replace_in_value(&b, in->object), 0);
    } else if (in->type == INPUT_TEXT) {
        const char *t = replace_fields(&b, in->text);
        json_string(&out, t, strlen(t));
    } else { /* each line its own JSON string, joined by newlines */
        const char *t = replace_fields(&b, in->text);
        for (const char *line = t;;) {
            const char *nl = strchr(line, '\n');
            json_string(&out, line, nl ? (size_t)(nl - line) : strlen(line));
            if (!nl)
                break;
            ccdk__buf_putc(&out, '\n');
            line = nl + 1;
        }
    }
    const char *text = ccdk__strndup(app, out.data ? out.data : "", out.len);
    ccdk__buf_free(&out);
    if (b.failed)
        return r;
    if (b.paths_map->u.obj.n == 0) {
        r.input = ccdk__json_text_value(app, text);
        return r;
    }
    r.input_template = ccdk__json_text_value(app, in->type == INPUT_OBJECT ? unquote(&b, text) : text);
    r.input_paths_map = b.paths_map;
    return r;
}
