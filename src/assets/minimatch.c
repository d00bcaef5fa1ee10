/* minimatch.c - minimatch 10 (options aws-cdk-lib uses: matchBase, flipNegate): glob patterns
 * compiled into JavaScript regular expressions, for IgnoreMode.GLOB. */
#include "assets_internal.h"

/* ---- unescape / regExpEscape ---------------------------------------- */

static js rep_cap12(arena *a, void *ud, js s, const long *caps, int ng)
{
    (void)ud;
    (void)ng;
    return js_cat(a, re_cap(s, caps, 1, NULL), re_cap(s, caps, 2, NULL));
}

static js rep_cap1(arena *a, void *ud, js s, const long *caps, int ng)
{
    (void)a;
    (void)ud;
    (void)ng;
    return re_cap(s, caps, 1, NULL);
}

/* minimatch unescape(s) (magicalBraces: true, windowsPathsNoEscape: false) */
static js mm_unescape(arena *a, js s)
{
    const consts_t *C = consts();
    s = jsre_replace(a, C->unesc1, 1, s, rep_cap12, NULL);
    return jsre_replace(a, C->unesc2, 1, s, rep_cap1, NULL);
}

/* s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&') */
static void mm_re_escape_into(jsb *b, js s)
{
    for (size_t i = 0; i < s.n; i++) {
        u16 c = s.s[i];
        if (c == '-' || c == '[' || c == ']' || c == '{' || c == '}' || c == '(' || c == ')' || c == '*' ||
            c == '+' || c == '?' || c == '.' || c == ',' || c == '\\' || c == '^' || c == '$' || c == '|' ||
            c == '#' || js_is_space(c))
            jsb_putc(b, '\\');
        jsb_putc(b, c);
    }
}

/* s.replace(/[[\]\\-]/g, '\\$&') */
static void mm_brace_escape_into(jsb *b, js s)
{
    for (size_t i = 0; i < s.n; i++) {
        u16 c = s.s[i];
        if (c == '[' || c == ']' || c == '\\' || c == '-') jsb_putc(b, '\\');
        jsb_putc(b, c);
    }
}

/* ---- brace-expressions.js parseClass --------------------------------- */

typedef struct {
    js src;
    int uflag;
    size_t consumed;
    int magic;
} pclass_res;

static const struct {
    const char *cls, *unip;
    int u, neg;
} POSIX_CLASSES[] = {
    { "[:alnum:]", "\\p{L}\\p{Nl}\\p{Nd}", 1, 0 },
    { "[:alpha:]", "\\p{L}\\p{Nl}", 1, 0 },
    { "[:ascii:]", "\\x00-\\x7f", 0, 0 },
    { "[:blank:]", "\\p{Zs}\\t", 1, 0 },
    { "[:cntrl:]", "\\p{Cc}", 1, 0 },
    { "[:digit:]", "\\p{Nd}", 1, 0 },
    { "[:graph:]", "\\p{Z}\\p{C}", 1, 1 },
    { "[:lower:]", "\\p{Ll}", 1, 0 },
    { "[:print:]", "\\p{C}", 1, 0 },
    { "[:punct:]", "\\p{P}", 1, 0 },
    { "[:space:]", "\\p{Z}\\t\\r\\n\\v\\f", 1, 0 },
    { "[:upper:]", "\\p{Lu}", 1, 0 },
    { "[:word:]", "\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", 1, 0 },
    { "[:xdigit:]", "A-Fa-f0-9", 0, 0 },
};

