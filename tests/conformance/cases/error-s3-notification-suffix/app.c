/* two suffix rules in the filters of one notification to a queue */
#include <ccdk/s3.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
    ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
    ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, ccdk_s3_sqs_destination(queue),
                                          CCDK_S3_FILTERS({.suffix = ".png"}, {.suffix = ".zip"}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
