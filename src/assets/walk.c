/* walk.c - the directory walk of aws-cdk-lib's utils.js walkDirectory: sorted entries, ignore
 * rules, symlinks followed or not per follow mode, visitor callbacks. */
#include "assets_internal.h"

int is_internal_path(const char *root, const char *target)
{
    size_t n = strlen(root);
    if (strcmp(root, target) == 0) return 1;
    return strncmp(target, root, n) == 0 && target[n] == '/';
}

/* realpath(p, NULL), in fewer system calls: glibc's realpath asks readlink of every component of
 * the path (an asset directory seven levels deep: seven calls, each failing on a directory), where
 * the kernel, once the path is open (O_PATH), names what it resolved to in /proc/self/fd: open,
 * readlink and close. Whatever is not plainly that answer (no /proc, a deleted or unreachable
 * directory, a name too long) is left to realpath, so the result and errno are realpath's own.
 * st (or NULL): the file's stat(2), got from the same descriptor (*stated = 1), or not got
 * (*stated = 0: realpath answered). NULL with errno on failure. */
char *canonical_path(const char *p, struct stat *st, int *stated)
{
    if (stated) *stated = 0;
    int fd = open(p, O_PATH | O_CLOEXEC);
    if (fd >= 0) {
        char link[40], buf[PATH_MAX + 1];
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        ssize_t n = readlink(link, buf, sizeof buf);
        int ok = n > 0 && n < PATH_MAX && buf[0] == '/' && (!st || fstat(fd, st) == 0);
        close(fd);
        if (ok) {
            buf[n] = 0;
            static const char deleted[] = " (deleted)";
            size_t dl = sizeof deleted - 1;
            if (!((size_t)n >= dl && !memcmp(buf + n - dl, deleted, dl))) {
                if (stated) *stated = st != NULL;
                return xstrdup(buf);
            }
        }
    }
    return realpath(p, NULL);
}

/* fs.realpathSync, or the input on failure */
char *realpath_or_self(const char *p)
{
    char *r = canonical_path(p, NULL, NULL);
    if (!r) return xstrdup(p);
    char *s = utf8_sanitize_str(r);
    free(r);
    return s;
}

/* canonicalLinkTarget(resolveLinkTarget(realPath, linkTarget)) */
static char *resolve_link(const char *real, const char *target)
{
    char *resolved;
    if (target[0] == '/') {
        resolved = path_resolve(target);
    } else {
        char *d = path_dirname(real);
        resolved = path_resolve2(d, target);
        free(d);
    }
    char *dir = path_dirname(resolved), *base = path_basename(resolved);
    char *rdir = realpath_or_self(dir);
    char *out = path_join(rdir, base);
    free(dir);
    free(base);
    free(rdir);
    free(resolved);
    return out;
}

static int should_follow(ccdk_symlink_follow f, int internal)
{
    switch (f) {
    case CCDK_SYMLINK_ALWAYS: return 1;
    case CCDK_SYMLINK_EXTERNAL: return !internal;
    case CCDK_SYMLINK_BLOCK_EXTERNAL: return internal;
    default: return 0;
    }
}

static char *child_rel(const char *rel, const char *name)
{
    return *rel ? xasprintf("%s/%s", rel, name) : xstrdup(name);
}

typedef struct {
    char *name;
    js key;
    int type; /* DT_* */
    size_t order;
} dent;