static pclass_res mm_parse_class(arena *a, js glob, size_t position)
{
    pclass_res R = { JS_EMPTY, 0, 0, 0 };
    size_t pos = position;
    jsvec ranges = { 0 }, negs = { 0 };
    size_t i = pos + 1;
    int saw_start = 0, uflag = 0, escaping = 0, negate = 0;
    size_t end_pos = pos;
    int have_range_start = 0;
    u16 range_start = 0;
    while (i < glob.n) {
        u16 c = glob.s[i];
        if ((c == '!' || c == '^') && i == pos + 1) {
            negate = 1;
            i++;
            continue;
        }
        if (c == ']' && saw_start && !escaping) {
            end_pos = i + 1;
            break;
        }
        saw_start = 1;
        if (c == '\\') {
            if (!escaping) {
                escaping = 1;
                i++;
                continue;
            }
        }
        if (c == '[' && !escaping) {
            int matched = 0;
            for (size_t k = 0; k < sizeof POSIX_CLASSES / sizeof POSIX_CLASSES[0]; k++) {
                if (js_startsa(glob, POSIX_CLASSES[k].cls, i)) {
                    if (have_range_start) {
                        R.src = js_a(a, "$.");
                        R.consumed = glob.n - pos;
                        R.magic = 1;
                        return R;
                    }
                    i += strlen(POSIX_CLASSES[k].cls);
                    if (POSIX_CLASSES[k].neg)
                        jsvec_push(a, &negs, js_a(a, POSIX_CLASSES[k].unip));
                    else
                        jsvec_push(a, &ranges, js_a(a, POSIX_CLASSES[k].unip));
                    uflag = uflag || POSIX_CLASSES[k].u;
                    matched = 1;
                    break;
                }
            }
            if (matched) continue;
        }
        escaping = 0;
        if (have_range_start) {
            if (c > range_start) {
                jsb b;
                jsb_init(&b, a);
                js x = { &range_start, 1 }, y = { &glob.s[i], 1 };
                mm_brace_escape_into(&b, x);
                jsb_putc(&b, '-');
                mm_brace_escape_into(&b, y);
                jsvec_push(a, &ranges, jsb_js(&b));
            } else if (c == range_start) {
                jsb b;
                jsb_init(&b, a);
                js y = { &glob.s[i], 1 };
                mm_brace_escape_into(&b, y);
                jsvec_push(a, &ranges, jsb_js(&b));
            }
            have_range_start = 0;
            i++;
            continue;
        }
        if (js_startsa(glob, "-]", i + 1)) {
            jsb b;
            jsb_init(&b, a);
            js y = { &glob.s[i], 1 };
            mm_brace_escape_into(&b, y);
            jsb_puta(&b, "\\-");
            jsvec_push(a, &ranges, jsb_js(&b));
            i += 2;
            continue;
        }
        if (js_startsa(glob, "-", i + 1)) {
            range_start = c;
            have_range_start = 1;
            i += 2;
            continue;
        }
        {
            jsb b;
            jsb_init(&b, a);
            js y = { &glob.s[i], 1 };
            mm_brace_escape_into(&b, y);
            jsvec_push(a, &ranges, jsb_js(&b));
        }
        i++;
    }
    if (end_pos < i) return R; /* ['', false, 0, false] */
    if (!ranges.n && !negs.n) {
        R.src = js_a(a, "$.");
        R.consumed = glob.n - pos;
        R.magic = 1;
        return R;
    }
    /* /^\\?.$/.test(ranges[0]) */
    if (negs.n == 0 && ranges.n == 1 && !negate) {
        js r0 = ranges.v[0];
        int single = (r0.n == 1 && !re_is_lt(r0.s[0])) || (r0.n == 2 && r0.s[0] == '\\' && !re_is_lt(r0.s[1]));
        if (single) {
            js r = r0.n == 2 ? js_sub(r0, 1, 2) : r0;
            jsb b;
            jsb_init(&b, a);
            mm_re_escape_into(&b, r);
            R.src = jsb_js(&b);
            R.uflag = 0;
            R.consumed = end_pos - pos;
            R.magic = 0;
            return R;
        }
    }
    jsb sr, sn;
    jsb_init(&sr, a);
    jsb_init(&sn, a);
    jsb_putc(&sr, '[');
    if (negate) jsb_putc(&sr, '^');
    for (size_t k = 0; k < ranges.n; k++) jsb_put(&sr, ranges.v[k]);
    jsb_putc(&sr, ']');
    jsb_putc(&sn, '[');
    if (!negate) jsb_putc(&sn, '^');
    for (size_t k = 0; k < negs.n; k++) jsb_put(&sn, negs.v[k]);
    jsb_putc(&sn, ']');
    if (ranges.n && negs.n) {
        jsb c;
        jsb_init(&c, a);
        jsb_putc(&c, '(');
        jsb_put(&c, jsb_js(&sr));
        jsb_putc(&c, '|');
        jsb_put(&c, jsb_js(&sn));
        jsb_putc(&c, ')');
        R.src = jsb_js(&c);
    } else if (ranges.n) {
        R.src = jsb_js(&sr);
    } else {
        R.src = jsb_js(&sn);
    }
    R.uflag = uflag;
    R.consumed = end_pos - pos;
    R.magic = 1;
    return R;
}

/* ---- ast.js ------------------------------------------------------------ */

typedef struct mast mast;
typedef struct {
    js str;
    mast *node; /* NULL: a string part */
} mpart;

struct mast {
    int type; /* 0 (null) or one of ! ? + * @ */
    mast *root, *parent;
    int has_magic; /* -1 undefined, 0, 1 */
    int uflag;
    mpart *parts;
    size_t nparts, capparts;
    size_t parent_index;
    /* root only */
    mast **negs;
    size_t nnegs, capnegs;
    int filled_negs;
    /* toString cache */
    int has_tostr;
    js tostr;
    int empty_ext;
};

typedef struct {
    arena *a;
    char **err;
    int failed;
    int depth;
} mctx;

/* node would throw RangeError on absurd nesting; we refuse before the C stack does */
#define MM_MAX_NESTING 2000

static int mm_is_ext_type(u16 c)
{
    return c == '!' || c == '?' || c == '+' || c == '*' || c == '@';
}

static mast *mast_new(mctx *X, int type, mast *parent)
{
    mast *x = azalloc(X->a, sizeof *x);
    x->type = type;
    x->has_magic = type ? 1 : -1;
    x->parent = parent;
    x->root = parent ? parent->root : x;
    if (type == '!' && !x->root->filled_negs) AVEC_PUSH(X->a, x->root->negs, x->root->nnegs, x->root->capnegs, x);
    x->parent_index = parent ? parent->nparts : 0;
    return x;
}

static void mast_push_str(mctx *X, mast *x, js s)
{
    if (!s.n) return;
    mpart p = { s, NULL };
    AVEC_PUSH(X->a, x->parts, x->nparts, x->capparts, p);
}

static void mast_push_node(mctx *X, mast *x, mast *n)
{
    mpart p = { JS_EMPTY, n };
    AVEC_PUSH(X->a, x->parts, x->nparts, x->capparts, p);
}

static js mast_tostring(mctx *X, mast *x)
{
    if (x->has_tostr) return x->tostr;
    jsb b;
    jsb_init(&b, X->a);
    if (x->type) {
        jsb_putc(&b, (u16)x->type);
        jsb_putc(&b, '(');
    }
    for (size_t i = 0; i < x->nparts; i++) {
        if (x->type && i) jsb_putc(&b, '|');
        if (x->parts[i].node)
            jsb_put(&b, mast_tostring(X, x->parts[i].node));
        else
            jsb_put(&b, x->parts[i].str);
    }
    if (x->type) jsb_putc(&b, ')');
    x->tostr = jsb_js(&b);
    x->has_tostr = 1;
    return x->tostr;
}

