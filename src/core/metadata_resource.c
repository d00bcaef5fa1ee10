/* metadata_resource.c - version reporting: the CDKMetadata construct aws-cdk-lib's synthesis adds to
 * each stack whose _versionReportingEnabled is set (the cdk CLI's default), with its
 * AWS::CDK::Metadata resource, the resource's Analytics string (the construct types of the stack,
 * prefix-encoded and gzipped) and, for a stack without a concrete region, the CDKMetadataAvailable
 * condition over the regions that have the resource.
 *
 * The string is "v2:deflate64:" + base64(gzip(text)). The text is exactly aws-cdk-lib's; the gzip
 * stream is not: node's zlib (Chromium's fork) finds other matches than any other deflate, so
 * ccdk does not try to compress the same way and writes stored (uncompressed) deflate blocks, a
 * valid gzip stream of the same text that the CLI and the telemetry backend read alike. The
 * conformance runner inflates both strings and compares the texts (README.md there). */
#include <stdlib.h>
#include <string.h>

#include "assembly_tables.h"
#include "synth.h"

/* ------------------------------------------------------------------ the prefix-encoded trie */

typedef struct trie {
    const char *key; /* one part of an entry: up to and including a non-alphanumeric character */
    size_t klen;
    struct trie **kids; /* in insertion order (a JavaScript Map) */
    size_t nkids, capkids;
} trie;

static trie *trie_child(trie *t, const char *key, size_t klen)
{
    for (size_t i = 0; i < t->nkids; i++)
        if (t->kids[i]->klen == klen && !memcmp(t->kids[i]->key, key, klen))
            return t->kids[i];
    trie *c = calloc(1, sizeof *c);
    if (!c)
        abort();
    c->key = key;
    c->klen = klen;
    if (t->nkids == t->capkids) {
        t->capkids = t->capkids ? 2 * t->capkids : 4;
        t->kids = realloc(t->kids, t->capkids * sizeof *t->kids);
        if (!t->kids)
            abort();
    }
    t->kids[t->nkids++] = c;
    return c;
}

static int alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

/* insertFqnInTrie: s.replace(/[^a-z0-9]/gi, "$& ").split(" ") (s has no spaces: fqns, versions) */
static trie *trie_insert(trie *t, const char *s)
{
    const char *p = s;
    for (;;) {
        const char *q = p;
        while (*q && alnum(*q))
            q++;
        if (*q)
            q++; /* the separator ends its part */
        t = trie_child(t, p, (size_t)(q - p));
        if (!*q) {
            if (q > p && !alnum(q[-1])) /* a trailing separator leaves an empty last part */
                t = trie_child(t, q, 0);
            return t;
        }
        p = q;
    }
}

/* prefixEncodeTrie */
static void trie_encode(const trie *t, ccdk__buf *b)
{
    for (size_t i = 0; i < t->nkids; i++) {
        const trie *k = t->kids[i];
        if (i)
            ccdk__buf_putc(b, ',');
        ccdk__buf_put(b, k->key, k->klen);
        if (k->nkids > 1) {
            ccdk__buf_putc(b, '{');
            trie_encode(k, b);
            ccdk__buf_putc(b, '}');
        } else {
            trie_encode(k, b);
        }
    }
}

static void trie_free(trie *t)
{
    for (size_t i = 0; i < t->nkids; i++) {
        trie_free(t->kids[i]);
        free(t->kids[i]);
    }
    free(t->kids);
}

/* ------------------------------------------------------------------ gzip (stored blocks) */

static uint32_t crc32_of(const unsigned char *p, size_t n)
{
    static uint32_t table[256];
    static int ready;
    if (!ready) { /* idempotent: threads that race write the same values */
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int k = 0; k < 8; k++)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = 1;
    }
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++)
        c = table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static void put_le(ccdk__buf *b, uint32_t v, int bytes)
{
    for (int i = 0; i < bytes; i++)
        ccdk__buf_putc(b, (char)((v >> (8 * i)) & 0xFF));
}

/* gzip of text: header (no name, mtime 0, OS 255 as setGzipOperatingSystemToUnknown leaves it),
 * stored deflate blocks of at most 65535 bytes, CRC-32 and length */
static void gzip_stored(const char *text, size_t n, ccdk__buf *out)
{
    static const unsigned char head[10] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff};
    ccdk__buf_put(out, (const char *)head, sizeof head);
    size_t off = 0;
    do {
        size_t len = n - off > 65535 ? 65535 : n - off;
        ccdk__buf_putc(out, off + len == n ? 1 : 0); /* BFINAL, BTYPE 00 */
        put_le(out, (uint32_t)len, 2);
        put_le(out, (uint32_t)(~len & 0xFFFF), 2);
        ccdk__buf_put(out, text + off, len);
        off += len;
    } while (off < n);
    put_le(out, crc32_of((const unsigned char *)text, n), 4);
    put_le(out, (uint32_t)n, 4);
}