static int dent_cmp(const void *a, const void *b)
{
    const dent *x = a, *y = b;
    int c = js_cmp(x->key, y->key);
    if (c) return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

static int walk_dir(walker *w, const char *sym, const char *rel, const char *real, const char *canonical, char **err);

/* The directories no walk enters: the staging directories made while Apps are still being
 * constructed (core's spec_stage.c), which the fingerprints and copies of assets made meanwhile
 * must not see (before early staging, they did not exist then). Canonical paths. */
static pthread_mutex_t hidden_mu = PTHREAD_MUTEX_INITIALIZER;
static char **hidden;
static size_t nhidden, caphidden;
static atomic_size_t hidden_n;

void ccdk__walk_hide(const char *canonical_dir)
{
    pthread_mutex_lock(&hidden_mu);
    if (nhidden == caphidden) {
        caphidden = caphidden ? caphidden * 2 : 4;
        hidden = xrealloc(hidden, caphidden * sizeof *hidden);
    }
    hidden[nhidden++] = xstrdup(canonical_dir);
    atomic_store(&hidden_n, nhidden);
    pthread_mutex_unlock(&hidden_mu);
}

void ccdk__walk_unhide(const char *canonical_dir)
{
    pthread_mutex_lock(&hidden_mu);
    for (size_t i = 0; i < nhidden; i++)
        if (!strcmp(hidden[i], canonical_dir)) {
            free(hidden[i]);
            hidden[i] = hidden[--nhidden];
            break;
        }
    atomic_store(&hidden_n, nhidden);
    pthread_mutex_unlock(&hidden_mu);
}

static int is_hidden(const char *canonical)
{
    if (!atomic_load_explicit(&hidden_n, memory_order_relaxed))
        return 0;
    int found = 0;
    pthread_mutex_lock(&hidden_mu);
    for (size_t i = 0; i < nhidden && !found; i++)
        found = !strcmp(hidden[i], canonical);
    pthread_mutex_unlock(&hidden_mu);
    return found;
}

static int visit_directory(walker *w, const char *sym, const char *rel, const char *real, const char *canonical,
                           char **err)
{
    if (is_hidden(canonical)) return 0;
    int ign;
    if (strategy_completely_ignores(w->ig, &w->scratch, rel, &ign, err) < 0) return -1;
    if (ign) return 0;
    if (w->on_directory) {
        int ignored;
        if (strategy_ignores(w->ig, &w->scratch, rel, &ignored, err) < 0) return -1;
        if (w->on_directory(w, sym, rel, real, ignored, err) < 0) return -1;
    }
    return walk_dir(w, sym, rel, real, canonical, err);
}

static int visit_file(walker *w, const char *sym, const char *rel, const char *real, char **err)
{
    int ign;
    if (strategy_ignores(w->ig, &w->scratch, rel, &ign, err) < 0) return -1;
    if (ign || !w->on_file) return 0;
    return w->on_file(w, sym, rel, real, err);
}

static int visit_symlink(walker *w, const char *sym, const char *rel, const char *real, char **err)
{
    char buf[PATH_MAX + 1];
    ssize_t n = readlink(real, buf, PATH_MAX);
    if (n < 0) return fail_errno(err, errno, "readlink", real);
    buf[n] = 0;
    char *target = utf8_sanitize_str(buf);
    char *resolved = resolve_link(real, target);
    int internal = is_internal_path(w->canonical_root, resolved);
    struct stat stt;
    int have = should_follow(w->follow, internal) && stat(resolved, &stt) == 0;
    int rc = 0;
    if (!have) {
        int ign;
        if (strategy_ignores(w->ig, &w->scratch, rel, &ign, err) < 0)
            rc = -1;
        else if (!ign && w->on_symlink)
            rc = w->on_symlink(w, sym, rel, real, target, resolved, internal, err);
    } else if (S_ISDIR(stt.st_mode)) {
        char *canon = realpath_or_self(resolved);
        rc = visit_directory(w, sym, rel, resolved, canon, err);
        free(canon);
    } else if (S_ISREG(stt.st_mode)) {
        rc = visit_file(w, sym, rel, resolved, err);
    } else {
        int ign;
        if (strategy_ignores(w->ig, &w->scratch, rel, &ign, err) < 0)
            rc = -1;
        else if (!ign && w->on_unsupported)
            rc = w->on_unsupported(w, sym, rel, resolved, err);
    }
    free(target);
    free(resolved);
    return rc;
}

static int walk_dir(walker *w, const char *sym, const char *rel, const char *real, const char *canonical, char **err)
{
    for (size_t i = 0; i < w->nanc; i++)
        if (strcmp(w->anc[i], canonical) == 0) return 0;
    if (w->nanc == w->capanc) {
        w->capanc = w->capanc ? w->capanc * 2 : 16;
        w->anc = xrealloc(w->anc, w->capanc * sizeof *w->anc);
    }
    w->anc[w->nanc++] = xstrdup(canonical);

    int rc = 0;
    DIR *d = opendir(real);
    if (!d) {
        rc = fail_errno(err, errno, "scandir", real);
        goto out;
    }
    arena la = { 0 };
    dent *ents = NULL;
    size_t ne = 0, cap = 0;
    struct dirent *de;
    errno = 0;
    while ((de = readdir(d))) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
        if (ne == cap) {
            cap = cap ? cap * 2 : 64;
            ents = xrealloc(ents, cap * sizeof *ents);
        }
        dent *e = &ents[ne];
        e->name = utf8_sanitize_str(de->d_name);
        e->key = js_from_utf8(&la, e->name);
        e->type = de->d_type;
        e->order = ne;
        if (e->type == DT_UNKNOWN) {
            struct stat ls;
            char *p = path_join(real, e->name);
            if (lstat(p, &ls) == 0)
                e->type = S_ISLNK(ls.st_mode) ? DT_LNK : S_ISDIR(ls.st_mode) ? DT_DIR : S_ISREG(ls.st_mode) ? DT_REG : DT_FIFO;
            free(p);
        }
        ne++;
    }
    if (errno) rc = fail_errno(err, errno, "scandir", real);
    closedir(d);
    if (ne) qsort(ents, ne, sizeof *ents, dent_cmp);
    for (size_t i = 0; i < ne && rc == 0; i++) {
        dent *e = &ents[i];
        char *csym = path_join(sym, e->name);
        char *creal = path_join(real, e->name);
        char *crel = child_rel(rel, e->name);
        if (e->type == DT_LNK) {
            rc = visit_symlink(w, csym, crel, creal, err);
        } else if (e->type == DT_DIR) {
            char *ccanon = path_join(canonical, e->name);
            rc = visit_directory(w, csym, crel, creal, ccanon, err);
            free(ccanon);
        } else if (e->type == DT_REG) {
            rc = visit_file(w, csym, crel, creal, err);
        }
        free(csym);
        free(creal);
        free(crel);
    }
    for (size_t i = 0; i < ne; i++) free(ents[i].name);
    free(ents);
    arena_free(&la);
out:
    free(w->anc[--w->nanc]);
    return rc;
}

/* walkDirectory(directory, {follow, ignoreStrategy, root}). walkDirectory takes realPathOrSelf of
 * the root and of the directory; a caller that has just made the directory's (w->canonical_dir,
 * root NULL or the directory itself) saves those calls: realpath walks every component of the
 * path, one readlink each. */
int walk_directory(walker *w, const char *directory, const char *root, char **err)
{
    int known = w->canonical_dir && (!root || strcmp(root, directory) == 0);
    w->canonical_root = known ? xstrdup(w->canonical_dir) : realpath_or_self(root ? root : directory);
    char *canon = w->canonical_dir ? xstrdup(w->canonical_dir) : realpath_or_self(directory);
    int rc = walk_dir(w, directory, "", directory, canon, err);
    free(canon);
    free(w->canonical_root);
    w->canonical_root = NULL;
    free(w->anc);
    w->anc = NULL;
    w->nanc = w->capanc = 0;
    arena_free(&w->scratch);
    return rc;
}