static mast *mast_clone(mctx *X, mast *x, mast *parent);

static void mast_copy_in(mctx *X, mast *x, mpart part)
{
    if (!part.node)
        mast_push_str(X, x, part.str);
    else
        mast_push_node(X, x, mast_clone(X, part.node, x));
}

static mast *mast_clone(mctx *X, mast *x, mast *parent)
{
    mast *c = mast_new(X, x->type, parent);
    for (size_t i = 0; i < x->nparts; i++) mast_copy_in(X, c, x->parts[i]);
    return c;
}

static void mast_fill_negs(mctx *X, mast *root)
{
    if (root->filled_negs) return;
    mast_tostring(X, root);
    root->filled_negs = 1;
    while (root->nnegs) {
        mast *n = root->negs[--root->nnegs];
        if (n->type != '!') continue;
        mast *p = n, *pp = p->parent;
        while (pp) {
            for (size_t i = p->parent_index + 1; !pp->type && i < pp->nparts; i++) {
                for (size_t j = 0; j < n->nparts; j++) {
                    mast *part = n->parts[j].node;
                    if (!part) {
                        X->failed = 1;
                        fail(X->err, "string part in extglob AST??");
                        return;
                    }
                    mast_copy_in(X, part, pp->parts[i]);
                }
            }
            p = pp;
            pp = p->parent;
        }
    }
}

static int mast_is_start(mast *x)
{
    if (x->root == x) return 1;
    if (!x->parent || !mast_is_start(x->parent)) return 0;
    if (x->parent_index == 0) return 1;
    mast *p = x->parent;
    for (size_t i = 0; i < x->parent_index; i++) {
        if (i >= p->nparts) return 0; /* p.#parts[i] undefined: not an AST */
        mast *pp = p->parts[i].node;
        if (!(pp && pp->type == '!')) return 0;
    }
    return 1;
}

static int mast_is_end(mast *x)
{
    if (x->root == x) return 1;
    if (x->parent && x->parent->type == '!') return 1;
    if (!x->parent || !mast_is_end(x->parent)) return 0;
    if (!x->type) return mast_is_end(x->parent);
    size_t pl = x->parent ? x->parent->nparts : 0;
    return x->parent_index == pl - 1;
}

/* adoption maps */
static int mm_map_has(const char *const *map, int type, int c)
{
    /* map: strings "T:chars" */
    for (size_t i = 0; map[i]; i++)
        if (map[i][0] == type) return c > 0 && c < 128 && strchr(map[i] + 2, c) != NULL;
    return 0;
}
static const char *const ADOPTION_MAP[] = { "!:@", "?:?@", "@:@", "*:*+?@", "+:+@", NULL };
static const char *const ADOPTION_WITH_SPACE_MAP[] = { "!:?", "@:?", "+:?*", NULL };
static const char *const ADOPTION_ANY_MAP[] = { "!:?@", "?:?@", "@:?@", "*:*+?@", "+:+@?*", NULL };

static int mast_can_adopt_type(mast *x, int c, const char *const *map)
{
    return mm_map_has(map, x->type, c);
}

static int mast_can_adopt(mast *x, mpart child, const char *const *map)
{
    mast *ch = child.node;
    if (!ch || ch->type != 0 || ch->nparts != 1 || x->type == 0) return 0;
    mast *gc = ch->parts[0].node;
    if (!gc || gc->type == 0) return 0;
    return mast_can_adopt_type(x, gc->type, map);
}

static void mast_adopt(mctx *X, mast *x, mast *child, size_t index)
{
    mast *gc = child->parts[0].node;
    size_t add = gc->nparts;
    /* splice(index, 1, ...gc.parts) */
    size_t nn = x->nparts - 1 + add;
    mpart *np = aalloc(X->a, (nn ? nn : 1) * sizeof *np);
    memcpy(np, x->parts, index * sizeof *np);
    memcpy(np + index, gc->parts, add * sizeof *np);
    memcpy(np + index + add, x->parts + index + 1, (x->nparts - index - 1) * sizeof *np);
    x->parts = np;
    x->nparts = x->capparts = nn;
    for (size_t i = 0; i < gc->nparts; i++)
        if (gc->parts[i].node) gc->parts[i].node->parent = x;
    x->has_tostr = 0;
}

static void mast_adopt_with_space(mctx *X, mast *x, mast *child, size_t index)
{
    mast *gc = child->parts[0].node;
    mast *blank = mast_new(X, 0, gc);
    mpart e = { JS_EMPTY, NULL };
    AVEC_PUSH(X->a, blank->parts, blank->nparts, blank->capparts, e); /* #parts.push('') */
    mast_push_node(X, gc, blank);
    mast_adopt(X, x, child, index);
}

static int mast_can_usurp_type(int parent_type, int c, int *nt)
{
    /* usurpMap */
    int r = 0;
    switch (parent_type) {
    case '!': if (c == '!') r = '@'; break;
    case '?': if (c == '*' || c == '+') r = '*'; break;
    case '@': if (c == '!' || c == '?' || c == '@' || c == '*' || c == '+') r = c; break;
    case '+': if (c == '?' || c == '*') r = '*'; break;
    default: break;
    }
    if (nt) *nt = r;
    return r != 0;
}

static int mast_can_usurp(mast *x, mpart child)
{
    mast *ch = child.node;
    if (!ch || ch->type != 0 || ch->nparts != 1 || x->type == 0 || x->nparts != 1) return 0;
    mast *gc = ch->parts[0].node;
    if (!gc || gc->type == 0) return 0;
    return mast_can_usurp_type(x->type, gc->type, NULL);
}

