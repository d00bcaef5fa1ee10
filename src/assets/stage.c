/* stage.c - AssetStaging's copy of an asset into the cloud assembly (asset-staging.js stageAsset,
 * fs/copy.js), and the extension of the staged name (getExtension). */
#include "assets_internal.h"

static int mkdir_p(const char *p, char **err)
{
    struct stat st;
    if (mkdir(p, 0777) == 0) return 0;
    int e = errno;
    if (e == EEXIST) {
        if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) return 0;
        return fail_errno(err, EEXIST, "mkdir", p);
    }
    if (e != ENOENT) return fail_errno(err, e, "mkdir", p);
    char *parent = path_dirname(p);
    int rc = 0;
    if (strcmp(parent, p) != 0) rc = mkdir_p(parent, err);
    free(parent);
    if (rc < 0) return rc;
    if (mkdir(p, 0777) == 0) return 0;
    e = errno;
    if (e == EEXIST && stat(p, &st) == 0 && S_ISDIR(st.st_mode)) return 0;
    return fail_errno(err, e, "mkdir", p);
}

/* CCDK_NO_FSYNC=1 (tests) skips flushing the assembly; core's ccdk__durable reads the same variable */
static int durable(void)
{
    static int wanted = -1; /* a benign race: every thread computes the same value */
    int w = __atomic_load_n(&wanted, __ATOMIC_RELAXED);
    if (w < 0) {
        const char *e = getenv("CCDK_NO_FSYNC");
        w = !(e && *e && strcmp(e, "0"));
        __atomic_store_n(&wanted, w, __ATOMIC_RELAXED);
    }
    return w;
}

/* fs.copyFileSync(src, dst): contents + permission bits (libuv uv_fs_copyfile) */
/* The process's umask without changing it (umask(2) can only set it): /proc/self/status's "Umask:"
 * line, or -1 when it cannot be read. Read once per staging, or per ccdk__stage_copy_all batch (the
 * program may change its umask between synths). */
static int current_umask(void)
{
    int fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    char buf[4096];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) return -1;
    buf[n] = 0;
    const char *p = strstr(buf, "\nUmask:");
    if (!p) return -1;
    char *end;
    long v = strtol(p + 8, &end, 8);
    return end == p + 8 || v < 0 || v > 0777 ? -1 : (int)v;
}

