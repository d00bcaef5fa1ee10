/* arena.h - the arena (one per App, scratch arenas, the block cache), output buffers, files, UTF-8,
 * and the error funnel (errors.c). Layer 1 of the core: see types.h. */
#ifndef CCDK_ARENA_H
#define CCDK_ARENA_H

#include "types.h"
#include "digest.h"

/* zeroed, never NULL (aborts on OOM): inline, below; its slow path: */

void *ccdk__alloc_block(ccdk_app *app, size_t n);         /* its slow path: a new block */
char *ccdk__strdup(ccdk_app *app, const char *s);
char *ccdk__strndup(ccdk_app *app, const char *s, size_t n);
char *ccdk__sprintf(ccdk_app *app, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *ccdk__vsprintf(ccdk_app *app, const char *fmt, va_list ap);
/* The strings given, one after another, in the arena: ccdk__concat(app, "<", path, ">"), for a string
 * built of pieces (none NULL). The macro passes them as an array and its length (no va_list: its
 * walk cost more than the copying, for the few short pieces such strings have). */
char *ccdk__concat_n(ccdk_app *app, const char *const *pieces, size_t n);
#define ccdk__concat(app, ...)                                                  \
    ccdk__concat_n((app), (const char *const[]){__VA_ARGS__},                   \
                   sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *))
/* n in decimal, written at the end of buf (no printf): its first digit, NUL-terminated */
static inline const char *ccdk__decimal(char buf[24], uint64_t n)
{
    char *p = buf + 23;
    *p = 0;
    do
        *--p = (char)('0' + n % 10);
    while (n /= 10);
    return p;
}
void ccdk__arena_free(ccdk__arena *a);
/* s can be kept as it is: it is in a read-only segment of the program (a literal) or in the app's
 * persistent arena, so it never changes and lives as long as the app (util.c) */
int ccdk__immutable(ccdk_app *app, const char *s);
/* s itself when ccdk__immutable, else a copy in the arena (NULL stays NULL) */
const char *ccdk__keep(ccdk_app *app, const char *s);
size_t ccdk__mapped_bytes(void); /* arena memory mapped so far by the process */
/* FNV-1a of a NUL-terminated string: the key hash of the small open-addressing tables (an object's
 * key index, a node's children by id, a function's grant ids) */
static inline uint32_t ccdk__str_hash(const char *k)
{
    uint32_t h = 2166136261u;
    for (; *k; k++)
        h = (h ^ (unsigned char)*k) * 16777619u;
    return h;
}
void ccdk__spares_free(ccdk_app *app); /* the recycled blocks (ccdk_app_free) */
/* Scratch allocation: between begin and end (they nest), ccdk__alloc takes from a temporary arena
 * whose blocks end recycles, zeroed, for later allocations: nothing allocated in between may be kept.
 * What must outlive it (a cached logical id) is allocated between persistent_enter and _leave. */
void ccdk__prefetch_stop(ccdk_app *app); /* joins the helper thread, if any */
/* For a process that reads a few files rather than synthesizing (the `ccdk` command): arena
 * blocks from calloc, faulted in page by page as they are used, no helper thread. Populating 2 MiB
 * huge pages ahead pays for a synth that fills them, not for a command that parses a manifest. */
void ccdk__arena_lazy_pages(void);
void ccdk__prefetch_drain(ccdk_app *app); /* no more blocks: the ready ones become spares; no wait */
void ccdk__scratch_begin(ccdk_app *app);
void ccdk__scratch_end(ccdk_app *app);
/* Ends the (outermost) scratch but keeps its memory: what was built in it stays valid until the
 * arena is handed to ccdk__scratch_recycle (synth hands a resolved template to a writer thread). */
ccdk__arena ccdk__scratch_detach(ccdk_app *app);
void ccdk__scratch_recycle(ccdk_app *app, ccdk__arena *a);
/* Zeroes what a detached scratch used, for its recycle to skip (any thread: it touches only a's
 * blocks); nothing in a may be read afterwards. A no-op where blocks are not recycled. */
void ccdk__arena_zero(ccdk__arena *a);
void ccdk__persistent_enter(ccdk_app *app, ccdk__arena *cur);
void ccdk__persistent_leave(ccdk_app *app, const ccdk__arena *cur);

int ccdk__buf_open(ccdk__buf *b, const char *path, struct ccdk__sha256_ctx_s *sha); /* 0, or -1 (errno) */
/* As ccdk__buf_open, for a file of the assembly whose old version may be the file `rel` of the
 * directory old_dir (the assembly being replaced; -1: none): while what is streamed equals it,
 * nothing is written, and a file that comes out the same is hard-linked from there at close (no
 * data to write, flush or, once the old assembly is removed, free). The first byte that differs
 * creates the file and copies the equal part from the old one. */
