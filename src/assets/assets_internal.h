/* assets_internal.h - what the files of src/assets/ share: allocation and arenas, JS strings, the
 * regex engine, the glob dialects, the ignore strategies, the walker and the worker pool. */
#ifndef CCDK_ASSETS_INTERNAL_H
#define CCDK_ASSETS_INTERNAL_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "fingerprint.h"
#include "digest.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sched.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

/* These files were one (src/core/fingerprint.c, split in 2026-12) whose helpers were static. They
 * keep the short names in their code; the linker sees each shared one as ccdk__assets_<name>. */
#define xmalloc ccdk__assets_xmalloc
#define xcalloc ccdk__assets_xcalloc
#define xrealloc ccdk__assets_xrealloc
#define xstrdup ccdk__assets_xstrdup
#define xstrndup ccdk__assets_xstrndup
#define xasprintf ccdk__assets_xasprintf
#define fail ccdk__assets_fail
#define fail_errno ccdk__assets_fail_errno
#define fail_errno2 ccdk__assets_fail_errno2
#define aalloc ccdk__assets_aalloc
#define azalloc ccdk__assets_azalloc
#define arena_mark ccdk__assets_arena_mark
#define arena_reset ccdk__assets_arena_reset
#define arena_free ccdk__assets_arena_free
#define jsb_init ccdk__assets_jsb_init
#define jsb_putc ccdk__assets_jsb_putc
#define jsb_put ccdk__assets_jsb_put
#define jsb_puta ccdk__assets_jsb_puta
#define jsb_js ccdk__assets_jsb_js
#define js_a ccdk__assets_js_a
#define js_sub ccdk__assets_js_sub
#define js_eq ccdk__assets_js_eq
#define js_eqa ccdk__assets_js_eqa
#define js_cmp ccdk__assets_js_cmp
#define js_indexof_c ccdk__assets_js_indexof_c
#define js_startsa ccdk__assets_js_startsa
#define js_ends ccdk__assets_js_ends
#define js_cat ccdk__assets_js_cat
#define js_cat3 ccdk__assets_js_cat3
#define jsvec_push ccdk__assets_jsvec_push
#define js_is_space ccdk__assets_js_is_space
#define js_trim ccdk__assets_js_trim
#define js_split_c ccdk__assets_js_split_c
#define js_split_s ccdk__assets_js_split_s
#define js_split_slashes ccdk__assets_js_split_slashes
#define js_split_lines ccdk__assets_js_split_lines
#define js_join ccdk__assets_js_join
#define js_replace_all_lit ccdk__assets_js_replace_all_lit
#define utf8_valid ccdk__assets_utf8_valid
#define utf8_sanitize ccdk__assets_utf8_sanitize
#define utf8_sanitize_str ccdk__assets_utf8_sanitize_str
#define js_from_utf8 ccdk__assets_js_from_utf8
#define js_to_utf8 ccdk__assets_js_to_utf8
#define re_is_lt ccdk__assets_re_is_lt
#define jsre_compile ccdk__assets_jsre_compile
#define jsre_exec ccdk__assets_jsre_exec
#define jsre_test ccdk__assets_jsre_test
#define re_cap ccdk__assets_re_cap
#define jsre_replace ccdk__assets_jsre_replace
#define path_normalize ccdk__assets_path_normalize
#define path_join ccdk__assets_path_join
#define path_resolve2 ccdk__assets_path_resolve2
#define path_resolve ccdk__assets_path_resolve
#define path_dirname ccdk__assets_path_dirname
#define path_basename ccdk__assets_path_basename
#define path_extname_at ccdk__assets_path_extname_at
#define path_relative ccdk__assets_path_relative
#define brace_expand ccdk__assets_brace_expand
#define consts ccdk__assets_consts
#define mm_compile ccdk__assets_mm_compile
#define mm_match ccdk__assets_mm_match
#define ig_add ccdk__assets_ig_add
#define ig_ignores ccdk__assets_ig_ignores
#define dk_dirname ccdk__assets_dk_dirname
#define dk_add ccdk__assets_dk_add
#define dk_ignores ccdk__assets_dk_ignores
#define strategy_free ccdk__assets_strategy_free
#define strategy_new ccdk__assets_strategy_new
#define strategy_ignores ccdk__assets_strategy_ignores
#define strategy_completely_ignores ccdk__assets_strategy_completely_ignores
#define hasher_init ccdk__assets_hasher_init
#define hasher_free ccdk__assets_hasher_free
#define hex64 ccdk__assets_hex64
#define content_fingerprint ccdk__assets_content_fingerprint
#define content_fingerprint_mem ccdk__assets_content_fingerprint_mem
#define is_internal_path ccdk__assets_is_internal_path
#define realpath_or_self ccdk__assets_realpath_or_self
#define canonical_path ccdk__assets_canonical_path
#define walk_directory ccdk__assets_walk_directory
#define pool_run ccdk__assets_pool_run
#define follow_name ccdk__assets_follow_name
#define IG_REPLACER_GLOBAL ccdk__assets_IG_REPLACER_GLOBAL

