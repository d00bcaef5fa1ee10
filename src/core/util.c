/* util.c - the arena, growable buffers, file helpers and hashes used across ccdk. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <pthread.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "arena.h"

struct ccdk__arena_block {
    ccdk__arena_block *next;
    size_t cap;
    size_t mapped; /* bytes mapped with mmap, or 0 when from calloc */
    size_t dirty;  /* in the block cache: bytes of data to zero before it is used again */
    max_align_t data[];
};

#if defined(__SANITIZE_ADDRESS__)
#define CCDK_RECYCLE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CCDK_RECYCLE 0
#endif
#endif
#ifndef CCDK_RECYCLE
#define CCDK_RECYCLE 1
#endif

static void oom(void)
{
    fputs("ccdk: out of memory\n", stderr);
    abort();
}

/* Fresh anonymous pages are zero already: no memset here (recycled blocks are zeroed when they
 * are given back, see ccdk__scratch_end).
 *
 * Where the time goes on a virtual machine: the first touch of a page costs a page fault, and on
 * the paravirtualised VMs this project is measured on (Firecracker, PVM) a 4 KiB fault costs
 * ~17 us -- 4.3 ms per MiB, most of a large synth -- and a transparent huge page faulted on
 * demand 2 ms per MiB. A 2 MiB-aligned block advised MADV_HUGEPAGE and populated in one call
 * (MADV_POPULATE_WRITE, Linux 5.14) costs ~0.06 ms per MiB when the host still backs the memory
 * (0.8-2.5 ms per MiB, huge or not, when it does not: right after a big process exited).
 * So an arena's blocks are 64 KiB, 256 KiB (4 KiB pages, mapped and populated in one call: small
 * apps stay small), then 2 MiB huge pages (ccdk__alloc_block); older kernels ignore the advice
 * (EINVAL) and fault on demand as before. */
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif
#define ARENA_MAX ((size_t)2 << 20)
/* the usable size of a 2 MiB block: with the header it fills its huge page exactly */
#define BLOCK_CAP (ARENA_MAX - sizeof(ccdk__arena_block))

/* ------------------------------------------------------------------ block cache
 *
 * ccdk_app_free gives its mapped blocks to a process-wide cache (up to CACHE_MAX) instead of
 * unmapping them, and the next app takes them from there. Twenty munmap calls cost ~2 ms at the
 * end of a thousand-function synth on the VMs measured (each flushes the TLB of every CPU the
 * process's threads ran on), ten times what the same pages cost when the process exits. A block
 * from the cache is zeroed (as far as it was used) when it is taken. Sanitizer builds unmap, so
 * that a use after ccdk_app_free faults. */
#define CACHE_MAX ((size_t)64 << 20)

static pthread_mutex_t cache_mu = PTHREAD_MUTEX_INITIALIZER;
static ccdk__arena_block *cache;
static size_t cache_bytes;

static void block_release(ccdk__arena_block *b, size_t dirty)
{
    if (!b->mapped) {
        free(b);
        return;
    }
#if CCDK_RECYCLE
    pthread_mutex_lock(&cache_mu);
    if (cache_bytes + b->mapped <= CACHE_MAX) {
        b->dirty = dirty;
        b->next = cache;
        cache = b;
        cache_bytes += b->mapped;
        pthread_mutex_unlock(&cache_mu);
        return;
    }
    pthread_mutex_unlock(&cache_mu);
#else
    (void)dirty;
#endif
    munmap(b, b->mapped);
}

/* a cached block of min..max mapped bytes, zeroed, or NULL */
static ccdk__arena_block *block_cached(size_t min, size_t max)
{
    ccdk__arena_block *b = NULL;
    pthread_mutex_lock(&cache_mu);
    for (ccdk__arena_block **pp = &cache; *pp; pp = &(*pp)->next)
        if ((*pp)->mapped >= min && (*pp)->mapped <= max) {
            b = *pp;
            *pp = b->next;
            cache_bytes -= b->mapped;
            break;
        }
    pthread_mutex_unlock(&cache_mu);
    if (b) {
        memset(b->data, 0, b->dirty);
        b->dirty = 0;
        b->next = NULL;
        b->cap = b->mapped - sizeof(ccdk__arena_block);
    }
    return b;
}

/* bytes mapped for arena blocks by this process (CCDK_TIMING reports it) */
static size_t mapped_total;

size_t ccdk__mapped_bytes(void) { return __atomic_load_n(&mapped_total, __ATOMIC_RELAXED); }

