/* http.c - the HTTP/1.1 request parser of `ccdk serve`: a head (request line, headers) and a body
 * by Content-Length or chunked transfer coding. Its input comes from the network: every length is
 * bounded before it is used, and a malformed request is -1, never a crash (tests/fuzz/fuzz_http.c). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "http.h"

#define MAX_HEAD 65536

void hreq_free(hreq *r)
{
    free(r->head);
    free(r->h);
    free(r->body);
    memset(r, 0, sizeof *r);
}

const char *hget(const hreq *r, const char *name)
{
    for (size_t i = 0; i < r->nh; i++)
        if (!strcmp(r->h[i].name, name))
            return r->h[i].value;
    return NULL;
}

/* a chunk-size line's hex number (chunk extensions after ';' ignored): 0 and *n, -1 when it has no
 * digit or another character, -2 when it is over MAX_REQUEST */
static int chunk_size(const char *p, const char *end, size_t *n)
{
    size_t v = 0, digits = 0;
    for (; p < end && *p != ';'; p++) {
        int d = *p >= '0' && *p <= '9' ? *p - '0' : *p >= 'a' && *p <= 'f' ? *p - 'a' + 10 : *p >= 'A' && *p <= 'F' ? *p - 'A' + 10 : -1;
        if (d < 0) {
            if (*p == ' ' || *p == '\t')
                continue;
            return -1;
        }
        v = v * 16 + (size_t)d;
        digits++;
        if (v > MAX_REQUEST)
            return -2;
    }
    if (!digits)
        return -1;
    *n = v;
    return 0;
}

int parse_request(ccdk__buf *in, hreq *r)
{
    memset(r, 0, sizeof *r);
    char *end = in->len >= 4 ? memmem(in->data, in->len, "\r\n\r\n", 4) : NULL;
    if (!end)
        return in->len > MAX_HEAD ? -1 : 0;
    size_t head_len = (size_t)(end - in->data) + 4;
    if (head_len > MAX_HEAD || memchr(in->data, 0, head_len))
        return -1; /* the head is parsed as C strings: a NUL in it is a bad request */
    r->head = malloc(head_len + 1);
    if (!r->head)
        abort();
    memcpy(r->head, in->data, head_len);
    r->head[head_len] = 0;
    char *line = r->head, *eol = strstr(line, "\r\n"); /* found: the head ends with \r\n\r\n */
    *eol = 0;
    char *sp1 = strchr(line, ' '), *sp2 = sp1 ? strchr(sp1 + 1, ' ') : NULL;
    if (!sp1 || !sp2 || sp1 == line || sp2 == sp1 + 1 || !sp2[1] || sp1 - line >= (long)sizeof r->method ||
        strlen(sp2 + 1) >= sizeof r->proto) { /* METHOD SP target SP protocol, none empty */
        hreq_free(r);
        return -1;
    }
    memcpy(r->method, line, (size_t)(sp1 - line));
    *sp2 = 0;
    r->target = sp1 + 1;
    strcpy(r->proto, sp2 + 1);
    size_t cap = 0;
    for (line = eol + 2; *line && strncmp(line, "\r\n", 2); line = eol + 2) {
        eol = strstr(line, "\r\n");
        *eol = 0;
        char *colon = strchr(line, ':');
        if (!colon)
            continue;
        *colon = 0;
        for (char *p = line; *p; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p - 'A' + 'a');
        char *v = colon + 1;
        while (*v == ' ' || *v == '\t')
            v++;
        size_t vl = strlen(v);
        while (vl && (v[vl - 1] == ' ' || v[vl - 1] == '\t'))
            v[--vl] = 0;
        if (r->nh == cap) {
            cap = cap ? 2 * cap : 16;
            r->h = realloc(r->h, cap * sizeof *r->h);
            if (!r->h)
                abort();
        }
        r->h[r->nh++] = (hdr){line, v};
    }
    const char *te = hget(r, "transfer-encoding");
    const char *cl = hget(r, "content-length");
    const char *connection = hget(r, "connection");
    r->keep_alive = strcmp(r->proto, "HTTP/1.0") ? !(connection && !strcasecmp(connection, "close"))
                                                  : (connection && !strcasecmp(connection, "keep-alive"));
    size_t have = in->len - head_len;
    const char *b = in->data + head_len;
    if (te && strstr(te, "chunked")) {
        ccdk__buf out = {0};
        size_t p = 0;
        int rc = 0;
        for (;;) {
            const char *e = p < have ? memmem(b + p, have - p, "\r\n", 2) : NULL;
            /* an incomplete line's last CR may be its end's first half */
            size_t line_len = e ? (size_t)(e - (b + p)) : have - p - (have > p && b[have - 1] == '\r');
            if (line_len > 64) {
                rc = -1; /* a chunk-size line is short (extensions included), complete or not */
                break;
            }
            if (!e)
                break;
            size_t sz;
            int cs = chunk_size(b + p, e, &sz);
            if (cs != 0) {
                rc = cs;
                break;
            }
            size_t start = (size_t)(e - b) + 2;
            if (sz == 0) {
                const char *fin = start <= have ? memmem(b + start, have - start, "\r\n", 2) : NULL;
                if (!fin) /* trailers not complete */
                    break;
                p = (size_t)(fin - b) + 2;
                rc = 1;
                break;
            }
            if (out.len + sz > MAX_REQUEST) {
                rc = -2;
                break;
            }
            if (have - start < sz + 2) /* start <= have: e + 2 is within the input */
                break;
            if (memcmp(b + start + sz, "\r\n", 2) != 0) {
                rc = -1;
                break;
            }
            ccdk__buf_put(&out, b + start, sz);
            p = start + sz + 2;
        }
        if (rc != 1) {
            ccdk__buf_free(&out);
            hreq_free(r);
            return rc;
        }
        ccdk__buf_putc(&out, 0);
        r->body = out.data;
        r->body_len = out.len - 1;
        memmove(in->data, in->data + head_len + p, in->len - head_len - p);
        in->len -= head_len + p;
        return 1;
    }
    size_t n = 0;
    if (cl) {
        char *cend;
        unsigned long long v = strtoull(cl, &cend, 10);
        if (cend == cl || *cend || *cl == '-') {
            hreq_free(r);
            return -1;
        }
        if (v > MAX_REQUEST) {
            hreq_free(r);
            return -2;
        }
        n = (size_t)v;
    }
    if (have < n) {
        hreq_free(r);
        return 0;
    }
    r->body = malloc(n + 1);
    if (!r->body)
        abort();
    memcpy(r->body, b, n);
    r->body[n] = 0;
    r->body_len = n;
    memmove(in->data, in->data + head_len + n, in->len - head_len - n);
    in->len -= head_len + n;
    return 1;
}
