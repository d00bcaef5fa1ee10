/* gitignore.c - node-ignore 5.3.2: .gitignore rules, for IgnoreMode.GIT. */
#include "assets_internal.h"

typedef struct {
    js pattern; /* `this` of the replacers */
} ig_ud;

static js ig_r0(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)a; (void)ud; (void)s; (void)c; (void)ng;
    return JS_EMPTY;
}

/* (a\ ) -> (a ) ; (a  ) -> (a) */
static js ig_r1(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    js m1 = re_cap(s, c, 1, NULL), m2 = re_cap(s, c, 2, NULL);
    return js_cat(a, m1, (m2.n && m2.s[0] == '\\') ? js_a(a, " ") : JS_EMPTY);
}

static js ig_r2(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    js m1 = re_cap(s, c, 1, NULL);
    return js_cat(a, js_sub(m1, 0, m1.n - m1.n % 2), js_a(a, " "));
}

static js ig_r3(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    return js_cat(a, js_a(a, "\\"), re_cap(s, c, 0, NULL));
}

static js ig_r4(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)s; (void)c; (void)ng;
    return js_a(a, "[^/]");
}

static js ig_r5(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)s; (void)c; (void)ng;
    return js_a(a, "^");
}

static js ig_r6(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)s; (void)c; (void)ng;
    return js_a(a, "\\/");
}

static js ig_r7(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)s; (void)c; (void)ng;
    return js_a(a, "^(?:.*\\/)?");
}

static js ig_r8(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)s; (void)c; (void)ng;
    ig_ud *u = ud;
    return !jsre_test(consts()->ig_slash_not_end, u->pattern) ? js_a(a, "(?:^|\\/)") : js_a(a, "^");
}

static js ig_r9(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    size_t index = (size_t)c[0];
    return index + 6 < s.n ? js_a(a, "(?:\\/[^\\/]+)*") : js_a(a, "\\/.+");
}

static js ig_r10(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    js p1 = re_cap(s, c, 1, NULL), p2 = re_cap(s, c, 2, NULL);
    js unescaped = js_replace_all_lit(a, p2, js_a(a, "\\*"), js_a(a, "[^\\/]*"));
    return js_cat(a, p1, unescaped);
}

static js ig_r11(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)s; (void)c; (void)ng;
    return js_a(a, "\\");
}

static js ig_r12(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)s; (void)c; (void)ng;
    return js_a(a, "\\");
}

static js ig_sanitize_range_cb(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)a; (void)ud; (void)ng;
    js from = re_cap(s, c, 1, NULL), to = re_cap(s, c, 2, NULL);
    return from.s[0] <= to.s[0] ? re_cap(s, c, 0, NULL) : JS_EMPTY;
}

static js ig_r13(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    int lead_def;
    js lead = re_cap(s, c, 1, &lead_def);
    js range = re_cap(s, c, 2, NULL), end_escape = re_cap(s, c, 3, NULL), close = re_cap(s, c, 4, NULL);
    jsb b;
    jsb_init(&b, a);
    if (lead_def && js_eqa(lead, "\\")) {
        jsb_puta(&b, "\\[");
        jsb_put(&b, range);
        jsb_put(&b, js_sub(end_escape, 0, end_escape.n - end_escape.n % 2));
        jsb_put(&b, close);
    } else if (js_eqa(close, "]")) {
        if (end_escape.n % 2 == 0) {
            jsb_putc(&b, '[');
            jsb_put(&b, jsre_replace(a, consts()->ig_range, 1, range, ig_sanitize_range_cb, NULL));
            jsb_put(&b, end_escape);
            jsb_putc(&b, ']');
        } else {
            jsb_puta(&b, "[]");
        }
    } else {
        jsb_puta(&b, "[]");
    }
    return jsb_js(&b);
}

static js ig_r14(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    js match = re_cap(s, c, 0, NULL);
    if (jsre_test(consts()->ig_trailing_slash, match)) return js_cat(a, match, js_a(a, "$"));
    return js_cat(a, match, js_a(a, "(?=$|\\/$)"));
}