/* ccdk__arena_lazy_pages: blocks of the process are faulted in as they are touched */
static int lazy_pages;

void ccdk__arena_lazy_pages(void) { lazy_pages = 1; }

static ccdk__arena_block *block_new(size_t cap)
{
    size_t total = sizeof(ccdk__arena_block) + cap;
    if (lazy_pages) {
        ccdk__arena_block *b = calloc(1, total); /* (large ones: mmap'd by malloc, zero pages) */
        if (!b)
            oom();
        b->mapped = 0;
        b->cap = cap;
        return b;
    }
    if (total >= ((size_t)64 << 10)) {
        size_t want = total >= ARENA_MAX / 2 ? (total + ARENA_MAX - 1) & ~(ARENA_MAX - 1) : (total + 4095) & ~(size_t)4095;
        ccdk__arena_block *b = block_cached(want, want * 2);
        if (b)
            return b;
    }
    if (total >= ARENA_MAX / 2) {
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
            madvise((void *)a, len, MADV_POPULATE_WRITE);
            ccdk__arena_block *b = (ccdk__arena_block *)a;
            __atomic_add_fetch(&mapped_total, len, __ATOMIC_RELAXED);
            b->mapped = len;
            b->cap = len - sizeof(ccdk__arena_block);
            return b;
        }
    }
    if (total >= ((size_t)64 << 10)) {
        /* mid-sized blocks: 4 KiB pages, populated in one call rather than faulted one by one */
        size_t len = (total + 4095) & ~(size_t)4095;
        void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p != MAP_FAILED) {
            madvise(p, len, MADV_POPULATE_WRITE);
            ccdk__arena_block *b = p;
            __atomic_add_fetch(&mapped_total, len, __ATOMIC_RELAXED);
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

/* ------------------------------------------------------------------ block prefetcher
 *
 * A populated page still costs ~1 ms per MiB at its first touch on such VMs, unless another thread
 * of the process touched it first. Once an app grows past a few hundred KiB of arena, a helper
 * thread keeps PF_DEPTH blocks of ARENA_MAX ready -- mapped, populated and touched -- so that
 * building constructs runs on one core while the memory for them is faulted in on the other.
 * The arena takes a ready block when there is one and makes its own otherwise, so the helper
 * never makes it wait. Only where the output is concerned nothing changes: which memory a value
 * lives in never shows in a template. */
#define PF_DEPTH 1

struct ccdk__prefetch {
    pthread_t th;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    ccdk__arena_block *ready[PF_DEPTH];
    int nready;
    int stop;
};

static ccdk__arena_block *block_touched(void)
{
    ccdk__arena_block *b = block_new(BLOCK_CAP);
    if (b->mapped) {
        volatile char *p = (volatile char *)b;
        for (size_t i = 4096; i < b->mapped; i += 4096)
            p[i] = 0; /* already zero: the write is only there to fault the page in */
    }
    return b;
}

static void *prefetch_main(void *arg)
{
    ccdk__prefetch *pf = arg;
    pthread_mutex_lock(&pf->mu);
    while (!pf->stop) {
        if (pf->nready < PF_DEPTH) {
            pthread_mutex_unlock(&pf->mu);
            ccdk__arena_block *b = block_touched();
            pthread_mutex_lock(&pf->mu);
            pf->ready[pf->nready++] = b;
            continue;
        }
        pthread_cond_wait(&pf->cv, &pf->mu);
    }
    pthread_mutex_unlock(&pf->mu);
    return NULL;
}

static void prefetch_start(ccdk_app *app)
{
    ccdk__prefetch *pf = calloc(1, sizeof *pf);
    if (!pf)
        oom();
    pthread_mutex_init(&pf->mu, NULL);
    pthread_cond_init(&pf->cv, NULL);
    if (pthread_create(&pf->th, NULL, prefetch_main, pf) != 0) {
        pthread_mutex_destroy(&pf->mu);
        pthread_cond_destroy(&pf->cv);
        free(pf);
        app->prefetch_off = 1; /* no thread: the arena maps its own blocks */
        return;
    }
    app->prefetch = pf;
}

static ccdk__arena_block *prefetch_take(ccdk_app *app, size_t n)
{
    ccdk__prefetch *pf = app->prefetch;
    ccdk__arena_block *b = NULL;
    pthread_mutex_lock(&pf->mu);
    if (pf->nready && pf->ready[pf->nready - 1]->cap >= n) {
        b = pf->ready[--pf->nready];
        pthread_cond_signal(&pf->cv);
    }
    pthread_mutex_unlock(&pf->mu);
    return b;
}

void ccdk__prefetch_drain(ccdk_app *app)
{
    ccdk__prefetch *pf = app->prefetch;
    if (!pf)
        return;
    pthread_mutex_lock(&pf->mu);
    pf->stop = 1; /* a block being made is finished and kept for ccdk__prefetch_stop */
    for (int i = 0; i < pf->nready; i++) {
        pf->ready[i]->next = app->spare;
        app->spare = pf->ready[i];
    }
    pf->nready = 0;
    pthread_cond_signal(&pf->cv);
    pthread_mutex_unlock(&pf->mu);
}

void ccdk__prefetch_stop(ccdk_app *app)
{
    ccdk__prefetch *pf = app->prefetch;
    if (!pf)
        return;
    pthread_mutex_lock(&pf->mu);
    pf->stop = 1;
    pthread_cond_signal(&pf->cv);
    pthread_mutex_unlock(&pf->mu);
    pthread_join(pf->th, NULL);
    for (int i = 0; i < pf->nready; i++) {
        pf->ready[i]->next = app->spare; /* zero and unused: freed with the spares */
        app->spare = pf->ready[i];
    }
    pthread_mutex_destroy(&pf->mu);
    pthread_cond_destroy(&pf->cv);
    free(pf);
    app->prefetch = NULL;
    app->prefetch_off = 1;
}

/* A block for the arena: a recycled one (ccdk__scratch_end) when one is big enough, else a
 * prefetched one, else fresh. Reusing blocks matters on the same VMs: every stack's render used
 * to fault in a megabyte of new pages and hand them back. */
static ccdk__arena_block *block_get(ccdk_app *app, size_t cap, size_t n)
{
    for (ccdk__arena_block **pp = &app->spare; *pp; pp = &(*pp)->next)
        if ((*pp)->cap >= n) {
            ccdk__arena_block *b = *pp;
            *pp = b->next;
            return b;
        }
    if (cap >= ((size_t)1 << 20) && !app->prefetch && !app->prefetch_off && !lazy_pages) {
        if (getenv("CCDK_NO_THREADS"))
            app->prefetch_off = 1; /* everything on the calling thread */
        else
            prefetch_start(app);
    }
    if (app->prefetch) {
        ccdk__arena_block *b = prefetch_take(app, n);
        if (b)
            return b;
    }
    return block_new(cap);
}

void *ccdk__alloc_block(ccdk_app *app, size_t n)
{
    ccdk__arena *a = &app->arena;
    /* 64 KiB, then 256 KiB (4 KiB pages, mapped and populated in one call), then 2 MiB huge pages:
     * a 4 KiB page costs ~0.6 ms per MiB at its first touch on the VMs measured, a huge page a
     * tenth of that, so the 4 KiB steps stop at what a small app needs (one function: 64 KiB) */
    size_t cap = a->cap ? a->cap * 4 : ((size_t)64 << 10) - sizeof(ccdk__arena_block);
    if (cap > BLOCK_CAP)
        cap = BLOCK_CAP;
    if (cap < n)
        cap = n;
    ccdk__arena_block *b = block_get(app, cap, n);
    b->next = a->head;
    a->head = b;
    a->base = (char *)b->data;
    a->used = n;
    a->cap = b->cap;
    return a->base;
}

void ccdk__arena_free(ccdk__arena *a)
{
    ccdk__arena_block *b = a->head;
    while (b) {
        ccdk__arena_block *n = b->next;
        block_release(b, b == a->head ? a->used : b->cap);
        b = n;
    }
    a->head = NULL;
}

void ccdk__spares_free(ccdk_app *app)
{
    ccdk__arena_block *b = app->spare;
    while (b) {
        ccdk__arena_block *n = b->next;
        block_release(b, 0); /* zeroed when recycled */
        b = n;
    }
    app->spare = NULL;
}

double ccdk__now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void ccdk__scratch_begin(ccdk_app *app)
{
    if (app->scratch_depth++)
        return;
    app->outer = app->arena;
    app->arena = (ccdk__arena){0};
}

void ccdk__arena_zero(ccdk__arena *a)
{
#if CCDK_RECYCLE
    for (ccdk__arena_block *b = a->head; b; b = b->next)
        memset(b->data, 0, b == a->head ? a->used : b->cap);
    a->zeroed = 1;
#else
    (void)a;
#endif
}

void ccdk__scratch_recycle(ccdk_app *app, ccdk__arena *a)
{
#if CCDK_RECYCLE
    /* zero what was used (allocations are zeroed) and keep the blocks for the next scratch */
    ccdk__arena_block *b = a->head;
    while (b) {
        ccdk__arena_block *next = b->next;
        if (!a->zeroed)
            memset(b->data, 0, b == a->head ? a->used : b->cap);
        b->next = app->spare;
        app->spare = b;
        b = next;
    }
#else
    (void)app;
    /* sanitizer builds free the blocks, so that a pointer kept past the scratch is reported */
    ccdk__arena_free(a);
#endif
    *a = (ccdk__arena){0};
}

ccdk__arena ccdk__scratch_detach(ccdk_app *app)
{
    ccdk__arena a = app->arena;
    app->arena = app->outer;
    app->outer = (ccdk__arena){0};
    app->scratch_depth = 0;
    return a;
}

void ccdk__scratch_end(ccdk_app *app)
{
    if (!app->scratch_depth || --app->scratch_depth)
        return;
    ccdk__scratch_recycle(app, &app->arena);
    app->arena = app->outer;
    app->outer = (ccdk__arena){0};
}

/* Re-entrant: only the outermost enter swaps to the persistent arena and only its leave swaps
 * back (a nested enter, e.g. a cached logical id made while a cached Lazy is produced, would
 * otherwise take the persistent arena's state from before the outer enter and hand out its
 * memory again). */
void ccdk__persistent_enter(ccdk_app *app, ccdk__arena *cur)
{
    *cur = app->arena;
    if (app->scratch_depth && app->persistent_depth++ == 0)
        app->arena = app->outer;
}

void ccdk__persistent_leave(ccdk_app *app, const ccdk__arena *cur)
{
    if (app->persistent_depth > 0 && --app->persistent_depth == 0) {
        app->outer = app->arena;
        app->arena = *cur;
    }
}

/* ------------------------------------------------------------------ strings that need no copy
 *
 * A string that can never change or go away needs no copy in the arena: one in a read-only
 * segment of the object ccdk is linked into (its literals: "Resource", "AWS::Lambda::Function";
 * and, when ccdk is linked statically, the program's own), or one in the app's persistent arena
 * (a token marker, a sprintf'd id). A thousand functions copied ~50,000 such strings, 1.7 MB. */
static struct {
    uintptr_t lo[8], hi[8];
    int n;
} rodata;
static pthread_once_t rodata_once = PTHREAD_ONCE_INIT;

static int find_rodata(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    (void)data;
    uintptr_t self = (uintptr_t)&find_rodata;
    int mine = 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
        if (ph->p_type == PT_LOAD && self >= lo && self < lo + ph->p_memsz)
            mine = 1;
    }
    if (!mine)
        return 0;
    for (int i = 0; i < info->dlpi_phnum && rodata.n < 8; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_LOAD || (ph->p_flags & PF_W))
            continue;
        rodata.lo[rodata.n] = info->dlpi_addr + ph->p_vaddr;
        rodata.hi[rodata.n] = rodata.lo[rodata.n] + ph->p_filesz; /* file-backed bytes only */
        rodata.n++;
    }
    return 1;
}

