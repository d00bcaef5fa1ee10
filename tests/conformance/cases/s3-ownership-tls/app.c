/* s3.Bucket objectOwnership, enforceSSL with minimumTLSVersion (see app.js). */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "Enforced", &(ccdk_s3_bucket_props){.object_ownership = CCDK_S3_OBJECT_OWNERSHIP_BUCKET_OWNER_ENFORCED});
    ccdk_s3_bucket *preferred = ccdk_s3_bucket_new(stack, "Preferred", &(ccdk_s3_bucket_props){
        .object_ownership = CCDK_S3_OBJECT_OWNERSHIP_BUCKET_OWNER_PREFERRED});
    ccdk_s3_bucket_new(stack, "Writer", &(ccdk_s3_bucket_props){.object_ownership = CCDK_S3_OBJECT_OWNERSHIP_OBJECT_WRITER});
    ccdk_s3_bucket_new(stack, "Source", &(ccdk_s3_bucket_props){.server_access_logs_bucket = preferred, .server_access_logs_prefix = "logs/"});
    ccdk_s3_bucket_new(stack, "Tls", &(ccdk_s3_bucket_props){.enforce_ssl = CCDK_TRUE, .minimum_tls_version = 1.2});
    ccdk_s3_bucket_new(stack, "SslOnly", &(ccdk_s3_bucket_props){.enforce_ssl = CCDK_TRUE});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
