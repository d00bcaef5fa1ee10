/* path.c - node's posix path functions (normalize, join, resolve, dirname, basename, extname,
 * relative) on byte strings. */
#include "assets_internal.h"

typedef struct {
    char *s;
    size_t n, cap;
} sbuf;

static void sb_reserve(sbuf *b, size_t extra)
{
    if (b->n + extra + 1 <= b->cap) return;
    size_t nc = b->cap ? b->cap * 2 : 64;
    while (nc < b->n + extra + 1) nc *= 2;
    b->s = xrealloc(b->s, nc);
    b->cap = nc;
}

static void sb_putn(sbuf *b, const char *s, size_t n)
{
    sb_reserve(b, n);
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}

static void sb_puts(sbuf *b, const char *s)
{
    sb_putn(b, s, strlen(s));
}

static char *sb_take(sbuf *b)
{
    if (!b->s) return xstrdup("");
    char *s = b->s;
    b->s = NULL;
    b->n = b->cap = 0;
    return s;
}

static size_t sb_lastslash(const sbuf *b)
{
    for (size_t i = b->n; i-- > 0;)
        if (b->s[i] == '/') return i;
    return (size_t)-1;
}

/* node's normalizeString(path, allowAboveRoot, '/') */
static char *normalize_string(const char *path, size_t len, int allow_above_root)
{
    sbuf res = { 0 };
    sb_reserve(&res, len);
    res.s[0] = 0;
    size_t last_seg_len = 0;
    long last_slash = -1;
    int dots = 0;
    int code = 0;
    for (size_t i = 0; i <= len; ++i) {
        if (i < len)
            code = (unsigned char)path[i];
        else if (code == '/')
            break;
        else
            code = '/';
        if (code == '/') {
            if (last_slash == (long)i - 1 || dots == 1) {
                /* NOOP */
            } else if (dots == 2) {
                if (res.n < 2 || last_seg_len != 2 || res.s[res.n - 1] != '.' || res.s[res.n - 2] != '.') {
                    if (res.n > 2) {
                        size_t k = sb_lastslash(&res);
                        if (k == (size_t)-1) {
                            res.n = 0;
                            last_seg_len = 0;
                        } else {
                            res.n = k;
                            size_t k2 = sb_lastslash(&res);
                            last_seg_len = res.n - 1 - (k2 == (size_t)-1 ? (size_t)-1 : k2);
                        }
                        res.s[res.n] = 0;
                        last_slash = (long)i;
                        dots = 0;
                        continue;
                    } else if (res.n != 0) {
                        res.n = 0;
                        res.s[0] = 0;
                        last_seg_len = 0;
                        last_slash = (long)i;
                        dots = 0;
                        continue;
                    }
                }
                if (allow_above_root) {
                    sb_puts(&res, res.n > 0 ? "/.." : "..");
                    last_seg_len = 2;
                }
            } else {
                if (res.n > 0) sb_putn(&res, "/", 1);
                sb_putn(&res, path + last_slash + 1, i - (size_t)(last_slash + 1));
                last_seg_len = i - (size_t)last_slash - 1;
            }
            last_slash = (long)i;
            dots = 0;
        } else if (code == '.' && dots != -1) {
            ++dots;
        } else {
            dots = -1;
        }
    }
    return sb_take(&res);
}

char *path_normalize(const char *p)
{
    size_t len = strlen(p);
    if (len == 0) return xstrdup(".");
    int abs = p[0] == '/';
    int trailing = p[len - 1] == '/';
    char *r = normalize_string(p, len, !abs);
    if (!*r) {
        free(r);
        return xstrdup(abs ? "/" : trailing ? "./" : ".");
    }
    char *o = xasprintf("%s%s%s", abs ? "/" : "", r, trailing ? "/" : "");
    free(r);
    return o;
}

/* a path that normalize leaves as it is: no empty segment (but the root's), no "." or "..", no
 * trailing slash (but the root's own); `seg`: one segment, no slash at all */
static int already_normal(const char *p, size_t n, int seg)
{
    if (n == 0) return 0;
    if (n == 1 && p[0] == '/') return !seg;
    size_t i = p[0] == '/' ? 1 : 0;
    if (i && seg) return 0;
    for (;;) {
        size_t j = i;
        while (j < n && p[j] != '/') j++;
        size_t len = j - i;
        if (len == 0 || (len == 1 && p[i] == '.') || (len == 2 && p[i] == '.' && p[i + 1] == '.')) return 0;
        if (j == n) return 1;
        if (seg) return 0;
        i = j + 1;
    }
}

/* path.join(a, b) */
char *path_join(const char *a, const char *b)
{
    /* the walks join a normalized directory and a directory entry's name ten thousand times on a
     * large app: when neither needs normalizing, the join is the two with a slash between */
    size_t na = strlen(a), nb = strlen(b);
    if (already_normal(a, na, 0) && already_normal(b, nb, 1)) {
        int root = na == 1; /* "/" (a one-character normal path that is not the root is a name) */
        root = root && a[0] == '/';
        char *r = xmalloc(na + nb + 2);
        memcpy(r, a, na);
        size_t k = na;
        if (!root) r[k++] = '/';
        memcpy(r + k, b, nb + 1);
        return r;
    }
    if (!*a && !*b) return xstrdup(".");
    if (!*a) return path_normalize(b);
    if (!*b) return path_normalize(a);
    char *j = xasprintf("%s/%s", a, b);
    char *r = path_normalize(j);
    free(j);
    return r;
}

