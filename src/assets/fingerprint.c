/* fingerprint.c - FileSystem.fingerprint (core/lib/fs/fingerprint.js): the SHA-256 over the
 * walked tree's file:/link: records that names an asset, and the CUSTOM asset hash. */
#include "assets_internal.h"

enum { REC_FILE, REC_LINK, REC_ERROR };

typedef struct {
    int kind;
    char *key;   /* "file:<rel>" / "link:<rel>" */
    char *value; /* link target, or the content fingerprint once hashed */
    char *path;  /* file to read */
    char *err;
} rec;

typedef struct {
    rec *r;
    size_t n, cap;
    const char *root;
} fpwalk;

/* hashKey(): path.relative(root, p).replace(/\\/g, "/") */
static void slashify(char *s)
{
    for (; *s; s++)
        if (*s == '\\') *s = '/';
}

static rec *rec_push(fpwalk *f, int kind)
{
    if (f->n == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 256;
        f->r = xrealloc(f->r, f->cap * sizeof *f->r);
    }
    rec *r = &f->r[f->n++];
    memset(r, 0, sizeof *r);
    r->kind = kind;
    return r;
}

static int fp_on_file(walker *w, const char *sym, const char *rel, const char *real, char **err)
{
    (void)sym;
    (void)err;
    fpwalk *f = w->ud;
    rec *r = rec_push(f, REC_FILE);
    r->key = xasprintf("file:%s", rel);
    slashify(r->key);
    r->path = xstrdup(real);
    return 0;
}

static int fp_on_symlink(walker *w, const char *sym, const char *rel, const char *real, const char *target,
                         const char *resolved, int internal, char **err)
{
    (void)sym;
    (void)real;
    (void)err;
    fpwalk *f = w->ud;
    rec *r = rec_push(f, REC_LINK);
    r->key = xasprintf("link:%s", rel);
    slashify(r->key);
    if (internal && target[0] == '/') {
        r->value = path_relative(f->root, resolved);
        slashify(r->value);
    } else {
        r->value = xstrdup(target);
    }
    return 0;
}

static int fp_on_unsupported(walker *w, const char *sym, const char *rel, const char *real, char **err)
{
    (void)w;
    (void)rel;
    (void)real;
    return fail(err, "Unable to hash %s: it is neither a file nor a directory", sym);
}

static void *fp_tctx_new(void *ud)
{
    (void)ud;
    hasher *h = xmalloc(sizeof *h);
    if (hasher_init(h) < 0) {
        free(h);
        return NULL;
    }
    return h;
}

static void fp_tctx_free(void *t)
{
    if (!t) return;
    hasher_free(t);
    free(t);
}

typedef struct {
    rec **files;
} fpjobs;

static void fp_run(void *ud, size_t i, void *t)
{
    fpjobs *J = ud;
    rec *r = J->files[i];
    if (!t) {
        fail(&r->err, "cannot allocate a sha256 context");
        return;
    }
    char out[100];
    if (content_fingerprint(t, r->path, out, &r->err) == 0) r->value = xstrdup(out);
}

static void hash_field(ccdk__sha256_ctx *ctx, const char *header, const char *value)
{
    ccdk__sha256_update(ctx, "\x01", 1);
    ccdk__sha256_update(ctx, header, strlen(header));
    ccdk__sha256_update(ctx, "\x02", 1);
    ccdk__sha256_update(ctx, value, strlen(value));
    ccdk__sha256_update(ctx, "\x03", 1);
}

const char *follow_name(ccdk_symlink_follow f)
{
    switch (f) {
    case CCDK_SYMLINK_NEVER: return "never";
    case CCDK_SYMLINK_ALWAYS: return "always";
    case CCDK_SYMLINK_EXTERNAL: return "external";
    case CCDK_SYMLINK_BLOCK_EXTERNAL: return "internal-only";
    default: return NULL;
    }
}