static void rodata_init(void) { dl_iterate_phdr(find_rodata, NULL); }

int ccdk__immutable(ccdk_app *app, const char *s)
{
    uintptr_t p = (uintptr_t)s;
    pthread_once(&rodata_once, rodata_init);
    for (int i = 0; i < rodata.n; i++)
        if (p >= rodata.lo[i] && p < rodata.hi[i])
            return 1;
    /* the persistent arena: its newest blocks (where recent strings are) */
    const ccdk__arena *a = app->scratch_depth ? &app->outer : &app->arena;
    int k = 0;
    for (const ccdk__arena_block *b = a->head; b && k < 8; b = b->next, k++)
        if (p >= (uintptr_t)b->data && p < (uintptr_t)b->data + b->cap)
            return 1;
    return 0;
}

const char *ccdk__keep(ccdk_app *app, const char *s)
{
    return !s || ccdk__immutable(app, s) ? s : ccdk__strdup(app, s);
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

/* Formats made of text, "%s" and "%%" only -- most of them: paths, ARNs, ids -- are joined here
 * without vsnprintf, which costs ~1,000 instructions a call (a thousand functions make ~7,000
 * calls). Returns NULL when fmt has any other conversion (or a NULL string argument, which
 * vsnprintf prints as "(null)"). */
static char *concat_fmt(ccdk_app *app, const char *fmt, va_list ap)
{
    /* pieces: literal runs of fmt and %s arguments, alternately */
    const char *ptr[34];
    size_t len[34], np = 0, total = 0;
    const char *f = fmt;
    for (;;) {
        const char *pct = strchr(f, '%');
        size_t run = pct ? (size_t)(pct - f) : strlen(f);
        if (np + 2 > 34)
            return NULL;
        ptr[np] = f;
        len[np++] = run;
        total += run;
        if (!pct)
            break;
        if (pct[1] == '%') {
            ptr[np] = "%";
            len[np++] = 1;
            total++;
        } else if (pct[1] == 's') {
            const char *a = va_arg(ap, const char *);
            if (!a)
                return NULL;
            ptr[np] = a;
            len[np] = strlen(a);
            total += len[np++];
        } else {
            return NULL;
        }
        f = pct + 2;
    }
    char *out = ccdk__alloc(app, total + 1), *o = out;
    for (size_t i = 0; i < np; i++) {
        memcpy(o, ptr[i], len[i]);
        o += len[i];
    }
    *o = 0;
    return out;
}

char *ccdk__vsprintf(ccdk_app *app, const char *fmt, va_list ap)
{
    va_list ap0;
    va_copy(ap0, ap);
    char *c = concat_fmt(app, fmt, ap0);
    va_end(ap0);
    if (c)
        return c;
    /* one formatting pass when the result fits a stack buffer (nearly always), two otherwise */
    char small[512];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        n = 0;
    char *p = ccdk__alloc(app, (size_t)n + 1);
    if ((size_t)n < sizeof small)
        memcpy(p, small, (size_t)n + 1);
    else
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

char *ccdk__concat_n(ccdk_app *app, const char *const *pieces, size_t n)
{
    size_t len[8], total = 0; /* the lengths of the first pieces, kept for the copy */
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(pieces[i]);
        if (i < 8)
            len[i] = l;
        total += l;
    }
    char *out = ccdk__alloc(app, total + 1), *o = out;
    for (size_t i = 0; i < n; i++) {
        size_t l = i < 8 ? len[i] : strlen(pieces[i]);
        memcpy(o, pieces[i], l);
        o += l;
    }
    *o = 0;
    return out;
}

#define SINK_CAP ((size_t)64 << 10)

/* pread of exactly len bytes at off: 0, or -1 (errno; a short file is EIO) */
static int pread_full(int fd, char *p, size_t len, size_t off)
{
    while (len) {
        ssize_t r = pread(fd, p, len, (off_t)off);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            if (r == 0)
                errno = EIO;
            return -1;
        }
        p += r;
        off += (size_t)r;
        len -= (size_t)r;
    }
    return 0;
}

