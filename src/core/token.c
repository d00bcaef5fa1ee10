/* token.c - string tokens ("${Token[TOKEN.n]}"): the process-wide numbering, markers, finding them in
 * strings, pseudo parameters. Resolving value trees is resolve.c's (the cfn layer: it needs logical ids). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "token.h"


/* Token numbers are process-wide, as aws-cdk-lib's TokenMap is: each App takes them in chunks of
 * TOKEN_CHUNK from one counter, so a marker made by one App never names a token of another. A
 * marker of another App (or of an orphan scope, see construct.c) is then recognised as such instead
 * of resolving to whatever this App registered under the same number. */
#define TOKEN_CHUNK 4096u
/* The first number: seven digits, so that every number a process hands out (up to 9 million) has
 * as many digits as the others. Where aws-cdk-lib sorts unresolved strings (IAM's minimizePolicies
 * merges resources with setMerge's sort()), ccdk__token_sort_strings compares each token by the
 * place of its first read instead (see "first reads" below), written with as many digits. */
#define TOKEN_FIRST 1000000u
static uint64_t next_chunk = TOKEN_FIRST; /* first number of the next free chunk (atomic) */

static size_t register_token(ccdk_app *app, ccdk_value *v)
{
    if (app->ntokens == app->captokens) {
        /* in the persistent arena (a token made while rendering outlives the render's scratch):
         * its blocks are faulted in ahead, where a realloc'd array faults page by page */
        ccdk__arena cur;
        ccdk__persistent_enter(app, &cur);
        size_t cap = app->captokens;
        app->tokens = ccdk__arena_grow(app, app->tokens, app->ntokens, &app->captokens, sizeof *app->tokens, 256);
        app->token_read = ccdk__arena_grow(app, app->token_read, app->ntokens, &cap, sizeof *app->token_read, 256);
        ccdk__persistent_leave(app, &cur);
    }
    app->token_read[app->ntokens] = ++app->token_reads; /* made now: read now */
    if (app->ntokens % TOKEN_CHUNK == 0) {
        ccdk__arena cur;
        ccdk__persistent_enter(app, &cur);
        if (app->ntoken_chunks == app->captoken_chunks)
            app->token_chunks = ccdk__arena_grow(app, app->token_chunks, app->ntoken_chunks, &app->captoken_chunks,
                                                 sizeof *app->token_chunks, 4);
        app->token_chunks[app->ntoken_chunks++] = __atomic_fetch_add(&next_chunk, TOKEN_CHUNK, __ATOMIC_RELAXED);
        ccdk__persistent_leave(app, &cur);
    }
    app->tokens[app->ntokens] = v;
    return app->ntokens++;
}

/* the process-wide number of this App's token i */
static uint64_t token_number(const ccdk_app *app, size_t i)
{
    return app->token_chunks[i / TOKEN_CHUNK] + i % TOKEN_CHUNK;
}


/* The pseudo parameters are tokens of no App, as aws-cdk-lib's Aws.REGION and friends are made once
 * per process: each App resolves them to its own {"Ref": ...}. Their keys carry aws-cdk-lib's display
 * hints and numbers of their own (aws-cdk-lib's are those of its process's token counter). */
static const char *const pseudo_names[CCDK__NPSEUDO] = {"AWS::AccountId", "AWS::Region", "AWS::Partition",
                                                         "AWS::URLSuffix", "AWS::StackName", "AWS::StackId",
                                                         "AWS::NoValue"};
static const char *const pseudo_markers[CCDK__NPSEUDO] = {
    "${Token[AWS.AccountId.0]}", "${Token[AWS.Region.1]}", "${Token[AWS.Partition.2]}", "${Token[AWS.URLSuffix.3]}",
    "${Token[AWS.StackName.4]}", "${Token[AWS.StackId.5]}", "${Token[AWS.NoValue.6]}"};

const char *ccdk__pseudo_token(const char *name)
{
    for (size_t i = 0; i < CCDK__NPSEUDO; i++)
        if (!strcmp(pseudo_names[i], name))
            return pseudo_markers[i];
    return NULL;
}