static void mast_usurp(mast *x, mast *child)
{
    mast *gc = child->parts[0].node;
    int nt;
    if (!mast_can_usurp_type(x->type, gc->type, &nt)) return;
    x->parts = gc->parts;
    x->nparts = gc->nparts;
    x->capparts = gc->capparts;
    for (size_t i = 0; i < x->nparts; i++)
        if (x->parts[i].node) x->parts[i].node->parent = x;
    x->type = nt;
    x->has_tostr = 0;
    x->empty_ext = 0;
}

static void mast_flatten(mctx *X, mast *x)
{
    if (!x->type) {
        for (size_t i = 0; i < x->nparts; i++)
            if (x->parts[i].node) mast_flatten(X, x->parts[i].node);
    } else {
        int iterations = 0, done;
        do {
            done = 1;
            for (size_t i = 0; i < x->nparts; i++) {
                mast *c = x->parts[i].node;
                if (c) {
                    mast_flatten(X, c);
                    if (mast_can_adopt(x, x->parts[i], ADOPTION_MAP)) {
                        done = 0;
                        mast_adopt(X, x, c, i);
                    } else if (mast_can_adopt(x, x->parts[i], ADOPTION_WITH_SPACE_MAP)) {
                        done = 0;
                        mast_adopt_with_space(X, x, c, i);
                    } else if (mast_can_usurp(x, x->parts[i])) {
                        done = 0;
                        mast_usurp(x, c);
                    }
                }
            }
        } while (!done && ++iterations < 10);
    }
    x->has_tostr = 0;
}

#define MM_MAX_EXTGLOB_RECURSION 2

/* AST#parseAST's scan: an escape and everything inside [...] are taken literally. Returns 1 when
 * c (at index i - 1) is such a character; the state is the scan's. */
static int mast_literal(u16 c, size_t i, int *escaping, int *in_brace, int *brace_neg, size_t *brace_start)
{
    if (*escaping || c == '\\') {
        *escaping = !*escaping;
        return 1;
    }
    if (*in_brace) {
        if (i == *brace_start + 1) {
            if (c == '^' || c == '!') *brace_neg = 1;
        } else if (c == ']' && !(i == *brace_start + 2 && *brace_neg)) {
            *in_brace = 0;
        }
        return 1;
    }
    if (c == '[') {
        *in_brace = 1;
        *brace_start = i;
        *brace_neg = 0;
        return 1;
    }
    return 0;
}

static size_t mast_parse(mctx *X, js str, mast *ast, size_t pos, int ext_depth)
{
    int escaping = 0, in_brace = 0, brace_neg = 0;
    size_t brace_start = (size_t)-1;
    if (ast->type == 0) {
        size_t i = pos;
        jsb acc;
        jsb_init(&acc, X->a);
        while (i < str.n) {
            u16 c = str.s[i++];
            if (mast_literal(c, i, &escaping, &in_brace, &brace_neg, &brace_start)) {
                jsb_putc(&acc, c);
                continue;
            }
            int do_recurse = mm_is_ext_type(c) && i < str.n && str.s[i] == '(' &&
                             ext_depth <= MM_MAX_EXTGLOB_RECURSION;
            if (do_recurse) {
                mast_push_str(X, ast, jsb_js(&acc));
                jsb_init(&acc, X->a);
                mast *ext = mast_new(X, c, ast);
                if (++X->depth > MM_MAX_NESTING) {
                    X->failed = 1;
                    fail(X->err, "Maximum call stack size exceeded");
                    return str.n;
                }
                i = mast_parse(X, str, ext, i, ext_depth + 1);
                X->depth--;
                mast_push_node(X, ast, ext);
                continue;
            }
            jsb_putc(&acc, c);
        }
        mast_push_str(X, ast, jsb_js(&acc));
        return i;
    }
    /* an extglob; pos is at the '(' */
    size_t i = pos + 1;
    mast *part = mast_new(X, 0, ast);
    mast **parts = NULL;
    size_t nparts = 0, capparts = 0;
    jsb acc;
    jsb_init(&acc, X->a);
    while (i < str.n) {
        u16 c = str.s[i++];
        if (mast_literal(c, i, &escaping, &in_brace, &brace_neg, &brace_start)) {
            jsb_putc(&acc, c);
            continue;
        }
        int do_recurse = mm_is_ext_type(c) && i < str.n && str.s[i] == '(' &&
                         (ext_depth <= MM_MAX_EXTGLOB_RECURSION || mast_can_adopt_type(ast, c, ADOPTION_ANY_MAP));
        if (do_recurse) {
            int depth_add = mast_can_adopt_type(ast, c, ADOPTION_ANY_MAP) ? 0 : 1;
            mast_push_str(X, part, jsb_js(&acc));
            jsb_init(&acc, X->a);
            mast *ext = mast_new(X, c, part);
            mast_push_node(X, part, ext);
            if (++X->depth > MM_MAX_NESTING) {
                X->failed = 1;
                fail(X->err, "Maximum call stack size exceeded");
                return str.n;
            }
            i = mast_parse(X, str, ext, i, ext_depth + depth_add);
            X->depth--;
            continue;
        }
        if (c == '|') {
            mast_push_str(X, part, jsb_js(&acc));
            jsb_init(&acc, X->a);
            AVEC_PUSH(X->a, parts, nparts, capparts, part);
            part = mast_new(X, 0, ast);
            continue;
        }
        if (c == ')') {
            if (acc.n == 0 && ast->nparts == 0) ast->empty_ext = 1;
            mast_push_str(X, part, jsb_js(&acc));
            jsb_init(&acc, X->a);
            for (size_t k = 0; k < nparts; k++) mast_push_node(X, ast, parts[k]);
            mast_push_node(X, ast, part);
            return i;
        }
        jsb_putc(&acc, c);
    }
    /* unfinished extglob: becomes a literal */
    ast->type = 0;
    ast->has_magic = -1;
    ast->parts = NULL;
    ast->nparts = ast->capparts = 0;
    mast_push_str(X, ast, js_sub(str, pos - 1, str.n));
    return i;
}