/* ---- alloc.c: allocation, errors, arenas ------------------------------- */

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t m);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...);
int fail(char **err, const char *fmt, ...);
int fail_errno(char **err, int e, const char *syscall, const char *path);
int fail_errno2(char **err, int e, const char *syscall, const char *p1, const char *p2);

typedef struct ablk {
    struct ablk *next;
    size_t used, cap;
    _Alignas(max_align_t) unsigned char data[];
} ablk;

typedef struct {
    ablk *head;
} arena;

typedef struct {
    ablk *blk;
    size_t used;
} amark;

void *aalloc(arena *a, size_t n);
void *azalloc(arena *a, size_t n);
amark arena_mark(arena *a);
void arena_reset(arena *a, amark m);
void arena_free(arena *a);

/* Growable array in an arena (for pointer-sized or struct elements). */
#define AVEC_PUSH(A, arr, n, cap, val)                                       \
    do {                                                                     \
        if ((n) == (cap)) {                                                  \
            size_t nc_ = (cap) ? (cap) * 2 : 8;                              \
            void *np_ = aalloc((A), nc_ * sizeof *(arr));                    \
            if (n) memcpy(np_, (arr), (n) * sizeof *(arr));                  \
            (arr) = np_;                                                     \
            (cap) = nc_;                                                     \
        }                                                                    \
        (arr)[(n)++] = (val);                                                \
    } while (0)

/* ---- jsstring.c: JS strings (UTF-16 code units), UTF-8 ------------------ */

typedef uint16_t u16;

typedef struct {
    const u16 *s;
    size_t n;
} js;

typedef struct {
    u16 *s;
    size_t n, cap;
    arena *a;
} jsb;

static const js JS_EMPTY = { NULL, 0 };

/* a vector of JS strings */
typedef struct {
    js *v;
    size_t n, cap;
} jsvec;

void jsb_init(jsb *b, arena *a);
void jsb_putc(jsb *b, u16 c);
void jsb_put(jsb *b, js s);
void jsb_puta(jsb *b, const char *ascii);
js jsb_js(const jsb *b);
js js_a(arena *a, const char *ascii);
js js_sub(js s, size_t from, size_t to);
int js_eq(js a, js b);
int js_eqa(js a, const char *ascii);
int js_cmp(js a, js b);
long js_indexof_c(js s, u16 c, size_t from);
int js_startsa(js s, const char *ascii, size_t at);
int js_ends(js s, js suf);
js js_cat(arena *a, js x, js y);
js js_cat3(arena *a, js x, js y, js z);
void jsvec_push(arena *a, jsvec *v, js s);
int js_is_space(uint32_t c);
js js_trim(js s);
jsvec js_split_c(arena *a, js s, u16 c);
jsvec js_split_s(arena *a, js s, js sep);
jsvec js_split_slashes(arena *a, js s);
jsvec js_split_lines(arena *a, js s);
js js_join(arena *a, const js *parts, size_t n, js sep);
js js_replace_all_lit(arena *a, js s, js from, js to);
int utf8_valid(const unsigned char *p, size_t n);
size_t utf8_sanitize(const unsigned char *p, size_t n, unsigned char *o);
char *utf8_sanitize_str(const char *s);
js js_from_utf8(arena *a, const char *s);
char *js_to_utf8(arena *a, js s);