ccdk_value *ccdk__pseudo_value(ccdk_app *app, size_t i)
{
    if (!app->pseudo_val[i]) {
        ccdk__arena cur;
        ccdk__persistent_enter(app, &cur); /* cached: it must outlive a scratch arena */
        app->pseudo_val[i] = ccdk__v_pseudo(app, pseudo_names[i]);
        ccdk__persistent_leave(app, &cur);
    }
    return app->pseudo_val[i];
}

/* What the number n of a "TOKEN.<n>" key is to app: TOK_OK with *index its token, TOK_FOREIGN when
 * the number was handed to another App, else TOK_UNKNOWN. */
static int token_index(const ccdk_app *app, uint64_t n, size_t *index)
{
    size_t lo = 0, hi = app->ntoken_chunks; /* chunks are taken in increasing order */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (app->token_chunks[mid] <= n)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0 && n - app->token_chunks[lo - 1] < TOKEN_CHUNK) {
        size_t i = (lo - 1) * TOKEN_CHUNK + (size_t)(n - app->token_chunks[lo - 1]);
        if (i >= app->ntokens)
            return TOK_UNKNOWN;
        *index = i;
        return TOK_OK;
    }
    return n >= TOKEN_FIRST && n < __atomic_load_n(&next_chunk, __ATOMIC_RELAXED) ? TOK_FOREIGN : TOK_UNKNOWN;
}

/* begin "TOKEN.<n>" END_MARK, by hand: tokens are made for every reference (ccdk__concat's
 * strlen of each piece and va_list walk cost twice this) */
static const char *token_marker(ccdk_app *app, const char *begin, uint64_t n)
{
    char buf[24];
    const char *digits = ccdk__decimal(buf, n);
    size_t nd = (size_t)(buf + 23 - digits), bl = strlen(begin);
    char *p = ccdk__alloc(app, bl + 6 + nd + sizeof END_MARK);
    memcpy(p, begin, bl);
    memcpy(p + bl, "TOKEN.", 6);
    memcpy(p + bl + 6, digits, nd);
    memcpy(p + bl + 6 + nd, END_MARK, sizeof END_MARK);
    return p;
}

const char *ccdk__token_str(ccdk_app *app, ccdk_value *v)
{
    if (v->kind == CCDK__V_STR && strlen(v->u.str.s) == v->u.str.len)
        return v->u.str.s; /* a plain (or already token-bearing) string needs no new token; one that
                              holds NULs (from JSON "\u0000") does, as C strings end at the first */
    size_t i = register_token(app, v);
    return token_marker(app, BEGIN_STR, token_number(app, i));
}

const char *ccdk__token_list_marker(ccdk_app *app, ccdk_value *v)
{
    size_t i = register_token(app, v);
    return token_marker(app, BEGIN_LIST, token_number(app, i));
}

static int valid_key_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ':' ||
           c == '.' || c == '_' || c == '-';
}

/* The first c0 "{Token[" at or after s (c0: '$' for BEGIN_STR, '#' for BEGIN_LIST), NULL if none:
 * a search for its '{' (rare in other strings) and a test of the bytes around it, where strstr
 * pays a general needle's setup on every call (~70 instructions a string: the markers are looked
 * for in every string of every template and every scan). */
static const char *find_begin(const char *s, char c0)
{
    if (!*s)
        return NULL;
    for (const char *q = s + 1; (q = strchr(q, '{')); q++)
        if (q[-1] == c0 && q[1] == 'T' && q[2] == 'o' && q[3] == 'k' && q[4] == 'e' && q[5] == 'n' && q[6] == '[')
            return q - 1;
    return NULL;
}

const char *ccdk__marker_start(const char *s)
{
    if (!*s)
        return NULL;
    for (const char *q = s + 1; (q = strchr(q, '{')); q++)
        if ((q[-1] == '$' || q[-1] == '#') && q[1] == 'T' && q[2] == 'o' && q[3] == 'k' && q[4] == 'e' && q[5] == 'n' &&
            q[6] == '[')
            return q - 1;
    return NULL;
}