int ccdk__fingerprint(const char *path, const ccdk__fingerprint_opts *opts, char out[65], char **err)
{
    static const ccdk__fingerprint_opts defaults = {.follow = CCDK_SYMLINK_EXTERNAL, .ignore_mode = CCDK_IGNORE_GLOB};
    if (err) *err = NULL;
    if (!opts) opts = &defaults;
    char *e = NULL;
    const char *fname = follow_name(opts->follow);
    if (!fname) return fail(err, "unknown follow mode: %d", (int)opts->follow);
    if (opts->ignore_mode != CCDK_IGNORE_GLOB && opts->ignore_mode != CCDK_IGNORE_GIT &&
        opts->ignore_mode != CCDK_IGNORE_DOCKER)
        return fail(err, "unknown ignore mode: %d", (int)opts->ignore_mode);
    if (!path) return fail(err, "path must be a string");

    struct stat st;
    int stated;
    char *rp = canonical_path(path, &st, &stated);
    if (!rp) return fail_errno(err, errno, "lstat", path);
    char *root = utf8_sanitize_str(rp);
    /* the stat of what the path resolved to is the root's, unless the name was not valid UTF-8 */
    int same = strcmp(root, rp) == 0;
    free(rp);
    if ((!stated || !same) && stat(root, &st) < 0) {
        int en = errno;
        int r = fail_errno(err, en, "stat", root);
        free(root);
        return r;
    }
    int is_dir = S_ISDIR(st.st_mode);

    ccdk__sha256_ctx ctxs, *ctx = &ctxs;
    ccdk__sha256_init(ctx);
    char *extra = utf8_sanitize_str(opts->extra_hash ? opts->extra_hash : "");
    hash_field(ctx, "options.extra", extra);
    free(extra);
    hash_field(ctx, "options.follow", fname);
    if (opts->ignore_mode == CCDK_IGNORE_GIT) hash_field(ctx, "options.ignoreMode", "git");
    if (opts->ignore_mode == CCDK_IGNORE_DOCKER) hash_field(ctx, "options.ignoreMode", "docker");

    int rc = 0;
    strategy *ig = strategy_new(opts, &e);
    if (!ig) {
        rc = -1;
        goto done;
    }
    if (!is_dir) {
        hasher h;
        if (hasher_init(&h) < 0) {
            rc = fail(&e, "sha256 initialisation failed");
        } else {
            char fp[100];
            rc = content_fingerprint(&h, root, fp, &e);
            if (rc == 0) hash_field(ctx, "file:", fp);
            hasher_free(&h);
        }
    } else {
        fpwalk f = { NULL, 0, 0, root };
        walker w;
        memset(&w, 0, sizeof w);
        w.follow = opts->follow;
        w.ig = ig;
        w.ud = &f;
        w.on_file = fp_on_file;
        w.on_symlink = fp_on_symlink;
        w.on_unsupported = fp_on_unsupported;
        w.canonical_dir = root; /* realpath's already (realPathOrSelf(root) gives it back) */
        char *werr = NULL;
        if (walk_directory(&w, root, NULL, &werr) < 0) {
            rec *r = rec_push(&f, REC_ERROR);
            r->err = werr ? werr : xstrdup("walk failed");
        }
        /* hash the file contents in parallel */
        fpjobs J;
        size_t nf = 0;
        J.files = xmalloc((f.n ? f.n : 1) * sizeof *J.files);
        for (size_t i = 0; i < f.n; i++)
            if (f.r[i].kind == REC_FILE) J.files[nf++] = &f.r[i];
        pool_t p;
        memset(&p, 0, sizeof p);
        p.njobs = nf;
        p.ud = &J;
        p.run = fp_run;
        p.tctx_new = fp_tctx_new;
        p.tctx_free = fp_tctx_free;
        p.alone_s = 0.001; /* a small directory is hashed faster than the threads are woken */
        pool_run(&p);
        free(J.files);
        /* feed the records in aws-cdk-lib's order */
        for (size_t i = 0; i < f.n; i++) {
            rec *r = &f.r[i];
            if (rc == 0) {
                if (r->err) {
                    rc = fail(&e, "%s", r->err);
                } else {
                    hash_field(ctx, r->key, r->value ? r->value : "");
                }
            }
            free(r->key);
            free(r->value);
            free(r->path);
            free(r->err);
        }
        free(f.r);
    }
done:
    if (rc == 0) {
        unsigned char d[32];
        ccdk__sha256_final(ctx, d);
        hex64(d, out);
    } else {
        if (err) *err = e ? e : xstrdup("fingerprint failed");
        else free(e);
    }
    strategy_free(ig);
    free(root);
    return rc;
}

void ccdk__fingerprint_memory(const ccdk__memfile *files, size_t n, const ccdk__fingerprint_opts *opts, char out[65])
{
    static const ccdk__fingerprint_opts defaults = {.follow = CCDK_SYMLINK_EXTERNAL, .ignore_mode = CCDK_IGNORE_GLOB};
    if (!opts) opts = &defaults;
    ccdk__sha256_ctx ctx;
    ccdk__sha256_init(&ctx);
    char *extra = utf8_sanitize_str(opts->extra_hash ? opts->extra_hash : "");
    hash_field(&ctx, "options.extra", extra);
    free(extra);
    const char *fname = follow_name(opts->follow);
    hash_field(&ctx, "options.follow", fname ? fname : "external");
    if (opts->ignore_mode == CCDK_IGNORE_GIT) hash_field(&ctx, "options.ignoreMode", "git");
    if (opts->ignore_mode == CCDK_IGNORE_DOCKER) hash_field(&ctx, "options.ignoreMode", "docker");
    hasher h;
    hasher_init(&h);
    for (size_t i = 0; i < n; i++) {
        char fp[100];
        content_fingerprint_mem(&h, files[i].data, files[i].len, fp);
        char *key = xasprintf("file:%s", files[i].name);
        hash_field(&ctx, key, fp);
        free(key);
    }
    hasher_free(&h);
    unsigned char d[32];
    ccdk__sha256_final(&ctx, d);
    hex64(d, out);
}

void ccdk__fingerprint_custom_hash(const char *custom, char out[65])
{
    unsigned char d[32];
    char *s = utf8_sanitize_str(custom ? custom : "");
    ccdk__sha256(s, strlen(s), d);
    free(s);
    hex64(d, out);
}