typedef struct {
    js re, body;
    int has_magic, uflag;
} rsrc;

static const char *const MM_QMARK = "[^/]";
static const char *const MM_STAR = "[^/]*?";
static const char *const MM_STAR_NO_EMPTY = "[^/]+?";
static const char *const MM_START_NO_TRAVERSAL = "(?!(?:^|/)\\.\\.?(?:$|/))";
static const char *const MM_START_NO_DOT = "(?!\\.)";

/* AST.#parseGlob */
static rsrc mm_parse_glob(mctx *X, js glob, int has_magic, int no_empty)
{
    int escaping = 0, uflag = 0, in_star = 0;
    jsb re;
    jsb_init(&re, X->a);
    int all_stars = glob.n > 0;
    for (size_t k = 0; k < glob.n; k++)
        if (glob.s[k] != '*') all_stars = 0;
    for (size_t i = 0; i < glob.n; i++) {
        u16 c = glob.s[i];
        if (escaping) {
            escaping = 0;
            if (c < 128 && c && strchr("().*{}+?[]^$\\!", c)) jsb_putc(&re, '\\');
            jsb_putc(&re, c);
            continue;
        }
        if (c == '*') {
            if (in_star) continue;
            in_star = 1;
            jsb_puta(&re, no_empty && all_stars ? MM_STAR_NO_EMPTY : MM_STAR);
            has_magic = 1;
            continue;
        } else {
            in_star = 0;
        }
        if (c == '\\') {
            if (i == glob.n - 1)
                jsb_puta(&re, "\\\\");
            else
                escaping = 1;
            continue;
        }
        if (c == '[') {
            pclass_res pc = mm_parse_class(X->a, glob, i);
            if (pc.consumed) {
                jsb_put(&re, pc.src);
                uflag = uflag || pc.uflag;
                i += pc.consumed - 1;
                has_magic = has_magic || pc.magic;
                continue;
            }
        }
        if (c == '?') {
            jsb_puta(&re, MM_QMARK);
            has_magic = 1;
            continue;
        }
        js one = { &glob.s[i], 1 };
        mm_re_escape_into(&re, one);
    }
    rsrc r;
    r.re = jsb_js(&re);
    r.body = mm_unescape(X->a, glob);
    r.has_magic = !!has_magic;
    r.uflag = uflag;
    return r;
}

static rsrc mast_to_re(mctx *X, mast *x, int allow_dot /* -1 undefined */);

static js mast_parts_to_re(mctx *X, mast *x, int dot)
{
    jsb b;
    jsb_init(&b, X->a);
    int first = 1;
    int se = mast_is_start(x) && mast_is_end(x);
    for (size_t i = 0; i < x->nparts; i++) {
        mast *p = x->parts[i].node;
        if (!p) {
            X->failed = 1;
            fail(X->err, "string type in extglob ast??");
            return JS_EMPTY;
        }
        rsrc r = mast_to_re(X, p, dot);
        x->uflag = x->uflag || r.uflag;
        if (se && !r.re.n) continue;
        if (!first) jsb_putc(&b, '|');
        jsb_put(&b, r.re);
        first = 0;
    }
    return jsb_js(&b);
}

