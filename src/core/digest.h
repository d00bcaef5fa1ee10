/* digest.h - SHA-256, MD5 and SHA-1 (digest.c; ccdk needs no libcrypto). Internal. */
#ifndef CCDK_DIGEST_H
#define CCDK_DIGEST_H

#include <stddef.h>
#include <stdint.h>

typedef struct ccdk__sha256_ctx_s {
    uint32_t h[8];
    uint64_t len;
    unsigned char buf[64];
    size_t n;
} ccdk__sha256_ctx;
void ccdk__sha256_init(ccdk__sha256_ctx *c);
void ccdk__sha256_update(ccdk__sha256_ctx *c, const void *data, size_t len);
void ccdk__sha256_final(ccdk__sha256_ctx *c, unsigned char out[32]);
void ccdk__sha256(const void *data, size_t len, unsigned char out[32]);
void ccdk__md5(const void *data, size_t len, unsigned char out[16]);
void ccdk__sha1(const void *data, size_t len, unsigned char out[20]);
void ccdk__hex(const unsigned char *d, size_t n, char *out); /* 2n digits + NUL */
void ccdk__sha256_hex(const void *data, size_t len, char out[65]);
void ccdk__md5_hex(const void *data, size_t len, char out[33]);
extern int ccdk__digest_force_portable; /* tests: run the plain C SHA-256 even where SHA-NI is there */

#endif
