/* Conformance case 'ported-notifications-tests': aws-s3-notifications' notifications.test.ts, a stack
 * per test, the first in the stack a NULL id makes ('Default'): see app.js. */
#include <ccdk/core.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>

typedef struct {
    ccdk_s3_bucket_notification_destination_type type;
    const char *arn;
    ccdk_cfn_resource *dependency;
} target;

static ccdk_s3_bucket_notification_destination_config bind(ccdk_construct *scope, ccdk_s3_bucket *bucket, void *ctx)
{
    (void)scope;
    (void)bucket;
    const target *t = ctx;
    return (ccdk_s3_bucket_notification_destination_config){
        .type = t->type,
        .arn = t->arn,
        .dependencies = {t->dependency ? CCDK_CONSTRUCT(t->dependency) : NULL},
    };
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    /* 'bucket without notifications' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
        ccdk_s3_bucket_new(stack, "MyBucket", NULL);
    }
    /* 'notifications can be added to imported buckets' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedBuckets", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(stack, "MyBucket", "mybucket");
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "MyTopic", NULL);
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, ccdk_s3_sns_destination(topic),
                                              CCDK_S3_NO_FILTERS);
    }
    /* 'when notification are added, a custom resource is provisioned + a lambda handler for it' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Provisioned", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "MyTopic", NULL);
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, ccdk_s3_sns_destination(topic),
                                              CCDK_S3_NO_FILTERS);
    }
    /* 'when notification are added, you can tag the lambda' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TagTheLambda", NULL);
        ccdk_tags_add(stack, "Lambda", "AreTagged");
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "MyTopic", NULL);
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, ccdk_s3_sns_destination(topic),
                                              CCDK_S3_NO_FILTERS);
    }
    /* 'bucketNotificationTarget is not called during synthesis' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TopicFirst", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
        ccdk_s3_bucket_add_object_created_notification(bucket, ccdk_s3_sns_destination(topic), CCDK_S3_NO_FILTERS);
    }
    /* 'subscription types' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SubscriptionTypes", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "TestBucket", NULL);
        static target queue_target = {CCDK_S3_DESTINATION_QUEUE, "arn:aws:sqs:...", NULL};
        static target lambda_target = {CCDK_S3_DESTINATION_LAMBDA, "arn:aws:lambda:...", NULL};
        static target topic_target = {CCDK_S3_DESTINATION_TOPIC, "arn:aws:sns:...", NULL};
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED,
                                              ccdk_s3_notification_destination_new(stack, bind, &queue_target),
                                              CCDK_S3_NO_FILTERS);
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED,
                                              ccdk_s3_notification_destination_new(stack, bind, &lambda_target),
                                              CCDK_S3_NO_FILTERS);
        ccdk_s3_bucket_add_object_removed_notification(bucket,
                                                       ccdk_s3_notification_destination_new(stack, bind, &topic_target),
                                                       CCDK_S3_FILTERS({.prefix = "prefix"}));
    }
    /* 'multiple subscriptions of the same type' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SameType", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "TestBucket", NULL);
        static target queue1 = {CCDK_S3_DESTINATION_QUEUE, "arn:aws:sqs:...:queue1", NULL};
        static target queue2 = {CCDK_S3_DESTINATION_QUEUE, "arn:aws:sqs:...:queue2", NULL};
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_REMOVED_DELETE,
                                              ccdk_s3_notification_destination_new(stack, bind, &queue1),
                                              CCDK_S3_NO_FILTERS);
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_REMOVED_DELETE,
                                              ccdk_s3_notification_destination_new(stack, bind, &queue2),
                                              CCDK_S3_NO_FILTERS);
    }
    /* 'prefix/suffix filters' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PrefixSuffix", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "TestBucket", NULL);
        static target bucket_notification_target = {CCDK_S3_DESTINATION_QUEUE, "arn:aws:sqs:...", NULL};
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_REMOVED_DELETE,
                                              ccdk_s3_notification_destination_new(stack, bind, &bucket_notification_target),
                                              CCDK_S3_FILTERS({.prefix = "images/", .suffix = ".jpg"}));
    }
    /* 'a notification destination can specify a set of dependencies that must be resolved before the
     * notifications resource is created' */
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Dependencies", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_cfn_resource *dependent = ccdk_cfn_resource_new(stack, "Dependent", "DependOnMe", NULL);
        static target dest = {CCDK_S3_DESTINATION_QUEUE, "arn", NULL};
        dest.dependency = dependent;
        ccdk_s3_bucket_add_object_created_notification(bucket, ccdk_s3_notification_destination_new(stack, bind, &dest),
                                                       CCDK_S3_NO_FILTERS);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