/* k at a marker's key: when the key is ccdk's own form, "TOKEN.<digits>", and END_MARK follows it,
 * the end of the marker (past END_MARK), with *status what the number is to app (token_index;
 * TOK_UNKNOWN for a number ccdk never writes: a leading zero, more than 19 digits) and *index its
 * token; else NULL. The one reading of that form: ccdk__next_marker's and ccdk__token_read's. */
static inline __attribute__((always_inline)) const char *read_token_key(const ccdk_app *app, const char *k, size_t *index, int *status)
{
    if (!(k[0] == 'T' && k[1] == 'O' && k[2] == 'K' && k[3] == 'E' && k[4] == 'N' && k[5] == '.'))
        return NULL;
    const char *d = k + 6, *e = d;
    uint64_t n = 0;
    while (*e >= '0' && *e <= '9')
        n = n * 10 + (uint64_t)(*e++ - '0');
    if (e == d || e[0] != ']' || e[1] != '}')
        return NULL;
    *index = 0;
    *status = TOK_UNKNOWN;
    if (e - d <= 19 && (*d != '0' || e - d == 1))
        *status = token_index(app, n, index);
    return e + 2;
}

/* Finds the next marker at or after s, as aws-cdk-lib's TokenString regex does (begin, one or more
 * key characters, then the end mark). Sets *len to the marker length and returns in *status what the
 * key is to app (token_index; TOK_UNKNOWN for any key other than "TOKEN.<n>", the
 * only form ccdk makes: aws-cdk-lib's keys include the display hint, so "X.5" is not "TOKEN.5"). */
const char *ccdk__next_marker(const ccdk_app *app, const char *s, const char *begin, size_t *len, size_t *index,
                              int *status)
{
    /* BEGIN_STR and BEGIN_LIST differ in their first byte only */
    int fast = (begin[0] == '$' || begin[0] == '#') && begin[1] == '{' && begin[2] == 'T' && begin[3] == 'o' &&
               begin[4] == 'k' && begin[5] == 'e' && begin[6] == 'n' && begin[7] == '[' && !begin[8];
    int str = fast ? begin[0] == '$' : !strcmp(begin, BEGIN_STR);
    size_t blen = fast ? sizeof BEGIN_STR - 1 : strlen(begin);
    for (const char *p = fast ? find_begin(s, begin[0]) : strstr(s, begin); p;
         p = fast ? find_begin(p + 1, begin[0]) : strstr(p + 1, begin)) {
        const char *k = p + blen, *q = k;
        const char *e = read_token_key(app, k, index, status);
        if (e) {
            *len = (size_t)(e - p);
            return p;
        }
        while (valid_key_char(*q))
            q++;
        if (q == k || q[0] != ']' || q[1] != '}')
            continue;
        *len = (size_t)(q + 2 - p);
        *index = 0;
        *status = TOK_UNKNOWN;
        if (str && q - k > 4 && !memcmp(k, "AWS.", 4))
            for (size_t i = 0; i < CCDK__NPSEUDO; i++)
                if (!strncmp(pseudo_markers[i], p, *len) && pseudo_markers[i][*len] == 0) {
                    *status = TOK_PSEUDO;
                    *index = i;
                }
        return p; /* ("TOKEN.<digits>" is read_token_key's: this key is another) */
    }
    return NULL;
}