static rsrc mast_to_re(mctx *X, mast *x, int allow_dot)
{
    int dot = allow_dot < 0 ? 0 : allow_dot; /* allowDot ?? !!options.dot */
    rsrc R = { JS_EMPTY, JS_EMPTY, 0, 0 };
    if (x->root == x) {
        mast_flatten(X, x);
        mast_fill_negs(X, x);
        if (X->failed) return R;
    }
    if (x->type == 0) {
        int no_empty = mast_is_start(x) && mast_is_end(x);
        for (size_t i = 0; i < x->nparts && no_empty; i++)
            if (x->parts[i].node) no_empty = 0;
        jsb src;
        jsb_init(&src, X->a);
        for (size_t i = 0; i < x->nparts; i++) {
            rsrc r;
            if (!x->parts[i].node)
                r = mm_parse_glob(X, x->parts[i].str, x->has_magic == 1, no_empty);
            else
                r = mast_to_re(X, x->parts[i].node, allow_dot);
            if (X->failed) return R;
            x->has_magic = (x->has_magic == 1) ? 1 : r.has_magic;
            x->uflag = x->uflag || r.uflag;
            jsb_put(&src, r.re);
        }
        js s = jsb_js(&src);
        const char *start = "";
        if (mast_is_start(x)) {
            if (x->nparts > 0 && !x->parts[0].node) {
                js p0 = x->parts[0].str;
                int dot_trav_allowed = x->nparts == 1 && (js_eqa(p0, "..") || js_eqa(p0, "."));
                if (!dot_trav_allowed) {
#define APS(ch) ((ch) == '[' || (ch) == '.')
                    u16 c0 = s.n > 0 ? s.s[0] : 0, c2 = s.n > 2 ? s.s[2] : 0, c4 = s.n > 4 ? s.s[4] : 0;
                    int need_no_trav = (dot && s.n > 0 && APS(c0)) ||
                                       (js_startsa(s, "\\.", 0) && s.n > 2 && APS(c2)) ||
                                       (js_startsa(s, "\\.\\.", 0) && s.n > 4 && APS(c4));
                    int need_no_dot = !dot && allow_dot <= 0 && s.n > 0 && APS(c0);
#undef APS
                    start = need_no_trav ? MM_START_NO_TRAVERSAL : need_no_dot ? MM_START_NO_DOT : "";
                }
            }
        }
        const char *end = "";
        if (mast_is_end(x) && x->root->filled_negs && x->parent && x->parent->type == '!') end = "(?:$|\\/)";
        jsb fin;
        jsb_init(&fin, X->a);
        jsb_puta(&fin, start);
        jsb_put(&fin, s);
        jsb_puta(&fin, end);
        R.re = jsb_js(&fin);
        R.body = mm_unescape(X->a, s);
        x->has_magic = x->has_magic == 1;
        R.has_magic = x->has_magic;
        R.uflag = x->uflag;
        return R;
    }
    /* an extglob */
    int repeated = x->type == '*' || x->type == '+';
    const char *start = x->type == '!' ? "(?:(?!(?:" : "(?:";
    js body = mast_parts_to_re(X, x, dot);
    if (X->failed) return R;
    if (mast_is_start(x) && mast_is_end(x) && !body.n && x->type != '!') {
        js s = mast_tostring(X, x);
        x->parts = NULL;
        x->nparts = x->capparts = 0;
        mpart sp = { s, NULL };
        AVEC_PUSH(X->a, x->parts, x->nparts, x->capparts, sp);
        x->type = 0;
        x->has_magic = -1;
        R.re = s;
        R.body = mm_unescape(X->a, mast_tostring(X, x));
        R.has_magic = 0;
        R.uflag = 0;
        return R;
    }
    js body_dot_allowed = JS_EMPTY;
    if (!(!repeated || allow_dot > 0 || dot)) {
        body_dot_allowed = mast_parts_to_re(X, x, 1);
        if (X->failed) return R;
    }
    if (js_eq(body_dot_allowed, body)) body_dot_allowed = JS_EMPTY;
    if (body_dot_allowed.n) {
        jsb b;
        jsb_init(&b, X->a);
        jsb_puta(&b, "(?:");
        jsb_put(&b, body);
        jsb_puta(&b, ")(?:");
        jsb_put(&b, body_dot_allowed);
        jsb_puta(&b, ")*?");
        body = jsb_js(&b);
    }
    jsb fin;
    jsb_init(&fin, X->a);
    if (x->type == '!' && x->empty_ext) {
        if (mast_is_start(x) && !dot) jsb_puta(&fin, MM_START_NO_DOT);
        jsb_puta(&fin, MM_STAR_NO_EMPTY);
    } else {
        jsb_puta(&fin, start);
        jsb_put(&fin, body);
        if (x->type == '!') {
            jsb_puta(&fin, "))");
            if (mast_is_start(x) && !dot && allow_dot <= 0) jsb_puta(&fin, MM_START_NO_DOT);
            jsb_puta(&fin, MM_STAR);
            jsb_puta(&fin, ")");
        } else if (x->type == '@') {
            jsb_puta(&fin, ")");
        } else if (x->type == '?') {
            jsb_puta(&fin, ")?");
        } else if (x->type == '+' && body_dot_allowed.n) {
            jsb_puta(&fin, ")");
        } else if (x->type == '*' && body_dot_allowed.n) {
            jsb_puta(&fin, ")?");
        } else {
            jsb_putc(&fin, ')');
            jsb_putc(&fin, (u16)x->type);
        }
    }
    R.re = jsb_js(&fin);
    R.body = mm_unescape(X->a, body);
    x->has_magic = x->has_magic == 1;
    R.has_magic = x->has_magic;
    R.uflag = x->uflag;
    return R;
}

/* ---- Minimatch ------------------------------------------------------------ */

enum { MMP_STR, MMP_GLOBSTAR, MMP_RE };
enum { FT_NONE, FT_STAR, FT_STAR_DOT_EXT, FT_QMARKS, FT_STAR_DOT_STAR, FT_DOT_STAR };

#define MM_MAX_PATTERN_LENGTH (1024 * 64)
#define MM_MAX_GLOBSTAR_RECURSION 200

static int mm_parse_part(mctx *X, js pattern, mmpart *out)
{
    memset(out, 0, sizeof *out);
    if (pattern.n > MM_MAX_PATTERN_LENGTH) return fail(X->err, "pattern is too long");
    if (js_eqa(pattern, "**")) {
        out->kind = MMP_GLOBSTAR;
        return 0;
    }
    if (!pattern.n) {
        out->kind = MMP_STR;
        out->str = JS_EMPTY;
        return 0;
    }
    const consts_t *C = consts();
    long caps[6];
    int fast = FT_NONE;
    js ext = JS_EMPTY;
    size_t qlen = 0;
    if (jsre_exec(C->star_re, pattern, 0, caps)) {
        fast = FT_STAR;
    } else if (jsre_exec(C->star_dot_ext_re, pattern, 0, caps)) {
        fast = FT_STAR_DOT_EXT;
        ext = re_cap(pattern, caps, 1, NULL);
    } else if (jsre_exec(C->qmarks_re, pattern, 0, caps)) {
        fast = FT_QMARKS;
        ext = re_cap(pattern, caps, 1, NULL);
        qlen = (size_t)(caps[1] - caps[0]);
    } else if (jsre_exec(C->star_dot_star_re, pattern, 0, caps)) {
        fast = FT_STAR_DOT_STAR;
    } else if (jsre_exec(C->dot_star_re, pattern, 0, caps)) {
        fast = FT_DOT_STAR;
    }
    /* AST.fromGlob(pattern).toMMPattern() */
    mast *root = mast_new(X, 0, NULL);
    mast_parse(X, pattern, root, 0, 0);
    if (X->failed) return -1;
    js glob = mast_tostring(X, root);
    (void)glob;
    rsrc r = mast_to_re(X, root, -1);
    if (X->failed) return -1;
    int any_magic = r.has_magic || root->has_magic == 1;
    if (!any_magic) {
        out->kind = MMP_STR;
        out->str = r.body;
        return 0;
    }
    jsb b;
    jsb_init(&b, X->a);
    jsb_putc(&b, '^');
    jsb_put(&b, r.re);
    jsb_putc(&b, '$');
    jsre *re = jsre_compile(X->a, jsb_js(&b), r.uflag ? "u" : "", X->err);
    if (!re) return -1;
    out->kind = MMP_RE;
    out->re = re;
    out->fast = fast;
    out->ext = ext;
    out->qlen = qlen;
    return 0;
}

