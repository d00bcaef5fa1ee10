/* dockerignore.c - @balena/dockerignore 1.0.2: .dockerignore rules, for IgnoreMode.DOCKER. */
#include "assets_internal.h"

/* cleanPath: path.normalize(file).replace(/(?<=.)\/$/, '') */
static js dk_clean(arena *a, js p)
{
    char *u = js_to_utf8(a, p);
    char *n = path_normalize(u);
    size_t len = strlen(n);
    if (len > 1 && n[len - 1] == '/') n[len - 1] = 0;
    js r = js_from_utf8(a, n);
    free(n);
    return r;
}

js dk_dirname(arena *a, js p)
{
    char *u = js_to_utf8(a, p);
    char *d = path_dirname(u);
    js r = js_from_utf8(a, d);
    free(d);
    return r;
}

static void dk_add_one(arena *a, dk_t *dk, js pattern)
{
    /* _checkPattern */
    if (!pattern.n || pattern.s[0] == '#' || js_trim(pattern).n == 0) return;
    pattern = js_trim(pattern);
    /* _createRule */
    int negative = 0;
    if (pattern.s[0] == '!') {
        negative = 1;
        pattern = js_trim(js_sub(pattern, 1, pattern.n));
    }
    if (pattern.n > 0) {
        pattern = dk_clean(a, pattern);
        if (pattern.n > 1 && pattern.s[0] == '/') pattern = js_sub(pattern, 1, pattern.n);
    }
    if (negative) pattern = js_cat(a, js_a(a, "!"), pattern);
    pattern = js_trim(pattern);
    if (!pattern.n) return;
    pattern = dk_clean(a, pattern);
    if (pattern.s[0] == '!') {
        if (pattern.n == 1) return;
        negative = 1;
        pattern = js_sub(pattern, 1, pattern.n);
    } else {
        negative = 0;
    }
    dk_rule r;
    memset(&r, 0, sizeof r);
    r.pattern = pattern;
    r.dirs = js_split_c(a, pattern, '/');
    r.negative = negative;
    for (size_t i = 0; i < r.dirs.n; i++) {
        if (js_eqa(r.dirs.v[i], "**"))
            r.has_gs = 1;
        else
            r.ndirs_not_gs++;
    }
    AVEC_PUSH(a, dk->rules, dk->n, dk->cap, r);
}

/* IgnoreBase#add(string): split(/\r?\n/g) */
void dk_add(arena *a, dk_t *dk, js pattern)
{
    jsvec lines = js_split_lines(a, pattern);
    for (size_t i = 0; i < lines.n; i++) dk_add_one(a, dk, lines.v[i]);
}

static int dk_compile(arena *a, dk_rule *rule, char **err)
{
    if (rule->compiled) return rule->regexp ? 0 : -1;
    js p = rule->pattern;
    jsb b;
    jsb_init(&b, a);
    jsb_putc(&b, '^');
    for (size_t i = 0; i < p.n; i++) {
        u16 ch = p.s[i];
        if (ch == '*') {
            if (i + 1 < p.n && p.s[i + 1] == '*') {
                i++;
                if (i + 1 < p.n && p.s[i + 1] == '/') i++;
                if (i + 1 >= p.n)
                    jsb_puta(&b, ".*");
                else
                    jsb_puta(&b, "(.*/)?");
            } else {
                jsb_puta(&b, "[^/]*");
            }
        } else if (ch == '?') {
            jsb_puta(&b, "[^/]");
        } else if (ch == '.' || ch == '$') {
            jsb_putc(&b, '\\');
            jsb_putc(&b, ch);
        } else if (ch == '\\') {
            if (i + 1 < p.n) {
                jsb_putc(&b, '\\');
                jsb_putc(&b, p.s[i + 1]);
                i++;
            } else {
                jsb_putc(&b, '\\');
            }
        } else {
            jsb_putc(&b, ch);
        }
    }
    jsb_putc(&b, '$');
    rule->regexp = jsre_compile(a, jsb_js(&b), "i", err);
    rule->compiled = 1;
    return rule->regexp ? 0 : -1;
}

/* IgnoreBase#ignores(path) for a non-empty path */
int dk_ignores(arena *scratch, arena *perm, dk_t *dk, js file, int *out, char **err)
{
    if (!file.n) {
        *out = 1;
        return 0;
    }
    /* the cache is a plain object: `path in {}` is true for Object.prototype's members */
    static const char *const PROTO[] = { "constructor", "__defineGetter__", "__defineSetter__", "hasOwnProperty",
                                         "__lookupGetter__", "__lookupSetter__", "isPrototypeOf",
                                         "propertyIsEnumerable", "toString", "valueOf", "__proto__",
                                         "toLocaleString", NULL };
    for (size_t i = 0; PROTO[i]; i++)
        if (js_eqa(file, PROTO[i])) {
            *out = 0;
            return 0;
        }
    /* compile every rule (RegExp construction throws on the first use of a bad rule) */
    if (!dk->compiled) {
        dk->compiled = 1;
        for (size_t i = 0; i < dk->n; i++) {
            char *e = NULL;
            if (dk_compile(perm, &dk->rules[i], &e) < 0 && !dk->compile_err) dk->compile_err = e;
            else free(e);
        }
    }
    if (dk->compile_err) return fail(err, "%s", dk->compile_err);
    js parent_path = dk_clean(scratch, dk_dirname(scratch, file));
    jsvec parent_dirs = js_split_c(scratch, parent_path, '/');
    int matched = 0;
    int parent_is_dot = js_eqa(parent_path, ".");
    for (size_t r = 0; r < dk->n; r++) {
        dk_rule *rule = &dk->rules[r];
        int match = jsre_test(rule->regexp, file);
        if (!match && !parent_is_dot) {
            if (rule->has_gs) {
                for (size_t i = (size_t)rule->ndirs_not_gs; i <= parent_dirs.n; i++) {
                    if (match) break;
                    match = jsre_test(rule->regexp, js_join(scratch, parent_dirs.v, i, js_a(scratch, "/")));
                }
            } else if (rule->dirs.n <= parent_dirs.n) {
                match = jsre_test(rule->regexp, js_join(scratch, parent_dirs.v, rule->dirs.n, js_a(scratch, "/")));
            }
        }
        if (match) matched = !rule->negative;
    }
    *out = matched;
    return 0;
}
