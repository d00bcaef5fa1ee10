/* internal.h - structures and helpers shared by ccdk's modules (not installed). */
#ifndef CCDK_INTERNAL_H
#define CCDK_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <pthread.h>
#include <stdint.h>

#include "ccdk/core.h"
#include "fingerprint.h"

#include <string.h>

#define CCDK__MAGIC 0x43434b44u /* "CCKD": every construct handle starts with it */

/* ------------------------------------------------------------------ arena */

typedef struct ccdk__arena_block ccdk__arena_block;
typedef struct ccdk__prefetch ccdk__prefetch;
typedef struct {
    ccdk__arena_block *head;
    char *base; /* head's first byte */
    size_t used, cap;
} ccdk__arena;

static inline void *ccdk__alloc(ccdk_app *app, size_t n); /* zeroed, never NULL (aborts on OOM) */
void *ccdk__alloc_block(ccdk_app *app, size_t n);         /* its slow path: a new block */
char *ccdk__strdup(ccdk_app *app, const char *s);
char *ccdk__strndup(ccdk_app *app, const char *s, size_t n);
char *ccdk__sprintf(ccdk_app *app, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *ccdk__vsprintf(ccdk_app *app, const char *fmt, va_list ap);
void ccdk__arena_free(ccdk__arena *a);
/* s can be kept as it is: it is in a read-only segment of the program (a literal) or in the app's
 * persistent arena, so it never changes and lives as long as the app (util.c) */
int ccdk__immutable(ccdk_app *app, const char *s);
/* s itself when ccdk__immutable, else a copy in the arena (NULL stays NULL) */
const char *ccdk__keep(ccdk_app *app, const char *s);
size_t ccdk__mapped_bytes(void); /* arena memory mapped so far by the process */
void ccdk__spares_free(ccdk_app *app); /* the recycled blocks (ccdk_app_free) */
/* Scratch allocation: between begin and end (they nest), ccdk__alloc takes from a temporary arena
 * whose blocks end recycles, zeroed, for later allocations: nothing allocated in between may be kept.
 * What must outlive it (a cached logical id) is allocated between persistent_enter and _leave. */
void ccdk__prefetch_stop(ccdk_app *app); /* joins the helper thread, if any */
void ccdk__prefetch_drain(ccdk_app *app); /* no more blocks: the ready ones become spares; no wait */
void ccdk__scratch_begin(ccdk_app *app);
void ccdk__scratch_end(ccdk_app *app);
/* Ends the (outermost) scratch but keeps its memory: what was built in it stays valid until the
 * arena is handed to ccdk__scratch_recycle (synth hands a resolved template to a writer thread). */
ccdk__arena ccdk__scratch_detach(ccdk_app *app);
void ccdk__scratch_recycle(ccdk_app *app, ccdk__arena *a);
void ccdk__persistent_enter(ccdk_app *app, ccdk__arena *cur);
void ccdk__persistent_leave(ccdk_app *app, const ccdk__arena *cur);

/* A growable byte buffer in plain malloc memory (for output), or, opened with ccdk__buf_open, a
 * fixed 64 KiB one that streams into a file (hashing what it writes when sha is set): large
 * outputs are written without ever being whole in memory. */
typedef struct {
    char *data;
    size_t len, cap;
    int sink;      /* streaming into fd */
    int fd;
    int err;       /* errno of a failed write, 0 */
    struct ccdk__sha256_ctx_s *sha; /* when set, everything written is hashed */
} ccdk__buf;
int ccdk__buf_open(ccdk__buf *b, const char *path, struct ccdk__sha256_ctx_s *sha); /* 0, or -1 (errno) */
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

/* ------------------------------------------------------------------ values */

typedef enum {
    CCDK__V_UNDEF = 0, /* absent: dropped from objects and lists when resolved */
    CCDK__V_NULL,
    CCDK__V_BOOL,
    CCDK__V_NUM,
    CCDK__V_STR,   /* may contain token markers */
    CCDK__V_LIST,
    CCDK__V_OBJ,
    CCDK__V_REF,    /* {"Ref": logicalId of target} */
    CCDK__V_GETATT, /* {"Fn::GetAtt": [logicalId, attr]} */
    CCDK__V_JOIN,   /* Fn.join(delim, list): minimal join at resolve time */
    CCDK__V_LAZY,   /* callback evaluated at resolve time */
    CCDK__V_LOGICAL_ID, /* the logical id of target, as a plain string */
    CCDK__V_POST,   /* resolve inner, then apply post(): ignoreEmpty and friends */
} ccdk__vkind;

typedef struct ccdk__node ccdk__node;
typedef struct ccdk__node_ext ccdk__node_ext;

typedef struct {
    const char *key;
    ccdk_value *val;
} ccdk__entry;

/* an object's hash index: slot[] holds entry position + 1 (0: empty); cap is a power of two */
struct ccdk__objindex {
    uint32_t cap;
    uint32_t slot[];
};

typedef ccdk_value *(*ccdk__lazy_fn)(void *ctx);
typedef ccdk_value *(*ccdk__post_fn)(ccdk_app *app, ccdk_value *resolved, void *ctx);

struct ccdk_value {
    ccdk__vkind kind;
    ccdk_app *app;
    union {
        int b;
        double n;
        struct {
            const char *s;
            size_t len;
        } str;
        /* counts are 32-bit and an object's hash index is apart, so that a value takes 40 bytes:
         * a thousand functions make 60,000 of them, and as many again while resolving */
        struct {
            ccdk_value **items;
            uint32_t n, cap;
        } list;
        struct {
            ccdk__entry *e;
            struct ccdk__objindex *ix; /* hash index once the object is large, else NULL */
            uint32_t n, cap;
        } obj;
        struct {
            ccdk__node *target;
            const char *attr;
        } ref;
        struct {
            const char *delim;
            ccdk_value *list;
        } join;
        struct {
            ccdk__lazy_fn fn;
            void *ctx;
        } lazy;
        struct {
            ccdk_value *inner;
            ccdk__post_fn fn;
            void *ctx;
        } post;
    } u;
};

ccdk_value *ccdk__v_new(ccdk_app *app, ccdk__vkind k);
ccdk_value *ccdk__v_undef(ccdk_app *app);
ccdk_value *ccdk__v_str(ccdk_app *app, const char *s);      /* copies (but see the macro below) */
ccdk_value *ccdk__v_str_nocopy(ccdk_app *app, const char *s);
ccdk_value *ccdk__v_num(ccdk_app *app, double n);
ccdk_value *ccdk__v_bool(ccdk_app *app, int b);
ccdk_value *ccdk__v_list(ccdk_app *app);
ccdk_value *ccdk__v_obj(ccdk_app *app);
void ccdk__v_push(ccdk_value *list, ccdk_value *v);
void ccdk__v_set(ccdk_value *obj, const char *key, ccdk_value *v); /* replaces in place or appends */
void ccdk__v_set_nocopy(ccdk_value *obj, const char *key, ccdk_value *v); /* key outlives obj */
/* A string literal lives as long as the program: ccdk__v_set and ccdk__v_str keep a pointer to it
 * instead of a copy in the arena. Most keys and many values are literals ("Type", "Properties",
 * "Ref"): a thousand functions made ~100,000 copies, 2 MB, per synth. __builtin_constant_p is true
 * only for an address known at compile time (a literal, or a static array: none is passed here).
 * This is the compile-time shortcut of ccdk__keep, which the functions apply to everything else
 * (it finds literals and persistent arena strings at run time, and copies the rest). */
#define ccdk__v_set(obj, key, v) \
    (__builtin_constant_p(key) ? ccdk__v_set_nocopy((obj), (key), (v)) : ccdk__v_set((obj), (key), (v)))
#define ccdk__v_str(app, s) (__builtin_constant_p(s) ? ccdk__v_str_nocopy((app), (s)) : ccdk__v_str((app), (s)))
void ccdk__v_del(ccdk_value *obj, const char *key);
/* An empty object with room for n keys, and appending a key known to be absent (not copied:
 * it must live as long as the App). */
ccdk_value *ccdk__v_obj_sized(ccdk_app *app, size_t n);
void ccdk__v_append_unique(ccdk_value *obj, const char *key, ccdk_value *v);
/* Call after reordering obj->u.obj.e by hand (qsort): drops the hash index. */
void ccdk__v_obj_reindex(ccdk_value *obj);
ccdk_value *ccdk__v_get(const ccdk_value *obj, const char *key);
ccdk_value *ccdk__v_ref(ccdk_app *app, ccdk__node *target);
ccdk_value *ccdk__v_getatt(ccdk_app *app, ccdk__node *target, const char *attr);
ccdk_value *ccdk__v_lazy(ccdk_app *app, ccdk__lazy_fn fn, void *ctx);
ccdk_value *ccdk__v_post(ccdk_app *app, ccdk_value *inner, ccdk__post_fn fn, void *ctx);
ccdk_value *ccdk__v_ignore_empty(ccdk_app *app, ccdk_value *inner);
ccdk_value *ccdk__v_intrinsic(ccdk_app *app, const char *fn, ccdk_value *arg); /* {fn: arg} */
#define ccdk__v_intrinsic(app, fn, arg) \
    ccdk__v_intrinsic((app), __builtin_constant_p(fn) ? (fn) : ccdk__keep((app), (fn)), (arg))
ccdk_value *ccdk__v_pseudo(ccdk_app *app, const char *name);                  /* {"Ref": name} */
ccdk_value *ccdk__v_strlist(ccdk_app *app, const char *const *strs);          /* NULL-terminated */
ccdk_value *ccdk__v_copy(ccdk_app *app, const ccdk_value *v);                 /* deep */
int ccdk__v_equal(const ccdk_value *a, const ccdk_value *b);                 /* JSON-equal, resolved values */

/* JSON text <-> values. The parser takes what JSON.parse takes, but at most CCDK__JSON_MAX_DEPTH
 * levels of nesting and no "\u0000" inside object keys (keys are C strings). */
#define CCDK__JSON_MAX_DEPTH 10000
ccdk_value *ccdk__json_parse(ccdk_app *app, const char *text, size_t len, const char **err);
/* JSON.stringify(v, undefined, indent) for indent 0 (compact), 1 or 2. v must be resolved. */
void ccdk__json_write(ccdk__buf *out, const ccdk_value *v, int indent);
void ccdk__json_write_string(ccdk__buf *out, const char *s, size_t len);
void ccdk__json_write_number(ccdk__buf *out, double d);
/* A NUL-terminated C string as a JSON string; {NULL,NULL}-terminated pairs as a JSON object. */
void ccdk__json_write_cstr(ccdk__buf *out, const char *s);
void ccdk__json_write_kv_object(ccdk__buf *out, const ccdk_kv *kv);

/* A streaming JSON writer with JSON.stringify's layout (indent 0, 1 or 2): the bytes are those
 * ccdk__json_write gives for the same value, without building the value first. */
typedef struct {
    ccdk__buf *b;
    int indent;
    int level;
    unsigned char empty[64]; /* per open level: no member written yet */
} ccdk__jw;
void ccdk__jw_init(ccdk__jw *w, ccdk__buf *b, int indent);
void ccdk__jw_obj(ccdk__jw *w);  /* { */
void ccdk__jw_list(ccdk__jw *w); /* [ */
void ccdk__jw_end_obj(ccdk__jw *w);
void ccdk__jw_end_list(ccdk__jw *w);
void ccdk__jw_key(ccdk__jw *w, const char *key); /* inside an object, before its value */
void ccdk__jw_item(ccdk__jw *w);                 /* inside a list, before each item */
void ccdk__jw_str(ccdk__jw *w, const char *s);
void ccdk__jw_num(ccdk__jw *w, double d);
void ccdk__jw_bool(ccdk__jw *w, int b);
void ccdk__jw_value(ccdk__jw *w, const ccdk_value *v); /* undefined values must be skipped by the caller */

/* ------------------------------------------------------------------ tokens */

/* Encodes v as a string token "${Token[TOKEN.n]}" (arena-owned); n is unique in the process, so a
 * marker of another App is recognised as such when resolved (token.c). */
const char *ccdk__token_str(ccdk_app *app, ccdk_value *v);
/* Encodes v as a list token: a one-element list "#{Token[TOKEN.n]}". */
const char *ccdk__token_list_marker(ccdk_app *app, ccdk_value *v);
int ccdk__is_unresolved(const char *s); /* contains a token marker */
/* The token of a pseudo parameter ("AWS::Region"): a process-wide string that every App resolves, as
 * aws-cdk-lib's Aws.REGION ("${Token[AWS.Region.1]}"). */
const char *ccdk__pseudo_token(const char *name);
/* If s is exactly one token, returns its value; else NULL. */
ccdk_value *ccdk__token_lookup(ccdk_app *app, const char *s);
/* A value for a user string: a literal, or the tokens it contains. */
ccdk_value *ccdk__v_from_string(ccdk_app *app, const char *s);

typedef struct ccdk__resolve_ctx {
    ccdk_app *app;
    ccdk_stack *stack; /* stack whose template is being rendered */
    int depth;
    /* tokens being resolved around the current value, as aws-cdk-lib counts them: each wraps an
     * error thrown inside in "Resolution error: ...." (a resource's properties sit in two) */
    int layers;
    ccdk__node *el;    /* the element being rendered, for the path of errors (NULL: the stack) */
} ccdk__resolve_ctx;

/* Resolves a value tree into plain JSON values (no tokens, refs, lazies). */
ccdk_value *ccdk__resolve(ccdk__resolve_ctx *ctx, ccdk_value *v);

/* ------------------------------------------------------------------ constructs */

typedef struct ccdk__kind ccdk__kind;
struct ccdk__kind {
    const char *fqn; /* for tree.json constructInfo */
    int is_stack;
    int element;     /* CCDK__EL_* when a CfnElement */
    void (*prepare)(ccdk__node *n); /* before validation, children after parents */
    void (*validate)(ccdk__node *n);
    /* Renders this element into template sections (CfnElements only). */
    void (*render)(ccdk__node *n, ccdk__resolve_ctx *ctx, ccdk_value *template_);
    /* The JavaScript constructor.name, for error messages ("... in Stack2 [TestStack]"); NULL: taken
     * from a table of aws-cdk-lib 2.276's class names by fqn, else the fqn's last segment. Set it
     * where the class is anonymous or private in aws-cdk-lib ("Import" for fromXxx imports). */
    const char *class_name;
};

typedef struct ccdk__l1_kind {
    ccdk__kind kind;
    struct ccdk__l1_kind *next;
} ccdk__l1_kind;

enum {
    CCDK__EL_NONE = 0,
    CCDK__EL_RESOURCE,
    CCDK__EL_OUTPUT,
    CCDK__EL_PARAMETER,
    CCDK__EL_MAPPING,
    CCDK__EL_CONDITION,
    CCDK__EL_RULE,
};

typedef struct {
    const char *key;
    ccdk_value *val;
} ccdk__meta;

typedef struct ccdk__childmap ccdk__childmap;

struct ccdk__node {
    uint32_t magic;
    const ccdk__kind *kind;
    ccdk_app *app;
    ccdk__node *parent;
    const char *id;
    const char *path; /* "" for the app */
    ccdk_stack *stack; /* nearest stack (itself for a stack), NULL above */
    ccdk__node **children;
    size_t nchildren, capchildren;
    ccdk__childmap *childmap; /* built when there are many children */
    ccdk__node_ext *ext;      /* what few nodes have; NULL until one is set (ccdk__ext) */
    int detached; /* created after an error; not in the tree */
};

/* The rarer parts of a node, apart: a thousand functions make ten thousand nodes, and these
 * fields in each made 0.8 MB more to fault in. */
struct ccdk__node_ext {
    ccdk__node *default_child_override;
    ccdk__node **deps; /* node.addDependency */
    size_t ndeps, capdeps;
    ccdk__meta *meta;
    size_t nmeta, capmeta;
    ccdk_value *context; /* object of context set on this node, or NULL */
    struct ccdk__aspect *aspects;
    struct ccdk__tagop *tagops, *tagops_tail;
};

/* n's ext, made (zeroed) on first use */
ccdk__node_ext *ccdk__ext(ccdk__node *n);

/* Initialises n (already allocated with its full struct) and adds it to scope. */
void ccdk__node_init(ccdk__node *n, const ccdk__kind *kind, void *scope, const char *id);
ccdk__node *ccdk__node_of(const void *handle); /* checks the magic; NULL if not a construct */
/* A scope that is not a construct: records "<func>: ..." on the process-wide error list (which
 * ccdk_app_synth of every App reports) and returns this thread's orphan stack, in an App of its own
 * that is never synthesized, so that the caller goes on with a harmless handle (construct.c). */
ccdk__node *ccdk__bad_scope(const void *scope, const char *func);
static inline ccdk__node *ccdk__scope_(const void *scope, const char *func)
{
    ccdk__node *n = ccdk__node_of(scope);
    return n ? n : ccdk__bad_scope(scope, func);
}
/* The node of a public function's scope parameter, never NULL (see ccdk__bad_scope). Both macros
 * also replace the variable `scope` by that node, so that a bad scope is recorded once, under the
 * name of the public function the user called, and what the function hands scope on to (another
 * public function, ccdk__node_init) sees a construct: the orphan stack. */
#define ccdk__scope(scope) ((ccdk__node *)((scope) = ccdk__scope_((scope), __func__)))
/* The App of a public function's scope parameter; never NULL: the orphan App for a bad scope. */
#define ccdk__app_of(scope) (ccdk__scope(scope)->app)
/* Appends the process-wide errors app has not seen yet to its errors (synth.c). */
void ccdk__take_process_errors(ccdk_app *app);
void ccdk__process_errors_clear(void); /* tests */
ccdk__node *ccdk__node_find_child(const ccdk__node *n, const char *id);
ccdk__node *ccdk__node_default_child(const ccdk__node *n);
ccdk_value *ccdk__node_context(const ccdk__node *n, const char *key); /* nearest, then app */
int ccdk__feature_flag(const ccdk__node *n, const char *flag);
int ccdk__truthy(const ccdk_value *v); /* JavaScript's truthiness of a context value */
const char *ccdk__js_string(ccdk_app *app, const ccdk_value *v); /* String(v) */
/* AssetStaging's extraHash with the "@aws-cdk/core:assetHashSalt" context at n (NULL: none) */
const char *ccdk__asset_extra_hash(const ccdk__node *n, const char *extra_hash);
/* Unique id (node.addr-free form used by names.uniqueId / Names.nodeUniqueId). */
const char *ccdk__node_unique_id(ccdk__node *n);
/* parseArnShape: 1 when arn is shaped as an ARN or holds a token, else 0 with aws-cdk-lib's error on scope. */
int ccdk__arn_check(const void *scope, const char *arn);
/* makeUniqueId over path components below the stack. */
const char *ccdk__make_unique_id(ccdk_app *app, const char *const *components, size_t n);

/* Errors and annotations: the first argument gives the construct path. */
void ccdk__error(const void *scope, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ccdk__unscoped_error(ccdk_app *app, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ccdk__warning(const void *scope, const char *id, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int ccdk__failed(ccdk_app *app);

/* ------------------------------------------------------------------ app and stack */

typedef struct ccdk__aspect {
    ccdk_aspect_fn fn;
    void *ctx;
    int priority;
    struct ccdk__aspect *next;
} ccdk__aspect;

typedef struct {
    const char *path; /* construct path */
    const char *level; /* "warning" / "error" / "info" */
    const char *id;
    const char *msg;
} ccdk__annotation;

typedef struct ccdk__file_asset {
    const char *hash;        /* asset hash */
    const char *source_path; /* absolute path of what is staged */
    const char *staged_name; /* "asset.<hash>" or "asset.<hash>.zip" */
    const char *packaging;   /* "zip" or "file" */
    const char *display_name;
    int is_dir;
    int not_staged; /* bundling skipped (aws:cdk:bundling-stacks): staged_name is the source path */
    const char *bundle_leftover; /* bundled archive: the bundle directory aws-cdk-lib leaves in the outdir */
    ccdk__fingerprint_opts opts;
    int docker; /* a DockerImageAsset: staged directory, "dockerImages" section */
    struct ccdk__file_asset *next;
} ccdk__file_asset;

struct ccdk_app {
    ccdk__node node;
    ccdk__arena arena;
    ccdk__arena_block *spare; /* zeroed blocks recycled by ccdk__scratch_end */
    ccdk__arena outer;        /* the persistent arena while a scratch one is in use */
    struct ccdk__prefetch *prefetch; /* helper thread that faults arena blocks in ahead (util.c) */
    int prefetch_off;
    int scratch_depth;
    const char *outdir;
    const char *outdir_abs; /* outdir made absolute at synth (templates are read back from it) */
    ccdk_value *context; /* merged context object */
    ccdk_value **tokens; /* by index; a marker holds the process-wide number (token.c) */
    size_t ntokens, captokens;
    uint64_t *token_chunks; /* process-wide number of tokens[k * 4096], per k (token.c) */
    size_t ntoken_chunks, captoken_chunks;
    char **errors; /* malloc'd "path: message" lines */
    size_t nerrors, caperrors;
    ccdk__annotation *annotations;
    size_t nannotations, capannotations;
    ccdk_stack **stacks;
    size_t nstacks, capstacks;
    int synthesized;
    struct ccdk__l1_kind *l1_kinds; /* ccdk__l1's kinds, one per fqn */
#define CCDK__NPSEUDO 7
    ccdk_value *pseudo_val[CCDK__NPSEUDO]; /* {"Ref": "AWS::..."} of each pseudo parameter (token.c) */
    /* While the writer thread writes tree.json during validation, a construct added then (by a
     * validation hook) waits on this lock before it changes the tree, and marks tree.json stale. */
    pthread_mutex_t *tree_mu;
    int tree_stale;
    ccdk_stack *cur_stack; /* stack being rendered (for lazies that need it) */
    int no_print; /* do not print errors (tests) */
    size_t process_errors_taken; /* process-wide errors already copied into errors */
    ccdk_stack *orphan_stack; /* set in an orphan App: where constructs of bad scopes go (construct.c) */
    double t_start; /* CLOCK_MONOTONIC seconds at ccdk_app_new, for CCDK_TIMING */
    size_t nnodes;  /* constructs created */
};

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

typedef struct ccdk__logical_id_entry ccdk__logical_id_entry;

struct ccdk_stack {
    ccdk__node node;
    const char *stack_name;
    const char *artifact_id;
    const char *account; /* NULL when env-agnostic */
    const char *region;
    const char *description;
    int termination_protection;
    ccdk_value *tags; /* object of stack tags (key -> value) in order */
    ccdk__file_asset *assets, *assets_tail;
    size_t nassets;
    const char *qualifier;
    ccdk__node **elements; /* cfn elements in creation order (for logical id checks) */
    size_t nelements, capelements;
    struct ccdk__idset *logical_ids;
    const char *template_json; /* read back from the outdir by ccdk_stack_template_json */
    int synth_ok;              /* the last synth wrote this stack's template */
    ccdk__node **dfs_elements; /* elements in tree order, collected at synth (synth.c) */
    size_t ndfs_elements;
    size_t template_len;
    char template_hash[65];
    ccdk_value *rendered; /* resolved template */
};

/* Registers a file asset on the stack (DefaultStackSynthesizer): returns the S3 bucket and key values. */
typedef struct {
    ccdk_value *bucket_name; /* {"Fn::Sub": "cdk-<q>-assets-${AWS::AccountId}-${AWS::Region}"} */
    ccdk_value *object_key;  /* "<hash>.zip" */
    const char *http_url;
    const char *s3_object_url;
    const char *staged_name;
} ccdk__asset_location;
ccdk__asset_location ccdk__stack_add_file_asset(ccdk_stack *stack, const char *hash, const char *source_path,
                                                int is_dir, const char *display_name,
                                                const ccdk__fingerprint_opts *opts);
/* Registers a docker image asset (DefaultStackSynthesizer.addDockerImageAsset; staged like a directory
 * file asset): returns the imageUri as a string token; *staged_name gets "asset.<hash>". */
const char *ccdk__stack_add_docker_image_asset(ccdk_stack *stack, const char *hash, const char *source_path,
                                               const char *display_name, const ccdk__fingerprint_opts *opts,
                                               const char **staged_name);
int ccdk__stack_is_env_agnostic_account(const ccdk_stack *s);
int ccdk__stack_is_env_agnostic_region(const ccdk_stack *s);
/* Partition/region/account as tokens or literals, as Stack.partition etc. */
const char *ccdk__stack_partition(ccdk_stack *s);

/* ------------------------------------------------------------------ CfnElements */

typedef struct {
    ccdk__node node;
    const char *logical_id_override;
    const char *logical_id; /* allocated lazily */
} ccdk__element;

const char *ccdk__element_logical_id(ccdk__node *el);
const char *ccdk__element_logical_id_token(ccdk__node *el); /* string token of the logical id */

struct ccdk_cfn_resource {
    ccdk__element el;
    const char *type;
    ccdk_value *props;      /* object; NULL when none */
    int sort_props;         /* generated L1: alphabetical property order */
    ccdk_value *overrides;  /* raw overrides object, or NULL */
    ccdk__node **depends;   /* other CfnResources (or constructs, expanded) */
    size_t ndepends, capdepends;
    ccdk_value *metadata;   /* object or NULL */
    const char *deletion_policy;
    const char *update_replace_policy;
    ccdk_cfn_condition *condition;
    ccdk_value *update_policy, *creation_policy;
    /* Version hashing hook (lambda): called on the rendered resource at synth. */
    void (*on_render)(ccdk_cfn_resource *r, ccdk__resolve_ctx *ctx, ccdk_value *def);
    void *on_render_ctx;
    int no_tags; /* resource type has no Tags property */
    int tag_kind; /* 0: none, 1: standard list [{Key,Value}], 2: map {k: v} */
};

ccdk_cfn_resource *ccdk__cfn_resource_new(void *scope, const char *id, const char *type, const ccdk__kind *kind);
/* Appends the elements under n (n included, nested stacks not entered), in tree order, to the
 * malloc'd array *out: those of kind element (CCDK__EL_*), or every element when it is 0. */
void ccdk__collect_elements(ccdk__node *n, int element, ccdk__node ***out, size_t *len, size_t *cap);
void ccdk__res_set(ccdk_cfn_resource *r, const char *prop, ccdk_value *v);
ccdk_value *ccdk__res_get(ccdk_cfn_resource *r, const char *prop);
/* Renders the resource's CloudFormation definition (resolved). */
ccdk_value *ccdk__cfn_resource_render(ccdk_cfn_resource *r, ccdk__resolve_ctx *ctx);
extern const ccdk__kind ccdk__kind_cfn_resource;
/* A generated-L1-style resource (properties rendered alphabetically) whose tree fqn is fqn. */
ccdk_cfn_resource *ccdk__l1(void *scope, const char *id, const char *type, const char *fqn);

/* Tags collected from Tags.of() aspects for a resource path, in priority/insertion order. */
ccdk_value *ccdk__tags_for(ccdk__node *n, int tag_kind);

/* ------------------------------------------------------------------ optional booleans */

/* ccdk_tristate: given at all, given as true, given as false */
#define ccdk__tri_set(t) ((t).ccdk_tristate_value_ != 0)
#define ccdk__tri_true(t) ((t).ccdk_tristate_value_ == 1)
#define ccdk__tri_false(t) ((t).ccdk_tristate_value_ == 2)

/* ------------------------------------------------------------------ misc */

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
#include "digest.h"
double ccdk__now(void); /* CLOCK_MONOTONIC, seconds */
int ccdk__str_eq(const char *a, const char *b); /* NULL-safe */
int ccdk__ends_with(const char *s, const char *suffix);
int ccdk__locale_compare(const char *a, const char *b); /* ~String.prototype.localeCompare */
void ccdk__res_add_depends(ccdk_cfn_resource *r, ccdk__node *target);
void ccdk__apply_dependencies(ccdk__node *root);

/* Duration/size to numbers, reporting aws-cdk-lib's errors on scope. */
/* String(n) of JavaScript, for messages: "NaN", "Infinity", else JSON.stringify's digits. */
const char *ccdk__num_string(ccdk_app *app, double n);
/* Duration's constructor check (negative amounts): 1 when d is fine, else 0 with the error on scope. */
int ccdk__duration_check(const void *scope, ccdk_duration d);
/* aws-cdk-lib's convert() (duration.ts) with the constructor check first; *ok (may be NULL) = 0 on error. */
double ccdk__duration_convert(const void *scope, ccdk_duration d, ccdk_time_unit to, int integral, int *ok);
double ccdk__duration_to_seconds(const void *scope, ccdk_duration d, int integral);
double ccdk__size_to_mebibytes(const void *scope, ccdk_size s);
double ccdk__time_unit_ms(ccdk_time_unit u);          /* milliseconds in one unit */
const char *ccdk__time_unit_label(ccdk_time_unit u);  /* "millis", "seconds", ... */

#endif
