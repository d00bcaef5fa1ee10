/* Conformance case 'error-ported-notification-multiple-suffix': notification.test.ts 'throws with multiple suffix rules in a filter' in
 * the stack a NULL id makes ('Default'): see app.js. */
#include <ccdk/s3.h>

static ccdk_s3_bucket_notification_destination_config bind(ccdk_construct *scope, ccdk_s3_bucket *bucket, void *ctx)
{
    (void)scope;
    (void)bucket;
    (void)ctx;
    return (ccdk_s3_bucket_notification_destination_config){
        .arn = "ARN",
        .type = CCDK_S3_DESTINATION_TOPIC,
    };
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
    ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, ccdk_s3_notification_destination_new(stack, bind, NULL),
                                          CCDK_S3_FILTERS({.suffix = ".png"}, {.suffix = ".zip"}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
