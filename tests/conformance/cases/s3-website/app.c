/* s3.Bucket's static website configuration and attributes (see app.js). */
#include <stdio.h>

#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *site = ccdk_s3_bucket_new(stack, "Website", &(ccdk_s3_bucket_props){
        .website_index_document = "index.html",
        .website_error_document = "error.html",
        .website_routing_rules = CCDK_LIST_OF(ccdk_s3_routing_rule,
            {
                .host_name = "www.example.com",
                .http_redirect_code = "302",
                .protocol = CCDK_S3_REDIRECT_PROTOCOL_HTTPS,
                .replace_key = {.prefix_with_key = "test/"},
                .condition = &(ccdk_s3_routing_rule_condition){.http_error_code_returned_equals = "200",
                                                               .key_prefix_equals = "prefix"},
            },
            {.replace_key = {.with_key = "error.html"}, .protocol = CCDK_S3_REDIRECT_PROTOCOL_HTTP},
            {.condition = &(ccdk_s3_routing_rule_condition){.key_prefix_equals = "docs/"}},
            {0}),
    });
    ccdk_s3_bucket *redirect = ccdk_s3_bucket_new(stack, "Redirect", &(ccdk_s3_bucket_props){
        .website_redirect = &(ccdk_s3_redirect_target){"www.example.com", CCDK_S3_REDIRECT_PROTOCOL_HTTPS}});
    ccdk_s3_bucket_new(stack, "RedirectHostOnly", &(ccdk_s3_bucket_props){
        .website_redirect = &(ccdk_s3_redirect_target){.host_name = "example.org"}});
    ccdk_s3_bucket_new(stack, "IndexOnly", &(ccdk_s3_bucket_props){.website_index_document = "index.html"});
    ccdk_s3_bucket_new(stack, "NoRules", &(ccdk_s3_bucket_props){.website_routing_rules = CCDK_EMPTY_LIST});
    ccdk_s3_bucket *plain = ccdk_s3_bucket_new(stack, "Plain", NULL);
    ccdk_s3_bucket *imported = ccdk_s3_bucket_from_bucket_attributes(stack, "Imported", &(ccdk_s3_bucket_attributes){
        .bucket_name = "my-site",
        .bucket_website_url = "http://my-site.s3-website-us-east-1.amazonaws.com",
        .is_website = CCDK_TRUE,
    });
    ccdk_cfn_output_new(stack, "Url", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_website_url(site)});
    ccdk_cfn_output_new(stack, "Domain", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_website_domain_name(site)});
    ccdk_cfn_output_new(stack, "RedirectDomain",
                        &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_website_domain_name(redirect)});
    ccdk_cfn_output_new(stack, "PlainUrl", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_website_url(plain)});
    ccdk_cfn_output_new(stack, "ImportedUrl", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_website_url(imported)});
    ccdk_cfn_output_new(stack, "ImportedDomain",
                        &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_website_domain_name(imported)});
    char is_website[64];
    snprintf(is_website, sizeof is_website, "%s,%s,%s,%s", ccdk_s3_bucket_is_website(site) ? "true" : "false",
             ccdk_s3_bucket_is_website(redirect) ? "true" : "false", ccdk_s3_bucket_is_website(plain) ? "true" : "false",
             ccdk_s3_bucket_is_website(imported) ? "true" : "false");
    ccdk_cfn_output_new(stack, "IsWebsite", &(ccdk_cfn_output_props){.value = is_website});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
