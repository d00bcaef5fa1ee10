/* a filter with neither prefix nor suffix in a notification to a topic */
#include <ccdk/s3.h>
#include <ccdk/sns.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
    ccdk_s3_bucket_add_object_removed_notification(bucket, ccdk_s3_sns_destination(topic),
                                                   CCDK_S3_FILTERS({.prefix = "a/"}, {0}));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
