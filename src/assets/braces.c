/* braces.c - brace expansion as brace-expansion 5 does it for minimatch.braceExpand ("a{b,c}",
 * "{1..3}"). */
#include "assets_internal.h"

typedef struct {
    arena *a;
    js esc_slash, esc_open, esc_close, esc_comma, esc_period;
} bexp;

/* balanced-match's range('{', '}', str) */
static int bm_range(js str, long *r0, long *r1)
{
    long ai = js_indexof_c(str, '{', 0);
    long bi = js_indexof_c(str, '}', (size_t)(ai + 1));
    long i = ai;
    long *begs = NULL;
    size_t nb = 0, capb = 0;
    long left = 0, right = -1;
    int have_right = 0, have_result = 0;
    long res0 = 0, res1 = 0;
    if (ai >= 0 && bi > 0) {
        left = (long)str.n;
        while (i >= 0 && !have_result) {
            if (i == ai) {
                if (nb == capb) {
                    capb = capb ? capb * 2 : 8;
                    begs = xrealloc(begs, capb * sizeof *begs);
                }
                begs[nb++] = i;
                ai = js_indexof_c(str, '{', (size_t)i + 1);
            } else if (nb == 1) {
                long r = begs[--nb];
                res0 = r;
                res1 = bi;
                have_result = 1;
            } else {
                if (nb) {
                    long beg = begs[--nb];
                    if (beg < left) {
                        left = beg;
                        right = bi;
                        have_right = 1;
                    }
                }
                bi = js_indexof_c(str, '}', (size_t)i + 1);
            }
            i = (ai < bi && ai >= 0) ? ai : bi;
        }
        if (nb && have_right) {
            res0 = left;
            res1 = right;
            have_result = 1;
        }
    }
    free(begs);
    if (!have_result) return 0;
    *r0 = res0;
    *r1 = res1;
    return 1;
}

typedef struct {
    js pre, body, post;
} bm_t;

static int bm_balanced(js str, bm_t *m)
{
    long r0, r1;
    if (!bm_range(str, &r0, &r1)) return 0;
    m->pre = js_sub(str, 0, (size_t)r0);
    m->body = js_sub(str, (size_t)r0 + 1, (size_t)r1);
    m->post = js_sub(str, (size_t)r1 + 1, str.n);
    return 1;
}

static jsvec bx_parse_comma_parts(bexp *B, js str)
{
    jsvec parts = { 0 };
    js carry = JS_EMPTY;
    js comma = js_a(B->a, ",");
    for (;;) {
        bm_t m;
        if (!bm_balanced(str, &m)) {
            jsvec tail = js_split_s(B->a, str, comma);
            tail.v[0] = js_cat(B->a, carry, tail.v[0]);
            for (size_t i = 0; i < tail.n; i++) jsvec_push(B->a, &parts, tail.v[i]);
            return parts;
        }
        jsvec p = js_split_s(B->a, m.pre, comma);
        p.v[0] = js_cat(B->a, carry, p.v[0]);
        {
            jsb b;
            jsb_init(&b, B->a);
            jsb_put(&b, p.v[p.n - 1]);
            jsb_putc(&b, '{');
            jsb_put(&b, m.body);
            jsb_putc(&b, '}');
            p.v[p.n - 1] = jsb_js(&b);
        }
        if (!m.post.n) {
            for (size_t i = 0; i < p.n; i++) jsvec_push(B->a, &parts, p.v[i]);
            return parts;
        }
        carry = p.v[--p.n];
        for (size_t i = 0; i < p.n; i++) jsvec_push(B->a, &parts, p.v[i]);
        str = m.post;
    }
}

#define BX_MAX 100000
#define BX_MAX_LENGTH 4000000
#define BX_MAX_DEPTH 1000
#define BX_MAX_REWRITES 1000

static jsvec bx_combine(bexp *B, jsvec acc, js pre, const jsvec *values, int drop_empties)
{
    jsvec out = { 0 };
    size_t length = 0;
    for (size_t a = 0; a < acc.n; a++) {
        for (size_t v = 0; v < values->n; v++) {
            if (out.n >= BX_MAX) return out;
            js e = js_cat3(B->a, acc.v[a], pre, values->v[v]);
            if (drop_empties && !e.n) continue;
            if (length + e.n > BX_MAX_LENGTH) return out;
            jsvec_push(B->a, &out, e);
            length += e.n;
        }
    }
    return out;
}

static jsvec bx_one_empty(bexp *B)
{
    jsvec v = { 0 };
    jsvec_push(B->a, &v, JS_EMPTY);
    return v;
}

/* /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/ and /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/ */
static size_t bx_int(js s, size_t i)
{
    size_t j = i;
    if (j < s.n && s.s[j] == '-') j++;
    size_t d = j;
    while (j < s.n && s.s[j] >= '0' && s.s[j] <= '9') j++;
    return j > d ? j - i : 0;
}