static js ig_r15(arena *a, void *ud, js s, const long *c, int ng)
{
    (void)ud; (void)ng;
    int def;
    js p1 = re_cap(s, c, 1, &def);
    jsb b;
    jsb_init(&b, a);
    if (def && p1.n) {
        jsb_put(&b, p1);
        jsb_puta(&b, "[^/]+");
    } else {
        jsb_puta(&b, "[^/]*");
    }
    jsb_puta(&b, "(?=$|\\/$)");
    return jsb_js(&b);
}

static const re_replacer IG_REPLACERS[16] = {
    ig_r0, ig_r1, ig_r2, ig_r3, ig_r4, ig_r5, ig_r6, ig_r7,
    ig_r8, ig_r9, ig_r10, ig_r11, ig_r12, ig_r13, ig_r14, ig_r15,
};

/* ignore().add(patterns) with an array: each element is one rule. */
int ig_add(arena *a, ig_t *ig, js pattern, char **err)
{
    const consts_t *C = consts();
    /* checkPattern */
    if (!pattern.n) return 0;
    if (jsre_test(C->ig_blank, pattern)) return 0;
    if (jsre_test(C->ig_bad_trailing_bs, pattern)) return 0;
    if (pattern.s[0] == '#') return 0;
    /* createRule */
    int negative = 0;
    if (pattern.s[0] == '!') {
        negative = 1;
        pattern = js_sub(pattern, 1, pattern.n);
    }
    if (jsre_test(C->ig_lead_excl, pattern)) pattern = js_cat(a, js_a(a, "!"), js_sub(pattern, 2, pattern.n));
    if (jsre_test(C->ig_lead_hash, pattern)) pattern = js_cat(a, js_a(a, "#"), js_sub(pattern, 2, pattern.n));
    /* makeRegex */
    ig_ud ud = { pattern };
    js source = pattern;
    for (int i = 0; i < 16; i++) source = jsre_replace(a, C->ig_rep[i], IG_REPLACER_GLOBAL[i], source, IG_REPLACERS[i], &ud);
    jsre *re = jsre_compile(a, source, "i", err);
    if (!re) return -1;
    ig_rule r = { re, negative };
    AVEC_PUSH(a, ig->rules, ig->n, ig->cap, r);
    return 0;
}

typedef struct {
    int ignored, unignored;
} ig_result;

static ig_result ig_test_one(const ig_t *ig, js path)
{
    ig_result r = { 0, 0 };
    for (size_t i = 0; i < ig->n; i++) {
        int negative = ig->rules[i].negative;
        if ((r.unignored == negative && r.ignored != r.unignored) || (negative && !r.ignored && !r.unignored)) continue;
        if (jsre_test(ig->rules[i].regex, path)) {
            r.ignored = !negative;
            r.unignored = negative;
        }
    }
    return r;
}

/* Ignore#_t: slices = path.split('/') (without the popped last element) */
static ig_result ig_t_rec(arena *a, const ig_t *ig, js path, jsvec *slices)
{
    slices->n--; /* slices.pop() */
    if (!slices->n) return ig_test_one(ig, path);
    jsb b;
    jsb_init(&b, a);
    for (size_t i = 0; i < slices->n; i++) {
        jsb_put(&b, slices->v[i]);
        jsb_putc(&b, '/');
    }
    ig_result parent = ig_t_rec(a, ig, jsb_js(&b), slices);
    return parent.ignored ? parent : ig_test_one(ig, path);
}

/* Ignore#ignores(path) */
int ig_ignores(arena *a, const ig_t *ig, js path, int *out, char **err)
{
    if (!path.n) return fail(err, "path must not be empty");
    if (jsre_test(consts()->ig_invalid_path, path)) {
        char *u = js_to_utf8(a, path);
        return fail(err, "path should be a `path.relative()`d string, but got \"%s\"", u);
    }
    jsvec slices = js_split_c(a, path, '/');
    *out = ig_t_rec(a, ig, path, &slices).ignored;
    return 0;
}