/* the old file's next b->len bytes are b->data's */
static int reuse_matches(ccdk__buf *b)
{
    if (b->written + b->len > b->ref_len)
        return 0;
    if (!b->cmp && !(b->cmp = malloc(SINK_CAP)))
        oom();
    for (size_t done = 0; done < b->len;) {
        size_t n = b->len - done < SINK_CAP ? b->len - done : SINK_CAP;
        if (pread_full(b->ref_fd, b->cmp, n, b->written + done) != 0 || memcmp(b->cmp, b->data + done, n) != 0)
            return 0;
        done += n;
    }
    return 1;
}

static void reuse_end(ccdk__buf *b)
{
    close(b->ref_fd);
    free(b->path);
    free(b->rel);
    free(b->cmp);
    b->reusing = 0;
    b->ref_fd = -1;
    b->path = b->rel = b->cmp = NULL;
}

/* what is streamed differs from the old file (or the file could not be linked): the file is
 * created and given the b->written bytes that were equal, copied from the old file */
static void reuse_diverge(ccdk__buf *b)
{
    b->fd = open(b->path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (b->fd < 0) {
        b->err = errno;
    } else {
        if (!b->cmp && !(b->cmp = malloc(SINK_CAP)))
            oom();
        for (size_t off = 0; off < b->written && !b->err;) {
            size_t n = b->written - off < SINK_CAP ? b->written - off : SINK_CAP;
            if (pread_full(b->ref_fd, b->cmp, n, off) != 0) {
                b->err = errno;
                break;
            }
            for (size_t w = 0; w < n && !b->err;) {
                ssize_t k = write(b->fd, b->cmp + w, n - w);
                if (k < 0 && errno != EINTR)
                    b->err = errno;
                else if (k > 0)
                    w += (size_t)k;
            }
            off += n;
        }
    }
    reuse_end(b);
}

static void sink_flush(ccdk__buf *b)
{
    if (b->sha)
        ccdk__sha256_update(b->sha, b->data, b->len);
    if (b->reusing) {
        if (reuse_matches(b)) {
            b->written += b->len;
            b->len = 0;
            b->data[0] = 0;
            return;
        }
        reuse_diverge(b);
    }
    size_t off = 0;
    while (off < b->len && !b->err) {
        ssize_t w = write(b->fd, b->data + off, b->len - off);
        if (w < 0 && errno != EINTR)
            b->err = errno;
        else if (w > 0)
            off += (size_t)w;
    }
    b->written += off;
    b->len = 0;
    b->data[0] = 0;
}

void *ccdk__grow(void *arr, size_t *cap, size_t elem, size_t first)
{
    size_t c = *cap ? *cap * 2 : first;
    arr = realloc(arr, c * elem);
    if (!arr)
        oom();
    *cap = c;
    return arr;
}

void *ccdk__arena_grow(ccdk_app *app, const void *arr, size_t n, size_t *cap, size_t elem, size_t first)
{
    size_t c = *cap ? *cap * 2 : first;
    void *p = ccdk__alloc(app, c * elem);
    if (n)
        memcpy(p, arr, n * elem);
    *cap = c;
    return p;
}

void ccdk__buf_grow(ccdk__buf *b, size_t n)
{
    if (b->sink) {
        sink_flush(b);
        if (n + 1 <= b->cap)
            return;
    }
    size_t cap = b->cap ? b->cap * 2 : 4096;
    while (cap < b->len + n + 1)
        cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d)
        oom();
    b->data = d;
    b->cap = cap;
}

