/* cache.c - the NodejsFunction bundle cache (ccdk's own: aws-cdk-lib has none across synths).
 *
 * An entry is a folder <root>/<key>-<16 hex>/ holding out/ (the bundle, as esbuild and the steps
 * left it) and `inputs`, one line per thing the bundle depends on:
 *   f <sha256 of the content> <path>     every file esbuild read (its metafile), the lock file,
 *                                        the tsconfig, the package.json of nodeModules
 *   d <sha256 of the sorted names> <dir> the folder of every file esbuild read outside
 *                                        node_modules, and the entry's folders up to the project
 *                                        root (a file added there can change what an import resolves to)
 *   f ... / x <zeros> <path>             package.json, tsconfig.json and jsconfig.json in the folder
 *                                        of every input and every folder above it: their content,
 *                                        or that they are still absent (esbuild reads them unlisted)
 * The key is the SHA-256 of the command line (the output folder as seen from the project root),
 * the esbuild binary and version, the package manager installing nodeModules (its path on PATH),
 * the project root and the bundling environment. An entry is used only when every line still
 * holds, so a bundle is never stale; it is written in a temporary folder and renamed into place
 * (entries never change: concurrent synths are safe), and older entries of the key are removed
 * after a new one is in place. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "nodejs_internal.h"

static const char *cache_root(ccdk_app *app)
{
    const char *off = getenv("CCDK_NODEJS_CACHE");
    if (off && !strcmp(off, "0"))
        return NULL;
    const char *d = getenv("CCDK_CACHE_DIR");
    const char *root;
    if (d && *d) {
        root = ccdk__sprintf(app, "%s/nodejs", d);
    } else if ((d = getenv("XDG_CACHE_HOME")) && *d == '/') {
        root = ccdk__sprintf(app, "%s/ccdk/nodejs", d);
    } else if ((d = getenv("HOME")) && *d) {
        root = ccdk__sprintf(app, "%s/.cache/ccdk/nodejs", d);
    } else {
        return NULL;
    }
    root = nj_resolve(app, root);
    if (ccdk__mkdir_p(root) != 0)
        return NULL;
    return root;
}

/* A process-wide memo of file hashes, each valid while the file's stat (device, inode, size,
 * modification and change times to the nanosecond) is the same: the shared modules of an app's
 * functions are read once per synth, not once per function. */
typedef struct {
    char *path;
    struct stat st;
    char sha[65];
} memo_entry;
static memo_entry *memo;
static size_t memo_n, memo_cap;
static pthread_mutex_t memo_mu = PTHREAD_MUTEX_INITIALIZER;

static int same_stat(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
           a->st_ctim.tv_sec == b->st_ctim.tv_sec && a->st_ctim.tv_nsec == b->st_ctim.tv_nsec;
}

static size_t memo_slot(const char *path)
{
    size_t h = 5381;
    for (const char *p = path; *p; p++)
        h = h * 33 + (unsigned char)*p;
    return h;
}

static int file_sha_read(const char *path, char out[65]);

static int file_sha(const char *path, char out[65])
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return -1;
    time_t now = time(NULL);
    /* a file changed in the last two seconds may change again within its timestamp: not memoized */
    int young = st.st_mtim.tv_sec >= now - 2 || st.st_ctim.tv_sec >= now - 2;
    pthread_mutex_lock(&memo_mu);
    size_t h = memo_slot(path);
    if (memo_cap) {
        for (size_t i = h & (memo_cap - 1);; i = (i + 1) & (memo_cap - 1)) {
            if (!memo[i].path)
                break;
            if (!strcmp(memo[i].path, path)) {
                if (same_stat(&memo[i].st, &st)) {
                    memcpy(out, memo[i].sha, 65);
                    pthread_mutex_unlock(&memo_mu);
                    return 0;
                }
                break;
            }
        }
    }
    pthread_mutex_unlock(&memo_mu);
    if (file_sha_read(path, out) != 0)
        return -1;
    struct stat after;
    if (young || stat(path, &after) != 0 || !same_stat(&st, &after))
        return 0; /* changing meanwhile: not memoized */
    pthread_mutex_lock(&memo_mu);
    if ((memo_n + 1) * 2 > memo_cap) { /* grow (open addressing, at most half full) */
        size_t ncap = memo_cap ? memo_cap * 2 : 256;
        memo_entry *nm = calloc(ncap, sizeof *nm);
        if (!nm)
            abort();
        for (size_t i = 0; i < memo_cap; i++)
            if (memo[i].path)
                for (size_t j = memo_slot(memo[i].path) & (ncap - 1);; j = (j + 1) & (ncap - 1))
                    if (!nm[j].path) {
                        nm[j] = memo[i];
                        break;
                    }
        free(memo);
        memo = nm;
        memo_cap = ncap;
    }
    for (size_t i = h & (memo_cap - 1);; i = (i + 1) & (memo_cap - 1)) {
        if (!memo[i].path || !strcmp(memo[i].path, path)) {
            if (!memo[i].path) {
                memo[i].path = strdup(path);
                memo_n++;
            }
            memo[i].st = st;
            memcpy(memo[i].sha, out, 65);
            break;
        }
    }
    pthread_mutex_unlock(&memo_mu);
    return 0;
}

