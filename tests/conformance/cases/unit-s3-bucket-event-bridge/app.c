/* bucket.enableEventBridgeNotification() (see app.js). */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
    ccdk_s3_bucket_enable_event_bridge_notification(bucket);
    ccdk_s3_bucket *twice = ccdk_s3_bucket_new(stack, "Twice", &(ccdk_s3_bucket_props){.event_bridge_enabled = CCDK_TRUE});
    ccdk_s3_bucket_enable_event_bridge_notification(twice);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