/* Minimatch constructor. Returns 0, or -1 with *err. */
int mm_compile(arena *a, js pattern, minimatch_t *mm, char **err)
{
    memset(mm, 0, sizeof *mm);
    mctx X = { a, err, 0, 0 };
    if (pattern.n > MM_MAX_PATTERN_LENGTH) return fail(err, "pattern is too long");
    if (pattern.n && pattern.s[0] == '#') {
        mm->comment = 1;
        return 0;
    }
    if (!pattern.n) {
        mm->empty = 1;
        return 0;
    }
    /* parseNegate */
    size_t off = 0;
    while (off < pattern.n && pattern.s[off] == '!') {
        mm->negate = !mm->negate;
        off++;
    }
    pattern = js_sub(pattern, off, pattern.n);
    /* braceExpand */
    jsvec gs;
    if (!jsre_test(consts()->brace_test, pattern)) {
        gs.v = NULL;
        gs.n = gs.cap = 0;
        jsvec_push(a, &gs, pattern);
    } else {
        gs = brace_expand(a, pattern);
    }
    /* new Set(...) */
    jsvec uniq = { 0 };
    for (size_t i = 0; i < gs.n; i++) {
        int dup = 0;
        for (size_t j = 0; j < uniq.n && !dup; j++) dup = js_eq(uniq.v[j], gs.v[i]);
        if (!dup) jsvec_push(a, &uniq, gs.v[i]);
    }
    mm->set = azalloc(a, (uniq.n ? uniq.n : 1) * sizeof *mm->set);
    mm->nset = uniq.n;
    for (size_t s = 0; s < uniq.n; s++) {
        jsvec raw = js_split_slashes(a, uniq.v[s]);
        /* levelOneOptimize */
        jsvec parts = { 0 };
        for (size_t i = 0; i < raw.n; i++) {
            js part = raw.v[i];
            js *prev = parts.n ? &parts.v[parts.n - 1] : NULL;
            if (js_eqa(part, "**") && prev && js_eqa(*prev, "**")) continue;
            if (js_eqa(part, "..")) {
                if (prev && prev->n && !js_eqa(*prev, "..") && !js_eqa(*prev, ".") && !js_eqa(*prev, "**")) {
                    parts.n--;
                    continue;
                }
            }
            jsvec_push(a, &parts, part);
        }
        if (parts.n == 0) jsvec_push(a, &parts, JS_EMPTY);
        mmpat *pat = &mm->set[s];
        pat->p = azalloc(a, parts.n * sizeof *pat->p);
        pat->n = parts.n;
        for (size_t i = 0; i < parts.n; i++)
            if (mm_parse_part(&X, parts.v[i], &pat->p[i]) < 0) return -1;
    }
    return 0;
}

static int mm_starts_dot(js f)
{
    return f.n > 0 && f.s[0] == '.';
}

static int mm_part_test(const mmpart *p, js f)
{
    switch (p->kind) {
    case MMP_STR:
        return js_eq(f, p->str);
    case MMP_RE:
        switch (p->fast) {
        case FT_STAR:
            return f.n != 0 && !mm_starts_dot(f);
        case FT_STAR_DOT_EXT:
            return !mm_starts_dot(f) && js_ends(f, p->ext);
        case FT_QMARKS:
            return f.n == p->qlen && !mm_starts_dot(f) && (!p->ext.n || js_ends(f, p->ext));
        case FT_STAR_DOT_STAR:
            return !mm_starts_dot(f) && js_indexof_c(f, '.', 0) >= 0;
        case FT_DOT_STAR:
            return !js_eqa(f, ".") && !js_eqa(f, "..") && mm_starts_dot(f);
        default:
            return jsre_test(p->re, f);
        }
    default:
        return 0;
    }
}

/* #matchOne; file = f[0..fl), pattern = p[0..pl) */
static int mm_match_one(const js *file, size_t fl, const mmpart *pattern, size_t pl, size_t fi, size_t pi)
{
    for (; fi < fl && pi < pl; fi++, pi++) {
        const mmpart *p = &pattern[pi];
        if (p->kind == MMP_GLOBSTAR) return 0;
        if (!mm_part_test(p, file[fi])) return 0;
    }
    if (fi == fl && pi == pl) return 1;
    if (fi == fl) return 0; /* partial = false */
    if (pi == pl) return fi == fl - 1 && file[fi].n == 0;
    return 0;
}