static int file_sha_read(const char *path, char out[65])
{
    size_t len;
    char *d = ccdk__read_file(path, &len);
    if (!d)
        return -1;
    ccdk__sha256_hex(d, len, out);
    free(d);
    return 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int dir_sha(const char *path, char out[65])
{
    DIR *d = opendir(path);
    if (!d)
        return -1;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        if (n == cap)
            names = ccdk__grow(names, &cap, sizeof *names, 32);
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    ccdk__sha256_ctx c;
    ccdk__sha256_init(&c);
    for (size_t i = 0; i < n; i++) {
        ccdk__sha256_update(&c, names[i], strlen(names[i]) + 1);
        free(names[i]);
    }
    free(names);
    unsigned char h[32];
    ccdk__sha256_final(&c, h);
    for (int i = 0; i < 32; i++)
        snprintf(out + 2 * i, 3, "%02x", h[i]);
    return 0;
}

/* does every line of an entry's inputs still hold? */
static int inputs_hold(const char *text)
{
    const char *p = text;
    while (*p) {
        const char *nl = strchr(p, '\n');
        if (!nl)
            return 0;
        if (nl - p < 68 || p[1] != ' ' || p[66] != ' ')
            return 0;
        char path[4096];
        size_t pl = (size_t)(nl - (p + 67));
        if (pl >= sizeof path)
            return 0;
        memcpy(path, p + 67, pl);
        path[pl] = 0;
        char h[65];
        if (p[0] == 'x') { /* a file that must still be absent */
            struct stat st;
            if (lstat(path, &st) == 0)
                return 0;
            p = nl + 1;
            continue;
        }
        if ((p[0] == 'f' ? file_sha(path, h) : p[0] == 'd' ? dir_sha(path, h) : -1) != 0)
            return 0;
        if (memcmp(h, p + 2, 64))
            return 0;
        p = nl + 1;
    }
    return 1;
}

static unsigned long counter;

/* the files of from (a bundle) as hard links in the existing, empty folder to; folders in it
 * (nodeModules) as trees of links */
static int link_into(const char *from, const char *to)
{
    DIR *d = opendir(from);
    if (!d)
        return -1;
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char a[4096], b[4096];
        snprintf(a, sizeof a, "%s/%s", from, e->d_name);
        snprintf(b, sizeof b, "%s/%s", to, e->d_name);
        if (e->d_type == DT_REG)
            rc = link(a, b);
        else
            rc = ccdk__link_tree(a, b);
    }
    closedir(d);
    return rc;
}