int ccdk__buf_open(ccdk__buf *b, const char *path, struct ccdk__sha256_ctx_s *sha)
{
    memset(b, 0, sizeof *b);
    b->fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (b->fd < 0)
        return -1;
    b->sink = 1;
    b->sha = sha;
    b->data = malloc(SINK_CAP);
    if (!b->data)
        oom();
    b->cap = SINK_CAP;
    b->data[0] = 0;
    return 0;
}

int ccdk__buf_open_reuse(ccdk__buf *b, const char *path, int old_dir, const char *rel, struct ccdk__sha256_ctx_s *sha)
{
    int ref = old_dir >= 0 ? openat(old_dir, rel, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) : -1;
    struct stat st;
    if (ref < 0 || fstat(ref, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (ref >= 0)
            close(ref);
        return ccdk__buf_open(b, path, sha);
    }
    memset(b, 0, sizeof *b);
    b->sink = 1;
    b->fd = -1;
    b->sha = sha;
    b->reusing = 1;
    b->ref_fd = ref;
    b->ref_len = (size_t)st.st_size;
    b->old_dir = old_dir;
    b->path = strdup(path);
    b->rel = strdup(rel);
    b->data = malloc(SINK_CAP);
    if (!b->path || !b->rel || !b->data)
        oom();
    b->cap = SINK_CAP;
    b->data[0] = 0;
    return 0;
}

/* at close, a file still equal to the old one throughout: the old one, linked */
static void reuse_link(ccdk__buf *b)
{
    struct stat a, n;
    if (b->written == b->ref_len && fstat(b->ref_fd, &a) == 0 && linkat(b->old_dir, b->rel, AT_FDCWD, b->path, 0) == 0) {
        /* the name might have been replaced meanwhile: the link must be the file compared */
        if (lstat(b->path, &n) == 0 && n.st_ino == a.st_ino && n.st_dev == a.st_dev) {
            reuse_end(b);
            return;
        }
        unlink(b->path);
    }
    reuse_diverge(b);
}

int ccdk__durable(void)
{
    static int wanted = -1; /* read once; a benign race: every thread computes the same value */
    int w = __atomic_load_n(&wanted, __ATOMIC_RELAXED);
    if (w < 0) {
        const char *e = getenv("CCDK_NO_FSYNC");
        w = !(e && *e && strcmp(e, "0"));
        __atomic_store_n(&wanted, w, __ATOMIC_RELAXED);
    }
    return w;
}

void ccdk__writeback_start(int fd, size_t size)
{
    if (fd >= 0 && size >= CCDK__WRITEBACK_MIN && ccdk__durable())
        sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
}

int ccdk__buf_close(ccdk__buf *b)
{
    if (!b->sink)
        return -1;
    sink_flush(b);
    if (b->reusing)
        reuse_link(b);
    int err = b->err;
    if (b->fd >= 0) {
        ccdk__writeback_start(b->fd, b->written);
        if (close(b->fd) != 0 && !err)
            err = errno;
    }
    free(b->data);
    memset(b, 0, sizeof *b);
    if (err) {
        errno = err;
        return -1;
    }
    return 0;
}

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

/* Empties the directory open as dfd (closed here) through descriptors: one unlinkat per entry, no
 * stat where readdir gives the type (a staged asset of thousands of files is removed at each
 * synth's exchange). 0, or -1 with errno at the first failure. */
static int rm_contents_at(int dfd)
{
    DIR *d = fdopendir(dfd);
    if (!d) {
        close(dfd);
        return -1;
    }
    int rc = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d))) {
        if (e->d_name[0] == '.' && (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2])))
            continue;
        int isdir = e->d_type == DT_DIR;
        if (e->d_type == DT_UNKNOWN) {
            struct stat st;
            isdir = fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode);
        }
        if (!isdir) {
            if (unlinkat(dirfd(d), e->d_name, 0) != 0 && errno != ENOENT)
                rc = -1;
            continue;
        }
        for (int pass = 0; pass < 3; pass++) { /* entries a readdir missed while it removed: again */
            int sub = openat(dirfd(d), e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub < 0 || rm_contents_at(sub) != 0) {
                rc = -1;
                break;
            }
            if (unlinkat(dirfd(d), e->d_name, AT_REMOVEDIR) == 0 || errno == ENOENT)
                break;
            if (errno != ENOTEMPTY || pass == 2)
                rc = -1;
        }
    }
    int e2 = errno;
    closedir(d);
    errno = e2;
    return rc;
}

