/* http.h - the HTTP/1.1 requests `ccdk serve` reads (http.c): one parser of untrusted bytes, kept
 * apart so that a fuzz target drives it (tests/fuzz/fuzz_http.c). */
#ifndef CCDK_TOOL_HTTP_H
#define CCDK_TOOL_HTTP_H

#include <stddef.h>

#include "arena.h"

#define MAX_REQUEST (6 * 1024 * 1024) /* Lambda's synchronous request payload limit */

typedef struct {
    char *name; /* lower case */
    char *value;
} hdr;

typedef struct {
    char method[16], proto[16];
    char *target;
    hdr *h;
    size_t nh;
    char *head; /* the head's storage */
    char *body; /* NUL-terminated after body_len bytes */
    size_t body_len;
    int keep_alive;
} hreq;

/* One request from the front of in: 1 (complete: *r filled, its bytes removed from in), 0 (more
 * to read), -1 (bad: a head over 64 KiB, no request line, a NUL byte in the head, a malformed
 * chunk), -2 (a body over MAX_REQUEST). *r needs hreq_free only after 1. */
int parse_request(ccdk__buf *in, hreq *r);
void hreq_free(hreq *r);
/* the value of a header (the first of that name, lower case), or NULL */
const char *hget(const hreq *r, const char *name);

#endif