/* umask_bits: current_umask(), or -1; pr: told of the file once copied, or NULL */
static int copy_file(const char *src, const char *dst, int umask_bits, const ccdk__stage_progress *pr, char **err)
{
    int in = open(src, O_RDONLY | O_CLOEXEC);
    if (in < 0) return fail_errno2(err, errno, "copyfile", src, dst);
    struct stat st;
    if (fstat(in, &st) < 0) {
        int e = errno;
        close(in);
        return fail_errno2(err, e, "copyfile", src, dst);
    }
    /* A new file needs no truncation: ftruncate() on a fresh file makes ext4 flush it on close
     * (auto_da_alloc), which dominated staging. Only an existing target is truncated. */
    int out = open(dst, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, st.st_mode & 07777);
    if (out < 0 && errno == ENOENT) {
        /* the walk made every directory it did not ignore; a file of an ignored directory that
         * an exception pattern keeps needs its parent made here (as fs.copyFileSync would not) */
        char *dd = path_dirname(dst);
        int mrc = mkdir_p(dd, NULL);
        free(dd);
        if (mrc == 0) out = open(dst, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, st.st_mode & 07777);
        else errno = ENOENT;
    }
    int created = out >= 0;
    if (out < 0 && errno == EEXIST)
        out = open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, st.st_mode & 07777);
    if (out < 0) {
        int e = errno;
        close(in);
        return fail_errno2(err, e, "copyfile", src, dst);
    }
    int rc = 0;
    /* the mode of a file made here is already right unless the umask took bits off it (or it existed) */
    int exact = created && umask_bits >= 0 && !(st.st_mode & 07000) && !(st.st_mode & 0777 & (mode_t)umask_bits);
    if (!exact && fchmod(out, st.st_mode & 07777) < 0) {
        if (errno != EPERM) rc = fail_errno2(err, errno, "copyfile", src, dst);
    }
    off_t copied = 0;
    int use_cfr = 1;
    char *buf = NULL;
    const size_t bufsz = 1 << 16;
    while (rc == 0) {
        ssize_t r;
        if (use_cfr) {
            r = copy_file_range(in, NULL, out, NULL, 1u << 30, 0);
            if (r < 0 && (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP ||
                          errno == EBADF || errno == EPERM)) {
                use_cfr = 0;
                continue;
            }
            if (r < 0 && errno == EINTR) continue;
            if (r < 0) {
                rc = fail_errno2(err, errno, "copyfile", src, dst);
                break;
            }
            if (r == 0) break;
            copied += r;
            if (copied >= st.st_size) break; /* no extra call that only returns 0 */
            continue;
        }
        if (!buf) buf = xmalloc(bufsz);
        r = read(in, buf, bufsz);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            rc = fail_errno2(err, errno, "copyfile", src, dst);
            break;
        }
        if (r == 0) break;
        for (ssize_t off = 0; off < r;) {
            ssize_t wn = write(out, buf + off, (size_t)(r - off));
            if (wn < 0 && errno == EINTR) continue;
            if (wn < 0) {
                rc = fail_errno2(err, errno, "copyfile", src, dst);
                break;
            }
            off += wn;
        }
    }
    free(buf);
    close(in);
    /* the assembly is flushed (syncfs) before it is swapped in: start a large file's writeback now,
     * so that the disk writes while the other files are copied instead of after the last one (small
     * files are left to syncfs, which writes them in one batch: one request each costs more) */
    if (rc == 0 && st.st_size >= (off_t)128 << 10 && durable()) sync_file_range(out, 0, 0, SYNC_FILE_RANGE_WRITE);
    if (close(out) < 0 && rc == 0) rc = fail_errno2(err, errno, "copyfile", src, dst);
    if (rc == 0 && pr && pr->copied) pr->copied(pr->ud, (size_t)st.st_size);
    return rc;
}

typedef struct {
    char *src, *dst, *err;
} copyjob;

typedef struct {
    const char *src_dir, *dest_dir;
    char *canonical_src;
    copyjob *jobs;
    size_t nj, capj;
    int umask_bits;
    const ccdk__stage_progress *progress;
} copyctx;

static int cancelled(const ccdk__stage_progress *pr)
{
    return pr && pr->cancel && __atomic_load_n(pr->cancel, __ATOMIC_RELAXED);
}

static char *destination_of(copyctx *c, const char *rel)
{
    return path_join(c->dest_dir, rel);
}

static int cp_on_directory(walker *w, const char *sym, const char *rel, const char *real, int ignored, char **err)
{
    (void)sym;
    (void)real;
    if (ignored) return 0;
    copyctx *c = w->ud;
    if (cancelled(c->progress)) return fail(err, "cancelled");
    char *d = destination_of(c, rel);
    int rc = mkdir_p(d, err);
    free(d);
    return rc;
}

static int cp_on_file(walker *w, const char *sym, const char *rel, const char *real, char **err)
{
    (void)sym;
    (void)err;
    copyctx *c = w->ud;
    if (cancelled(c->progress)) return fail(err, "cancelled");
    char *d = destination_of(c, rel); /* its directory: made by cp_on_directory (copy_file: when ignored) */
    if (c->nj == c->capj) {
        c->capj = c->capj ? c->capj * 2 : 256;
        c->jobs = xrealloc(c->jobs, c->capj * sizeof *c->jobs);
    }
    copyjob *j = &c->jobs[c->nj++];
    j->src = xstrdup(real);
    j->dst = d;
    j->err = NULL;
    return 0;
}