int ccdk__rm_rf(const char *path)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return errno == ENOENT ? 0 : -1;
    if (S_ISDIR(st.st_mode)) {
        int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd >= 0 && rm_contents_at(fd) == 0 && rmdir(path) == 0)
            return 0;
        /* what is left (a tree deeper than the descriptors allow, an entry that came back): the walk */
        if (lstat(path, &st) != 0)
            return errno == ENOENT ? 0 : -1;
    }
    return nftw(path, rm_cb, 64, FTW_DEPTH | FTW_PHYS);
}

char *ccdk__read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    ccdk__buf b = {0};
    char chunk[16384];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        ccdk__buf_put(&b, chunk, n);
    fclose(f);
    if (!b.data)
        ccdk__buf_put(&b, "", 0);
    *len = b.len;
    return b.data;
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
    ccdk__writeback_start(fd, len);
    return close(fd);
}

size_t ccdk__js_length(const char *s)
{
    size_t n = 0;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++)
        if ((*c & 0xC0) != 0x80)
            n += *c >= 0xF0 ? 2 : 1;
    return n;
}

/* JavaScript's WhiteSpace and LineTerminator (what String.prototype.trim strips) */
static int js_space(uint32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

/* The code point of the well-formed UTF-8 sequence at p[0..n) (n its length), or -1 */
static int32_t utf8_at(const unsigned char *p, size_t n)
{
    uint32_t c = p[0];
    size_t want = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (want != n)
        return -1;
    if (n > 1)
        c &= 0x3Fu >> (n - 1);
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return -1;
        c = c << 6 | (p[i] & 0x3Fu);
    }
    return (int32_t)c;
}

