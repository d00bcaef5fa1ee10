/* CORS rules, metrics, object lock retention, object URLs, grantPutAcl and grantPublicAccess (see
 * app.js). */
#include <ccdk/lambda.h>
#include <ccdk/s3.h>

static void out(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_asset(stack, "lambda-handler", NULL),
    });
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){
        .cors = CCDK_LIST_OF(ccdk_s3_cors_rule, {
            .id = "myCORSRule",
            .max_age = CCDK_NUM(3600),
            .allowed_headers = CCDK_STRS("*"),
            .allowed_methods = CCDK_STRS(CCDK_S3_HTTP_GET, CCDK_S3_HTTP_HEAD),
            .allowed_origins = CCDK_STRS("https://example.com", "https://example.org"),
            .exposed_headers = CCDK_STRS("ETag", "x-amz-request-id"),
        }),
        .metrics = CCDK_LIST_OF(ccdk_s3_bucket_metrics, {.id = "EntireBucket"}),
        .object_lock_default_retention = {CCDK_S3_OBJECT_LOCK_GOVERNANCE, ccdk_duration_days(30)},
    });
    ccdk_s3_bucket_add_cors_rule(bucket, &(ccdk_s3_cors_rule){
        .allowed_methods = CCDK_STRS(CCDK_S3_HTTP_PUT, CCDK_S3_HTTP_POST, CCDK_S3_HTTP_DELETE),
        .allowed_origins = CCDK_STRS("*"),
    });
    ccdk_s3_bucket_add_metric(bucket, &(ccdk_s3_bucket_metrics){
        .id = "Filtered", .prefix = "logs/", .tag_filters = CCDK_KVS({"tagA", "a"}, {"tagB", "b"})});
    ccdk_s3_bucket_grant_put_acl(bucket, fn, NULL);
    ccdk_s3_bucket_grant_put_acl(bucket, fn, "public/*");
    out(stack, "Url", ccdk_s3_bucket_url_for_object(bucket, "my/file.txt"));
    out(stack, "UrlNoKey", ccdk_s3_bucket_url_for_object(bucket, NULL));
    out(stack, "UrlSlash", ccdk_s3_bucket_url_for_object(bucket, "/leading.txt"));
    out(stack, "Virtual", ccdk_s3_bucket_virtual_hosted_url_for_object(bucket, "my/file.txt", CCDK_UNSET));
    out(stack, "VirtualGlobal", ccdk_s3_bucket_virtual_hosted_url_for_object(bucket, "my/file.txt", CCDK_FALSE));
    out(stack, "VirtualNoKey", ccdk_s3_bucket_virtual_hosted_url_for_object(bucket, NULL, CCDK_UNSET));
    out(stack, "S3Url", ccdk_s3_bucket_s3_url_for_object(bucket, "my/file.txt"));
    out(stack, "S3UrlNoKey", ccdk_s3_bucket_s3_url_for_object(bucket, NULL));
    out(stack, "Accel", ccdk_s3_bucket_transfer_acceleration_url_for_object(bucket, "my/file.txt", CCDK_UNSET));
    out(stack, "AccelDual", ccdk_s3_bucket_transfer_acceleration_url_for_object(bucket, "/my/file.txt", CCDK_TRUE));
    out(stack, "AccelNoKey", ccdk_s3_bucket_transfer_acceleration_url_for_object(bucket, NULL, CCDK_UNSET));
    out(stack, "DomainName", ccdk_s3_bucket_domain_name(bucket));
    out(stack, "DualStack", ccdk_s3_bucket_dual_stack_domain_name(bucket));
    ccdk_s3_bucket *named = ccdk_s3_bucket_from_bucket_name(stack, "Named", "my-bucket");
    out(stack, "NamedUrl", ccdk_s3_bucket_url_for_object(named, "key"));
    out(stack, "NamedVirtual", ccdk_s3_bucket_virtual_hosted_url_for_object(named, "key", CCDK_UNSET));
    out(stack, "NamedGlobal", ccdk_s3_bucket_virtual_hosted_url_for_object(named, "key", CCDK_FALSE));
    ccdk_s3_bucket *in_region = ccdk_s3_bucket_from_bucket_attributes(stack, "InRegion", &(ccdk_s3_bucket_attributes){
        .bucket_name = "my-cn-bucket", .region = "cn-north-1"});
    out(stack, "InRegionUrl", ccdk_s3_bucket_url_for_object(in_region, "key"));
    out(stack, "InRegionVirtual", ccdk_s3_bucket_virtual_hosted_url_for_object(in_region, "key", CCDK_UNSET));
    out(stack, "InRegionDual", ccdk_s3_bucket_dual_stack_domain_name(in_region));
    ccdk_s3_bucket *unknown = ccdk_s3_bucket_from_bucket_attributes(stack, "Unknown", &(ccdk_s3_bucket_attributes){
        .bucket_name = "my-far-bucket", .region = "xx-far-1"});
    out(stack, "UnknownVirtual", ccdk_s3_bucket_virtual_hosted_url_for_object(unknown, "key", CCDK_UNSET));
    ccdk_s3_bucket *website = ccdk_s3_bucket_new(stack, "Website", &(ccdk_s3_bucket_props){
        .block_public_access = CCDK_S3_BLOCK_ACLS_ONLY, .public_read_access = CCDK_TRUE});
    ccdk_s3_bucket_grant_public_access(website, "only/access/these/*", CCDK_STRS("s3:GetObject", "s3:PutObject"));
    ccdk_s3_bucket *open = ccdk_s3_bucket_new(stack, "Open", &(ccdk_s3_bucket_props){
        .block_public_access = &(ccdk_s3_block_public_access){.block_public_policy = CCDK_FALSE,
                                                              .restrict_public_buckets = CCDK_FALSE}});
    ccdk_s3_bucket_grant_public_access(open, NULL, (ccdk_strs)CCDK_EMPTY_LIST);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
