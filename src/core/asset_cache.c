/* asset_cache.c - AssetStaging.assetCache (core/lib/asset-staging.js): what an App has staged, by
 * key, so that a directory shared by many Code.fromAsset calls (or the same bundle) is
 * fingerprinted and staged once per App.
 *
 * aws-cdk-lib's cache is static (one per process) and its key holds the asset output directory;
 * ccdk keeps one per App (its outdir), so two Apps in one process never share, and needs no lock:
 * an App is used by one thread at a time (ccdk/core.h). Keys and values are copied bytes, malloc'd
 * (not in the arena: a bind inside a scratch region must not leave a dangling entry), freed with
 * the App. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "node.h"

typedef struct ccdk__asset_cache_entry {
    uint64_t h;
    size_t klen, vlen;
    unsigned char *key; /* key bytes, then (at a 16-byte aligned offset) value bytes, in one block */
} entry;

struct ccdk__asset_cache {
    entry *slots; /* open addressing, linear probing; key == NULL: empty */
    size_t cap, n;
};

/* where the value starts: malloc'd blocks are 16-byte aligned, so is the value (a struct) */
#define VOFF(klen) (((klen) + 15) & ~(size_t)15)

static uint64_t hash_bytes(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211ULL;
    }
    return h ? h : 1;
}

static entry *find(struct ccdk__asset_cache *c, const void *key, size_t klen, uint64_t h)
{
    if (!c || !c->cap)
        return NULL;
    for (size_t i = h & (c->cap - 1);; i = (i + 1) & (c->cap - 1)) {
        entry *e = &c->slots[i];
        if (!e->key)
            return e;
        if (e->h == h && e->klen == klen && !memcmp(e->key, key, klen))
            return e;
    }
}

const void *ccdk__asset_cache_get(ccdk_app *app, const void *key, size_t klen, size_t *vlen)
{
    entry *e = find(app->asset_cache, key, klen, hash_bytes(key, klen));
    if (!e || !e->key)
        return NULL;
    if (vlen)
        *vlen = e->vlen;
    return e->key + VOFF(e->klen);
}

static void grow(struct ccdk__asset_cache *c)
{
    size_t ncap = c->cap ? c->cap * 2 : 64;
    entry *old = c->slots;
    size_t ocap = c->cap;
    c->slots = calloc(ncap, sizeof *c->slots);
    if (!c->slots)
        abort();
    c->cap = ncap;
    for (size_t i = 0; i < ocap; i++)
        if (old[i].key)
            *find(c, old[i].key, old[i].klen, old[i].h) = old[i];
    free(old);
}

const void *ccdk__asset_cache_put(ccdk_app *app, const void *key, size_t klen, const void *val, size_t vlen)
{
    if (!app->asset_cache) {
        app->asset_cache = calloc(1, sizeof *app->asset_cache);
        if (!app->asset_cache)
            abort();
    }
    struct ccdk__asset_cache *c = app->asset_cache;
    if ((c->n + 1) * 4 > c->cap * 3)
        grow(c);
    uint64_t h = hash_bytes(key, klen);
    entry *e = find(c, key, klen, h);
    if (e->key) { /* replaced */
        free(e->key);
        c->n--;
    }
    e->key = malloc(VOFF(klen) + vlen + 1);
    if (!e->key)
        abort();
    memcpy(e->key, key, klen);
    if (vlen)
        memcpy(e->key + VOFF(klen), val, vlen);
    e->key[VOFF(klen) + vlen] = 0;
    e->h = h;
    e->klen = klen;
    e->vlen = vlen;
    c->n++;
    return e->key + VOFF(klen);
}

void ccdk__asset_cache_free(ccdk_app *app)
{
    struct ccdk__asset_cache *c = app->asset_cache;
    if (!c)
        return;
    for (size_t i = 0; i < c->cap; i++)
        free(c->slots[i].key);
    free(c->slots);
    free(c);
    app->asset_cache = NULL;
}

/* a field of a key: its length, then its bytes (NULL and "" differ) */
void ccdk__asset_key_put(ccdk__buf *b, const char *s)
{
    if (!s) {
        ccdk__buf_puts(b, "-\n");
        return;
    }
    ccdk__buf_printf(b, "%zu:", strlen(s));
    ccdk__buf_puts(b, s);
}

void ccdk__asset_key_opts(ccdk__buf *b, const ccdk__fingerprint_opts *o, int with_follow)
{
    size_t n = 0;
    if (o && o->exclude)
        while (o->exclude[n])
            n++;
    ccdk__buf_printf(b, "x%zu:", n);
    for (size_t i = 0; i < n; i++)
        ccdk__asset_key_put(b, o->exclude[i]);
    ccdk__buf_printf(b, "i%d", o ? (int)o->ignore_mode : 0);
    if (with_follow)
        ccdk__buf_printf(b, "f%d", o ? (int)o->follow : (int)CCDK_SYMLINK_EXTERNAL);
    ccdk__buf_puts(b, "e");
    ccdk__asset_key_put(b, o ? o->extra_hash : NULL);
}

int ccdk__fingerprint_cached(ccdk_app *app, const char *path, const ccdk__fingerprint_opts *opts, char out[65],
                             char **err)
{
    ccdk__buf k = {0};
    ccdk__buf_puts(&k, "fingerprint\n");
    ccdk__asset_key_put(&k, path);
    ccdk__asset_key_opts(&k, opts, 1);
    size_t vlen = 0;
    const char *v = ccdk__asset_cache_get(app, k.data, k.len, &vlen);
    if (v && vlen == 65) {
        memcpy(out, v, 65);
        ccdk__buf_free(&k);
        if (err)
            *err = NULL;
        return 0;
    }
    int rc = ccdk__fingerprint(path, opts, out, err);
    if (rc == 0) /* failures are not kept: aws-cdk-lib's cache does not keep a throw either */
        ccdk__asset_cache_put(app, k.data, k.len, out, 65);
    ccdk__buf_free(&k);
    return rc;
}