static int cp_on_symlink(walker *w, const char *sym, const char *rel, const char *real, const char *target,
                         const char *resolved, int internal, char **err)
{
    (void)sym;
    (void)real;
    copyctx *c = w->ud;
    if (w->follow == CCDK_SYMLINK_BLOCK_EXTERNAL && !internal)
        return fail(err,
                    "The file %s is an external symbolic link which is forbidden due to follow mode %s. Set `follow` "
                    "to a mode that will follow symlinks (ALWAYS or EXTERNAL) or emit a regular file",
                    resolved, follow_name(w->follow));
    char *d = destination_of(c, rel);
    char *dd = path_dirname(d);
    int rc = mkdir_p(dd, err);
    free(dd);
    if (rc == 0) {
        char *text;
        if (!is_internal_path(c->canonical_src, resolved)) {
            text = xstrdup(target);
        } else {
            char *r = path_relative(c->canonical_src, resolved);
            char *copied = path_join(c->dest_dir, r);
            char *ddir = path_dirname(d);
            text = path_relative(ddir, copied);
            if (!*text) {
                free(text);
                text = xstrdup(".");
            }
            free(r);
            free(copied);
            free(ddir);
        }
        if (symlink(text, d) < 0) rc = fail_errno2(err, errno, "symlink", text, d);
        free(text);
    }
    free(d);
    return rc;
}

static void cp_run(void *ud, size_t i, void *t)
{
    (void)t;
    copyctx *c = ud;
    copyjob *j = &c->jobs[i];
    if (cancelled(c->progress)) {
        fail(&j->err, "cancelled");
        return;
    }
    copy_file(j->src, j->dst, c->umask_bits, c->progress, &j->err);
}

static int validate_on_symlink(walker *w, const char *sym, const char *rel, const char *real, const char *target,
                               const char *resolved, int internal, char **err)
{
    (void)sym;
    (void)rel;
    (void)real;
    (void)target;
    if (internal) return 0;
    return fail(err,
                "The file %s is an external symbolic link which is forbidden due to follow mode %s. Set `follow` "
                "to a mode that will follow symlinks (ALWAYS or EXTERNAL) or emit a regular file",
                resolved, follow_name(w->follow));
}

/* The BLOCK_EXTERNAL walk of a directory src (canonical_src: its realPathOrSelf) under the ignore
 * rules ig: -1 with *err at the first un-ignored symlink that leads outside it, else 0. Both
 * AssetStaging's constructor check (validateInternalSymlinks) and stage_copy's, made before
 * anything is copied (copy.js throws at that link, part way through the copy), are this walk. */
static int check_internal_symlinks(const char *src, const char *canonical_src, strategy *ig, char **err)
{
    walker w;
    memset(&w, 0, sizeof w);
    w.follow = CCDK_SYMLINK_BLOCK_EXTERNAL;
    w.ig = ig;
    w.on_symlink = validate_on_symlink;
    w.canonical_dir = canonical_src;
    return walk_directory(&w, src, NULL, err) < 0 ? -1 : 0;
}

int ccdk__validate_internal_symlinks(const char *path, const ccdk__fingerprint_opts *opts, char **err)
{
    if (err) *err = NULL;
    if (!path || !opts || opts->follow != CCDK_SYMLINK_BLOCK_EXTERNAL) return 0;
    char *e = NULL;
    char *src = path_resolve(path);
    struct stat st;
    int rc = 0;
    if (stat(src, &st) == 0 && S_ISDIR(st.st_mode)) {
        strategy *ig = strategy_new(opts, &e);
        char *canonical_src = realpath_or_self(src);
        rc = ig ? check_internal_symlinks(src, canonical_src, ig, &e) : -1;
        strategy_free(ig);
        free(canonical_src);
    }
    free(src);
    if (err) *err = e; else free(e);
    return rc;
}

