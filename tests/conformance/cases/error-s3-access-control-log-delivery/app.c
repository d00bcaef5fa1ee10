/* server access logs by ACL to a bucket whose accessControl is Private (@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy false after the CLI's context) */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.post_cli_context = CCDK_KVS({"@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", "false"})});
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){.access_control = CCDK_S3_ACCESS_CONTROL_PRIVATE, .server_access_logs_prefix = "logs/"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
