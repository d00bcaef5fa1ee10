/* test_digest.c - ccdk's SHA-256 (SHA-NI and plain C), MD5 and SHA-1 against OpenSSL's, which only this
 * test links: random data of every length up to five blocks, at every alignment, fed whole and in
 * random pieces; plus the FIPS 180-4 / RFC 1321 examples and one large input. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "internal.h"
#include "testlib.h"

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;
static uint64_t rnd(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static void openssl_hex(const EVP_MD *md, const void *p, size_t n, char *out)
{
    unsigned char d[EVP_MAX_MD_SIZE];
    unsigned int dl = 0;
    EVP_Digest(p, n, d, &dl, md, NULL);
    ccdk__hex(d, dl, out);
}

static void sha_pieces_hex(const unsigned char *p, size_t n, char out[65])
{
    ccdk__sha256_ctx c;
    ccdk__sha256_init(&c);
    size_t off = 0;
    while (off < n) {
        size_t k = (size_t)(rnd() % 150);
        if (k > n - off)
            k = n - off;
        ccdk__sha256_update(&c, p + off, k);
        off += k;
    }
    unsigned char d[32];
    ccdk__sha256_final(&c, d);
    ccdk__hex(d, 32, out);
}

static int run_lengths(void)
{
    enum { MAX = 5 * 64 + 1 };
    unsigned char *buf = malloc(MAX + 16);
    for (size_t i = 0; i < MAX + 16; i++)
        buf[i] = (unsigned char)rnd();
    int bad = 0;
    for (size_t len = 0; len <= MAX; len++) {
        for (size_t al = 0; al < 16; al += (len < 140 ? 1 : 5)) {
            const unsigned char *p = buf + al;
            char want[65], got[65], want5[33], got5[33], pieces[65];
            openssl_hex(EVP_sha256(), p, len, want);
            ccdk__sha256_hex(p, len, got);
            sha_pieces_hex(p, len, pieces);
            openssl_hex(EVP_md5(), p, len, want5);
            ccdk__md5_hex(p, len, got5);
            if (strcmp(want, got) || strcmp(want, pieces) || strcmp(want5, got5)) {
                if (bad++ < 5)
                    fprintf(stderr, "    len %zu align %zu: sha %s/%s/%s md5 %s/%s\n", len, al, got, pieces, want, got5,
                            want5);
            }
        }
    }
    free(buf);
    return bad;
}

/* SHA-1 (node.addr): every length up to five blocks */
TEST(sha1_lengths)
{
    unsigned char buf[5 * 64 + 2];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (unsigned char)rnd();
    int bad = 0;
    for (size_t len = 0; len <= sizeof buf; len++) {
        char want[41], got[41];
        unsigned char d[20];
        openssl_hex(EVP_sha1(), buf, len, want);
        ccdk__sha1(buf, len, d);
        ccdk__hex(d, 20, got);
        if (strcmp(want, got) && bad++ < 5)
            fprintf(stderr, "    sha1 len %zu: %s, want %s\n", len, got, want);
    }
    CHECK(bad == 0);
}

TEST(sha256_md5_lengths_alignments_pieces)
{
    ccdk__digest_force_portable = 0;
    CHECK(run_lengths() == 0);
}

TEST(sha256_portable_lengths_alignments_pieces)
{
    ccdk__digest_force_portable = 1;
    CHECK(run_lengths() == 0);
    ccdk__digest_force_portable = 0;
}

TEST(known_answers)
{
    char h[65], m[33];
    ccdk__sha256_hex("abc", 3, h);
    CHECK_STR_EQ(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    ccdk__sha256_hex("", 0, h);
    CHECK_STR_EQ(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    ccdk__sha256_hex(two, strlen(two), h);
    CHECK_STR_EQ(h, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    ccdk__md5_hex("", 0, m);
    CHECK_STR_EQ(m, "d41d8cd98f00b204e9800998ecf8427e");
    ccdk__md5_hex("message digest", 14, m);
    CHECK_STR_EQ(m, "f96b697d7cb7938d525a2f31aaf161d0");
}

TEST(large_input_both_paths)
{
    size_t n = (3u << 20) + 77;
    unsigned char *p = malloc(n);
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(i * 131 + (i >> 9));
    char want[65], got[65];
    openssl_hex(EVP_sha256(), p, n, want);
    ccdk__sha256_hex(p, n, got);
    CHECK_STR_EQ(got, want);
    ccdk__digest_force_portable = 1;
    ccdk__sha256_hex(p, n, got);
    ccdk__digest_force_portable = 0;
    CHECK_STR_EQ(got, want);
    free(p);
}

int main(void)
{
    RUN(sha1_lengths);
    RUN(known_answers);
    RUN(sha256_md5_lengths_alignments_pieces);
    RUN(sha256_portable_lengths_alignments_pieces);
    RUN(large_input_both_paths);
    return TEST_DONE();
}