/* path.resolve(p) / path.resolve(base, p) (base may be NULL) */
char *path_resolve2(const char *base, const char *p)
{
    sbuf acc = { 0 };
    int absolute = 0;
    const char *args[2] = { base, p };
    for (int i = 1; i >= 0 && !absolute; i--) {
        const char *x = args[i];
        if (!x || !*x) continue;
        char *t = xasprintf("%s/%s", x, acc.s ? acc.s : "");
        free(acc.s);
        acc.s = t;
        acc.n = strlen(t);
        acc.cap = acc.n + 1;
        absolute = x[0] == '/';
    }
    if (!absolute) {
        char cwd[PATH_MAX];
        if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "/");
        char *t = xasprintf("%s/%s", cwd, acc.s ? acc.s : "");
        free(acc.s);
        acc.s = t;
        acc.n = strlen(t);
        absolute = cwd[0] == '/';
    }
    char *r = normalize_string(acc.s, acc.n, !absolute);
    free(acc.s);
    char *o = absolute ? xasprintf("/%s", r) : (*r ? xstrdup(r) : xstrdup("."));
    free(r);
    return o;
}

char *path_resolve(const char *p)
{
    return path_resolve2(NULL, p);
}

char *path_dirname(const char *p)
{
    size_t len = strlen(p);
    if (len == 0) return xstrdup(".");
    int has_root = p[0] == '/';
    long end = -1;
    int matched_slash = 1;
    for (size_t i = len - 1; i >= 1; --i) {
        if (p[i] == '/') {
            if (!matched_slash) {
                end = (long)i;
                break;
            }
        } else {
            matched_slash = 0;
        }
    }
    if (end == -1) return xstrdup(has_root ? "/" : ".");
    if (has_root && end == 1) return xstrdup("//");
    return xstrndup(p, (size_t)end);
}

char *path_basename(const char *p)
{
    size_t len = strlen(p);
    size_t start = 0;
    long end = -1;
    int matched_slash = 1;
    for (size_t i = len; i-- > 0;) {
        if (p[i] == '/') {
            if (!matched_slash) {
                start = i + 1;
                break;
            }
        } else if (end == -1) {
            matched_slash = 0;
            end = (long)i + 1;
        }
    }
    if (end == -1) return xstrdup("");
    return xstrndup(p + start, (size_t)end - start);
}

/* path.extname: the extension's offset in p (*at) and its length (0: none). Trailing slashes are not
 * part of it, so it is a span of p, not always a suffix. */
size_t path_extname_at(const char *p, size_t *at)
{
    size_t len = strlen(p);
    long start_dot = -1, end = -1;
    size_t start_part = 0;
    int matched_slash = 1, pre_dot = 0;
    for (size_t i = len; i-- > 0;) {
        char c = p[i];
        if (c == '/') {
            if (!matched_slash) {
                start_part = i + 1;
                break;
            }
            continue;
        }
        if (end == -1) {
            matched_slash = 0;
            end = (long)i + 1;
        }
        if (c == '.') {
            if (start_dot == -1)
                start_dot = (long)i;
            else if (pre_dot != 1)
                pre_dot = 1;
        } else if (start_dot != -1) {
            pre_dot = -1;
        }
    }
    *at = 0;
    if (start_dot == -1 || end == -1 || pre_dot == 0 ||
        (pre_dot == 1 && start_dot == end - 1 && start_dot == (long)start_part + 1))
        return 0;
    *at = (size_t)start_dot;
    return (size_t)(end - start_dot);
}

/* path.relative(from, to) */
char *path_relative(const char *from0, const char *to0)
{
    if (strcmp(from0, to0) == 0) return xstrdup("");
    char *from = path_resolve(from0), *to = path_resolve(to0);
    if (strcmp(from, to) == 0) {
        free(from);
        free(to);
        return xstrdup("");
    }
    size_t from_start = 1, from_end = strlen(from), from_len = from_end - from_start;
    size_t to_start = 1, to_len = strlen(to) - to_start;
    size_t length = from_len < to_len ? from_len : to_len;
    long last_common = -1;
    size_t i = 0;
    for (; i < length; i++) {
        char fc = from[from_start + i];
        if (fc != to[to_start + i]) break;
        if (fc == '/') last_common = (long)i;
    }
    char *res = NULL;
    if (i == length) {
        if (to_len > length) {
            if (to[to_start + i] == '/') res = xstrdup(to + to_start + i + 1);
            else if (i == 0) res = xstrdup(to + to_start + i);
        } else if (from_len > length) {
            if (from[from_start + i] == '/') last_common = (long)i;
            else if (i == 0) last_common = 0;
        }
    }
    if (!res) {
        sbuf out = { 0 };
        for (i = from_start + (size_t)(last_common + 1); i <= from_end; ++i) {
            if (i == from_end || from[i] == '/') sb_puts(&out, out.n == 0 ? ".." : "/..");
        }
        sb_puts(&out, to + (size_t)((long)to_start + last_common));
        res = sb_take(&out);
    }
    free(from);
    free(to);
    return res;
}