int nj_cache_begin(nj_bundle *b, const char *outdir, nj_cache *c)
{
    ccdk_app *app = b->app;
    memset(c, 0, sizeof *c);
    if (b->o.command_hooks || ccdk__tri_true(b->o.pre_compilation))
        return -1; /* the hooks may read anything */
    c->root = cache_root(app);
    if (!c->root)
        return -1;
    /* the key */
    nj_step *steps;
    size_t n;
    nj_steps(app, b, b->project_root, "/\x01out", 1, &steps, &n);
    ccdk__buf k = {0};
    /* the format's number: raised when ccdk's steps change what a bundle holds (2: bun's clean-up
     * no longer removes pnpm's .modules.yaml), so an older ccdk's entries are not used */
    ccdk__buf_printf(&k, "ccdk-nodejs-cache 2\n%d\n%s\n%s\n%s\n", b->esbuild_workspace, b->esbuild_version, b->project_root,
                     nj_relative(app, outdir, b->project_root));
    if (ccdk__tri_true(b->o.metafile))
        ccdk__buf_printf(&k, "%s\n", outdir); /* the metafile names the output folder */
    for (size_t i = 0; i < n; i++) {
        ccdk__buf_printf(&k, "step %d %s\n", steps[i].type, steps[i].cwd ? steps[i].cwd : "");
        for (size_t j = 0; j < steps[i].argv.n; j++)
            ccdk__buf_printf(&k, "%s\n", steps[i].argv.items[j]);
        if (steps[i].type == NJ_SPAWN && steps[i].argv.n) {
            /* which esbuild (or yarn / pnpm / bun running it) and which npm / yarn / pnpm / bun
             * installs nodeModules: the program on the PATH the steps run with */
            const char *prog = nj_which_in(app, steps[i].argv.items[0], nj_env_path(b));
            ccdk__buf_printf(&k, "prog %s\n", prog ? prog : "");
        }
    }
    if (b->deps_json)
        ccdk__buf_printf(&k, "deps %s\n", b->deps_json);
    const char *node_path = getenv("NODE_PATH"); /* esbuild resolves packages there too */
    ccdk__buf_printf(&k, "NODE_PATH=%s\n", node_path ? node_path : "");
    size_t ne = CCDK__LEN(b->o.environment, "environment");
    for (size_t i = 0; i < ne; i++)
        ccdk__buf_printf(&k, "env %s=%s\n", b->o.environment.items[i].key, b->o.environment.items[i].value);
    char key[65];
    ccdk__sha256_hex(k.data, k.len, key);
    ccdk__buf_free(&k);
    c->key = ccdk__strdup(app, key);
    /* an entry that still holds */
    DIR *d = opendir(c->root);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d))) {
            if (strncmp(e->d_name, key, 64) || e->d_name[64] != '-')
                continue;
            const char *entry = ccdk__sprintf(app, "%s/%s", c->root, e->d_name);
            size_t len;
            char *text = ccdk__read_file(ccdk__sprintf(app, "%s/inputs", entry), &len);
            int ok = text && inputs_hold(text);
            free(text);
            if (!ok)
                continue;
            /* the bundle folder was made empty for us: it gets hard links to the entry's files */
            if (link_into(ccdk__sprintf(app, "%s/out", entry), outdir) == 0) {
                closedir(d);
                return 1;
            }
            ccdk__rm_rf(outdir); /* the entry went away meanwhile: bundle */
            ccdk__mkdir_p(outdir);
            chmod(outdir, 0777);
            break;
        }
        closedir(d);
    }
    if (ccdk__tri_true(b->o.metafile)) {
        c->meta = nj_join(app, outdir, "index.meta.json");
    } else {
        c->meta = ccdk__sprintf(app, "%s/.meta-%ld-%lu.json", c->root, (long)getpid(), __atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED));
        c->meta_arg = ccdk__sprintf(app, "--metafile=%s", c->meta);
    }
    return 0;
}

void nj_cache_abort(nj_cache *c)
{
    if (c->meta_arg)
        unlink(c->meta);
}

static void add_file(ccdk__buf *in, const char *path, int *ok)
{
    char h[65];
    if (file_sha(path, h) != 0) {
        *ok = 0;
        return;
    }
    ccdk__buf_printf(in, "f %s %s\n", h, path);
}

static void add_dir(ccdk__buf *in, const char *path, int *ok)
{
    char h[65];
    if (dir_sha(path, h) != 0) {
        *ok = 0;
        return;
    }
    ccdk__buf_printf(in, "d %s %s\n", h, path);
}

static int copy_tree(const char *from, const char *to)
{
    if (mkdir(to, 0755) != 0)
        return -1;
    DIR *d = opendir(from);
    if (!d)
        return -1;
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char a[4096], b[4096];
        snprintf(a, sizeof a, "%s/%s", from, e->d_name);
        snprintf(b, sizeof b, "%s/%s", to, e->d_name);
        struct stat st;
        if (lstat(a, &st) != 0) {
            rc = -1;
        } else if (S_ISDIR(st.st_mode)) {
            rc = copy_tree(a, b);
        } else if (S_ISLNK(st.st_mode)) {
            char t[4096];
            ssize_t n = readlink(a, t, sizeof t - 1);
            if (n < 0)
                rc = -1;
            else {
                t[n] = 0;
                rc = symlink(t, b);
            }
        } else {
            size_t len;
            char *data = ccdk__read_file(a, &len);
            int fd = data ? open(b, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, st.st_mode & 07777) : -1;
            size_t off = 0;
            while (fd >= 0 && off < len) {
                ssize_t w = write(fd, data + off, len - off);
                if (w < 0 && errno == EINTR)
                    continue;
                if (w <= 0)
                    break;
                off += (size_t)w;
            }
            if (fd < 0 || off < len)
                rc = -1;
            if (fd >= 0 && close(fd) != 0)
                rc = -1;
            free(data);
        }
    }
    closedir(d);
    return rc;
}