/* ---- jsregex.c: ECMAScript regular expressions ------------------------- */

typedef struct jsre jsre;

typedef js (*re_replacer)(arena *a, void *ud, js subject, const long *caps, int ngroups);

int re_is_lt(uint32_t c);
jsre *jsre_compile(arena *a, js src, const char *flags, char **err);
int jsre_exec(const jsre *re, js s, size_t start, long *caps);
int jsre_test(const jsre *re, js s);
js re_cap(js s, const long *caps, int i, int *defined);
js jsre_replace(arena *a, const jsre *re, int global, js s, re_replacer fn, void *ud);

/* ---- path.c: node's posix path functions --------------------------------- */

char *path_normalize(const char *p);
char *path_join(const char *a, const char *b);
char *path_resolve2(const char *base, const char *p);
char *path_resolve(const char *p);
char *path_dirname(const char *p);
char *path_basename(const char *p);
size_t path_extname_at(const char *p, size_t *at);
char *path_relative(const char *from0, const char *to0);

/* ---- braces.c, minimatch.c: brace expansion, minimatch -------------------- */

jsvec brace_expand(arena *a, js str);

typedef struct {
    int kind;
    js str;      /* MMP_STR */
    jsre *re;    /* MMP_RE */
    int fast;    /* FT_* overriding re.test */
    js ext;      /* fast-test extension */
    size_t qlen; /* FT_QMARKS: $0.length */
} mmpart;

typedef struct {
    mmpart *p;
    size_t n;
} mmpat;

typedef struct {
    int comment, empty, negate;
    mmpat *set;
    size_t nset;
} minimatch_t;

int mm_compile(arena *a, js pattern, minimatch_t *mm, char **err);
int mm_match(arena *a, const minimatch_t *mm, js f);

/* ---- regex_consts.c: the regular expressions compiled once --------------- */

/* regexes compiled once (immutable afterwards, shared by all threads) */
typedef struct {
    arena a;
    jsre *star_re, *star_dot_ext_re, *qmarks_re, *star_dot_star_re, *dot_star_re;
    jsre *brace_test;
    jsre *unesc1, *unesc2;
    /* node-ignore */
    jsre *ig_blank, *ig_bad_trailing_bs, *ig_lead_excl, *ig_lead_hash, *ig_invalid_path;
    jsre *ig_range, *ig_slash_not_end, *ig_escaped_star, *ig_trailing_slash;
    jsre *ig_rep[16];
    /* dockerignore strategy */
    jsre *dk_negative;
} consts_t;

extern const int IG_REPLACER_GLOBAL[16];
const consts_t *consts(void);

/* ---- gitignore.c, dockerignore.c: node-ignore, @balena/dockerignore ------ */

typedef struct {
    jsre *regex;
    int negative;
} ig_rule;

typedef struct {
    ig_rule *rules;
    size_t n, cap;
} ig_t;

int ig_add(arena *a, ig_t *ig, js pattern, char **err);
int ig_ignores(arena *a, const ig_t *ig, js path, int *out, char **err);

typedef struct {
    js pattern;
    jsvec dirs;
    int negative;
    int ndirs_not_gs; /* dirs.filter(x => x !== '**').length */
    int has_gs;
    jsre *regexp;
    int compiled;
} dk_rule;

