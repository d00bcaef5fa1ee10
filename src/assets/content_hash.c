/* content_hash.c - the fingerprint of one file's content (fingerprint.js contentFingerprint): 8 KiB
 * chunks, text chunks decoded as UTF-8 and CRLF turned into LF, hashed with SHA-256. */
#include "assets_internal.h"

/*
 * node reads the file in 8 KiB chunks.  The first chunk (and, while nothing
 * has been hashed yet, every following one) decides "binary" by the presence
 * of a NUL byte; binary chunks are hashed raw.  Text chunks are decoded as
 * UTF-8 *per chunk* (so invalid bytes and sequences split by a chunk boundary
 * become U+FFFD), CRLF is turned into LF, and the result is re-encoded and
 * hashed.  A text chunk ending in CR is held back and prepended to the next
 * text chunk; if the file ends (or turns binary) while some text is held back,
 * that text is hashed raw at the very end and not counted in the size.
 * The result is "<hashed byte count>:<sha256 hex>".
 */

#define FP_CHUNK 8192
#define FP_READ (1u << 20) /* multiple of FP_CHUNK */

int hasher_init(hasher *h)
{
    memset(h, 0, sizeof *h);
    h->buf = xmalloc(FP_READ);
    h->san = xmalloc(3 * FP_CHUNK);
    return 0;
}

void hasher_free(hasher *h)
{
    free(h->buf);
    free(h->san);
    free(h->pend);
    memset(h, 0, sizeof *h);
}

static void pend_append(hasher *h, const unsigned char *p, size_t n)
{
    if (h->pendn + n > h->pendcap) {
        size_t nc = h->pendcap ? h->pendcap * 2 : 4 * FP_CHUNK;
        while (nc < h->pendn + n) nc *= 2;
        h->pend = xrealloc(h->pend, nc);
        h->pendcap = nc;
    }
    memcpy(h->pend + h->pendn, p, n);
    h->pendn += n;
}

/* in-place "\r\n" -> "\n" */
static size_t crlf_compact(unsigned char *s, size_t n)
{
    unsigned char *q = memchr(s, '\r', n);
    if (!q) return n;
    size_t o = (size_t)(q - s), i = o;
    while (i < n) {
        unsigned char *r = memchr(s + i, '\r', n - i);
        size_t j = r ? (size_t)(r - s) : n;
        if (j > i) {
            memmove(s + o, s + i, j - i);
            o += j - i;
        }
        if (j >= n) break;
        if (j + 1 < n && s[j + 1] == '\n') {
            i = j + 1; /* drop the CR, the LF is copied with the next run */
        } else {
            s[o++] = '\r';
            i = j + 1;
        }
    }
    return o;
}

void hex64(const unsigned char *d, char *out)
{
    static const char hx[] = "0123456789abcdef";
    for (int i = 0; i < 32; i++) {
        out[2 * i] = hx[d[i] >> 4];
        out[2 * i + 1] = hx[d[i] & 15];
    }
    out[64] = 0;
}

typedef struct {
    uint64_t size;
    int binary;
} fpstate;

/* one logical 8 KiB (or final shorter) chunk; p is writable scratch */
static void fp_chunk(hasher *h, fpstate *st, unsigned char *p, size_t n)
{
    if (st->binary) {
        ccdk__sha256_update(&h->ctx, p, n);
        st->size += n;
        return;
    }
    if (st->size == 0) {
        st->binary = memchr(p, 0, n) != NULL;
        if (st->binary) {
            ccdk__sha256_update(&h->ctx, p, n);
            st->size += n;
            return;
        }
    }
    unsigned char *s = p;
    size_t sn = n;
    if (!utf8_valid(p, n)) {
        sn = utf8_sanitize(p, n, h->san);
        s = h->san;
    }
    if (s[sn - 1] == '\r') {
        pend_append(h, s, sn);
        return;
    }
    if (h->pendn) {
        pend_append(h, s, sn);
        size_t m = crlf_compact(h->pend, h->pendn);
        ccdk__sha256_update(&h->ctx, h->pend, m);
        st->size += m;
        h->pendn = 0;
        return;
    }
    size_t m = crlf_compact(s, sn);
    ccdk__sha256_update(&h->ctx, s, m);
    st->size += m;
}

/* the end of a content fingerprint: held-back text hashed raw, then "<size>:<hex>" into out */
static void fp_finish(hasher *h, fpstate *st, char *out)
{
    if (h->pendn) {
        ccdk__sha256_update(&h->ctx, h->pend, h->pendn);
        h->pendn = 0;
    }
    unsigned char d[32];
    ccdk__sha256_final(&h->ctx, d);
    char hex[65];
    hex64(d, hex);
    snprintf(out, 100, "%llu:%s", (unsigned long long)st->size, hex);
}

/* "<size>:<hex>" into out (>= 100 bytes) */
int content_fingerprint(hasher *h, const char *file, char *out, char **err)
{
    int fd = open(file, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        /* node stats the file before opening it: report what it would */
        int e = errno;
        struct stat st;
        if (stat(file, &st) < 0) return fail_errno(err, errno, "stat", file);
        return fail_errno(err, e, "open", file);
    }
    ccdk__sha256_init(&h->ctx);
    fpstate st = { 0, 0 };
    h->pendn = 0;
    size_t have = 0; /* bytes in buf not yet processed (< FP_CHUNK after processing) */
    int rc = 0;
#ifdef POSIX_FADV_SEQUENTIAL
    int advised = 0;
#endif
    for (;;) {
        ssize_t r = read(fd, h->buf + have, FP_READ - have);
#ifdef POSIX_FADV_SEQUENTIAL
        /* a file longer than one read is read to its end: a larger read-ahead from now on (most
         * files fit in the first read, and a call for them would only cost a system call) */
        if (!advised && r == (ssize_t)(FP_READ - have)) {
            posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
            advised = 1;
        }
#endif
        if (r < 0) {
            if (errno == EINTR) continue;
            rc = fail_errno(err, errno, "read", file);
            break;
        }
        if (r == 0) {
            if (have) fp_chunk(h, &st, h->buf, have);
            break;
        }
        have += (size_t)r;
        if (st.binary) {
            ccdk__sha256_update(&h->ctx, h->buf, have);
            st.size += have;
            have = 0;
            continue;
        }
        size_t off = 0;
        while (have - off >= FP_CHUNK) {
            fp_chunk(h, &st, h->buf + off, FP_CHUNK);
            off += FP_CHUNK;
            if (st.binary && have - off > 0) {
                ccdk__sha256_update(&h->ctx, h->buf + off, have - off);
                st.size += have - off;
                off = have;
            }
        }
        if (off) {
            memmove(h->buf, h->buf + off, have - off);
            have -= off;
        }
    }
    close(fd);
    if (rc < 0) return rc;
    fp_finish(h, &st, out);
    return 0;
}

/* content_fingerprint of bytes in memory (an asset ccdk embeds): the same 8 KiB chunks */
void content_fingerprint_mem(hasher *h, const unsigned char *data, size_t len, char *out)
{
    ccdk__sha256_init(&h->ctx);
    fpstate st = { 0, 0 };
    h->pendn = 0;
    for (size_t off = 0; off < len; off += FP_CHUNK) {
        size_t n = len - off < FP_CHUNK ? len - off : FP_CHUNK;
        memcpy(h->buf, data + off, n); /* fp_chunk rewrites its chunk */
        fp_chunk(h, &st, h->buf, n);
    }
    fp_finish(h, &st, out);
}