static int bx_is_numeric_seq(js s)
{
    size_t i = 0, k;
    if (!(k = bx_int(s, i))) return 0;
    i += k;
    if (!js_startsa(s, "..", i)) return 0;
    i += 2;
    if (!(k = bx_int(s, i))) return 0;
    i += k;
    if (i == s.n) return 1;
    if (!js_startsa(s, "..", i)) return 0;
    i += 2;
    if (!(k = bx_int(s, i))) return 0;
    return i + k == s.n;
}

static int bx_alpha(u16 c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int bx_is_alpha_seq(js s)
{
    if (s.n < 4 || !bx_alpha(s.s[0]) || s.s[1] != '.' || s.s[2] != '.' || !bx_alpha(s.s[3])) return 0;
    if (s.n == 4) return 1;
    if (!js_startsa(s, "..", 4)) return 0;
    size_t k = bx_int(s, 6);
    return k && 6 + k == s.n;
}

/* numeric(str): !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0) */
static double bx_numeric(js s)
{
    size_t k = bx_int(s, 0);
    if (k && k == s.n) {
        double v = 0;
        size_t i = 0;
        int neg = 0;
        if (s.s[0] == '-') {
            neg = 1;
            i = 1;
        }
        for (; i < s.n; i++) v = v * 10 + (s.s[i] - '0');
        return neg ? -v : v;
    }
    return s.n ? (double)s.s[0] : 0;
}

static int bx_is_padded(js s)
{
    size_t i = 0;
    if (i < s.n && s.s[i] == '-') i++;
    return i + 1 < s.n && s.s[i] == '0' && s.s[i + 1] >= '0' && s.s[i + 1] <= '9';
}

static js bx_num_str(arena *a, double v)
{
    char buf[64];
    if (v == 0) v = 0; /* -0 -> "0" */
    snprintf(buf, sizeof buf, "%.0f", v);
    return js_a(a, buf);
}

static jsvec bx_expand_sequence(bexp *B, js body, int is_alpha)
{
    jsvec N = { 0 };
    jsvec n = js_split_s(B->a, body, js_a(B->a, ".."));
    if (n.n < 2) return N;
    double x = bx_numeric(n.v[0]);
    double y = bx_numeric(n.v[1]);
    size_t width = n.v[0].n > n.v[1].n ? n.v[0].n : n.v[1].n;
    double incr = 1;
    if (n.n == 3) {
        double t = bx_numeric(n.v[2]);
        if (t < 0) t = -t;
        incr = t > 1 ? t : 1;
    }
    int reverse = y < x;
    if (reverse) incr = -incr;
    int pad = 0;
    for (size_t i = 0; i < n.n; i++) pad |= bx_is_padded(n.v[i]);
    size_t length = 0;
    for (double i = x; (reverse ? i >= y : i <= y) && N.n < BX_MAX; i += incr) {
        js c;
        if (is_alpha) {
            u16 ch = (u16)(long)i;
            if (ch == '\\') {
                c = JS_EMPTY;
            } else {
                u16 *p = aalloc(B->a, sizeof(u16));
                *p = ch;
                c.s = p;
                c.n = 1;
            }
        } else {
            c = bx_num_str(B->a, i);
            if (pad) {
                if (width > c.n) {
                    size_t need = width - c.n;
                    jsb b;
                    jsb_init(&b, B->a);
                    if (i < 0) {
                        jsb_putc(&b, '-');
                        for (size_t z = 0; z < need; z++) jsb_putc(&b, '0');
                        jsb_put(&b, js_sub(c, 1, c.n));
                    } else {
                        for (size_t z = 0; z < need; z++) jsb_putc(&b, '0');
                        jsb_put(&b, c);
                    }
                    c = jsb_js(&b);
                }
            }
        }
        if (length + c.n > BX_MAX_LENGTH) break;
        jsvec_push(B->a, &N, c);
        length += c.n;
    }
    return N;
}

/* /,(?!,).*\}/ : a ',' not followed by ',' and later a '}' with no line terminator between */
static int bx_post_rewrite_test(js post)
{
    for (size_t i = 0; i < post.n; i++) {
        if (post.s[i] != ',' || (i + 1 < post.n && post.s[i + 1] == ',')) continue;
        for (size_t j = i + 1; j < post.n; j++) {
            if (post.s[j] == '}') return 1;
            if (re_is_lt(post.s[j])) break;
        }
    }
    return 0;
}

static jsvec bx_expand_(bexp *B, js str, int depth, int is_top)
{
    if (depth > BX_MAX_DEPTH) {
        jsvec v = { 0 };
        jsvec_push(B->a, &v, str);
        return v;
    }
    jsvec acc = bx_one_empty(B);
    jsvec one = bx_one_empty(B);
    int rewrites = 0, drop_empties = 0, first_group = 1;
    for (;;) {
        bm_t m;
        if (!bm_balanced(str, &m)) return bx_combine(B, acc, str, &one, drop_empties);
        js pre = m.pre;
        js braced;
        {
            jsb b;
            jsb_init(&b, B->a);
            jsb_put(&b, pre);
            jsb_putc(&b, '{');
            jsb_put(&b, m.body);
            jsb_putc(&b, '}');
            braced = jsb_js(&b);
        }
        if (pre.n && pre.s[pre.n - 1] == '$') {
            acc = bx_combine(B, acc, braced, &one, drop_empties && !m.post.n);
            first_group = 0;
            if (!m.post.n) break;
            str = m.post;
            continue;
        }
        int is_num = bx_is_numeric_seq(m.body);
        int is_alpha = bx_is_alpha_seq(m.body);
        int is_seq = is_num || is_alpha;
        int is_opts = js_indexof_c(m.body, ',', 0) >= 0;
        if (!is_seq && !is_opts) {
            if (rewrites < BX_MAX_REWRITES && bx_post_rewrite_test(m.post)) {
                rewrites++;
                jsb b;
                jsb_init(&b, B->a);
                jsb_put(&b, m.pre);
                jsb_putc(&b, '{');
                jsb_put(&b, m.body);
                jsb_put(&b, B->esc_close);
                jsb_put(&b, m.post);
                str = jsb_js(&b);
                is_top = 1;
                continue;
            }
            return bx_combine(B, acc, js_cat(B->a, braced, m.post), &one, drop_empties);
        }
        if (first_group) {
            drop_empties = is_top && !is_seq;
            first_group = 0;
        }
        jsvec values = { 0 };
        if (is_seq) {
            values = bx_expand_sequence(B, m.body, is_alpha);
        } else {
            jsvec n = bx_parse_comma_parts(B, m.body);
            if (n.n == 1) {
                jsvec e = bx_expand_(B, n.v[0], depth + 1, 0);
                jsvec n2 = { 0 };
                for (size_t i = 0; i < e.n; i++) {
                    jsb b;
                    jsb_init(&b, B->a);
                    jsb_putc(&b, '{');
                    jsb_put(&b, e.v[i]);
                    jsb_putc(&b, '}');
                    jsvec_push(B->a, &n2, jsb_js(&b));
                }
                n = n2;
                if (n.n == 1) {
                    acc = bx_combine(B, acc, js_cat(B->a, pre, n.v[0]), &one, drop_empties && !m.post.n);
                    if (!m.post.n) break;
                    str = m.post;
                    continue;
                }
            }
            int drops = drop_empties && !m.post.n && !pre.n;
            for (size_t d = 0; drops && d < acc.n; d++)
                if (acc.v[d].n) drops = 0;
            size_t vlen = 0;
            int stop = 0;
            for (size_t j = 0; j < n.n && !stop; j++) {
                jsvec ex = bx_expand_(B, n.v[j], depth + 1, 0);
                for (size_t k = 0; k < ex.n; k++) {
                    js v = ex.v[k];
                    if (drops && !v.n) continue;
                    if (values.n >= BX_MAX || vlen + v.n > BX_MAX_LENGTH) {
                        stop = 1;
                        break;
                    }
                    jsvec_push(B->a, &values, v);
                    vlen += v.n;
                }
            }
        }
        acc = bx_combine(B, acc, pre, &values, drop_empties && !m.post.n);
        if (!m.post.n) break;
        str = m.post;
    }
    return acc;
}

static js bx_sentinel(arena *a, u16 kind)
{
    u16 *p = aalloc(a, 3 * sizeof(u16));
    p[0] = 0;
    p[1] = kind;
    p[2] = 0;
    js r = { p, 3 };
    return r;
}

/* brace-expansion expand(str) */
jsvec brace_expand(arena *a, js str)
{
    jsvec out = { 0 };
    if (!str.n) return out;
    bexp B;
    B.a = a;
    B.esc_slash = bx_sentinel(a, 0xFDD0);
    B.esc_open = bx_sentinel(a, 0xFDD1);
    B.esc_close = bx_sentinel(a, 0xFDD2);
    B.esc_comma = bx_sentinel(a, 0xFDD3);
    B.esc_period = bx_sentinel(a, 0xFDD4);
    if (js_startsa(str, "{}", 0)) str = js_cat(a, js_a(a, "\\{\\}"), js_sub(str, 2, str.n));
    /* escapeBraces */
    str = js_replace_all_lit(a, str, js_a(a, "\\\\"), B.esc_slash);
    str = js_replace_all_lit(a, str, js_a(a, "\\{"), B.esc_open);
    str = js_replace_all_lit(a, str, js_a(a, "\\}"), B.esc_close);
    str = js_replace_all_lit(a, str, js_a(a, "\\,"), B.esc_comma);
    str = js_replace_all_lit(a, str, js_a(a, "\\."), B.esc_period);
    jsvec r = bx_expand_(&B, str, 0, 1);
    for (size_t i = 0; i < r.n; i++) {
        js s = r.v[i];
        s = js_replace_all_lit(a, s, B.esc_slash, js_a(a, "\\"));
        s = js_replace_all_lit(a, s, B.esc_open, js_a(a, "{"));
        s = js_replace_all_lit(a, s, B.esc_close, js_a(a, "}"));
        s = js_replace_all_lit(a, s, B.esc_comma, js_a(a, ","));
        s = js_replace_all_lit(a, s, B.esc_period, js_a(a, "."));
        jsvec_push(a, &out, s);
    }
    return out;
}
