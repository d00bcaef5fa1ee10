/* An import's default bucketWebsiteUrl with '@aws-cdk/core:target-partitions' ["aws-xx"] (see app.js). */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/core:target-partitions", "[\"aws-xx\"]"})});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(stack, "Imported", "imported-bucket");
    ccdk_cfn_output_new(stack, "Url", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_website_url(bucket)});
    ccdk_cfn_output_new(stack, "Domain", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_website_domain_name(bucket)});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
