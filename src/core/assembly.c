/* assembly.c - the cloud assembly's transactional write: a staging directory beside the output,
 * staged assets reused by hard links (the old assembly is never touched), one atomic exchange,
 * and the removal of what dead synths left behind.
 *
 * The guarantee: at every instant, a reader of the output directory sees the complete old or the
 * complete new assembly. The new one is written into <target>.ccdk-tmp-<pid>-<n> (a sibling, so
 * on the same file system), flushed to disk (syncfs), then swapped with the old one by
 * renameat2(RENAME_EXCHANGE); the old one, now under the staging name, is removed (a large one by an
 * rm process of its own: remove_later). On a file
 * system without RENAME_EXCHANGE the swap falls back to two renames (the old assembly moved to
 * <target>.ccdk-old-<pid>-<n>, the new one moved in, the old one put back if that fails), which has
 * a moment without an output directory: README says so.
 *
 * Every staging directory is flock()ed by the process writing it. A later synth removes the
 * staging and old directories beside its output whose lock is free and whose process is gone (or
 * is itself: a leftover of an earlier process with the same pid, as happens in containers). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fingerprint.h"
#include "synth.h"

/* mkdir+flock of a staging directory and the scan for stale ones exclude each other within the
 * process (across processes the pid check covers the moment between mkdir and flock) */
static pthread_mutex_t txn_mu = PTHREAD_MUTEX_INITIALIZER;
static unsigned txn_counter;

static void strip_trailing_slashes(char *p)
{
    size_t n = strlen(p);
    while (n > 1 && p[n - 1] == '/')
        p[--n] = 0;
}

static int pid_alive(long pid)
{
    if (pid <= 0 || pid > INT_MAX)
        return 0;
    return kill((pid_t)pid, 0) == 0 || errno == EPERM;
}

/* name is "<base>.ccdk-tmp-<pid>[-<n>]" or "<base>.ccdk-old-<pid>[-<n>]": the pid, else -1 */
static long leftover_pid(const char *name, const char *base)
{
    size_t bl = strlen(base);
    if (strncmp(name, base, bl) || (strncmp(name + bl, ".ccdk-tmp-", 10) && strncmp(name + bl, ".ccdk-old-", 10)))
        return -1;
    const char *p = name + bl + 10;
    char *end;
    errno = 0;
    long pid = strtol(p, &end, 10);
    if (end == p || errno || (*end && *end != '-'))
        return -1;
    if (*end == '-') {
        const char *q = end + 1;
        strtoul(q, &end, 10);
        if (end == q || *end)
            return -1;
    }
    return pid;
}

/* Removes the leftovers of dead synths beside target. Called with txn_mu held. */
static void remove_stale(const char *target)
{
    char parent[4096];
    snprintf(parent, sizeof parent, "%s", target);
    char *slash = strrchr(parent, '/');
    const char *base = target;
    if (slash) {
        base = target + (slash - parent) + 1;
        if (slash == parent)
            slash[1] = 0;
        else
            *slash = 0;
    } else {
        snprintf(parent, sizeof parent, ".");
    }
    DIR *d = opendir(parent);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        long pid = leftover_pid(e->d_name, base);
        if (pid < 0 || (pid != (long)getpid() && pid_alive(pid)))
            continue;
        char path[4400];
        snprintf(path, sizeof path, "%s/%s", parent, e->d_name);
        int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        if (flock(fd, LOCK_EX | LOCK_NB) == 0) { /* nobody holds it: a dead synth's */
            struct stat st;
            if (!strncmp(e->d_name + strlen(base), ".ccdk-old-", 10) && lstat(target, &st) != 0 && errno == ENOENT)
                rename(path, target); /* killed between the fallback's two renames: the old assembly goes back */
            else
                ccdk__rm_rf(path);
        }
        close(fd);
    }
    closedir(d);
}