int ccdk__buf_open_reuse(ccdk__buf *b, const char *path, int old_dir, const char *rel, struct ccdk__sha256_ctx_s *sha);
int ccdk__buf_close(ccdk__buf *b); /* flush, close, free: 0, or -1 (errno) */
void ccdk__buf_grow(ccdk__buf *b, size_t n); /* room for n more bytes and the NUL */
/* A malloc'd array grown for one more element: capacity doubled (first when 0); aborts on OOM.
 *   if (n == cap) arr = ccdk__grow(arr, &cap, sizeof *arr, 8); */
void *ccdk__grow(void *arr, size_t *cap, size_t elem, size_t first);
/* The same for an array in the arena: a copy of its n elements with room for double (first when 0). */
void *ccdk__arena_grow(ccdk_app *app, const void *arr, size_t n, size_t *cap, size_t elem, size_t first);
/* Inline: the JSON writers call these for every few bytes of output. */
static inline void ccdk__buf_put(ccdk__buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap)
        ccdk__buf_grow(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}
static inline void ccdk__buf_puts(ccdk__buf *b, const char *s) { ccdk__buf_put(b, s, strlen(s)); }
static inline void ccdk__buf_putc(ccdk__buf *b, char c)
{
    if (b->len + 2 > b->cap)
        ccdk__buf_grow(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = 0;
}
void ccdk__buf_printf(ccdk__buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ccdk__buf_free(ccdk__buf *b);

/* Inline: a thousand functions make a million allocations. Aligned to 8 bytes, not to
 * max_align_t's 16: nothing ccdk keeps in the arena needs more (no long double, no SSE type), and
 * a 40-byte value or a short string would take 48 otherwise. */
static inline void *ccdk__alloc(ccdk_app *app, size_t n)
{
    ccdk__arena *a = &app->arena;
    n = (n + 7) & ~(size_t)7;
    if (__builtin_expect(!a->head || a->used + n > a->cap, 0))
        return ccdk__alloc_block(app, n);
    void *p = a->base + a->used;
    a->used += n;
    return p;
}
#ifdef CCDK_ALLOC_PROF
/* a profiling build's allocation counter: bytes per call site, printed at exit (util.c) */
void ccdk__alloc_prof_note(const char *file, int line, size_t n);
#define ccdk__alloc(app, n) (ccdk__alloc_prof_note(__FILE__, __LINE__, (n)), ccdk__alloc((app), (n)))
#endif

/* Invalid UTF-8 (see core.h): templates, manifests and tree.json are JSON, which is UTF-8, and
 * aws-cdk-lib's strings cannot hold anything else, so ccdk refuses such ids and strings with an
 * error naming them, written with ccdk__utf8_show: the text with each bad byte as \xNN. */
int ccdk__utf8_valid(const char *s, size_t n);
const char *ccdk__utf8_show(ccdk_app *app, const char *s, size_t n);

const char *ccdk__basename(const char *path);
int ccdk__mkdir_p(const char *path);
int ccdk__rm_rf(const char *path);
char *ccdk__read_file(const char *path, size_t *len); /* malloc'd, NUL-terminated; NULL on error */
int ccdk__write_file(const char *path, const char *data, size_t len);
int ccdk__path_resolve(char *path, size_t size); /* node's path.resolve, lexically, in place */
/* The assembly is flushed to disk before it replaces the old one (syncfs, assembly.c) unless
 * CCDK_NO_FSYNC=1; writeback_start starts the writeback of a file of size bytes as soon as it is
 * written, so that the flush at the end finds little left to do -- for files of
 * CCDK__WRITEBACK_MIN bytes or more only. A small file's writeback started alone is one request to
 * the device of its own (on a virtio disk, a notification each: 11 % of a 101-stack synth's CPU
 * time for 300 files of a few KiB); the final flush writes them together, merged where they are
 * adjacent. */
#define CCDK__WRITEBACK_MIN ((size_t)128 << 10)
int ccdk__durable(void);
void ccdk__writeback_start(int fd, size_t size);
double ccdk__now(void); /* CLOCK_MONOTONIC, seconds */
int ccdk__str_eq(const char *a, const char *b); /* NULL-safe */
/* JavaScript's length of UTF-8 text: its UTF-16 code units (a 4-byte sequence counts 2) */
size_t ccdk__js_length(const char *s);
int ccdk__ends_with(const char *s, const char *suffix);
/* String.prototype.trim of UTF-8 text s[0..*n): *s and *n narrowed past JavaScript's WhiteSpace and
 * LineTerminator characters at both ends (U+0009-U+000D, U+0020, U+00A0, U+FEFF, U+2000-U+200A, ...) */
void ccdk__js_trim_span(const char **s, size_t *n);

/* The error funnel (errors.c): every error is recorded here, with the construct path of scope. */
void ccdk__error(const void *scope, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ccdk__unscoped_error(ccdk_app *app, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int ccdk__failed(ccdk_app *app);
/* An error thrown by a lazy's producer (aws-cdk-lib's `throw` inside Lazy.produce): the resolver
 * that called the producer records it wrapped in "Resolution error: ..." as often as aws-cdk-lib's
 * resolver wraps it (once per token around it), or drops it when it only scanned (refs.c). */
void ccdk__lazy_error(ccdk_app *app, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
ccdk__node *ccdk__node_of(const void *handle); /* checks the magic; NULL if not a construct */
/* A getter's check of its handle: 1 for a construct; 0 for NULL, and 0 with an error on the
 * process-wide list for a pointer that is not a construct (cast to a handle type). */
int ccdk__handle_ok(const void *handle, const char *func);
/* A mutator's check of its target construct (a call that adds or changes something: add_*, grant_*,
 * set_*, ...): 1 for a construct; 0 for a pointer that is not a construct, with the error on the
 * process-wide list as ccdk__handle_ok; 0 for NULL, with "<func>: the handle is NULL" on that list,
 * which fails every later synth; a synth prints it only when it has no other error (a NULL that
 * comes from a call that failed is that failure's, not news: errors.c). */
int ccdk__target_ok(const void *handle, const char *func);
/* The same for a target that is not a construct (a policy statement, a principal, connections, a
 * value): 1 when not NULL; NULL as ccdk__target_ok. */
int ccdk__object_ok(const void *object, const char *func);
/* A mutator's other argument that the call needs (a construct, a statement, a principal, a required
 * string such as an environment key): 1 when not NULL; 0 for NULL, with "<func>: <name> is NULL" on
 * the process-wide list under ccdk__target_ok's rule (it fails every later synth, and is printed
 * only by a synth with no other error). */
int ccdk__arg_ok(const void *arg, const char *func, const char *name);
/* The same for a construct argument: also 0 (with ccdk__handle_ok's error) for a pointer that is
 * not a construct. */
int ccdk__arg_handle_ok(const void *handle, const char *func, const char *name);
/* A grant's grantee: NULL is an error on the process-wide list (a grant to no one would be a
 * template without it, and exit status 0), under ccdk__arg_ok's rule; returns grantee != NULL. */
int ccdk__grantee_ok(const void *grantee, const char *func);
/* An enum of a public header as it enters the library (a props field, a parameter): a C enum
 * holds any int, and a value that is none of the type's constants must fail synth, not become
 * some default or index a name table out of bounds. 1 when first <= value <= last; else 0 and
 * the error "<what>: <value> is not a valid <type> (<first> to <last>)" on scope, or on the
 * process-wide list when scope is NULL (a function with no construct). There is no aws-cdk-lib
 * message for this: TypeScript's types prevent it. Use the macros: value must have the enum type
 * (_Generic: anything else does not compile), and scripts/check-enums.py (make headers) checks
 * that first and last are the type's first and last constants and that every public enum is
 * checked where it enters. CCDK__ENUM_IN is for an enum whose constants are not contiguous: table
 * lists them all. */
int ccdk__enum_ok(const void *scope, int value, int first, int last, const char *type, const char *range,
                  const char *what);
int ccdk__enum_in(const void *scope, int value, const int *table, size_t n, const char *type, const char *what);
#define CCDK__ENUM_OK(scope, value, type, first, last, what) \
    ccdk__enum_ok((scope), _Generic((value), type: (int)(value)), (first), (last), #type, #first " to " #last, (what))
#define CCDK__ENUM_IN(scope, value, type, table, what) \
    ccdk__enum_in((scope), _Generic((value), type: (int)(value)), (table), sizeof(table) / sizeof *(table), #type, (what))
/* Appends the process-wide errors app has not seen yet to its errors (synth.c). */
void ccdk__take_process_errors(ccdk_app *app);
void ccdk__process_errors_clear(void); /* tests */
/* the process-wide list of errors that belong to no App (a bad scope: construct.c) */
void ccdk__process_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Lists (ccdk/core.h: CCDK_LIST_TYPE). The number of items of a list given by the user; a list
 * whose mark is not CCDK_LIST's (a bare array that reached it through brace elision, without
 * -Werror) is a process-wide error naming what, and counts as empty. */
size_t ccdk__list_len(const struct ccdk__list_mark *mark, const void *items, size_t count, const char *what);
#define CCDK__LEN(list, what) ccdk__list_len((list).built_by_ccdk_list, (list).items, (list).count, what)
/* given at all (CCDK_EMPTY_LIST is given and empty; a left-out field is not given) */
#define CCDK__GIVEN(list) ((list).built_by_ccdk_list != NULL)
/* The list as a terminated array in app's arena (a zeroed element after the items: NULL for
 * handles and strings, {NULL, NULL} for pairs), for code that walks to the terminator; NULL when
 * the list is not given (or not built with the macros: then also the process-wide error). */
void *ccdk__list_nt(ccdk_app *app, const struct ccdk__list_mark *mark, const void *items, size_t count,
                    size_t elem, const char *what);
#define CCDK__NT(app, list, what)                                                                   \
    ((__typeof__((list).items))ccdk__list_nt((app), (list).built_by_ccdk_list, (list).items, (list).count, \
                                             sizeof *(list).items, (what)))

#endif
