/* shim.c - an LD_PRELOAD library that injects file-system faults into a ccdk app.
 *
 * Every call below (the ones ccdk makes to write, move and remove files) is counted. With
 * FAULT_AT=N, the Nth call:
 *   FAULT_MODE=enospc  fails with ENOSPC, and so does every later call that allocates space
 *                      (open with O_CREAT, write, mkdir, link, symlink, copy, rename): a full disk
 *   FAULT_MODE=eio     fails with EIO, once
 *   FAULT_MODE=kill    raises SIGKILL (the process dies at that point)
 * FAULT_COUNT_FILE=path: the number of counted calls is written there at exit (to size a sweep).
 * FAULT_NO_EXCHANGE=1: renameat2(RENAME_EXCHANGE) fails with EINVAL, as on a file system without
 * it, so that the synth takes its two-rename fallback.
 * Calls glibc makes internally (fopen, opendir, nftw) do not pass through here. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

enum { M_NONE, M_ENOSPC, M_EIO, M_KILL };
static long fault_at;
static int mode;
static atomic_long calls;
static atomic_int full; /* enospc: the disk is full from the fault on */
static const char *count_file;

__attribute__((constructor)) static void init(void)
{
    const char *n = getenv("FAULT_AT"), *m = getenv("FAULT_MODE");
    fault_at = n ? atol(n) : 0;
    if (m && !strcmp(m, "enospc"))
        mode = M_ENOSPC;
    else if (m && !strcmp(m, "eio"))
        mode = M_EIO;
    else if (m && !strcmp(m, "kill"))
        mode = M_KILL;
    count_file = getenv("FAULT_COUNT_FILE");
}