/* ------------------------------------------------------------------ first reads
 *
 * aws-cdk-lib's TokenMap numbers a token when Token.asString makes its string: a CfnReference (an
 * L1 attribute) at its first Token.asString, an L2's attribute of a memoized getter (queue.queueArn,
 * fn.functionArn, bucket.bucketArn, ...: getResourceArnAttribute's mimicReference) at the getter's
 * first call -- in a grant, an event source, the user's code -- not when the construct is made.
 * Where aws-cdk-lib sorts unresolved strings (IAM's minimizePolicies merges statements with
 * setMerge's sort()), "${Token[TOKEN.<n>]}" strings follow those numbers, and the order of the
 * merged Resource list is the order the app first touched each attribute (and, through the
 * references met in that order, the order of a producer stack's exports).
 *
 * ccdk numbers a token when it is made, in chunks shared with the other Apps of the process; the
 * sort compares instead each token's place in the order of first reads (token_read): a token is
 * read when it is made, except an attribute of a memoized getter (ccdk__token_mark_unread), read at
 * its getter (ccdk__token_read) or at the first value made of a string holding it
 * (ccdk__v_from_string: every property, statement and variable a string goes into). A token still
 * unread when a sort meets it is read then.
 *
 * aws-cdk-lib's own numbers cannot be repeated: its counter starts at Math.floor(Math.random() * 10)
 * and counts every token of its process (each CfnElement's logical id, every Lazy), so where two of
 * them cross a power of ten (TOKEN.98 and TOKEN.103) its string sort differs from the numeric one
 * at random, from run to run. ccdk's places all have one width (TOKEN_FIRST + place): the order is
 * the numeric one, aws-cdk-lib's whenever its numbers do not cross a power of ten. */

const char *ccdk__token_mark_unread(ccdk_app *app, const char *s)
{
    size_t len, idx;
    int st;
    /* (s must begin with the marker: a string that does not is none, without a search) */
    const char *p = s && s[0] == BEGIN_STR[0] ? ccdk__next_marker(app, s, BEGIN_STR, &len, &idx, &st) : NULL;
    if (p == s && p && s[len] == 0 && st == TOK_OK && app->token_read[idx]) {
        app->token_read[idx] = 0;
        app->token_unread++;
    }
    return s;
}

const char *ccdk__token_read(ccdk_app *app, const char *s)
{
    if (!app || !app->token_unread || !s)
        return s;
    size_t len, idx;
    int st;
    /* most strings read are one whole marker of ccdk's own form (an attribute, a name): read here,
     * as the search below would (its marker at s, then none after it), without the searches */
    size_t h = 0;
    while (h < sizeof BEGIN_STR - 1 && s[h] == BEGIN_STR[h]) /* (stops at s's end: no NUL in BEGIN_STR) */
        h++;
    const char *e = h == sizeof BEGIN_STR - 1 ? read_token_key(app, s + h, &idx, &st) : NULL;
    if (e && !*e) {
        if (st == TOK_OK && !app->token_read[idx]) {
            app->token_read[idx] = ++app->token_reads;
            app->token_unread--;
        }
        return s;
    }
    if (!find_begin(s, BEGIN_STR[0]))
        return s;
    for (const char *p = s; (p = ccdk__next_marker(app, p, BEGIN_STR, &len, &idx, &st)); p += len)
        if (st == TOK_OK && !app->token_read[idx]) {
            app->token_read[idx] = ++app->token_reads;
            app->token_unread--;
        }
    return s;
}