/* where a directory's files are copied */
typedef enum {
    COPY_SPREAD, /* over the pool's threads, each its range */
    COPY_SERIAL, /* on this thread (one of a batch of assets copied in parallel) */
    COPY_EARLY,  /* on this thread for the first few milliseconds, then over threads (the early
                  * copies: mostly small, now and then large) */
} copy_mode;

/* umask_bits: current_umask(), or -2 to read it here (a batch of stagings reads it once) */
static int stage_copy(const char *path, const char *dest, const ccdk__fingerprint_opts *opts, copy_mode mode, int umask_bits,
                      const ccdk__stage_progress *pr, char **err)
{
    static const ccdk__fingerprint_opts defaults = {.follow = CCDK_SYMLINK_EXTERNAL, .ignore_mode = CCDK_IGNORE_GLOB};
    if (err) *err = NULL;
    if (!opts) opts = &defaults;
    if (!path || !dest) return fail(err, "path must be a string");
    if (!follow_name(opts->follow)) return fail(err, "unknown follow mode: %d", (int)opts->follow);
    char *e = NULL;
    char *src = path_resolve(path);
    char *dst = path_resolve(dest);
    int rc = 0;
    struct stat st;
    strategy *ig = NULL;
    char *canonical_src = NULL; /* realPathOrSelf(src), a directory's: both walks' root */
    /* what src resolves to (a directory's walks start there) and its stat, asked together */
    int stated = 0;
    char *rp = canonical_path(src, &st, &stated);
    if (!stated && stat(src, &st) < 0) {
        free(rp);
        rc = fail(&e, "Cannot find asset at %s", src);
        goto done;
    }
    if (S_ISDIR(st.st_mode)) canonical_src = rp ? utf8_sanitize_str(rp) : xstrdup(src); /* realpath_or_self */
    free(rp);
    if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode)) {
        rc = fail(&e, "Asset %s is expected to be either a directory or a regular file", src);
        goto done;
    }
    if (S_ISDIR(st.st_mode) || opts->ignore_mode == CCDK_IGNORE_GIT) {
        ig = strategy_new(opts, &e);
        if (!ig) {
            rc = -1;
            goto done;
        }
    }
    /* a directory whose symlinks were checked with these options when its asset was made
     * (opts->symlinks_checked: Code.fromAsset) is not walked a second time */
    if (opts->follow == CCDK_SYMLINK_BLOCK_EXTERNAL && S_ISDIR(st.st_mode) && !opts->symlinks_checked &&
        check_internal_symlinks(src, canonical_src, ig, &e) < 0) {
        rc = -1;
        goto done;
    }
    struct stat dt;
    if (S_ISREG(st.st_mode)) {
        if (stat(dst, &dt) == 0) goto done; /* already staged */
        rc = copy_file(src, dst, umask_bits == -2 ? current_umask() : umask_bits, pr, &e);
        goto done;
    }
    /* a directory: made, unless something is there already (mkdir's EEXIST, then the stat that
     * tells a staged one from a dangling link, whose mkdir fails as it always did) */
    if (mkdir(dst, 0777) < 0) {
        int me = errno;
        if (me == EEXIST && stat(dst, &dt) == 0) goto done; /* already staged */
        rc = fail_errno(&e, me, "mkdir", dst);
        goto done;
    }
    {
        copyctx c;
        memset(&c, 0, sizeof c);
        c.src_dir = src;
        c.dest_dir = dst;
        c.canonical_src = canonical_src;
        c.umask_bits = umask_bits == -2 ? current_umask() : umask_bits;
        c.progress = pr;
        walker w;
        memset(&w, 0, sizeof w);
        w.follow = opts->follow;
        w.ig = ig;
        w.ud = &c;
        w.on_directory = cp_on_directory;
        w.on_file = cp_on_file;
        w.on_symlink = cp_on_symlink;
        w.canonical_dir = canonical_src;
        char *werr = NULL;
        int wrc = walk_directory(&w, src, src, &werr);
        pool_t p;
        memset(&p, 0, sizeof p);
        p.njobs = c.nj;
        p.ud = &c;
        p.run = cp_run;
        p.serial = mode == COPY_SERIAL;
        p.by_range = mode != COPY_EARLY;
        if (mode == COPY_EARLY)
            p.alone_s = 0.005; /* a small directory on this thread; a large one spread over threads */
        pool_run(&p);
        for (size_t i = 0; i < c.nj; i++) {
            if (c.jobs[i].err && rc == 0) rc = fail(&e, "%s", c.jobs[i].err);
            free(c.jobs[i].src);
            free(c.jobs[i].dst);
            free(c.jobs[i].err);
        }
        free(c.jobs);
        if (wrc < 0) {
            free(e);
            e = werr;
            rc = -1;
        } else {
            free(werr);
        }
    }