static void base64(const unsigned char *p, size_t n, ccdk__buf *out)
{
    static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (i + 1 < n ? (uint32_t)p[i + 1] << 8 : 0) | (i + 2 < n ? p[i + 2] : 0);
        ccdk__buf_putc(out, tab[v >> 18 & 63]);
        ccdk__buf_putc(out, tab[v >> 12 & 63]);
        ccdk__buf_putc(out, i + 1 < n ? tab[v >> 6 & 63] : '=');
        ccdk__buf_putc(out, i + 2 < n ? tab[v & 63] : '=');
    }
}

/* ------------------------------------------------------------------ the analytics */

static const char *const allowed_prefixes[] = {
    "@aws-cdk/", "@aws-cdk-containers/", "@aws-solutions-konstruk/", "@aws-solutions-constructs/", "@amzn/",
    "@cdklabs/", "aws-rfdk.", "aws-cdk-lib.", "cdk8s.", NULL,
};

static int allowed_fqn(const char *fqn)
{
    for (const char *const *p = allowed_prefixes; *p; p++)
        if (!strncmp(fqn, *p, strlen(*p)))
            return 1;
    return 0;
}

typedef struct {
    const char **fqns;
    ccdk__buf *mixins; /* per fqn: the aws:cdk:analytics:mixin data of its constructs, ","-joined JSON */
    size_t len, cap;
    const ccdk__annotation **mix; /* the App's mixin entries (few) */
    size_t nmix;
} fqn_list;

/* constructsInScope: n and its descendants, pre-order, not entering other stacks or stages; each
 * fqn once (unique by fqn@version), with the mixin metadata of its constructs merged (as
 * aws-cdk-lib does: only when the first of them has some) */
static void collect_fqns(ccdk__node *n, int top, fqn_list *l)
{
    if (!top && (n->kind->is_stack || n->stack == (ccdk_stack *)n || !strcmp(n->kind->fqn, "aws-cdk-lib.Stage")))
        return;
    if (n->detached)
        return;
    if (allowed_fqn(n->kind->fqn)) {
        size_t k = 0;
        while (k < l->len && strcmp(l->fqns[k], n->kind->fqn))
            k++;
        int first = k == l->len;
        if (first) {
            if (l->len == l->cap) {
                l->cap = l->cap ? 2 * l->cap : 32;
                l->fqns = realloc(l->fqns, l->cap * sizeof *l->fqns);
                l->mixins = realloc(l->mixins, l->cap * sizeof *l->mixins);
                if (!l->fqns || !l->mixins)
                    abort();
            }
            l->fqns[l->len] = n->kind->fqn;
            memset(&l->mixins[l->len], 0, sizeof l->mixins[l->len]);
            l->len++;
        }
        /* aws-cdk-lib merges a later construct's metadata only into a first one that had some
         * (existingInfo.metadata && info.metadata && push): when the first construct of an fqn has
         * no mixin, the others' are dropped */
        for (size_t i = 0; i < l->nmix && (first || l->mixins[k].len); i++)
            if (!strcmp(l->mix[i]->path, n->path)) {
                if (l->mixins[k].len)
                    ccdk__buf_putc(&l->mixins[k], ',');
                ccdk__buf_puts(&l->mixins[k], l->mix[i]->msg);
            }
    }
    for (size_t i = 0; i < n->nchildren; i++)
        collect_fqns(n->children[i], 0, l);
}