void ccdk__js_trim_span(const char **s, size_t *n)
{
    const unsigned char *p = (const unsigned char *)*s;
    size_t b = 0, e = *n;
    while (b < e) {
        size_t k = 1;
        while (b + k < e && k < 4 && (p[b + k] & 0xC0) == 0x80)
            k++;
        int32_t c = utf8_at(p + b, k);
        if (c < 0 || !js_space((uint32_t)c))
            break;
        b += k;
    }
    while (e > b) {
        size_t k = 1;
        while (e - k > b && k < 4 && (p[e - k] & 0xC0) == 0x80)
            k++;
        int32_t c = utf8_at(p + e - k, k);
        if (c < 0 || !js_space((uint32_t)c))
            break;
        e -= k;
    }
    *s += b;
    *n = e - b;
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

/* ------------------------------------------------------------------ UTF-8 */

/* Length of the well-formed UTF-8 sequence at s (at most n bytes), 0 when it is not one:
 * no overlong forms, no surrogates (U+D800..U+DFFF), nothing above U+10FFFF. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    size_t len;
    unsigned min, cp;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2, min = 0x80, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF)
        len = 3, min = 0x800, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4)
        len = 4, min = 0x10000, cp = c & 0x07;
    else
        return 0;
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

int ccdk__utf8_valid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    while (p < e) {
        /* ASCII eight bytes at a time: nearly every string in a template is ASCII */
        if (e - p >= 8) {
            uint64_t w;
            memcpy(&w, p, 8);
            if (!(w & 0x8080808080808080ULL)) {
                p += 8;
                continue;
            }
        }
        size_t k = utf8_seq(p, (size_t)(e - p));
        if (!k)
            return 0;
        p += k;
    }
    return 1;
}

