/* error-s3-minimum-tls-without-enforce-ssl: minimumTLSVersion on a bucket without enforceSSL. */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "MyBucket", &(ccdk_s3_bucket_props){.minimum_tls_version = 1.2});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