int ccdk__txn_begin(ccdk_app *app, ccdk__txn *t, const char *outdir)
{
    memset(t, 0, sizeof *t);
    t->lock_fd = -1;
    t->old_fd = -1;
    /* every path of the assembly is the target's and a short name: keep them all below PATH_MAX */
    char given[3500];
    /* dot components are resolved as node's path.resolve does ("cdk.out/." is cdk.out); a plain
     * relative path stays relative */
    int dotted = strstr(outdir, "/.") || outdir[0] == '.' || strstr(outdir, "//");
    if (snprintf(given, sizeof given, "%s", outdir) >= (int)sizeof given ||
        (dotted && ccdk__path_resolve(given, sizeof given) != 0)) {
        ccdk__unscoped_error(app, "ENAMETOOLONG: name too long, mkdir '%s'", outdir);
        return -1;
    }
    strip_trailing_slashes(given);
    pthread_mutex_lock(&txn_mu);
    remove_stale(given); /* and puts back an old assembly a killed fallback swap left aside */
    pthread_mutex_unlock(&txn_mu);
    struct stat st, lst;
    if (lstat(given, &lst) == 0) {
        if (stat(given, &st) != 0) {
            /* a dangling symlink: fs.mkdirSync(dir, { recursive: true }) fails on it in aws-cdk-lib */
            ccdk__unscoped_error(app, "EEXIST: file already exists, mkdir '%s'", outdir);
            return -1;
        }
        if (!S_ISDIR(st.st_mode)) {
            /* CloudAssemblyBuilder's ensureDirSync: "${dir} must be a directory" */
            ccdk__unscoped_error(app, "%s must be a directory", outdir);
            return -1;
        }
        /* the assembly goes where the output directory really is (a symlink stays a symlink) */
        char real[PATH_MAX];
        if (S_ISLNK(lst.st_mode)) {
            /* without its target, the exchange would replace the symlink by a directory */
            if (!realpath(given, real) || strlen(real) >= sizeof t->target) {
                ccdk__unscoped_error(app, "Cannot resolve the output directory %s: %s", outdir, strerror(errno));
                return -1;
            }
            snprintf(t->target, sizeof t->target, "%s", real);
        } else {
            snprintf(t->target, sizeof t->target, "%s", given);
        }
        t->exists = 1;
        /* While this synth links staged assets out of the old assembly, no other synth may remove
         * it (each takes LOCK_EX on the assembly it swapped out before removing it). */
        t->old_fd = open(t->target, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (t->old_fd >= 0)
            flock(t->old_fd, LOCK_SH);
    } else {
        snprintf(t->target, sizeof t->target, "%s", given);
    }
    t->scanned_other = strcmp(t->target, given) != 0;
    if (!strcmp(t->target, "/")) {
        ccdk__unscoped_error(app, "Cannot write the cloud assembly into %s: choose a directory of its own", outdir);
        return -1;
    }
    return 0;
}

int ccdk__txn_mktmp(ccdk__txn *t, int parents)
{
    if (t->tmp[0])
        return 0;
    pthread_mutex_lock(&txn_mu);
    if (t->scanned_other) /* txn_begin scanned beside the path as given; a symlink's target is elsewhere */
        remove_stale(t->target);
    int rc = -1, made = 0;
    for (int tries = 0; tries < 100 && !made; tries++) { /* EEXIST: a leftover that could not be removed */
        unsigned n = txn_counter++;
        snprintf(t->tmp, sizeof t->tmp, "%s.ccdk-tmp-%ld-%u", t->target, (long)getpid(), n);
        made = mkdir(t->tmp, 0777) == 0 || (parents && errno == ENOENT && ccdk__mkdir_p(t->tmp) == 0);
        if (!made && errno != EEXIST)
            break;
    }
    if (!made) {
        t->tmp[0] = 0;
        goto out;
    }
    t->lock_fd = open(t->tmp, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (t->lock_fd < 0 || flock(t->lock_fd, LOCK_EX) != 0) {
        int e = errno;
        if (t->lock_fd >= 0)
            close(t->lock_fd);
        t->lock_fd = -1;
        rmdir(t->tmp);
        t->tmp[0] = 0;
        errno = e;
        goto out;
    }
    rc = 0;
out:
    pthread_mutex_unlock(&txn_mu);
    return rc;
}

static void release_old(ccdk__txn *t)
{
    if (t->old_fd >= 0)
        close(t->old_fd);
    t->old_fd = -1;
}

void ccdk__txn_abort(ccdk__txn *t)
{
    if (t->tmp[0])
        ccdk__rm_rf(t->tmp);
    t->tmp[0] = 0;
    if (t->lock_fd >= 0)
        close(t->lock_fd);
    t->lock_fd = -1;
    release_old(t);
}

static void sync_parent(const char *path)
{
    char parent[4096];
    snprintf(parent, sizeof parent, "%s", path);
    char *slash = strrchr(parent, '/');
    if (slash == parent)
        slash[1] = 0;
    else if (slash)
        *slash = 0;
    else
        snprintf(parent, sizeof parent, ".");
    int fd = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

/* ------------------------------------------------------------------ removing the old assembly later
 *
 * What the exchange took aside is garbage the moment the new assembly is in place: nobody waits
 * for it. A large one (a hundred stacks, or asset directories: a file's unlink costs 20-40 us on
 * the VMs measured, and an app of 100 shared asset directories has 2,000 files) is removed by
 * `rm -rf` in a process of its own, started with the directory's exclusive lock (its descriptor
 * goes with it: the lock is held until rm exits, so no other synth's leftover scan races it), so
 * that the synth returns without waiting. If rm cannot be started the synth removes it itself;
 * if rm is killed the next synth's leftover scan finishes the job (the pid is ours, and gone).
 * rm's standard streams are /dev/null: a caller reading this process's output to its end is not
 * kept waiting. The children are reaped at the next commit (a finished one) or left to init. */
#define LATER_MAX 64
static pid_t later[LATER_MAX];
static size_t nlater;

static void reap_later(void)
{
    pthread_mutex_lock(&txn_mu);
    for (size_t i = 0; i < nlater;)
        if (waitpid(later[i], NULL, WNOHANG) != 0) /* done (or not ours any more) */
            later[i] = later[--nlater];
        else
            i++;
    pthread_mutex_unlock(&txn_mu);
}

/* whether the directory open as fd is worth a process: its entries, an asset directory counted as
 * the twenty files it may hold */
static int large_tree(int fd)
{
    int dfd = dup(fd);
    DIR *d = dfd >= 0 ? fdopendir(dfd) : NULL;
    if (!d) {
        if (dfd >= 0)
            close(dfd);
        return 0;
    }
    size_t weight = 0;
    struct dirent *e;
    while ((e = readdir(d)) && weight < 200)
        weight += !strncmp(e->d_name, "asset.", 6) && e->d_type == DT_DIR ? 20 : 1;
    closedir(d);
    return weight >= 200;
}

static int remove_later(const char *path, int fd)
{
    const char *off = getenv("CCDK_REMOVE_NOW");
    if ((off && *off && strcmp(off, "0")) || !large_tree(fd))
        return 0;
    reap_later();
    int lock_to = fd == 3 ? 4 : 3;
    posix_spawn_file_actions_t fa;
    if (posix_spawn_file_actions_init(&fa) != 0)
        return 0;
    int ok = posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0) == 0 &&
             posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0) == 0 &&
             posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0) == 0 &&
             posix_spawn_file_actions_adddup2(&fa, fd, lock_to) == 0;
    pid_t pid = -1;
    char *argv[] = {"rm", "-rf", "--", (char *)path, NULL};
    char *envp[] = {NULL};
    ok = ok && posix_spawn(&pid, "/bin/rm", &fa, NULL, argv, envp) == 0;
    posix_spawn_file_actions_destroy(&fa);
    if (!ok)
        return 0;
    pthread_mutex_lock(&txn_mu);
    if (nlater < LATER_MAX)
        later[nlater++] = pid;
    pthread_mutex_unlock(&txn_mu);
    return 1;
}