/* formatAnalytics(constructAnalyticsFromScope(stack)) */
static const char *analytics_string(ccdk_stack *s)
{
    ccdk_app *app = s->node.app;
    fqn_list l = {0};
    for (size_t i = 0; i < app->nannotations; i++)
        if (!strcmp(app->annotations[i].level, "analytics:mixin")) {
            l.mix = realloc(l.mix, (l.nmix + 1) * sizeof *l.mix);
            if (!l.mix)
                abort();
            l.mix[l.nmix++] = &app->annotations[i];
        }
    collect_fqns(&s->node, 1, &l);
    trie root = {0};
    for (size_t i = 0; i < l.len; i++) {
        trie *leaf = trie_insert(&root, ccdk__sprintf(app, "2.276.0!%s", l.fqns[i]));
        if (l.mixins[i].len) /* metadata?.length && trie.set(JSON.stringify(metadata), new Trie) */
            trie_child(leaf, ccdk__sprintf(app, "[%s]", l.mixins[i].data), strlen(l.mixins[i].data) + 2);
        ccdk__buf_free(&l.mixins[i]);
    }
    free(l.mixins);
    free(l.mix);
    const char **fqns = l.fqns;
    /* getJsiiAgentVersion: $JSII_AGENT (ccdk's own name without it), [^a-z0-9.-/=_] (i) to "-" */
    const char *agent = getenv("JSII_AGENT");
    char *ag = ccdk__strdup(app, agent && *agent ? agent : "C/ccdk");
    for (char *c = ag; *c; c++)
        if (!alnum(*c) && *c != '.' && *c != '/' && *c != '=' && *c != '_')
            *c = '-';
    trie_insert(&root, ccdk__sprintf(app, "%s!jsii-runtime.Runtime", ag)); /* never a construct's fqn */
    free(fqns);
    ccdk__buf text = {0};
    trie_encode(&root, &text);
    trie_free(&root);
    ccdk__buf gz = {0};
    gzip_stored(text.data ? text.data : "", text.len, &gz);
    ccdk__buf b64 = {0};
    ccdk__buf_puts(&b64, "v2:deflate64:");
    base64((const unsigned char *)gz.data, gz.len, &b64);
    const char *r = ccdk__strndup(app, b64.data, b64.len);
    ccdk__buf_free(&text);
    ccdk__buf_free(&gz);
    ccdk__buf_free(&b64);
    return r;
}

/* Fn.conditionOr(...): at most 10 conditions in one Fn::Or, more in groups of 10, each its own Fn::Or */
static ccdk_value *condition_or(ccdk_app *app, ccdk_value **conds, size_t n)
{
    ccdk_value *list = ccdk__v_list(app);
    if (n <= 10) {
        for (size_t i = 0; i < n; i++)
            ccdk__v_push(list, conds[i]);
    } else {
        for (size_t i = 0; i < n; i += 10) {
            size_t m = n - i < 10 ? n - i : 10;
            ccdk__v_push(list, m == 1 ? conds[i] : condition_or(app, conds + i, m));
        }
    }
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, "Fn::Or", list);
    return o;
}

static int metadata_region(const char *region)
{
    for (const char *const *r = ccdk__cdk_metadata_regions; *r; r++)
        if (!strcmp(*r, region))
            return 1;
    return 0;
}

/* injectMetadataResources: new MetadataResource(stack, "CDKMetadata") for each stack with version
 * reporting on that has no CDKMetadata child yet */
void ccdk__add_metadata_resources(ccdk_app *app)
{
    for (size_t i = 0; i < app->nstacks; i++) {
        ccdk_stack *s = app->stacks[i];
        if (s->node.detached || !s->version_reporting || ccdk__node_find_child(&s->node, "CDKMetadata"))
            continue;
        int agnostic = ccdk__stack_is_env_agnostic_region(s);
        ccdk_construct *md = ccdk_construct_new(s, "CDKMetadata");
        if (!agnostic && !metadata_region(s->region))
            continue; /* RegionInfo.get(region).cdkMetadataResourceAvailable is not set */
        /* the analytics are taken now, as the constructor does (a Lazy renders them later) */
        const char *analytics = analytics_string(s);
        ccdk_cfn_resource *r = ccdk__cfn_resource_new(md, "Default", "AWS::CDK::Metadata", NULL);
        ccdk__res_set(r, "Analytics", ccdk__v_str(app, analytics));
        if (agnostic) {
            size_t n = 0;
            while (ccdk__cdk_metadata_regions[n])
                n++;
            ccdk_value **conds = ccdk__alloc(app, (n ? n : 1) * sizeof *conds);
            for (size_t k = 0; k < n; k++) {
                ccdk_value *ref = ccdk__v_obj(app);
                ccdk__v_set(ref, "Ref", ccdk__v_str(app, "AWS::Region"));
                ccdk_value *args = ccdk__v_list(app);
                ccdk__v_push(args, ref);
                ccdk__v_push(args, ccdk__v_str(app, ccdk__cdk_metadata_regions[k]));
                conds[k] = ccdk__v_obj(app);
                ccdk__v_set(conds[k], "Fn::Equals", args);
            }
            ccdk_cfn_condition *c = ccdk_cfn_condition_new(md, "Condition", condition_or(app, conds, n));
            ccdk_cfn_element_override_logical_id(c, "CDKMetadataAvailable");
            ccdk_cfn_resource_set_condition(r, c);
        }
    }
}
