/* fuzz_http.c - libFuzzer target: the HTTP/1.1 request parser of `ccdk serve` (tools/ccdk/http.c),
 * whose input is whatever a peer sends.
 *
 * The input is fed as a connection's bytes, whole and then in two pieces at a point its first byte
 * picks (a request split across reads). Invariants: no crash, leak or UB; a complete request has a
 * method, a target and a protocol, a body of at most MAX_REQUEST bytes NUL-terminated after
 * body_len, and removes exactly its own bytes from the buffer; feeding the same bytes in two reads
 * gives the same sequence of results as in one. */
#include "fuzzlib.h"

#include "../../tools/ccdk/http.c"

/* parses the requests of in, in order, until one is incomplete (0, returned) or bad (-1/-2,
 * returned); each complete request and each error is summarized into sig */
static int drain(ccdk__buf *in, ccdk__buf *sig)
{
    for (;;) {
        size_t before = in->len;
        hreq r;
        int rc = parse_request(in, &r);
        if (rc != 1) {
            if (in->len != before)
                fz_fail("parse_request returned %d but consumed input", rc);
            if (rc != 0)
                ccdk__buf_printf(sig, "E%d|", rc);
            return rc;
        }
        if (!r.method[0] || !r.target || !r.proto[0])
            fz_fail("a complete request without a method, target or protocol");
        if (r.body_len > MAX_REQUEST || !r.body || r.body[r.body_len] != 0)
            fz_fail("a body of %zu bytes, not NUL-terminated or too large", r.body_len);
        if (in->len >= before)
            fz_fail("a complete request consumed nothing");
        ccdk__buf_printf(sig, "R%s %s %s %zu %zu:", r.method, r.target, r.proto, r.nh, r.body_len);
        ccdk__buf_put(sig, r.body, r.body_len);
        ccdk__buf_putc(sig, '|');
        hreq_free(&r);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const char *bytes = (const char *)data + 1;
    size_t n = size - 1, cut = n ? data[0] % (n + 1) : 0;
    ccdk__buf whole = {0}, split = {0}, sig1 = {0}, sig2 = {0};
    ccdk__buf_put(&whole, bytes, n);
    drain(&whole, &sig1);
    /* the same bytes in two reads: a read ending in an error closes the connection, whose one-read
     * parse must end in the same error */
    ccdk__buf_put(&split, bytes, cut);
    if (drain(&split, &sig2) == 0) {
        ccdk__buf_put(&split, bytes + cut, n - cut);
        drain(&split, &sig2);
    }
    if (sig1.len != sig2.len || (sig1.len && memcmp(sig1.data, sig2.data, sig1.len)))
        fz_fail("two reads parse differently from one: %.*s / %.*s", (int)(sig1.len < 200 ? sig1.len : 200), sig1.data,
                (int)(sig2.len < 200 ? sig2.len : 200), sig2.data);
    ccdk__buf_free(&whole);
    ccdk__buf_free(&split);
    ccdk__buf_free(&sig1);
    ccdk__buf_free(&sig2);
    return 0;
}
