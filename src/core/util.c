/* util.c - the arena, growable buffers, file helpers and hashes used across ccdk. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

struct ccdk__arena_block {
    ccdk__arena_block *next;
    size_t cap;
    size_t mapped; /* bytes mapped with mmap, or 0 when from calloc */
    max_align_t data[];
};

static void oom(void)
{
    fputs("ccdk: out of memory\n", stderr);
    abort();
}

/* Arena memory is never reused, and fresh anonymous pages are zero already: no memset here.
 * Blocks grow to 2 MiB; from there they are mapped 2 MiB-aligned with MADV_HUGEPAGE, so a large
 * app takes one page fault per 2 MiB instead of one per 4 KiB (page faults were a third of the
 * synth time of 1,000 functions). */
#define ARENA_MAX ((size_t)2 << 20)

static ccdk__arena_block *block_new(size_t cap)
{
    size_t total = sizeof(ccdk__arena_block) + cap;
    if (total >= ARENA_MAX) {
        size_t len = (total + ARENA_MAX - 1) & ~(ARENA_MAX - 1);
        void *p = mmap(NULL, len + ARENA_MAX, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p != MAP_FAILED) {
            /* align to 2 MiB and give back the slack on both sides */
            uintptr_t a = ((uintptr_t)p + ARENA_MAX - 1) & ~(uintptr_t)(ARENA_MAX - 1);
            if (a > (uintptr_t)p)
                munmap(p, a - (uintptr_t)p);
            size_t tail = (uintptr_t)p + len + ARENA_MAX - (a + len);
            if (tail)
                munmap((void *)(a + len), tail);
#ifdef MADV_HUGEPAGE
            madvise((void *)a, len, MADV_HUGEPAGE);
#endif
            ccdk__arena_block *b = (ccdk__arena_block *)a;
            b->mapped = len;
            b->cap = len - sizeof(ccdk__arena_block);
            return b;
        }
    }
    ccdk__arena_block *b = calloc(1, total);
    if (!b)
        oom();
    b->mapped = 0;
    b->cap = cap;
    return b;
}

void *ccdk__alloc(ccdk_app *app, size_t n)
{
    ccdk__arena *a = &app->arena;
    n = (n + 15) & ~(size_t)15;
    if (!a->head || a->used + n > a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 16384;
        if (cap > ARENA_MAX)
            cap = ARENA_MAX;
        if (cap < n)
            cap = n;
        ccdk__arena_block *b = block_new(cap);
        b->next = a->head;
        a->head = b;
        a->used = 0;
        a->cap = b->cap;
    }
    void *p = (char *)a->head->data + a->used;
    a->used += n;
    return p;
}

void ccdk__arena_free(ccdk__arena *a)
{
    ccdk__arena_block *b = a->head;
    while (b) {
        ccdk__arena_block *n = b->next;
        if (b->mapped)
            munmap(b, b->mapped);
        else
            free(b);
        b = n;
    }
    a->head = NULL;
}

char *ccdk__strndup(ccdk_app *app, const char *s, size_t n)
{
    char *p = ccdk__alloc(app, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *ccdk__strdup(ccdk_app *app, const char *s)
{
    return s ? ccdk__strndup(app, s, strlen(s)) : NULL;
}

char *ccdk__vsprintf(ccdk_app *app, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *p = ccdk__alloc(app, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *ccdk__sprintf(ccdk_app *app, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = ccdk__vsprintf(app, fmt, ap);
    va_end(ap);
    return p;
}

void ccdk__buf_put(ccdk__buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = realloc(b->data, cap);
        if (!d)
            oom();
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void ccdk__buf_puts(ccdk__buf *b, const char *s) { ccdk__buf_put(b, s, strlen(s)); }
void ccdk__buf_putc(ccdk__buf *b, char c) { ccdk__buf_put(b, &c, 1); }

void ccdk__buf_printf(ccdk__buf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < (int)sizeof tmp) {
        ccdk__buf_put(b, tmp, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big)
        oom();
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    ccdk__buf_put(b, big, (size_t)n);
    free(big);
}

void ccdk__buf_free(ccdk__buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

const char *ccdk__basename(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

int ccdk__mkdir_p(const char *path)
{
    char tmp[4096];
    size_t n = strlen(path);
    if (n >= sizeof tmp)
        return -1;
    memcpy(tmp, path, n + 1);
    for (char *p = tmp + 1; *p; p++) {
        if (*p == '/') {
            *p = 0;
            if (mkdir(tmp, 0777) != 0 && errno != EEXIST)
                return -1;
            *p = '/';
        }
    }
    if (mkdir(tmp, 0777) != 0 && errno != EEXIST)
        return -1;
    return 0;
}

static int rm_cb(const char *p, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(p);
}

int ccdk__rm_rf(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return errno == ENOENT ? 0 : -1;
    return nftw(path, rm_cb, 64, FTW_DEPTH | FTW_PHYS);
}

int ccdk__write_file(const char *path, const char *data, size_t len)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return -1;
    size_t off = 0;
    while (off < len) {
        ssize_t w = write(fd, data + off, len - off);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            close(fd);
            return -1;
        }
        off += (size_t)w;
    }
    return close(fd);
}

int ccdk__str_eq(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

int ccdk__ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && memcmp(s + a - b, suffix, b) == 0;
}