done:
    if (rc < 0) {
        if (err) *err = e ? e : xstrdup("staging failed");
        else free(e);
    } else {
        free(e);
    }
    strategy_free(ig);
    free(canonical_src);
    free(src);
    free(dst);
    return rc;
}

/* ARCHIVE_EXTENSIONS of aws-cdk-lib's asset staging, in getExtension's order */
static const char *const ARCHIVE[] = { ".tar.gz", ".zip", ".jar", ".tar", ".tgz" };

/* the archive extension path ends with (case-insensitively), or NULL */
static const char *archive_ext(const char *path)
{
    size_t n = strlen(path);
    for (size_t i = 0; i < sizeof ARCHIVE / sizeof ARCHIVE[0]; i++) {
        size_t k = strlen(ARCHIVE[i]);
        if (n >= k && strncasecmp(path + n - k, ARCHIVE[i], k) == 0)
            return ARCHIVE[i];
    }
    return NULL;
}

int ccdk__asset_ext_is_archive(const char *path) { return path && archive_ext(path) != NULL; }

const char *ccdk__asset_ext(const char *path, size_t *len)
{
    const char *archive = archive_ext(path);
    if (archive) {
        *len = strlen(archive);
        return archive;
    }
    size_t at;
    *len = path_extname_at(path, &at);
    return path + at;
}

int ccdk__stage_copy(const char *path, const char *dest, const ccdk__fingerprint_opts *opts, char **err)
{
    return stage_copy(path, dest, opts, COPY_SPREAD, -2, NULL, err);
}

int ccdk__stage_copy_early(const char *path, const char *dest, const ccdk__fingerprint_opts *opts,
                           const ccdk__stage_progress *progress, char **err)
{
    return stage_copy(path, dest, opts, COPY_EARLY, -2, progress, err);
}

typedef struct {
    ccdk__stage_job *jobs;
    int umask_bits;
    const ccdk__stage_progress *progress;
} stage_batch;

static void stage_one(void *ud, size_t i, void *t)
{
    (void)t;
    stage_batch *b = ud;
    ccdk__stage_job *j = &b->jobs[i];
    j->rc = stage_copy(j->path, j->dest, j->opts, COPY_SERIAL, b->umask_bits, b->progress, &j->err);
}

int ccdk__stage_copy_all(ccdk__stage_job *jobs, size_t n, const ccdk__stage_progress *progress)
{
    if (n == 1) {
        jobs[0].rc = stage_copy(jobs[0].path, jobs[0].dest, jobs[0].opts, COPY_SPREAD, -2, progress, &jobs[0].err);
        return jobs[0].rc;
    }
    /* the umask of the whole batch, read once (one open, read and close of /proc/self/status) */
    stage_batch b = { jobs, current_umask(), progress };
    pool_t p;
    memset(&p, 0, sizeof p);
    p.njobs = n;
    p.ud = &b;
    p.run = stage_one;
    p.by_range = 1;
    pool_run(&p);
    for (size_t i = 0; i < n; i++)
        if (jobs[i].rc != 0)
            return -1;
    return 0;
}
