/* urls.c - a bucket's URLs and domain names (aws-cdk-lib/aws-s3/lib/bucket.js: urlForObject,
 * virtualHostedUrlForObject, s3UrlForObject, transferAccelerationUrlForObject, urlJoin, and the
 * domain names fromBucketAttributes gives an import). */
#include <string.h>

#include "region_fact.h"
#include "s3_internal.h"

/* urlJoin(...components): each joined to the result with one "/": a trailing "/" of the result and
 * a leading "/" of the component are dropped first (one each) */
static const char *url_join(ccdk_s3_bucket *b, const char *const *parts, size_t n)
{
    ccdk__buf out = {0};
    ccdk__buf_puts(&out, parts[0]);
    for (size_t i = 1; i < n; i++) {
        if (out.len && out.data[out.len - 1] == '/')
            out.data[--out.len] = 0;
        const char *c = parts[i];
        if (*c == '/')
            c++;
        ccdk__buf_putc(&out, '/');
        ccdk__buf_puts(&out, c);
    }
    const char *r = ccdk_fmt(b, "%s", out.data ? out.data : "");
    ccdk__buf_free(&out);
    return r;
}

const char *ccdk_s3_bucket_url_for_object(ccdk_s3_bucket *b, const char *key)
{
    if (!ccdk__handle_ok(b, __func__) || !b)
        return NULL;
    const char *prefix = ccdk_fmt(b, "https://s3.%s.%s/", b->region, ccdk_stack_url_suffix(b->node.stack));
    const char *parts[] = {prefix, b->name, key};
    return url_join(b, parts, key ? 3 : 2);
}

const char *ccdk_s3_bucket_virtual_hosted_url_for_object(ccdk_s3_bucket *b, const char *key, ccdk_tristate regional)
{
    if (!ccdk__handle_ok(b, __func__) || !b)
        return NULL;
    int reg = !ccdk__tri_set(regional) || ccdk__tri_true(regional); /* options?.regional ?? true */
    const char *prefix = ccdk_fmt(b, "https://%s", reg ? b->regional_domain_name : b->domain_name);
    if (!key)
        return prefix;
    const char *parts[] = {prefix, key};
    return url_join(b, parts, 2);
}

const char *ccdk_s3_bucket_s3_url_for_object(ccdk_s3_bucket *b, const char *key)
{
    if (!ccdk__handle_ok(b, __func__) || !b)
        return NULL;
    const char *parts[] = {"s3://", b->name, key};
    return url_join(b, parts, key ? 3 : 2);
}

const char *ccdk_s3_bucket_transfer_acceleration_url_for_object(ccdk_s3_bucket *b, const char *key, ccdk_tristate dual_stack)
{
    if (!ccdk__handle_ok(b, __func__) || !b)
        return NULL;
    const char *prefix = ccdk_fmt(b, "https://%s.s3-accelerate%s.amazonaws.com/", b->name,
                                  ccdk__tri_true(dual_stack) ? ".dualstack" : "");
    const char *parts[] = {prefix, key};
    return url_join(b, parts, key ? 2 : 1);
}

const char *ccdk_s3_bucket_domain_name(ccdk_s3_bucket *b) { return ccdk__handle_ok(b, __func__) && b ? b->domain_name : NULL; }
const char *ccdk_s3_bucket_regional_domain_name(ccdk_s3_bucket *b)
{
    return ccdk__handle_ok(b, __func__) && b ? b->regional_domain_name : NULL;
}
const char *ccdk_s3_bucket_dual_stack_domain_name(ccdk_s3_bucket *b)
{
    return ccdk__handle_ok(b, __func__) && b ? b->dual_stack_domain_name : NULL;
}

/* the regions whose s3StaticWebsiteEndpoint is the legacy "s3-website-<region>.<suffix>"; the others'
 * is "s3-website.<region>.<suffix>" */
static const char *const legacy_website_regions[] = {"ap-northeast-1", "ap-southeast-1", "ap-southeast-2", "eu-west-1", "sa-east-1", "us-east-1", "us-gov-west-1", "us-west-1", "us-west-2", NULL};

static int region_index(const char *name)
{
    for (int i = 0; name && ccdk__regions[i].name; i++)
        if (!strcmp(ccdk__regions[i].name, name))
            return i;
    return -1;
}

