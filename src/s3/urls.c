/* urls.c - a bucket's URLs and domain names (aws-cdk-lib/aws-s3/lib/bucket.js: urlForObject,
 * virtualHostedUrlForObject, s3UrlForObject, transferAccelerationUrlForObject, urlJoin, and the
 * domain names fromBucketAttributes gives an import). */
#include <string.h>

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

/* RegionInfo.get(region).domainSuffix for the regions aws-cdk-lib 2.276.0 knows (region-info's
 * facts; a region not listed has none) */
static const struct {
    const char *suffix;
    const char *const *regions;
} domain_suffixes[] = {
    {"amazonaws.com",
     (const char *const[]){"af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
                           "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3",
                           "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-central-1",
                           "ca-west-1", "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2",
                           "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1", "me-central-1", "me-south-1",
                           "me-west-1", "mx-central-1", "sa-east-1", "us-east-1", "us-east-2", "us-gov-east-1",
                           "us-gov-west-1", "us-west-1", "us-west-2", NULL}},
    {"amazonaws.com.cn", (const char *const[]){"cn-north-1", "cn-northwest-1", NULL}},
    {"cloud.adc-e.uk", (const char *const[]){"eu-isoe-west-1", NULL}},
    {"amazonaws.eu", (const char *const[]){"eusc-de-east-1", NULL}},
    {"c2s.ic.gov", (const char *const[]){"us-iso-east-1", "us-iso-west-1", NULL}},
    {"sc2s.sgov.gov", (const char *const[]){"us-isob-east-1", "us-isob-west-1", NULL}},
    {"csp.hci.ic.gov", (const char *const[]){"us-isof-east-1", "us-isof-south-1", NULL}},
};

/* fromBucketAttributes: urlSuffix is the region's domainSuffix, else the stack's urlSuffix */
void ccdk__s3_import_domain_names(ccdk_s3_bucket *b)
{
    const char *suffix = NULL;
    for (size_t i = 0; !suffix && b->region && i < sizeof domain_suffixes / sizeof *domain_suffixes; i++)
        for (const char *const *r = domain_suffixes[i].regions; *r; r++)
            if (!strcmp(*r, b->region)) {
                suffix = domain_suffixes[i].suffix;
                break;
            }
    if (!suffix)
        suffix = ccdk_stack_url_suffix(b->node.stack);
    b->domain_name = ccdk_fmt(b, "%s.s3.%s", b->name, suffix);
    b->regional_domain_name = ccdk_fmt(b, "%s.s3.%s.%s", b->name, b->region, suffix);
    b->dual_stack_domain_name = ccdk_fmt(b, "%s.s3.dualstack.%s.%s", b->name, b->region, suffix);
}