void nj_cache_store(nj_bundle *b, const char *outdir, nj_cache *c)
{
    ccdk_app *app = b->app;
    size_t len;
    char *text = ccdk__read_file(c->meta, &len);
    if (c->meta_arg)
        unlink(c->meta);
    if (!text)
        return;
    ccdk__buf in = {0};
    int ok = 1;
    ccdk__scratch_begin(app);
    const char *err = NULL;
    ccdk_value *meta = ccdk__json_parse(app, text, len, &err);
    ccdk_value *inputs = meta ? ccdk__v_get(meta, "inputs") : NULL;
    if (!inputs || inputs->kind != CCDK__V_OBJ)
        ok = 0;
    nj_strv dirs = {0};
    for (size_t i = 0; ok && i < inputs->u.obj.n; i++) {
        const char *rel = inputs->u.obj.e[i].key;
        if (!*rel || rel[0] == '<' || strchr(rel, ':')) { /* a namespace of esbuild's own: not a file */
            ok = 0;
            break;
        }
        const char *p = rel[0] == '/' ? rel : nj_join(app, b->project_root, rel);
        add_file(&in, p, &ok);
        if (!strstr(p, "/node_modules/")) {
            const char *dir = nj_dirname(app, p);
            int seen = 0;
            for (size_t j = 0; j < dirs.n && !seen; j++)
                seen = !strcmp(dirs.items[j], dir);
            if (!seen)
                nj_push(app, &dirs, dir);
        }
    }
    /* the entry's folders up to the project root */
    for (const char *dir = nj_dirname(app, b->entry); ok;) {
        int seen = 0;
        for (size_t j = 0; j < dirs.n && !seen; j++)
            seen = !strcmp(dirs.items[j], dir);
        if (!seen)
            nj_push(app, &dirs, dir);
        if (!strcmp(dir, b->project_root) || !strcmp(dir, "/"))
            break;
        dir = nj_dirname(app, dir);
    }
    for (size_t j = 0; ok && j < dirs.n; j++)
        add_dir(&in, dirs.items[j], &ok);
    /* the configuration esbuild reads without listing it as an input: package.json (type, main,
     * sideEffects, ...), tsconfig.json and jsconfig.json in the folder of every input and in each
     * folder above it, present (their content) or absent */
    nj_strv anc = {0};
    for (size_t i = 0; ok && i < inputs->u.obj.n; i++) {
        const char *rel = inputs->u.obj.e[i].key;
        const char *dir = nj_dirname(app, rel[0] == '/' ? rel : nj_join(app, b->project_root, rel));
        for (;;) {
            int seen = 0;
            for (size_t j = 0; j < anc.n && !seen; j++)
                seen = !strcmp(anc.items[j], dir);
            if (seen)
                break; /* its parents are in already */
            nj_push(app, &anc, dir);
            if (!strcmp(dir, "/"))
                break;
            dir = nj_dirname(app, dir);
        }
    }
    static const char *const configs[] = {"package.json", "tsconfig.json", "jsconfig.json"};
    for (size_t j = 0; ok && j < anc.n; j++)
        for (int k = 0; ok && k < 3; k++) {
            const char *f = ccdk__sprintf(app, "%s/%s", strcmp(anc.items[j], "/") ? anc.items[j] : "", configs[k]);
            struct stat st;
            if (lstat(f, &st) == 0)
                add_file(&in, f, &ok);
            else
                ccdk__buf_printf(&in, "x %064d %s\n", 0, f);
        }
    if (ok)
        add_file(&in, b->lock_file, &ok);
    if (ok && b->rel_tsconfig)
        add_file(&in, nj_join(app, b->project_root, b->rel_tsconfig), &ok);
    if (ok && b->package_json)
        add_file(&in, b->package_json, &ok);
    ccdk__scratch_end(app);
    free(text);
    if (!ok || !in.data) {
        ccdk__buf_free(&in);
        return;
    }
    char digest[65];
    ccdk__sha256_hex(in.data, in.len, digest);
    char tmp[4200], final[4200], p[4300];
    snprintf(tmp, sizeof tmp, "%s/.tmp-%ld-%lu-%ld", c->root, (long)getpid(), __atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED),
             (long)time(NULL));
    snprintf(final, sizeof final, "%s/%s-%.16s", c->root, c->key, digest);
    snprintf(p, sizeof p, "%s/out", tmp);
    int good = mkdir(tmp, 0755) == 0 && copy_tree(outdir, p) == 0;
    snprintf(p, sizeof p, "%s/inputs", tmp);
    FILE *f = good ? fopen(p, "w") : NULL;
    if (f) {
        good = fwrite(in.data, 1, in.len, f) == in.len;
        good = fclose(f) == 0 && good;
    } else {
        good = 0;
    }
    ccdk__buf_free(&in);
    if (!good || rename(tmp, final) != 0) { /* another synth put the same entry in place first */
        ccdk__rm_rf(tmp);
        return;
    }
    /* the older entries of the key */
    DIR *d = opendir(c->root);
    if (!d)
        return;
    struct dirent *e;
    const char *mine = strrchr(final, '/') + 1;
    while ((e = readdir(d)))
        if (!strncmp(e->d_name, c->key, 64) && e->d_name[64] == '-' && strcmp(e->d_name, mine)) {
            snprintf(p, sizeof p, "%s/%s", c->root, e->d_name);
            ccdk__rm_rf(p);
        }
    closedir(d);
}