static int mm_bad_dot(js f)
{
    return js_eqa(f, ".") || js_eqa(f, "..") || mm_starts_dot(f);
}

typedef struct {
    const mmpart *p;
    size_t n;
    long after;
} mm_body_seg;

/* returns 1 match, 0 false, -1 null */
static int mm_match_body_sections(const js *file, size_t flen, mm_body_seg *segs, size_t nsegs, size_t file_index,
                                  size_t body_index, int depth, int saw_tail)
{
    if (body_index >= nsegs) {
        for (size_t i = file_index; i < flen; i++) {
            saw_tail = 1;
            if (mm_bad_dot(file[i])) return 0;
        }
        return saw_tail;
    }
    const mm_body_seg *bs = &segs[body_index];
    while ((long)file_index <= bs->after) {
        size_t lim = file_index + bs->n < flen ? file_index + bs->n : flen;
        int m = mm_match_one(file, lim, bs->p, bs->n, file_index, 0);
        if (m && depth < MM_MAX_GLOBSTAR_RECURSION) {
            int sub = mm_match_body_sections(file, flen, segs, nsegs, file_index + bs->n, body_index + 1, depth + 1,
                                             saw_tail);
            if (sub != 0) return sub;
        }
        if (file_index >= flen) return 0; /* file[fileIndex] undefined: .startsWith throws in JS; unreachable */
        if (mm_bad_dot(file[file_index])) return 0;
        file_index++;
    }
    return -1;
}

static int mm_match_globstar(arena *a, const js *file, size_t flen, const mmpart *pattern, size_t plen)
{
    size_t file_index = 0, pattern_index = 0;
    size_t firstgs = 0, lastgs = 0;
    for (size_t i = 0; i < plen; i++)
        if (pattern[i].kind == MMP_GLOBSTAR) {
            firstgs = i;
            break;
        }
    for (size_t i = plen; i-- > 0;)
        if (pattern[i].kind == MMP_GLOBSTAR) {
            lastgs = i;
            break;
        }
    const mmpart *head = pattern + pattern_index;
    size_t head_n = firstgs - pattern_index;
    const mmpart *body = pattern + firstgs + 1;
    size_t body_n = lastgs > firstgs ? lastgs - firstgs - 1 : 0;
    const mmpart *tail = pattern + lastgs + 1;
    size_t tail_n = plen - lastgs - 1;
    if (head_n) {
        size_t lim = file_index + head_n < flen ? file_index + head_n : flen;
        if (!mm_match_one(file + file_index, lim - file_index, head, head_n, 0, 0)) return 0;
        file_index += head_n;
        pattern_index += head_n;
    }
    size_t file_tail_match = 0;
    if (tail_n) {
        if (tail_n + file_index > flen) return 0;
        size_t tail_start = flen - tail_n;
        if (mm_match_one(file, flen, tail, tail_n, tail_start, 0)) {
            file_tail_match = tail_n;
        } else {
            if (flen == 0 || file[flen - 1].n != 0 || file_index + tail_n == flen) return 0;
            tail_start--;
            if (!mm_match_one(file, flen, tail, tail_n, tail_start, 0)) return 0;
            file_tail_match = tail_n + 1;
        }
    }
    if (!body_n) {
        int saw_some = !!file_tail_match;
        for (size_t i = file_index; i + file_tail_match < flen; i++) {
            saw_some = 1;
            if (mm_bad_dot(file[i])) return 0;
        }
        return saw_some;
    }
    /* body segments */
    mm_body_seg *segs = aalloc(a, (body_n + 1) * sizeof *segs);
    size_t *sums = aalloc(a, (body_n + 2) * sizeof *sums);
    size_t nsegs = 1, nsums = 1, non_gs = 0;
    segs[0].p = body;
    segs[0].n = 0;
    sums[0] = 0;
    for (size_t i = 0; i < body_n; i++) {
        if (body[i].kind == MMP_GLOBSTAR) {
            sums[nsums++] = non_gs;
            segs[nsegs].p = body + i + 1;
            segs[nsegs].n = 0;
            nsegs++;
        } else {
            segs[nsegs - 1].n++;
            non_gs++;
        }
    }
    long idx = (long)nsegs - 1;
    long file_length = (long)flen - (long)file_tail_match;
    for (size_t i = 0; i < nsegs; i++) segs[i].after = file_length - (long)(sums[idx--] + segs[i].n);
    return mm_match_body_sections(file, flen, segs, nsegs, file_index, 0, 0, !!file_tail_match) == 1;
}

/* Minimatch#match(f) with matchBase + flipNegate: does the (positive) pattern match? */
int mm_match(arena *a, const minimatch_t *mm, js f)
{
    if (mm->comment) return 0;
    if (mm->empty) return f.n == 0;
    jsvec ff = js_split_slashes(a, f);
    js filename = ff.v[ff.n - 1];
    if (!filename.n) {
        for (size_t i = ff.n - 1; !filename.n && i-- > 0;) filename = ff.v[i];
    }
    for (size_t s = 0; s < mm->nset; s++) {
        const mmpat *pat = &mm->set[s];
        const js *file = ff.v;
        size_t flen = ff.n;
        if (pat->n == 1) {
            file = &filename;
            flen = 1;
        }
        int has_gs = 0;
        for (size_t i = 0; i < pat->n; i++)
            if (pat->p[i].kind == MMP_GLOBSTAR) has_gs = 1;
        int hit = has_gs ? mm_match_globstar(a, file, flen, pat->p, pat->n)
                         : mm_match_one(file, flen, pat->p, pat->n, 0, 0);
        if (hit) return 1;
    }
    return 0;
}
