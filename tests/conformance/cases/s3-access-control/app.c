/* s3.Bucket accessControl with its ownership controls, bucketNamePrefix and bucketNamespace (see app.js). */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "Private", &(ccdk_s3_bucket_props){.access_control = CCDK_S3_ACCESS_CONTROL_PRIVATE});
    ccdk_s3_bucket_new(stack, "PublicRead", &(ccdk_s3_bucket_props){.access_control = CCDK_S3_ACCESS_CONTROL_PUBLIC_READ});
    ccdk_s3_bucket_new(stack, "AuthRead", &(ccdk_s3_bucket_props){
        .access_control = CCDK_S3_ACCESS_CONTROL_AUTHENTICATED_READ,
        .object_ownership = CCDK_S3_OBJECT_OWNERSHIP_BUCKET_OWNER_PREFERRED,
    });
    ccdk_s3_bucket_new(stack, "FullControl", &(ccdk_s3_bucket_props){
        .access_control = CCDK_S3_ACCESS_CONTROL_BUCKET_OWNER_FULL_CONTROL,
        .object_ownership = CCDK_S3_OBJECT_OWNERSHIP_BUCKET_OWNER_ENFORCED,
    });
    ccdk_s3_bucket_new(stack, "ExecRead", &(ccdk_s3_bucket_props){.access_control = CCDK_S3_ACCESS_CONTROL_AWS_EXEC_READ});
    ccdk_s3_bucket_new(stack, "Logs", &(ccdk_s3_bucket_props){
        .access_control = CCDK_S3_ACCESS_CONTROL_LOG_DELIVERY_WRITE,
        .server_access_logs_prefix = "logs/",
    });
    ccdk_s3_bucket_new(stack, "Prefixed", &(ccdk_s3_bucket_props){
        .bucket_name_prefix = "my-app-1",
        .bucket_namespace = CCDK_S3_BUCKET_NAMESPACE_ACCOUNT_REGIONAL,
    });
    ccdk_s3_bucket_new(stack, "Global", &(ccdk_s3_bucket_props){
        .bucket_name = "my-global-bucket", .bucket_namespace = CCDK_S3_BUCKET_NAMESPACE_GLOBAL});
    ccdk_s3_bucket_new(stack, "GlobalOnly", &(ccdk_s3_bucket_props){.bucket_namespace = CCDK_S3_BUCKET_NAMESPACE_GLOBAL});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