int ccdk__txn_commit(ccdk_app *app, ccdk__txn *t, const char *outdir)
{
    /* what the exchange makes visible must be on disk first (CCDK_NO_FSYNC=1 skips it: tests) */
    if (ccdk__durable() && syncfs(t->lock_fd) != 0) {
        ccdk__unscoped_error(app, "Failed to write the cloud assembly into %s: %s", t->tmp, strerror(errno));
        ccdk__txn_abort(t);
        return -1;
    }
    int exchanged = 0;
    if (!t->exists) {
        char parent[4096];
        snprintf(parent, sizeof parent, "%s", t->target);
        char *slash = strrchr(parent, '/');
        if (slash && slash != parent) {
            *slash = 0;
            ccdk__mkdir_p(parent);
        }
        if (rename(t->tmp, t->target) == 0) {
            t->tmp[0] = 0; /* nothing of ours is left under the staging name */
        } else if (errno == EEXIST || errno == ENOTEMPTY) {
            t->exists = 1; /* made by someone else meanwhile: exchange with it */
        } else {
            ccdk__unscoped_error(app, "Cannot move the cloud assembly into %s: %s", outdir, strerror(errno));
            ccdk__txn_abort(t);
            return -1;
        }
    }
    if (t->exists) {
        if (renameat2(AT_FDCWD, t->tmp, AT_FDCWD, t->target, RENAME_EXCHANGE) == 0) {
            exchanged = 1;
        } else if (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP) {
            /* no RENAME_EXCHANGE here: two renames, the old assembly put back if the second fails;
             * under txn_mu, so that no thread's leftover scan takes the old one aside for a dead one */
            pthread_mutex_lock(&txn_mu);
            char old[4200];
            snprintf(old, sizeof old, "%s.ccdk-old-%ld-%s", t->target, (long)getpid(), strrchr(t->tmp, '-') + 1);
            if (rename(t->target, old) != 0) {
                pthread_mutex_unlock(&txn_mu);
                ccdk__unscoped_error(app, "Cannot replace %s: %s", outdir, strerror(errno));
                ccdk__txn_abort(t);
                return -1;
            }
            if (rename(t->tmp, t->target) != 0) {
                int e = errno;
                rename(old, t->target);
                pthread_mutex_unlock(&txn_mu);
                ccdk__unscoped_error(app, "Cannot move the cloud assembly into %s: %s", outdir, strerror(e));
                ccdk__txn_abort(t);
                return -1;
            }
            pthread_mutex_unlock(&txn_mu);
            snprintf(t->tmp, sizeof t->tmp, "%s", old);
            exchanged = 1;
        } else {
            ccdk__unscoped_error(app, "Cannot replace %s: %s", outdir, strerror(errno));
            ccdk__txn_abort(t);
            return -1;
        }
    }
    sync_parent(t->target);
    release_old(t); /* our own shared lock on the old assembly first: it is ours to remove now */
    /* the old assembly, now under the staging name: removed once no other synth links from it (they
     * hold LOCK_SH on it); if removing it fails, the next synth does */
    if (exchanged && t->tmp[0]) {
        int fd = open(t->tmp, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
        if (fd >= 0)
            flock(fd, LOCK_EX);
        if (!(fd >= 0 && remove_later(t->tmp, fd)))
            ccdk__rm_rf(t->tmp);
        if (fd >= 0)
            close(fd);
    }
    t->tmp[0] = 0;
    if (t->lock_fd >= 0)
        close(t->lock_fd);
    t->lock_fd = -1;
    return 0;
}

/* ------------------------------------------------------------------ reusing staged assets */

/* Recreates the directory open as sfd under the name `to` of the directory dfd (both closed by the
 * caller): one linkat per file through descriptors, the type from readdir (no stat per entry). */
static int link_dir_at(int sfd, mode_t mode, int dfd, const char *to)
{
    if (mkdirat(dfd, to, mode & 07777) != 0)
        return -1;
    int tfd = openat(dfd, to, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (tfd < 0)
        return -1;
    int rfd = dup(sfd);
    DIR *d = rfd >= 0 ? fdopendir(rfd) : NULL;
    if (!d) {
        if (rfd >= 0)
            close(rfd);
        close(tfd);
        return -1;
    }
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(d))) {
        const char *n = e->d_name;
        if (n[0] == '.' && (!n[1] || (n[1] == '.' && !n[2])))
            continue;
        int type = e->d_type;
        struct stat st;
        st.st_mode = 0777;
        if (type == DT_UNKNOWN || type == DT_DIR) {
            if (fstatat(sfd, n, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                rc = -1;
                break;
            }
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : DT_REG;
        }
        if (type == DT_LNK) {
            char target[PATH_MAX];
            ssize_t k = readlinkat(sfd, n, target, sizeof target - 1);
            if (k < 0) {
                rc = -1;
                break;
            }
            target[k] = 0;
            rc = symlinkat(target, tfd, n);
        } else if (type == DT_DIR) {
            int sub = openat(sfd, n, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub < 0) {
                rc = -1;
                break;
            }
            rc = link_dir_at(sub, st.st_mode, tfd, n);
            int e2 = errno;
            close(sub);
            errno = e2;
        } else {
            rc = linkat(sfd, n, tfd, n, 0);
        }
    }
    int e2 = errno;
    closedir(d);
    close(tfd);
    errno = e2;
    return rc;
}

static int link_tree_at(const char *from, const char *to)
{
    struct stat st;
    if (lstat(from, &st) != 0)
        return -1;
    if (S_ISLNK(st.st_mode)) {
        char target[PATH_MAX];
        ssize_t n = readlink(from, target, sizeof target - 1);
        if (n < 0)
            return -1;
        target[n] = 0;
        return symlink(target, to);
    }
    if (!S_ISDIR(st.st_mode))
        return link(from, to);
    int sfd = open(from, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (sfd < 0)
        return -1;
    int rc = link_dir_at(sfd, st.st_mode, AT_FDCWD, to);
    int e = errno;
    close(sfd);
    errno = e;
    return rc;
}

int ccdk__link_tree(const char *from, const char *to)
{
    if (link_tree_at(from, to) == 0)
        return 0;
    int e = errno;
    ccdk__rm_rf(to); /* half a tree is no tree */
    errno = e;
    return -1;
}
