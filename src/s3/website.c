/* website.c - a bucket's static website (aws-cdk-lib/aws-s3/lib/bucket.js renderWebsiteConfiguration,
 * bucketWebsiteUrl, and bucket-reflection.js's bucketWebsiteDomainName and isWebsite). */
#include "s3_internal.h"

/* JavaScript's truthiness of an optional string: "" is as good as not given */
static int given(const char *s) { return s && *s; }

static void set_str(ccdk_app *app, ccdk_value *o, const char *key, const char *s)
{
    if (s)
        ccdk__v_set(o, key, ccdk__v_from_string(app, s));
}

/* one RoutingRule: the redirect always (maybe empty), the condition when given */
static ccdk_value *routing_rule(ccdk_s3_bucket *b, const ccdk_s3_routing_rule *r)
{
    ccdk_app *app = b->node.app;
    if (r->condition && !r->condition->http_error_code_returned_equals && !r->condition->key_prefix_equals) {
        ccdk__error(b, "The condition property cannot be an empty object");
        return NULL;
    }
    ccdk_value *out = ccdk__v_obj(app), *redirect = ccdk__v_obj(app);
    set_str(app, redirect, "HostName", r->host_name);
    set_str(app, redirect, "HttpRedirectCode", r->http_redirect_code);
    set_str(app, redirect, "Protocol", r->protocol);
    set_str(app, redirect, "ReplaceKeyPrefixWith", r->replace_key.prefix_with_key);
    set_str(app, redirect, "ReplaceKeyWith", r->replace_key.with_key);
    ccdk__v_set(out, "RedirectRule", redirect);
    if (r->condition) {
        ccdk_value *cond = ccdk__v_obj(app);
        set_str(app, cond, "HttpErrorCodeReturnedEquals", r->condition->http_error_code_returned_equals);
        set_str(app, cond, "KeyPrefixEquals", r->condition->key_prefix_equals);
        ccdk__v_set(out, "RoutingRuleCondition", cond);
    }
    return out;
}

ccdk_value *ccdk__s3_website_configuration(ccdk_s3_bucket *b, const ccdk_s3_bucket_props *p)
{
    ccdk_app *app = b->node.app;
    int rules_given = CCDK__GIVEN(p->website_routing_rules); /* [] is truthy */
    if (!given(p->website_error_document) && !given(p->website_index_document) && !p->website_redirect && !rules_given)
        return NULL;
    if (given(p->website_error_document) && !given(p->website_index_document)) {
        ccdk__error(b, "\"websiteIndexDocument\" is required if \"websiteErrorDocument\" is set");
        return NULL;
    }
    if (p->website_redirect && (given(p->website_error_document) || given(p->website_index_document) || rules_given)) {
        ccdk__error(b, "\"websiteIndexDocument\", \"websiteErrorDocument\" and, \"websiteRoutingRules\" cannot be set if "
                       "\"websiteRedirect\" is used");
        return NULL;
    }
    ccdk_value *rules = NULL;
    if (rules_given) {
        rules = ccdk__v_list(app);
        for (size_t i = 0, n = CCDK__LEN(p->website_routing_rules, "website_routing_rules"); i < n; i++) {
            ccdk_value *r = routing_rule(b, &p->website_routing_rules.items[i]);
            if (!r)
                return NULL;
            ccdk__v_push(rules, r);
        }
    }
    ccdk_value *o = ccdk__v_obj(app);
    set_str(app, o, "ErrorDocument", p->website_error_document);
    set_str(app, o, "IndexDocument", p->website_index_document);
    if (p->website_redirect) {
        if (!p->website_redirect->host_name) {
            ccdk__error(b, "websiteRedirect.hostName is required");
            return NULL;
        }
        ccdk_value *to = ccdk__v_obj(app);
        set_str(app, to, "HostName", p->website_redirect->host_name);
        set_str(app, to, "Protocol", p->website_redirect->protocol);
        ccdk__v_set(o, "RedirectAllRequestsTo", to);
    }
    if (rules)
        ccdk__v_set(o, "RoutingRules", rules);
    return o;
}

const char *ccdk_s3_bucket_website_url(ccdk_s3_bucket *b) { return ccdk__handle_ok(b, __func__) && b ? b->website_url : NULL; }

const char *ccdk_s3_bucket_website_domain_name(ccdk_s3_bucket *b)
{
    if (!ccdk__handle_ok(b, __func__) || !b)
        return NULL;
    if (b->website_domain_name)
        return b->website_domain_name;
    return ccdk_fn_select(b, 2, ccdk_fn_split(b, "/", b->website_url));
}

int ccdk_s3_bucket_is_website(const ccdk_s3_bucket *b) { return ccdk__node_of(b) ? b->is_website : 0; }
