/* An imported bucket's default bucketWebsiteUrl and bucketWebsiteDomainName (see app.js). */
#include <ccdk/s3.h>

static void outputs(ccdk_stack *stack, const char *id, ccdk_s3_bucket *bucket)
{
    ccdk_cfn_output_new(stack, ccdk_fmt(stack, "%sUrl", id), &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_website_url(bucket)});
    ccdk_cfn_output_new(stack, ccdk_fmt(stack, "%sDomain", id),
                        &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_website_domain_name(bucket)});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *agnostic = ccdk_stack_new(app, "Agnostic", NULL);
    outputs(agnostic, "ByName", ccdk_s3_bucket_from_bucket_name(agnostic, "ByName", "by-name-bucket"));
    outputs(agnostic, "UsEast1", ccdk_s3_bucket_from_bucket_attributes(agnostic, "UsEast1", &(ccdk_s3_bucket_attributes){
        .bucket_name = "legacy-bucket", .region = "us-east-1"}));
    outputs(agnostic, "EuCentral1", ccdk_s3_bucket_from_bucket_attributes(agnostic, "EuCentral1", &(ccdk_s3_bucket_attributes){
        .bucket_name = "new-bucket", .region = "eu-central-1"}));
    outputs(agnostic, "CnNorth1", ccdk_s3_bucket_from_bucket_attributes(agnostic, "CnNorth1", &(ccdk_s3_bucket_attributes){
        .bucket_name = "china-bucket", .region = "cn-north-1"}));
    outputs(agnostic, "Unknown", ccdk_s3_bucket_from_bucket_attributes(agnostic, "Unknown", &(ccdk_s3_bucket_attributes){
        .bucket_name = "unknown-bucket", .region = "xx-east-1"}));
    outputs(agnostic, "NewFormat", ccdk_s3_bucket_from_bucket_attributes(agnostic, "NewFormat", &(ccdk_s3_bucket_attributes){
        .bucket_name = "new-format-bucket", .bucket_website_new_url_format = CCDK_TRUE}));
    outputs(agnostic, "OldFormat", ccdk_s3_bucket_from_bucket_attributes(agnostic, "OldFormat", &(ccdk_s3_bucket_attributes){
        .bucket_name = "old-format-bucket", .region = "eu-central-1", .bucket_website_new_url_format = CCDK_FALSE}));
    outputs(agnostic, "GivenUrl", ccdk_s3_bucket_from_bucket_attributes(agnostic, "GivenUrl", &(ccdk_s3_bucket_attributes){
        .bucket_name = "given-bucket", .bucket_website_url = "http://given-bucket.example.com/site"}));
    ccdk_s3_bucket *domains = ccdk_s3_bucket_from_bucket_attributes(agnostic, "Domains", &(ccdk_s3_bucket_attributes){
        .bucket_name = "domains-bucket",
        .bucket_domain_name = "d.example.com",
        .bucket_regional_domain_name = "r.example.com",
        .bucket_dual_stack_domain_name = "ds.example.com",
    });
    ccdk_cfn_output_new(agnostic, "DomainName", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_domain_name(domains)});
    ccdk_cfn_output_new(agnostic, "RegionalDomainName", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_regional_domain_name(domains)});
    ccdk_cfn_output_new(agnostic, "DualStackDomainName", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_dual_stack_domain_name(domains)});
    ccdk_cfn_output_new(agnostic, "VirtualHostedUrl", &(ccdk_cfn_output_props){
        .value = ccdk_s3_bucket_virtual_hosted_url_for_object(domains, "k", CCDK_UNSET)});

    ccdk_stack *specific = ccdk_stack_new(app, "Specific", &(ccdk_stack_props){
        .account = "123456789012", .region = "us-west-2"});
    outputs(specific, "ByName", ccdk_s3_bucket_from_bucket_name(specific, "ByName", "by-name-bucket"));
    outputs(specific, "EuWest2", ccdk_s3_bucket_from_bucket_attributes(specific, "EuWest2", &(ccdk_s3_bucket_attributes){
        .bucket_name = "london-bucket", .region = "eu-west-2"}));
    outputs(specific, "Unknown", ccdk_s3_bucket_from_bucket_attributes(specific, "Unknown", &(ccdk_s3_bucket_attributes){
        .bucket_name = "unknown-bucket", .region = "xx-east-1"}));

    ccdk_stack *elsewhere = ccdk_stack_new(app, "Elsewhere", &(ccdk_stack_props){
        .account = "123456789012", .region = "xx-north-9"});
    outputs(elsewhere, "ByName", ccdk_s3_bucket_from_bucket_name(elsewhere, "ByName", "by-name-bucket"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