/* the string as the sort compares it: each of app's "TOKEN.<n>" as "TOKEN.<TOKEN_FIRST + place>" */
static const char *sort_key(ccdk_app *app, const char *s)
{
    if (!find_begin(s, BEGIN_STR[0]))
        return s;
    ccdk__token_read(app, s);
    ccdk__buf b = {0};
    const char *q = s;
    size_t len, idx;
    int st;
    for (const char *p = s; (p = ccdk__next_marker(app, p, BEGIN_STR, &len, &idx, &st)); p += len) {
        if (st != TOK_OK)
            continue;
        ccdk__buf_put(&b, q, (size_t)(p - q));
        char num[48];
        int nl = snprintf(num, sizeof num, "%sTOKEN.%llu%s", BEGIN_STR,
                          (unsigned long long)(TOKEN_FIRST + app->token_read[idx]), END_MARK);
        ccdk__buf_put(&b, num, (size_t)nl);
        q = p + len;
    }
    ccdk__buf_puts(&b, q);
    const char *k = ccdk__strndup(app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    return k;
}

typedef struct {
    const char *key;
    ccdk_value *v;
} keyed;

static int cmp_keyed(const void *x, const void *y)
{
    return strcmp(((const keyed *)x)->key, ((const keyed *)y)->key);
}

void ccdk__token_sort_strings(ccdk_app *app, ccdk_value **items, size_t n)
{
    if (n < 2)
        return;
    keyed *k = malloc(n * sizeof *k);
    if (!k)
        abort();
    /* unread tokens are read in the list's order, before any comparison */
    for (size_t i = 0; i < n; i++)
        ccdk__token_read(app, items[i]->u.str.s);
    for (size_t i = 0; i < n; i++)
        k[i] = (keyed){sort_key(app, items[i]->u.str.s), items[i]};
    qsort(k, n, sizeof *k, cmp_keyed);
    for (size_t i = 0; i < n; i++)
        items[i] = k[i].v;
    free(k);
}

int ccdk__is_unresolved(const char *s) { return s && ccdk__marker_start(s); }

ccdk__token_comparison ccdk__token_compare_strings(const char *a, const char *b)
{
    int ua = ccdk__is_unresolved(a), ub = ccdk__is_unresolved(b);
    if (ua && ub)
        return CCDK__TOKENS_BOTH_UNRESOLVED;
    if (ua || ub)
        return CCDK__TOKENS_ONE_UNRESOLVED;
    return strcmp(a ? a : "", b ? b : "") ? CCDK__TOKENS_DIFFERENT : CCDK__TOKENS_SAME;
}

int ccdk__tokens_same_or_both_unresolved(const char *a, const char *b)
{
    ccdk__token_comparison c = ccdk__token_compare_strings(a, b);
    return c == CCDK__TOKENS_SAME || c == CCDK__TOKENS_BOTH_UNRESOLVED;
}

int ccdk__has_list_marker(const char *s)
{
    size_t blen = strlen(BEGIN_LIST);
    for (const char *p = s ? find_begin(s, BEGIN_LIST[0]) : NULL; p; p = find_begin(p + 1, BEGIN_LIST[0])) {
        const char *k = p + blen, *q = k;
        while (valid_key_char(*q))
            q++;
        if (q != k && q[0] == ']' && q[1] == '}')
            return 1;
    }
    return 0;
}

ccdk_strs ccdk_token_as_list(ccdk_value *v)
{
    ccdk_strs none = {0};
    if (!v)
        return none;
    ccdk_app *app = v->app;
    if (v->kind == CCDK__V_LIST) { /* a list of strings is already what asList gives */
        size_t n = v->u.list.n, i = 0;
        while (i < n && v->u.list.items[i]->kind == CCDK__V_STR)
            i++;
        if (i == n) {
            const char **items = ccdk__alloc(app, (n ? n : 1) * sizeof *items);
            for (i = 0; i < n; i++)
                items[i] = v->u.list.items[i]->u.str.s;
            return (ccdk_strs){&ccdk__list_mark, items, n};
        }
    }
    const char **one = ccdk__alloc(app, sizeof *one);
    one[0] = ccdk__token_list_marker(app, v);
    return (ccdk_strs){&ccdk__list_mark, one, 1};
}

int ccdk_token_is_unresolved_list(ccdk_strs list)
{
    return list.built_by_ccdk_list && list.count == 1 && ccdk__has_list_marker(list.items[0]);
}

int ccdk_token_is_unresolved(const char *s) { return ccdk__is_unresolved(s); }

ccdk_value *ccdk__token_lookup(ccdk_app *app, const char *s)
{
    size_t len, idx;
    int st;
    const char *p = ccdk__next_marker(app, s, BEGIN_STR, &len, &idx, &st);
    if (p == s && s[len] == 0 && st == TOK_OK)
        return app->tokens[idx];
    if (p == s && s[len] == 0 && st == TOK_PSEUDO)
        return ccdk__pseudo_value(app, idx);
    p = ccdk__next_marker(app, s, BEGIN_LIST, &len, &idx, &st);
    if (p == s && s[len] == 0 && st == TOK_OK)
        return app->tokens[idx];
    return NULL;
}

ccdk_value *ccdk__v_from_string(ccdk_app *app, const char *s)
{
    if (!s)
        return ccdk__v_undef(app);
    return ccdk__v_str(app, ccdk__token_read(app, s)); /* a first read of its tokens, maybe */
}

ccdk_value *ccdk__v_strlist(ccdk_app *app, const char *const *strs)
{
    ccdk_value *l = ccdk__v_list(app);
    for (; strs && *strs; strs++)
        ccdk__v_push(l, ccdk__v_from_string(app, *strs));
    return l;
}

ccdk_value *ccdk__v_opt_num(ccdk_app *app, ccdk_opt_num n)
{
    return n.token ? ccdk__v_from_string(app, n.token) : ccdk__v_num(app, n.value);
}

/* ------------------------------------------------------------------ stack.toJsonString */

/* deepQuoteStringLiterals (CloudFormationLang.toJSON): every string of a token's resolved value
 * JSON-escaped, without its quotes, as it sits inside a JSON string */
static ccdk_value *deep_quote(ccdk_app *app, ccdk_value *v)
{
    if (!v)
        return v;
    if (v->kind == CCDK__V_STR) {
        ccdk__buf b = {0};
        ccdk__json_write_string(&b, v->u.str.s, strlen(v->u.str.s));
        ccdk_value *r = ccdk__v_str(app, ccdk__strndup(app, b.data + 1, b.len - 2));
        ccdk__buf_free(&b);
        return r;
    }
    if (v->kind == CCDK__V_LIST) {
        ccdk_value *l = ccdk__v_list(app);
        for (size_t i = 0; i < v->u.list.n; i++)
            ccdk__v_push(l, deep_quote(app, v->u.list.items[i]));
        return l;
    }
    if (v->kind == CCDK__V_OBJ) {
        ccdk_value *o = ccdk__v_obj(app);
        for (size_t i = 0; i < v->u.obj.n; i++) {
            ccdk_value *key = deep_quote(app, ccdk__v_str(app, v->u.obj.e[i].key));
            ccdk__v_set(o, key->u.str.s, deep_quote(app, v->u.obj.e[i].val));
        }
        return o;
    }
    return v;
}

static ccdk_value *deep_quote_post(ccdk_app *app, ccdk_value *resolved, void *ctx)
{
    (void)ctx;
    return deep_quote(app, resolved);
}

/* ccdk__json_text_value: stack.toJsonString's result for JSON text whose strings hold tokens: the text around them as it
 * is, each token's resolved value quoted for its place inside a JSON string (a literal escaped, an
 * intrinsic's literals escaped), joined as Fn::Join "" joins (a lone literal is the text) */
ccdk_value *ccdk__json_text_value(ccdk_app *app, const char *text)
{
    if (!strstr(text, "Token["))
        return ccdk__v_str(app, text);
    ccdk_value *parts = ccdk__v_list(app);
    const char *p = text;
    size_t len, idx;
    int st;
    for (const char *m; (m = ccdk__next_marker(app, p, "${Token[", &len, &idx, &st));) {
        ccdk_value *tok = st == TOK_OK ? app->tokens[idx] : st == TOK_PSEUDO ? ccdk__pseudo_value(app, idx) : NULL;
        if (m > p)
            ccdk__v_push(parts, ccdk__v_str(app, ccdk__strndup(app, p, (size_t)(m - p))));
        if (tok)
            ccdk__v_push(parts, ccdk__v_post(app, tok, deep_quote_post, NULL));
        else /* not a token of this App: left for the resolver to report */
            ccdk__v_push(parts, ccdk__v_from_string(app, ccdk__strndup(app, m, len)));
        p = m + len;
    }
    if (*p)
        ccdk__v_push(parts, ccdk__v_str(app, p));
    ccdk_value *join = ccdk__v_new(app, CCDK__V_JOIN);
    join->u.join.delim = "";
    join->u.join.list = parts;
    return join;
}