/* RegionInfo.get(region).s3StaticWebsiteEndpoint of region i */
static const char *website_endpoint(ccdk_app *app, int i)
{
    int legacy = 0;
    for (const char *const *r = legacy_website_regions; *r && !legacy; r++)
        legacy = !strcmp(*r, ccdk__regions[i].name);
    return ccdk__sprintf(app, "s3-website%s%s.%s", legacy ? "-" : ".", ccdk__regions[i].name, ccdk__regions[i].domain_suffix);
}
static const char *website_lookup(int i, const void *ud) { return website_endpoint((ccdk_app *)ud, i); }

/* the Lazy of fromBucketAttributes' staticDomainEndpoint where the region has no fact:
 * stack.regionalFact(S3_STATIC_WEBSITE_ENDPOINT, newEndpoint) at synth -- of the *stack's* region,
 * also for an import given a region of its own (as aws-cdk-lib) */
typedef struct {
    ccdk_s3_bucket *b;
    const char *new_endpoint;
    ccdk_value *value; /* once produced */
} website_fact_ctx;
static ccdk_value *website_fact(void *ctx)
{
    website_fact_ctx *c = ctx;
    ccdk_stack *stack = c->b->node.stack;
    ccdk_app *app = c->b->node.app;
    if (!c->value) { /* produced once: the same value each time after (the mapping is made once) */
        /* the mapping and the value outlive this render (synth's prepare runs it in a scratch arena) */
        ccdk__arena cur;
        ccdk__persistent_enter(app, &cur);
        const char *v;
        if (!ccdk__stack_is_env_agnostic_region(stack)) {
            int i = region_index(stack->region);
            v = i >= 0 ? website_endpoint(app, i) : c->new_endpoint;
        } else /* a CfnMapping "S3-static-websiteMap" made while the template is rendered */
            v = ccdk__deploy_time_lookup(c->b, stack, ccdk__regions, "s3-static-website:endpoint", website_lookup, app,
                                         c->new_endpoint);
        c->value = ccdk__v_from_string(app, v ? v : "");
        ccdk__persistent_leave(app, &cur);
    }
    return c->value;
}

static const char *given(ccdk_app *app, const char *s, const char *dflt) { return s && *s ? ccdk__keep(app, s) : dflt; }

/* fromBucketAttributes: urlSuffix is the region's domainSuffix, else the stack's urlSuffix; the
 * domain names and the website URL and domain name from the attributes, else made of the name */
void ccdk__s3_import_urls(ccdk_s3_bucket *b, const ccdk_s3_bucket_attributes *a)
{
    ccdk_app *app = b->node.app;
    int ri = region_index(b->region);
    const char *suffix = ri >= 0 ? ccdk__regions[ri].domain_suffix : ccdk_stack_url_suffix(b->node.stack);
    b->domain_name = given(app, a->bucket_domain_name, ccdk_fmt(b, "%s.s3.%s", b->name, suffix));
    b->regional_domain_name =
        given(app, a->bucket_regional_domain_name, ccdk_fmt(b, "%s.s3.%s.%s", b->name, b->region, suffix));
    b->dual_stack_domain_name =
        given(app, a->bucket_dual_stack_domain_name, ccdk_fmt(b, "%s.s3.dualstack.%s.%s", b->name, b->region, suffix));
    const char *old_endpoint = ccdk_fmt(b, "s3-website-%s.%s", b->region, suffix);
    const char *new_endpoint = ccdk_fmt(b, "s3-website.%s.%s", b->region, suffix);
    const char *endpoint;
    if (ccdk__tri_set(a->bucket_website_new_url_format))
        endpoint = ccdk__tri_true(a->bucket_website_new_url_format) ? new_endpoint : old_endpoint;
    else if (ri >= 0)
        endpoint = website_endpoint(app, ri);
    else {
        website_fact_ctx *c = ccdk__alloc(app, sizeof *c);
        c->b = b;
        c->new_endpoint = new_endpoint;
        c->value = NULL;
        endpoint = ccdk__token_str(app, ccdk__v_lazy_effectful(app, website_fact, c));
    }
    const char *website_domain = ccdk_fmt(b, "%s.%s", b->name, endpoint);
    if (a->bucket_website_url && *a->bucket_website_url) {
        b->website_url = ccdk__keep(app, a->bucket_website_url);
        b->website_domain_name = ccdk_fn_select(b, 2, ccdk_fn_split(b, "/", b->website_url));
    } else {
        b->website_url = ccdk_fmt(b, "http://%s", website_domain);
        b->website_domain_name = website_domain;
    }
}
