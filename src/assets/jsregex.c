/* jsregex.c - a backtracking ECMAScript (ES2023 + Annex B) regular expression engine over UTF-16 code
 * units, enough for the expressions minimatch, node-ignore and dockerignore generate. */
#include "assets_internal.h"
#include "unicode_tables.h"

/*
 * Enough of ES2023 RegExp (with the Annex B web-compatibility grammar) for the
 * expressions the ported libraries generate: alternation, (capturing,
 * non-capturing, named) groups, look-ahead/behind, greedy and lazy
 * quantifiers, classes, escapes, backreferences, ^ $ \b, flags i and u.
 * Matching is backtracking over UTF-16 code units (code points with u).
 */

enum {
    R_CHAR, R_ANY, R_CLASS, R_BOL, R_EOL, R_WORDB, R_NWORDB,
    R_GROUP, R_LOOK, R_BACKREF, R_REPEAT, R_ALT
};

/* \p{..} property ids used by minimatch's POSIX classes */
enum { P_L = 1, P_NL, P_ND, P_ZS, P_CC, P_Z, P_C, P_LL, P_P, P_LU, P_PC, P_N, P_NO };

typedef struct {
    uint32_t lo, hi;
} rrange;

typedef struct {
    rrange *r;
    size_t nr, capr;
    int *props; /* negative = \P{} */
    size_t np, capp;
    int neg;
} rclass;

typedef struct rnode rnode;
struct rnode {
    int type;
    rnode *next;
    uint32_t c;       /* R_CHAR (canonicalised when icase) */
    rclass *cls;      /* R_CLASS */
    rnode **alts;     /* R_ALT */
    size_t nalts;
    rnode *body;      /* R_GROUP, R_LOOK, R_REPEAT */
    int idx;          /* R_GROUP capture index (0: non-capturing), R_BACKREF */
    int neg, behind;  /* R_LOOK */
    long min, max;    /* R_REPEAT, max < 0: infinity */
    int greedy;
    int caplo, caphi; /* captures inside a repeat: [caplo, caphi) */
    int simple;       /* R_REPEAT whose body is a single R_CHAR/R_ANY/R_CLASS */
};

typedef struct jsre {
    rnode *root;
    int ngroups; /* number of capturing groups */
    int icase, uni;
    int anchored;
} jsre;

static int gc_of(uint32_t c)
{
    size_t lo = 0, hi = sizeof GC_RUNS / sizeof GC_RUNS[0];
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if ((GC_RUNS[mid] >> 5) <= c)
            lo = mid;
        else
            hi = mid;
    }
    return (int)(GC_RUNS[lo] & 31);
}

/* ES Canonicalize(ch) for the non-unicode ignoreCase case. */
static uint32_t re_canon(uint32_t ch)
{
    if (ch < 128) return (ch >= 'a' && ch <= 'z') ? ch - 32 : ch;
    if (ch > 0xFFFF) return ch;
    size_t lo = 0, hi = sizeof CANON_RUNS / sizeof CANON_RUNS[0];
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (CANON_RUNS[mid].first <= ch)
            lo = mid;
        else
            hi = mid;
    }
    if (ch >= CANON_RUNS[lo].first && ch <= CANON_RUNS[lo].last && (ch - CANON_RUNS[lo].first) % CANON_RUNS[lo].step == 0)
        return (uint32_t)((int32_t)ch + CANON_RUNS[lo].delta);
    return ch;
}

int re_is_lt(uint32_t c)
{
    return c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029;
}