const char *ccdk__utf8_show(ccdk_app *app, const char *s, size_t n)
{
    ccdk__buf b = {0};
    ccdk__buf_put(&b, "", 0);
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    while (p < e && b.len < 200) {
        size_t k = utf8_seq(p, (size_t)(e - p));
        if (k && *p >= 0x20 && *p != 0x7F) {
            ccdk__buf_put(&b, (const char *)p, k);
            p += k;
        } else {
            ccdk__buf_printf(&b, "\\x%02X", *p);
            p++;
        }
    }
    if (p < e)
        ccdk__buf_puts(&b, "...");
    const char *r = ccdk__strndup(app, b.data, b.len);
    ccdk__buf_free(&b);
    return r;
}

/* Collapses "." and ".." components and repeated slashes, as node's path.resolve does (lexically,
 * without following symlinks), a relative path made absolute against the working directory:
 * "cdk.out/." is <cwd>/cdk.out, "/a/b/../c/" is /a/c. In place; 0, or -1 when it does not fit. */
int ccdk__path_resolve(char *p, size_t size)
{
    char in[4096];
    if (p[0] != '/') {
        char cwd[4096];
        if (!getcwd(cwd, sizeof cwd) || snprintf(in, sizeof in, "%s/%s", cwd, p) >= (int)sizeof in)
            return -1;
    } else {
        snprintf(in, sizeof in, "%s", p);
    }
    size_t n = 0;
    p[0] = 0;
    for (char *save = NULL, *c = strtok_r(in, "/", &save); c; c = strtok_r(NULL, "/", &save)) {
        if (!strcmp(c, "."))
            continue;
        if (!strcmp(c, "..")) {
            char *slash = strrchr(p, '/');
            n = slash ? (size_t)(slash - p) : 0;
            p[n] = 0;
            continue;
        }
        size_t l = strlen(c);
        if (n + 1 + l + 1 > size)
            return -1;
        p[n++] = '/';
        memcpy(p + n, c, l + 1);
        n += l;
    }
    if (!n)
        snprintf(p, size, "/");
    return 0;
}

#ifdef CCDK_ALLOC_PROF
#undef ccdk__alloc
typedef struct { const char *file; int line; size_t bytes, count; } alloc_site;
static alloc_site prof_sites[8192];
static pthread_mutex_t prof_mu = PTHREAD_MUTEX_INITIALIZER;
static int prof_cmp(const void *a, const void *b)
{
    const alloc_site *x = a, *y = b;
    return x->bytes < y->bytes ? 1 : x->bytes > y->bytes ? -1 : 0;
}
static void prof_dump(void)
{
    size_t total = 0;
    qsort(prof_sites, 8192, sizeof *prof_sites, prof_cmp);
    for (int i = 0; i < 8192; i++)
        total += prof_sites[i].bytes;
    fprintf(stderr, "alloc prof: %zu bytes\n", total);
    for (int i = 0; i < 60 && prof_sites[i].file; i++)
        fprintf(stderr, "%10zu %8zu %s:%d\n", prof_sites[i].bytes, prof_sites[i].count, prof_sites[i].file, prof_sites[i].line);
}
void ccdk__alloc_prof_note(const char *file, int line, size_t n)
{
    static int init;
    pthread_mutex_lock(&prof_mu);
    if (!init) {
        init = 1;
        atexit(prof_dump);
    }
    size_t h = ((uintptr_t)file * 31 + (size_t)line) % 8192;
    while (prof_sites[h].file && !(prof_sites[h].file == file && prof_sites[h].line == line))
        h = (h + 1) % 8192;
    prof_sites[h].file = file;
    prof_sites[h].line = line;
    prof_sites[h].bytes += (n + 7) & ~(size_t)7;
    prof_sites[h].count++;
    pthread_mutex_unlock(&prof_mu);
}
#endif