__attribute__((destructor)) static void fini(void)
{
    if (!count_file)
        return;
    char buf[32];
    int len = snprintf(buf, sizeof buf, "%ld\n", (long)atomic_load(&calls));
    int (*real_open)(const char *, int, ...) = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
    ssize_t (*real_write)(int, const void *, size_t) = (ssize_t(*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
    int fd = real_open(count_file, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        if (real_write(fd, buf, (size_t)len) < 0) {
        }
        close(fd);
    }
}

/* 1 when this call must fail (errno set) */
static int fault(int allocates)
{
    long c = atomic_fetch_add(&calls, 1) + 1;
    if (mode == M_NONE || fault_at <= 0)
        return 0;
    if (c == fault_at) {
        if (mode == M_KILL)
            raise(SIGKILL);
        if (mode == M_ENOSPC)
            atomic_store(&full, 1);
        errno = mode == M_EIO ? EIO : ENOSPC;
        return 1;
    }
    if (allocates && atomic_load(&full)) {
        errno = ENOSPC;
        return 1;
    }
    return 0;
}

#define REAL(name)                                                                                 \
    static __typeof__(name) *real_##name;                                                          \
    if (!real_##name)                                                                              \
    real_##name = (__typeof__(name) *)dlsym(RTLD_NEXT, #name)

static int open_common(int at, int dirfd, const char *path, int flags, mode_t m, const char *sym)
{
    if (fault((flags & O_CREAT) != 0))
        return -1;
    if (at) {
        int (*f)(int, const char *, int, ...) = (int (*)(int, const char *, int, ...))dlsym(RTLD_NEXT, sym);
        return f(dirfd, path, flags, m);
    }
    int (*f)(const char *, int, ...) = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, sym);
    return f(path, flags, m);
}

static mode_t mode_arg(int flags, va_list ap)
{
    return (flags & (O_CREAT | O_TMPFILE)) ? (mode_t)va_arg(ap, int) : 0;
}

int open(const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t m = mode_arg(flags, ap);
    va_end(ap);
    return open_common(0, 0, path, flags, m, "open");
}

int open64(const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t m = mode_arg(flags, ap);
    va_end(ap);
    return open_common(0, 0, path, flags, m, "open64");
}

int openat(int dirfd, const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t m = mode_arg(flags, ap);
    va_end(ap);
    return open_common(1, dirfd, path, flags, m, "openat");
}

int openat64(int dirfd, const char *path, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    mode_t m = mode_arg(flags, ap);
    va_end(ap);
    return open_common(1, dirfd, path, flags, m, "openat64");
}

ssize_t write(int fd, const void *buf, size_t n)
{
    REAL(write);
    /* stdout and stderr are the app's messages, not the assembly */
    if (fd > 2 && fault(1))
        return -1;
    return real_write(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
    REAL(pwrite);
    if (fault(1))
        return -1;
    return real_pwrite(fd, buf, n, off);
}

ssize_t writev(int fd, const struct iovec *iov, int cnt)
{
    REAL(writev);
    if (fd > 2 && fault(1))
        return -1;
    return real_writev(fd, iov, cnt);
}

ssize_t copy_file_range(int in, loff_t *oin, int out, loff_t *oout, size_t n, unsigned flags)
{
    REAL(copy_file_range);
    if (fault(1))
        return -1;
    return real_copy_file_range(in, oin, out, oout, n, flags);
}

ssize_t sendfile(int out, int in, off_t *off, size_t n)
{
    REAL(sendfile);
    if (fault(1))
        return -1;
    return real_sendfile(out, in, off, n);
}

int rename(const char *a, const char *b)
{
    REAL(rename);
    if (fault(1))
        return -1;
    return real_rename(a, b);
}

int renameat(int da, const char *a, int db, const char *b)
{
    REAL(renameat);
    if (fault(1))
        return -1;
    return real_renameat(da, a, db, b);
}

int renameat2(int da, const char *a, int db, const char *b, unsigned flags)
{
    REAL(renameat2);
    if (fault(1))
        return -1;
    const char *nx = getenv("FAULT_NO_EXCHANGE");
    if ((flags & RENAME_EXCHANGE) && nx && *nx == '1') {
        errno = EINVAL;
        return -1;
    }
    return real_renameat2(da, a, db, b, flags);
}

int mkdir(const char *p, mode_t m)
{
    REAL(mkdir);
    if (fault(1))
        return -1;
    return real_mkdir(p, m);
}

int mkdirat(int d, const char *p, mode_t m)
{
    REAL(mkdirat);
    if (fault(1))
        return -1;
    return real_mkdirat(d, p, m);
}

int link(const char *a, const char *b)
{
    REAL(link);
    if (fault(1))
        return -1;
    return real_link(a, b);
}

int linkat(int da, const char *a, int db, const char *b, int flags)
{
    REAL(linkat);
    if (fault(1))
        return -1;
    return real_linkat(da, a, db, b, flags);
}

int symlink(const char *a, const char *b)
{
    REAL(symlink);
    if (fault(1))
        return -1;
    return real_symlink(a, b);
}

int symlinkat(const char *a, int d, const char *b)
{
    REAL(symlinkat);
    if (fault(1))
        return -1;
    return real_symlinkat(a, d, b);
}

int unlinkat(int d, const char *p, int flags)
{
    REAL(unlinkat);
    if (fault(0))
        return -1;
    return real_unlinkat(d, p, flags);
}

int fsync(int fd)
{
    REAL(fsync);
    if (fault(0))
        return -1;
    return real_fsync(fd);
}

int fdatasync(int fd)
{
    REAL(fdatasync);
    if (fault(0))
        return -1;
    return real_fdatasync(fd);
}

int syncfs(int fd)
{
    REAL(syncfs);
    if (fault(0))
        return -1;
    return real_syncfs(fd);
}

int unlink(const char *p)
{
    REAL(unlink);
    if (fault(0))
        return -1;
    return real_unlink(p);
}

int rmdir(const char *p)
{
    REAL(rmdir);
    if (fault(0))
        return -1;
    return real_rmdir(p);
}

int close(int fd)
{
    REAL(close);
    if (fd > 2 && fault(0)) {
        real_close(fd); /* Linux frees the descriptor even when close reports an error */
        errno = EIO;
        return -1;
    }
    return real_close(fd);
}
