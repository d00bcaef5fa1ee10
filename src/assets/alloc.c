/* alloc.c - memory for src/assets: malloc that aborts on OOM, scratch arenas, and the error
 * messages (node's errno names and texts) that the fingerprint and staging return. */
#include "assets_internal.h"

static void oom(void)
{
    fputs("ccdk: out of memory\n", stderr);
    abort();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) oom();
    return p;
}

void *xcalloc(size_t n, size_t m)
{
    void *p = calloc(n ? n : 1, m ? m : 1);
    if (!p) oom();
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) oom();
    return p;
}

char *xstrdup(const char *s)
{
    size_t n = strlen(s);
    char *p = xmalloc(n + 1);
    memcpy(p, s, n + 1);
    return p;
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

__attribute__((format(printf, 1, 2)))
char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0) oom();
    va_end(ap);
    return s;
}

/* Set *err (if not already set) to a formatted message. Always returns -1. */
__attribute__((format(printf, 2, 3)))
int fail(char **err, const char *fmt, ...)
{
    if (err && !*err) {
        va_list ap;
        va_start(ap, fmt);
        char *s = NULL;
        if (vasprintf(&s, fmt, ap) < 0) oom();
        va_end(ap);
        /* keep it one line */
        for (char *q = s; *q; q++)
            if (*q == '\n' || *q == '\r') *q = ' ';
        *err = s;
    }
    return -1;
}

/* libuv-style error text, as node formats fs errors: "ENOENT: no such file or directory, open '/x'" */
const char *ccdk__node_errno_code(int e)
{
    switch (e) {
    case ENOENT: return "ENOENT";
    case EACCES: return "EACCES";
    case EPERM: return "EPERM";
    case ENOTDIR: return "ENOTDIR";
    case EISDIR: return "EISDIR";
    case ELOOP: return "ELOOP";
    case EEXIST: return "EEXIST";
    case ENAMETOOLONG: return "ENAMETOOLONG";
    case EIO: return "EIO";
    case EMFILE: return "EMFILE";
    case ENFILE: return "ENFILE";
    case ENOSPC: return "ENOSPC";
    case EROFS: return "EROFS";
    case EXDEV: return "EXDEV";
    case EINVAL: return "EINVAL";
    case EBUSY: return "EBUSY";
    case ENOMEM: return "ENOMEM";
    case EFBIG: return "EFBIG";
    case EDQUOT: return "EDQUOT";
    default: return "EUNKNOWN";
    }
}

const char *ccdk__node_errno_text(int e)
{
    switch (e) {
    case ENOENT: return "no such file or directory";
    case EACCES: return "permission denied";
    case EPERM: return "operation not permitted";
    case ENOTDIR: return "not a directory";
    case EISDIR: return "illegal operation on a directory";
    case ELOOP: return "too many symbolic links encountered";
    case EEXIST: return "file already exists";
    case ENAMETOOLONG: return "name too long";
    case EIO: return "i/o error";
    case EMFILE: return "too many open files";
    case ENFILE: return "file table overflow";
    case ENOSPC: return "no space left on device";
    case EROFS: return "read-only file system";
    case EXDEV: return "cross-device link not permitted";
    case EINVAL: return "invalid argument";
    case EBUSY: return "resource busy or locked";
    case ENOMEM: return "not enough memory";
    case EFBIG: return "file too large";
    default: return "unknown error";
    }
}

int fail_errno(char **err, int e, const char *syscall, const char *path)
{
    return fail(err, "%s: %s, %s '%s'", ccdk__node_errno_code(e), ccdk__node_errno_text(e), syscall, path);
}

int fail_errno2(char **err, int e, const char *syscall, const char *p1, const char *p2)
{
    return fail(err, "%s: %s, %s '%s' -> '%s'", ccdk__node_errno_code(e), ccdk__node_errno_text(e), syscall, p1, p2);
}

/* ---- arenas ---------------------------------------------------------- */

#define ARENA_BLOCK 32768

void *aalloc(arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (!a->head || a->head->cap - a->head->used < n) {
        size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        ablk *b = xmalloc(sizeof *b + cap);
        b->next = a->head;
        b->used = 0;
        b->cap = cap;
        a->head = b;
    }
    void *p = a->head->data + a->head->used;
    a->head->used += n;
    return p;
}

void *azalloc(arena *a, size_t n)
{
    void *p = aalloc(a, n);
    memset(p, 0, n);
    return p;
}

amark arena_mark(arena *a)
{
    amark m = { a->head, a->head ? a->head->used : 0 };
    return m;
}

void arena_reset(arena *a, amark m)
{
    while (a->head && a->head != m.blk) {
        ablk *n = a->head->next;
        free(a->head);
        a->head = n;
    }
    if (a->head) a->head->used = m.used;
}

void arena_free(arena *a)
{
    amark m = { NULL, 0 };
    arena_reset(a, m);
}