typedef struct {
    dk_rule *rules;
    size_t n, cap;
    char *compile_err; /* first compile error (malloc'd) */
    int compiled;
} dk_t;

js dk_dirname(arena *a, js p);
void dk_add(arena *a, dk_t *dk, js pattern);
int dk_ignores(arena *scratch, arena *perm, dk_t *dk, js file, int *out, char **err);

/* ---- ignore.c: ignore strategies ------------------------------------------ */

typedef struct strategy strategy;

void strategy_free(strategy *st);
strategy *strategy_new(const ccdk__fingerprint_opts *o, char **err);
int strategy_ignores(strategy *st, arena *scratch, const char *rel, int *out, char **err);
int strategy_completely_ignores(strategy *st, arena *scratch, const char *rel, int *out, char **err);

/* ---- content_hash.c: file content fingerprints ---------------------------- */

typedef struct {
    ccdk__sha256_ctx ctx;
    unsigned char *buf;  /* FP_READ */
    unsigned char *san;  /* 3 * FP_CHUNK */
    unsigned char *pend; /* held-back text */
    size_t pendn, pendcap;
} hasher;

int hasher_init(hasher *h);
void hasher_free(hasher *h);
void hex64(const unsigned char *d, char *out);
int content_fingerprint(hasher *h, const char *file, char *out, char **err);
/* the same of bytes in memory: "<size>:<hex>" into out (>= 100 bytes) */
void content_fingerprint_mem(hasher *h, const unsigned char *data, size_t len, char *out);

/* ---- walk.c, pool.c: directory walk, worker pool ------------------------- */

typedef struct walker walker;
struct walker {
    ccdk_symlink_follow follow;
    strategy *ig;
    char *canonical_root;
    arena scratch;
    char **anc;
    size_t nanc, capanc;
    int want_dirs; /* copy: onDirectory needs `ignored` */
    const char *canonical_dir; /* the walked directory's realPathOrSelf when the caller has it, or NULL */
    void *ud;
    /* visitor: return 0 or -1 (error in *err) */
    int (*on_file)(walker *w, const char *sym, const char *rel, const char *real, char **err);
    int (*on_symlink)(walker *w, const char *sym, const char *rel, const char *real, const char *target,
                      const char *resolved, int internal, char **err);
    int (*on_directory)(walker *w, const char *sym, const char *rel, const char *real, int ignored, char **err);
    int (*on_unsupported)(walker *w, const char *sym, const char *rel, const char *real, char **err);
};

int is_internal_path(const char *root, const char *target);
char *realpath_or_self(const char *p);
char *canonical_path(const char *p, struct stat *st, int *stated);
int walk_directory(walker *w, const char *directory, const char *root, char **err);

typedef struct {
    size_t njobs;
    atomic_size_t next;
    void *ud;
    /* run job i with per-thread context; errors are stored by the job itself */
    void (*run)(void *ud, size_t i, void *tctx);
    void *(*tctx_new)(void *ud);
    void (*tctx_free)(void *tctx);
    /* 1: at most one thread (a job of an outer pool); 0: one per core */
    int serial;
    /* 1: each thread works through its own contiguous share of the jobs first, then helps with the
     * others'. Copies use it: files made in one directory by two threads take turns on the
     * directory's lock (the kernel spins on it), while neighbouring jobs share a directory. */
    int by_range;
    /* seconds (not with by_range): the calling thread works alone until the batch has taken this
     * long, and only then are the other threads woken for the rest. Waking them and waiting for
     * them costs more than a small directory's hashing (a hundred directories of twenty small
     * files: a hundred hand-offs); a large one is hardly slower. 0: the threads from the start. */
    double alone_s;
    struct pool_range {
        atomic_size_t next;
        size_t end;
    } ranges[64];
} pool_t;

void pool_run(pool_t *p);

/* ---- fingerprint.c: the follow mode's name (also in stage.c's messages) --- */

const char *follow_name(ccdk_symlink_follow f);

#endif