static int re_is_word(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static int re_prop(int prop, uint32_t c)
{
    int g = gc_of(c);
    switch (prop) {
    case P_L: return g >= 1 && g <= 5;
    case P_LU: return g == 1;
    case P_LL: return g == 2;
    case P_NL: return g == 10;
    case P_ND: return g == 9;
    case P_NO: return g == 11;
    case P_N: return g >= 9 && g <= 11;
    case P_ZS: return g == 23;
    case P_Z: return g >= 23 && g <= 25;
    case P_CC: return g == 26;
    case P_C: return g == 0 || g >= 26;
    case P_P: return g >= 12 && g <= 18;
    case P_PC: return g == 12;
    default: return 0;
    }
}

static int cls_has(const rclass *k, uint32_t c)
{
    for (size_t i = 0; i < k->nr; i++)
        if (c >= k->r[i].lo && c <= k->r[i].hi) return 1;
    for (size_t i = 0; i < k->np; i++) {
        int p = k->props[i];
        if (p > 0 ? re_prop(p, c) : !re_prop(-p, c)) return 1;
    }
    return 0;
}

/* is there a character x != cc, x != not with Canonicalize(x) == cc in k? */
static int cls_has_preimage(const rclass *k, uint32_t cc, uint32_t not)
{
    if (cc >= 'A' && cc <= 'Z') return cc + 32 != not && cls_has(k, cc + 32);
    for (size_t i = 0; i < sizeof CANON_RUNS / sizeof CANON_RUNS[0]; i++) {
        int32_t x = (int32_t)cc - CANON_RUNS[i].delta;
        if (x < CANON_RUNS[i].first || x > CANON_RUNS[i].last) continue;
        if ((uint32_t)(x - CANON_RUNS[i].first) % CANON_RUNS[i].step) continue;
        if ((uint32_t)x != not && (uint32_t)x != cc && cls_has(k, (uint32_t)x)) return 1;
    }
    return 0;
}

static int cls_match(const rclass *k, uint32_t c, int icase)
{
    int found = cls_has(k, c);
    if (!found && icase) {
        /* exists a in k with Canonicalize(a) == Canonicalize(c) */
        uint32_t cc = re_canon(c);
        if (cc != c && re_canon(cc) == cc && cls_has(k, cc)) found = 1;
        if (!found) found = cls_has_preimage(k, cc, c);
    }
    return k->neg ? !found : found;
}

/* ---- parser ---------------------------------------------------------- */

typedef struct {
    const u16 *s;
    size_t n, i;
    arena *a;
    int icase, uni;
    int ngroups_total; /* from the pre-scan */
    int ngroups;       /* assigned so far */
    js *names;         /* group names by index (1-based), NULL if none */
    int has_named;
    int depth;
    const char *err;
} rparser;

static rnode *rp_node(rparser *p, int type)
{
    rnode *n = azalloc(p->a, sizeof *n);
    n->type = type;
    return n;
}

static int rp_err(rparser *p, const char *msg)
{
    if (!p->err) p->err = msg;
    return -1;
}

/* read a pattern character (a code point with /u) */
static uint32_t rp_getc(rparser *p, size_t *w)
{
    uint32_t c = p->s[p->i];
    *w = 1;
    if (p->uni && c >= 0xD800 && c <= 0xDBFF && p->i + 1 < p->n && p->s[p->i + 1] >= 0xDC00 &&
        p->s[p->i + 1] <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (p->s[p->i + 1] - 0xDC00);
        *w = 2;
    }
    return c;
}

static void cls_add(rparser *p, rclass *k, uint32_t lo, uint32_t hi)
{
    rrange r = { lo, hi };
    AVEC_PUSH(p->a, k->r, k->nr, k->capr, r);
}

static void cls_add_prop(rparser *p, rclass *k, int prop)
{
    AVEC_PUSH(p->a, k->props, k->np, k->capp, prop);
}

static const rrange SPACE_RANGES[] = {
    { 0x09, 0x0D }, { 0x20, 0x20 }, { 0xA0, 0xA0 }, { 0x1680, 0x1680 }, { 0x2000, 0x200A },
    { 0x2028, 0x2029 }, { 0x202F, 0x202F }, { 0x205F, 0x205F }, { 0x3000, 0x3000 }, { 0xFEFF, 0xFEFF }
};
static const rrange DIGIT_RANGES[] = { { '0', '9' } };
static const rrange WORD_RANGES[] = { { '0', '9' }, { 'A', 'Z' }, { '_', '_' }, { 'a', 'z' } };

/* add ranges, or their complement within [0, maxc] */
static void cls_add_set(rparser *p, rclass *k, const rrange *r, size_t n, int negate)
{
    uint32_t maxc = p->uni ? 0x10FFFF : 0xFFFF;
    if (!negate) {
        for (size_t i = 0; i < n; i++) cls_add(p, k, r[i].lo, r[i].hi);
        return;
    }
    uint32_t lo = 0;
    for (size_t i = 0; i < n; i++) {
        if (r[i].lo > lo) cls_add(p, k, lo, r[i].lo - 1);
        lo = r[i].hi + 1;
    }
    if (lo <= maxc) cls_add(p, k, lo, maxc);
}

/* \d \D \w \W \s \S into k; returns 1 if c was one of them */
static int cls_escape_set(rparser *p, rclass *k, uint32_t c)
{
    switch (c) {
    case 'd': cls_add_set(p, k, DIGIT_RANGES, 1, 0); return 1;
    case 'D': cls_add_set(p, k, DIGIT_RANGES, 1, 1); return 1;
    case 'w': cls_add_set(p, k, WORD_RANGES, 4, 0); return 1;
    case 'W': cls_add_set(p, k, WORD_RANGES, 4, 1); return 1;
    case 's': cls_add_set(p, k, SPACE_RANGES, sizeof SPACE_RANGES / sizeof SPACE_RANGES[0], 0); return 1;
    case 'S': cls_add_set(p, k, SPACE_RANGES, sizeof SPACE_RANGES / sizeof SPACE_RANGES[0], 1); return 1;
    default: return 0;
    }
}

static int hexval(uint32_t c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

static int rp_hex(rparser *p, size_t at, int count, uint32_t *out)
{
    uint32_t v = 0;
    for (int k = 0; k < count; k++) {
        if (at + (size_t)k >= p->n) return 0;
        int h = hexval(p->s[at + (size_t)k]);
        if (h < 0) return 0;
        v = v * 16 + (uint32_t)h;
    }
    *out = v;
    return 1;
}

/* \p{Name} (the names minimatch generates, and N / No: the validator's tag patterns, core/lint.c) */
static int rp_property(rparser *p, int negate, rclass *k)
{
    /* p->i is at '{' */
    if (p->i >= p->n || p->s[p->i] != '{') return rp_err(p, "Invalid property name");
    size_t st = ++p->i;
    while (p->i < p->n && p->s[p->i] != '}') p->i++;
    if (p->i >= p->n) return rp_err(p, "Invalid property name");
    js name = { p->s + st, p->i - st };
    p->i++;
    static const struct { const char *n; int id; } names[] = {
        { "L", P_L }, { "Letter", P_L }, { "Nl", P_NL }, { "Nd", P_ND }, { "Zs", P_ZS },
        { "Cc", P_CC }, { "Z", P_Z }, { "C", P_C }, { "Ll", P_LL }, { "P", P_P },
        { "Lu", P_LU }, { "Pc", P_PC }, { "N", P_N }, { "Number", P_N }, { "No", P_NO },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (js_eqa(name, names[i].n)) {
            cls_add_prop(p, k, negate ? -names[i].id : names[i].id);
            return 0;
        }
    }
    return rp_err(p, "Invalid property name");
}

/* Legacy octal escape (Annex B); p->i at the first octal digit */
static uint32_t rp_legacy_octal(rparser *p)
{
    uint32_t v = p->s[p->i++] - '0';
    if (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '7') {
        v = v * 8 + (p->s[p->i++] - '0');
        if (v < 32 && p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '7') v = v * 8 + (p->s[p->i++] - '0');
    }
    return v;
}

/* CharacterEscape common to atoms and classes. p->i is after the backslash.
 * Returns 1 with *out set to a character, 0 if the escape is a class (set into
 * k if k != NULL), -1 on error. in_class: inside [...]. */
static int rp_char_escape(rparser *p, int in_class, uint32_t *out, rclass *k)
{
    if (p->i >= p->n) return rp_err(p, "\\ at end of pattern");
    size_t w;
    uint32_t c = rp_getc(p, &w);
    switch (c) {
    case 'f': p->i++; *out = 0x0C; return 1;
    case 'n': p->i++; *out = 0x0A; return 1;
    case 'r': p->i++; *out = 0x0D; return 1;
    case 't': p->i++; *out = 0x09; return 1;
    case 'v': p->i++; *out = 0x0B; return 1;
    case 'b':
        if (in_class) {
            p->i++;
            *out = 0x08;
            return 1;
        }
        break;
    case '-':
        if (in_class) {
            p->i++;
            *out = '-';
            return 1;
        }
        break;
    case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
        p->i++;
        if (k) cls_escape_set(p, k, c);
        return 0;
    case 'p': case 'P':
        if (p->uni) {
            p->i++;
            if (!k) return rp_err(p, "Invalid property name");
            if (rp_property(p, c == 'P', k) < 0) return -1;
            return 0;
        }
        break;
    case 'c':
        if (p->i + 1 < p->n) {
            uint32_t l = p->s[p->i + 1];
            if ((l >= 'a' && l <= 'z') || (l >= 'A' && l <= 'Z') ||
                (in_class && !p->uni && ((l >= '0' && l <= '9') || l == '_'))) {
                p->i += 2;
                *out = l % 32;
                return 1;
            }
        }
        if (p->uni) return rp_err(p, "Invalid unicode escape");
        /* Annex B: the backslash is a literal, 'c' is read next */
        *out = '\\';
        return 1;
    case 'x': {
        uint32_t v;
        if (rp_hex(p, p->i + 1, 2, &v)) {
            p->i += 3;
            *out = v;
            return 1;
        }
        if (p->uni) return rp_err(p, "Invalid escape");
        p->i++;
        *out = 'x';
        return 1;
    }
    case 'u': {
        uint32_t v;
        if (rp_hex(p, p->i + 1, 4, &v)) {
            p->i += 5;
            if (p->uni && v >= 0xD800 && v <= 0xDBFF && p->i + 1 < p->n && p->s[p->i] == '\\' &&
                p->s[p->i + 1] == 'u') {
                uint32_t lo;
                if (rp_hex(p, p->i + 2, 4, &lo) && lo >= 0xDC00 && lo <= 0xDFFF) {
                    p->i += 6;
                    v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
                }
            }
            *out = v;
            return 1;
        }
        if (p->uni && p->i + 1 < p->n && p->s[p->i + 1] == '{') {
            size_t j = p->i + 2;
            uint32_t cp = 0;
            int nd = 0;
            while (j < p->n && hexval(p->s[j]) >= 0) {
                cp = cp * 16 + (uint32_t)hexval(p->s[j]);
                if (cp > 0x10FFFF) return rp_err(p, "Invalid Unicode escape");
                j++;
                nd++;
            }
            if (!nd || j >= p->n || p->s[j] != '}') return rp_err(p, "Invalid Unicode escape");
            p->i = j + 1;
            *out = cp;
            return 1;
        }
        if (p->uni) return rp_err(p, "Invalid Unicode escape");
        p->i++;
        *out = 'u';
        return 1;
    }
    case '0':
        if (!(p->i + 1 < p->n && p->s[p->i + 1] >= '0' && p->s[p->i + 1] <= '9')) {
            p->i++;
            *out = 0;
            return 1;
        }
        if (p->uni) return rp_err(p, "Invalid decimal escape");
        *out = rp_legacy_octal(p);
        return 1;
    default:
        break;
    }
    if (c >= '1' && c <= '9') {
        /* only reached for classes, or atoms that are not backreferences */
        if (p->uni) return rp_err(p, in_class ? "Invalid class escape" : "Invalid escape");
        if (c >= '8') {
            p->i++;
            *out = c;
            return 1;
        }
        *out = rp_legacy_octal(p);
        return 1;
    }
    if (p->uni) {
        if (c == '^' || c == '$' || c == '\\' || c == '.' || c == '*' || c == '+' || c == '?' ||
            c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == '|' || c == '/') {
            p->i += w;
            *out = c;
            return 1;
        }
        return rp_err(p, "Invalid escape");
    }
    p->i += w;
    *out = c;
    return 1;
}

static rnode *rp_char_node(rparser *p, uint32_t c)
{
    rnode *n = rp_node(p, R_CHAR);
    n->c = p->icase ? re_canon(c) : c;
    return n;
}

static rnode *rp_class(rparser *p)
{
    /* p->i is after '[' */
    rnode *n = rp_node(p, R_CLASS);
    rclass *k = azalloc(p->a, sizeof *k);
    n->cls = k;
    if (p->i < p->n && p->s[p->i] == '^') {
        k->neg = 1;
        p->i++;
    }
    for (;;) {
        if (p->i >= p->n) {
            rp_err(p, "Unterminated character class");
            return NULL;
        }
        if (p->s[p->i] == ']') {
            p->i++;
            return n;
        }
        /* first atom */
        uint32_t c1 = 0;
        int is_set1 = 0;
        rclass tmp1 = { 0 };
        size_t w;
        if (p->s[p->i] == '\\') {
            p->i++;
            int r = rp_char_escape(p, 1, &c1, &tmp1);
            if (r < 0) return NULL;
            is_set1 = (r == 0);
        } else {
            c1 = rp_getc(p, &w);
            p->i += w;
        }
        if (p->i + 1 < p->n && p->s[p->i] == '-' && p->s[p->i + 1] != ']') {
            p->i++;
            uint32_t c2 = 0;
            int is_set2 = 0;
            rclass tmp2 = { 0 };
            if (p->s[p->i] == '\\') {
                p->i++;
                int r = rp_char_escape(p, 1, &c2, &tmp2);
                if (r < 0) return NULL;
                is_set2 = (r == 0);
            } else {
                c2 = rp_getc(p, &w);
                p->i += w;
            }
            if (is_set1 || is_set2) {
                if (p->uni) {
                    rp_err(p, "Invalid character class");
                    return NULL;
                }
                /* Annex B: [\d-z] is \d, '-', 'z' */
                if (is_set1) {
                    for (size_t i = 0; i < tmp1.nr; i++) cls_add(p, k, tmp1.r[i].lo, tmp1.r[i].hi);
                } else {
                    cls_add(p, k, c1, c1);
                }
                cls_add(p, k, '-', '-');
                if (is_set2) {
                    for (size_t i = 0; i < tmp2.nr; i++) cls_add(p, k, tmp2.r[i].lo, tmp2.r[i].hi);
                } else {
                    cls_add(p, k, c2, c2);
                }
                continue;
            }
            if (c1 > c2) {
                rp_err(p, "Range out of order in character class");
                return NULL;
            }
            cls_add(p, k, c1, c2);
            continue;
        }
        if (is_set1) {
            for (size_t i = 0; i < tmp1.nr; i++) cls_add(p, k, tmp1.r[i].lo, tmp1.r[i].hi);
            for (size_t i = 0; i < tmp1.np; i++) cls_add_prop(p, k, tmp1.props[i]);
        } else {
            cls_add(p, k, c1, c1);
        }
    }
}

/* is there a braced quantifier {n}, {n,}, {n,m} at p->i? fills min/max, returns length */
static size_t rp_braced(rparser *p, long *mn, long *mx)
{
    size_t j = p->i;
    if (j >= p->n || p->s[j] != '{') return 0;
    j++;
    size_t st = j;
    long a = 0, b;
    while (j < p->n && p->s[j] >= '0' && p->s[j] <= '9') {
        if (a < 100000000L) a = a * 10 + (p->s[j] - '0');
        j++;
    }
    if (j == st) return 0;
    b = a;
    if (j < p->n && p->s[j] == ',') {
        j++;
        size_t st2 = j;
        b = 0;
        while (j < p->n && p->s[j] >= '0' && p->s[j] <= '9') {
            if (b < 100000000L) b = b * 10 + (p->s[j] - '0');
            j++;
        }
        if (j == st2) b = -1;
    }
    if (j >= p->n || p->s[j] != '}') return 0;
    *mn = a;
    *mx = b;
    return j + 1 - p->i;
}

static rnode *rp_disj(rparser *p);
static rnode *rp_disj_(rparser *p);

static int rp_group_name(rparser *p, js *name)
{
    /* p->i after '<' */
    size_t st = p->i;
    while (p->i < p->n && p->s[p->i] != '>') p->i++;
    if (p->i >= p->n || p->i == st) return rp_err(p, "Invalid capture group name");
    name->s = p->s + st;
    name->n = p->i - st;
    p->i++;
    return 0;
}

static rnode *rp_term(rparser *p)
{
    size_t w;
    uint32_t c = rp_getc(p, &w);
    rnode *atom = NULL;
    int quantifiable = 1;
    int grp_lo = p->ngroups + 1;
    switch (c) {
    case '^':
        p->i++;
        atom = rp_node(p, R_BOL);
        quantifiable = 0;
        break;
    case '$':
        p->i++;
        atom = rp_node(p, R_EOL);
        quantifiable = 0;
        break;
    case '.':
        p->i++;
        atom = rp_node(p, R_ANY);
        break;
    case '[':
        p->i++;
        atom = rp_class(p);
        if (!atom) return NULL;
        break;
    case '(': {
        p->i++;
        int type = R_GROUP, idx = 0, neg = 0, behind = 0;
        if (p->i < p->n && p->s[p->i] == '?') {
            if (p->i + 1 >= p->n) {
                rp_err(p, "Invalid group");
                return NULL;
            }
            u16 d = p->s[p->i + 1];
            if (d == ':') {
                p->i += 2;
            } else if (d == '=' || d == '!') {
                type = R_LOOK;
                neg = d == '!';
                p->i += 2;
                if (p->uni) quantifiable = 0;
            } else if (d == '<' && p->i + 2 < p->n && (p->s[p->i + 2] == '=' || p->s[p->i + 2] == '!')) {
                type = R_LOOK;
                behind = 1;
                neg = p->s[p->i + 2] == '!';
                p->i += 3;
                quantifiable = 0;
            } else if (d == '<') {
                p->i += 2;
                js name;
                if (rp_group_name(p, &name) < 0) return NULL;
                idx = ++p->ngroups;
                if (p->names && idx <= p->ngroups_total) p->names[idx] = name;
            } else {
                rp_err(p, "Invalid group");
                return NULL;
            }
        } else {
            idx = ++p->ngroups;
        }
        rnode *body = rp_disj(p);
        if (p->err) return NULL;
        if (p->i >= p->n || p->s[p->i] != ')') {
            rp_err(p, "Unterminated group");
            return NULL;
        }
        p->i++;
        atom = rp_node(p, type);
        atom->body = body;
        atom->idx = idx;
        atom->neg = neg;
        atom->behind = behind;
        break;
    }
    case '*': case '+': case '?':
        rp_err(p, "Nothing to repeat");
        return NULL;
    case '{': {
        long a, b;
        if (rp_braced(p, &a, &b)) {
            rp_err(p, "Nothing to repeat");
            return NULL;
        }
        if (p->uni) {
            rp_err(p, "Lone quantifier brackets");
            return NULL;
        }
        p->i++;
        atom = rp_char_node(p, c);
        break;
    }
    case '}': case ']':
        if (p->uni) {
            rp_err(p, "Lone quantifier brackets");
            return NULL;
        }
        p->i++;
        atom = rp_char_node(p, c);
        break;
    case '\\': {
        p->i++;
        if (p->i >= p->n) {
            rp_err(p, "\\ at end of pattern");
            return NULL;
        }
        u16 d = p->s[p->i];
        if (d == 'b' || d == 'B') {
            p->i++;
            atom = rp_node(p, d == 'b' ? R_WORDB : R_NWORDB);
            quantifiable = 0;
            break;
        }
        if (d >= '1' && d <= '9') {
            size_t j = p->i;
            long v = 0;
            while (j < p->n && p->s[j] >= '0' && p->s[j] <= '9') {
                if (v < 100000) v = v * 10 + (p->s[j] - '0');
                j++;
            }
            if (v <= p->ngroups_total) {
                p->i = j;
                atom = rp_node(p, R_BACKREF);
                atom->idx = (int)v;
                break;
            }
        }
        if (d == 'k' && (p->uni || p->has_named)) {
            p->i++;
            if (p->i >= p->n || p->s[p->i] != '<') {
                rp_err(p, "Invalid named reference");
                return NULL;
            }
            p->i++;
            js name;
            if (rp_group_name(p, &name) < 0) return NULL;
            int found = 0;
            for (int g = 1; p->names && g <= p->ngroups_total; g++)
                if (p->names[g].s && js_eq(p->names[g], name)) found = g;
            if (!found) {
                rp_err(p, "Invalid named capture referenced");
                return NULL;
            }
            atom = rp_node(p, R_BACKREF);
            atom->idx = found;
            break;
        }
        uint32_t ch;
        rclass *k = azalloc(p->a, sizeof *k);
        int r = rp_char_escape(p, 0, &ch, k);
        if (r < 0) return NULL;
        if (r == 0) {
            atom = rp_node(p, R_CLASS);
            atom->cls = k;
        } else {
            atom = rp_char_node(p, ch);
        }
        break;
    }
    default:
        p->i += w;
        atom = rp_char_node(p, c);
        break;
    }
    int grp_hi = p->ngroups + 1;

    /* quantifier */
    if (p->i < p->n) {
        u16 q = p->s[p->i];
        long mn = -2, mx = -2;
        size_t ql = 0;
        if (q == '*') { mn = 0; mx = -1; ql = 1; }
        else if (q == '+') { mn = 1; mx = -1; ql = 1; }
        else if (q == '?') { mn = 0; mx = 1; ql = 1; }
        else if (q == '{') ql = rp_braced(p, &mn, &mx);
        if (ql) {
            if (!quantifiable) {
                rp_err(p, "Nothing to repeat");
                return NULL;
            }
            if (mx >= 0 && mn > mx) {
                rp_err(p, "numbers out of order in {} quantifier");
                return NULL;
            }
            p->i += ql;
            int greedy = 1;
            if (p->i < p->n && p->s[p->i] == '?') {
                greedy = 0;
                p->i++;
            }
            rnode *r = rp_node(p, R_REPEAT);
            r->body = atom;
            r->min = mn;
            r->max = mx;
            r->greedy = greedy;
            r->caplo = grp_lo;
            r->caphi = grp_hi;
            r->simple = (atom->type == R_CHAR || atom->type == R_ANY || atom->type == R_CLASS) && !p->uni;
            atom = r;
        }
    }
    return atom;
}

static rnode *rp_alternative(rparser *p)
{
    rnode *head = NULL, *tail = NULL;
    while (p->i < p->n && p->s[p->i] != '|' && p->s[p->i] != ')') {
        rnode *t = rp_term(p);
        if (!t) return NULL;
        if (tail) tail->next = t;
        else head = t;
        tail = t;
    }
    return head;
}

#define RE_MAX_NESTING 2000

static rnode *rp_disj(rparser *p)
{
    if (++p->depth > RE_MAX_NESTING) {
        rp_err(p, "Maximum call stack size exceeded");
        return NULL;
    }
    rnode *r = rp_disj_(p);
    p->depth--;
    return r;
}

static rnode *rp_disj_(rparser *p)
{
    rnode **alts = NULL;
    size_t n = 0, cap = 0;
    rnode *a = rp_alternative(p);
    if (p->err) return NULL;
    AVEC_PUSH(p->a, alts, n, cap, a);
    while (p->i < p->n && p->s[p->i] == '|') {
        p->i++;
        a = rp_alternative(p);
        if (p->err) return NULL;
        AVEC_PUSH(p->a, alts, n, cap, a);
    }
    if (n == 1) return alts[0];
    rnode *alt = rp_node(p, R_ALT);
    alt->alts = alts;
    alt->nalts = n;
    return alt;
}

/* count capturing groups (and whether any is named) */
static void rp_prescan(rparser *p)
{
    int in_cls = 0;
    for (size_t i = 0; i < p->n; i++) {
        u16 c = p->s[i];
        if (c == '\\') {
            i++;
            continue;
        }
        if (in_cls) {
            if (c == ']') in_cls = 0;
            continue;
        }
        if (c == '[') {
            in_cls = 1;
            continue;
        }
        if (c == '(') {
            if (i + 1 < p->n && p->s[i + 1] == '?') {
                if (i + 2 < p->n && p->s[i + 2] == '<' && i + 3 < p->n && p->s[i + 3] != '=' &&
                    p->s[i + 3] != '!') {
                    p->ngroups_total++;
                    p->has_named = 1;
                }
            } else {
                p->ngroups_total++;
            }
        }
    }
}

/* Compile. On error returns NULL and *err is "Invalid regular expression: /src/flags: msg". */
jsre *jsre_compile(arena *a, js src, const char *flags, char **err)
{
    rparser p = { 0 };
    p.s = src.s;
    p.n = src.n;
    p.a = a;
    p.icase = strchr(flags, 'i') != NULL;
    p.uni = strchr(flags, 'u') != NULL;
    rp_prescan(&p);
    if (p.has_named) p.names = azalloc(a, sizeof(js) * ((size_t)p.ngroups_total + 1));
    rnode *root = rp_disj(&p);
    if (!p.err && p.i < p.n) p.err = p.s[p.i] == ')' ? "Unmatched ')'" : "Unexpected character";
    if (p.err) {
        if (err) {
            arena t = { 0 };
            char *s = js_to_utf8(&t, src);
            fail(err, "Invalid regular expression: /%s/%s: %s", s, flags, p.err);
            arena_free(&t);
        }
        return NULL;
    }
    jsre *re = azalloc(a, sizeof *re);
    re->root = root;
    re->ngroups = p.ngroups;
    re->icase = p.icase;
    re->uni = p.uni;
    re->anchored = root && root->type == R_BOL;
    return re;
}

/* ---- matcher --------------------------------------------------------- */

typedef struct {
    const u16 *s;
    size_t n;
    const jsre *re;
    long *caps; /* 2 * (ngroups + 1), -1 = undefined */
    size_t endpos;
} rmatch;

typedef struct kont kont;
struct kont {
    int (*fn)(rmatch *m, const kont *k, size_t pos);
    const kont *up;
    const rnode *node;
    size_t start;
    long count;
};

static int m_seq(rmatch *m, const rnode *n, size_t pos, const kont *k);

static int m_read(const rmatch *m, size_t pos, uint32_t *c)
{
    if (pos >= m->n) return 0;
    uint32_t x = m->s[pos];
    if (m->re->uni && x >= 0xD800 && x <= 0xDBFF && pos + 1 < m->n && m->s[pos + 1] >= 0xDC00 &&
        m->s[pos + 1] <= 0xDFFF) {
        *c = 0x10000 + ((x - 0xD800) << 10) + (m->s[pos + 1] - 0xDC00);
        return 2;
    }
    *c = x;
    return 1;
}

/* single-character atom at pos: returns width or 0 */
static int m_atom1(const rmatch *m, const rnode *n, size_t pos)
{
    uint32_t c;
    int w = m_read(m, pos, &c);
    if (!w) return 0;
    switch (n->type) {
    case R_CHAR:
        if (m->re->icase) c = re_canon(c);
        return c == n->c ? w : 0;
    case R_ANY:
        return re_is_lt(c) ? 0 : w;
    case R_CLASS:
        return cls_match(n->cls, c, m->re->icase) ? w : 0;
    default:
        return 0;
    }
}

static int k_seq(rmatch *m, const kont *k, size_t pos)
{
    return m_seq(m, k->node, pos, k->up);
}

static int k_accept(rmatch *m, const kont *k, size_t pos)
{
    (void)m;
    (void)k;
    (void)pos;
    return 1;
}

static int k_behind(rmatch *m, const kont *k, size_t pos)
{
    (void)m;
    return pos == k->start;
}

static int k_group(rmatch *m, const kont *k, size_t pos)
{
    const rnode *n = k->node;
    long o0 = m->caps[2 * n->idx], o1 = m->caps[2 * n->idx + 1];
    m->caps[2 * n->idx] = (long)k->start;
    m->caps[2 * n->idx + 1] = (long)pos;
    if (m_seq(m, n->next, pos, k->up)) return 1;
    m->caps[2 * n->idx] = o0;
    m->caps[2 * n->idx + 1] = o1;
    return 0;
}

static int m_rep(rmatch *m, const rnode *n, size_t pos, long count, const kont *k);

static int k_rep(rmatch *m, const kont *k, size_t pos)
{
    const rnode *n = k->node;
    if (pos == k->start && k->count - 1 >= n->min) return 0;
    return m_rep(m, n, pos, k->count, k->up);
}

static int m_rep(rmatch *m, const rnode *n, size_t pos, long count, const kont *k)
{
    if (n->simple) {
        size_t maxc = n->max < 0 ? SIZE_MAX : (size_t)n->max;
        size_t minc = (size_t)n->min;
        if (n->greedy) {
            size_t c = 0;
            while (c < maxc && m_atom1(m, n->body, pos + c)) c++;
            if (c < minc) return 0;
            for (size_t i = c;; i--) {
                if (m_seq(m, n->next, pos + i, k)) return 1;
                if (i == minc) break;
            }
            return 0;
        }
        size_t i = 0;
        while (i < minc) {
            if (!m_atom1(m, n->body, pos + i)) return 0;
            i++;
        }
        for (;;) {
            if (m_seq(m, n->next, pos + i, k)) return 1;
            if (i >= maxc || !m_atom1(m, n->body, pos + i)) return 0;
            i++;
        }
    }
    kont kk = { k_rep, k, n, pos, count + 1 };
    int ncap = n->caphi - n->caplo;
    long saved[ncap > 0 ? 2 * ncap : 1];
    int can_iter = n->max < 0 || count < n->max;
    if (n->greedy) {
        if (can_iter) {
            if (ncap > 0) {
                memcpy(saved, m->caps + 2 * n->caplo, sizeof(long) * 2 * (size_t)ncap);
                for (int g = n->caplo; g < n->caphi; g++) m->caps[2 * g] = m->caps[2 * g + 1] = -1;
            }
            if (m_seq(m, n->body, pos, &kk)) return 1;
            if (ncap > 0) memcpy(m->caps + 2 * n->caplo, saved, sizeof(long) * 2 * (size_t)ncap);
        }
        if (count >= n->min) return m_seq(m, n->next, pos, k);
        return 0;
    }
    if (count >= n->min && m_seq(m, n->next, pos, k)) return 1;
    if (can_iter) {
        if (ncap > 0) {
            memcpy(saved, m->caps + 2 * n->caplo, sizeof(long) * 2 * (size_t)ncap);
            for (int g = n->caplo; g < n->caphi; g++) m->caps[2 * g] = m->caps[2 * g + 1] = -1;
        }
        if (m_seq(m, n->body, pos, &kk)) return 1;
        if (ncap > 0) memcpy(m->caps + 2 * n->caplo, saved, sizeof(long) * 2 * (size_t)ncap);
    }
    return 0;
}

static int m_seq(rmatch *m, const rnode *n, size_t pos, const kont *k)
{
    for (;;) {
        if (!n) {
            if (k) return k->fn(m, k, pos);
            m->endpos = pos;
            return 1;
        }
        switch (n->type) {
        case R_CHAR:
        case R_ANY:
        case R_CLASS: {
            int w = m_atom1(m, n, pos);
            if (!w) return 0;
            pos += (size_t)w;
            n = n->next;
            continue;
        }
        case R_BOL:
            if (pos != 0) return 0;
            n = n->next;
            continue;
        case R_EOL:
            if (pos != m->n) return 0;
            n = n->next;
            continue;
        case R_WORDB:
        case R_NWORDB: {
            int a = pos > 0 && re_is_word(m->s[pos - 1]);
            int b = pos < m->n && re_is_word(m->s[pos]);
            if ((a != b) != (n->type == R_WORDB)) return 0;
            n = n->next;
            continue;
        }
        case R_ALT: {
            kont kk = { k_seq, k, n->next, 0, 0 };
            for (size_t i = 0; i < n->nalts; i++)
                if (m_seq(m, n->alts[i], pos, &kk)) return 1;
            return 0;
        }
        case R_GROUP: {
            if (!n->idx) {
                kont kk = { k_seq, k, n->next, 0, 0 };
                return m_seq(m, n->body, pos, &kk);
            }
            kont kk = { k_group, k, n, pos, 0 };
            return m_seq(m, n->body, pos, &kk);
        }
        case R_LOOK: {
            size_t nc = 2 * ((size_t)m->re->ngroups + 1);
            long saved[nc];
            memcpy(saved, m->caps, sizeof saved);
            int r = 0;
            if (!n->behind) {
                kont kk = { k_accept, NULL, NULL, 0, 0 };
                r = m_seq(m, n->body, pos, &kk);
            } else {
                for (size_t j = pos + 1; j-- > 0;) {
                    kont kk = { k_behind, NULL, NULL, pos, 0 };
                    if (m_seq(m, n->body, j, &kk)) {
                        r = 1;
                        break;
                    }
                }
            }
            if (n->neg) {
                memcpy(m->caps, saved, sizeof saved);
                if (r) return 0;
                n = n->next;
                continue;
            }
            if (!r) {
                memcpy(m->caps, saved, sizeof saved);
                return 0;
            }
            if (m_seq(m, n->next, pos, k)) return 1;
            memcpy(m->caps, saved, sizeof saved);
            return 0;
        }
        case R_BACKREF: {
            long s0 = m->caps[2 * n->idx], s1 = m->caps[2 * n->idx + 1];
            if (s0 >= 0 && s1 >= s0) {
                size_t len = (size_t)(s1 - s0);
                if (pos + len > m->n) return 0;
                for (size_t i = 0; i < len; i++) {
                    uint32_t x = m->s[(size_t)s0 + i], y = m->s[pos + i];
                    if (m->re->icase) {
                        x = re_canon(x);
                        y = re_canon(y);
                    }
                    if (x != y) return 0;
                }
                pos += len;
            }
            n = n->next;
            continue;
        }
        case R_REPEAT:
            return m_rep(m, n, pos, 0, k);
        default:
            return 0;
        }
    }
}

/* RegExp exec from `start`; caps must hold 2*(ngroups+1) longs. */
int jsre_exec(const jsre *re, js s, size_t start, long *caps)
{
    rmatch m = { s.s, s.n, re, caps, 0 };
    size_t nc = 2 * ((size_t)re->ngroups + 1);
    for (size_t pos = start; pos <= s.n;) {
        for (size_t i = 0; i < nc; i++) caps[i] = -1;
        if (m_seq(&m, re->root, pos, NULL)) {
            caps[0] = (long)pos;
            caps[1] = (long)m.endpos;
            return 1;
        }
        if (re->anchored) break;
        uint32_t c;
        int w = m_read(&m, pos, &c);
        pos += w ? (size_t)w : 1;
    }
    return 0;
}

int jsre_test(const jsre *re, js s)
{
    size_t nc = 2 * ((size_t)re->ngroups + 1);
    long caps[nc];
    return jsre_exec(re, s, 0, caps);
}

/* Capture i of the last match (JS `undefined` -> .s == NULL && .n == 0 and *defined = 0) */
js re_cap(js s, const long *caps, int i, int *defined)
{
    if (caps[2 * i] < 0) {
        if (defined) *defined = 0;
        return JS_EMPTY;
    }
    if (defined) *defined = 1;
    return js_sub(s, (size_t)caps[2 * i], (size_t)caps[2 * i + 1]);
}
/* String.prototype.replace(regex, fn) */
js jsre_replace(arena *a, const jsre *re, int global, js s, re_replacer fn, void *ud)
{
    size_t nc = 2 * ((size_t)re->ngroups + 1);
    long caps[nc];
    jsb b;
    jsb_init(&b, a);
    size_t last = 0, pos = 0;
    int any = 0;
    while (pos <= s.n && jsre_exec(re, s, pos, caps)) {
        any = 1;
        jsb_put(&b, js_sub(s, last, (size_t)caps[0]));
        jsb_put(&b, fn(a, ud, s, caps, re->ngroups));
        last = (size_t)caps[1];
        if (!global) break;
        if (caps[1] == caps[0]) {
            uint32_t c;
            rmatch m = { s.s, s.n, re, caps, 0 };
            int w = m_read(&m, (size_t)caps[1], &c);
            pos = (size_t)caps[1] + (w ? (size_t)w : 1);
        } else {
            pos = (size_t)caps[1];
        }
    }
    if (!any) return s;
    jsb_put(&b, js_sub(s, last, s.n));
    return jsb_js(&b);
}

/* ------------------------------------------------------------------ for other modules (jsregex.h) */

#include "jsregex.h"

int ccdk__js_regex_test(const char *pattern, const char *flags, const char *subject, char **err)
{
    arena a = {0};
    char *e = NULL;
    jsre *re = jsre_compile(&a, js_from_utf8(&a, pattern ? pattern : ""), flags ? flags : "", &e);
    int r = re ? jsre_test(re, js_from_utf8(&a, subject ? subject : "")) != 0 : -1;
    if (err)
        *err = e;
    else
        free(e);
    arena_free(&a);
    return r;
}
