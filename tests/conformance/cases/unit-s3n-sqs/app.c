/* s3n.SqsDestination (aws-s3-notifications/test/queue.test.ts): see app.js. */
#include <ccdk/kms.h>
#include <ccdk/s3.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "QueueDestination", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_s3_bucket_add_object_removed_notification(bucket, ccdk_s3_sqs_destination(queue), CCDK_S3_NO_FILTERS);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EncryptedQueue", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_sqs_queue *queue =
            ccdk_sqs_queue_new(stack, "Queue", &(ccdk_sqs_queue_props){.encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS});
        ccdk_s3_bucket_add_object_created_notification(bucket, ccdk_s3_sqs_destination(queue), CCDK_S3_NO_FILTERS);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedKey", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_kms_key *key = ccdk_kms_key_from_key_arn(
            stack, "ImportedKey", "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(
            stack, "Queue",
            &(ccdk_sqs_queue_props){.encryption = CCDK_SQS_QUEUE_ENCRYPTION_KMS, .encryption_master_key = key});
        ccdk_s3_bucket_add_object_created_notification(bucket, ccdk_s3_sqs_destination(queue), CCDK_S3_NO_FILTERS);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Several", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_kms_key *key = ccdk_kms_key_new(stack, "Key", NULL);
        ccdk_sqs_queue *q1 = ccdk_sqs_queue_new(stack, "Q1", &(ccdk_sqs_queue_props){.encryption_master_key = key});
        ccdk_sqs_queue *q2 = ccdk_sqs_queue_new(stack, "Q2", NULL);
        ccdk_sqs_queue *imported =
            ccdk_sqs_queue_from_queue_arn(stack, "Imported", "arn:aws:sqs:us-east-1:123456789012:queue1");
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED_PUT, ccdk_s3_sqs_destination(q1),
                                              CCDK_S3_FILTERS({.prefix = "in/"}));
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_REMOVED, ccdk_s3_sqs_destination(q1),
                                              CCDK_S3_FILTERS({.suffix = ".txt"}));
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_RESTORE_COMPLETED, ccdk_s3_sqs_destination(q2),
                                              CCDK_S3_FILTERS({.prefix = "a/", .suffix = ".b"}));
        ccdk_s3_bucket_add_object_created_notification(bucket, ccdk_s3_sqs_destination(imported), CCDK_S3_NO_FILTERS);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedBucket", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_name(stack, "Bucket", "my-bucket");
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
        ccdk_s3_bucket_add_object_created_notification(bucket, ccdk_s3_sqs_destination(queue),
                                                       CCDK_S3_FILTERS({.prefix = "x/"}));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
