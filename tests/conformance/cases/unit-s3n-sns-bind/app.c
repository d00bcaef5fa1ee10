/* s3n.SnsDestination bound directly (aws-s3-notifications/test/sns.test.ts): see app.js. */
#include <ccdk/kms.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>

#define FLAG "@aws-cdk/s3-notifications:addS3TrustKeyPolicyForSnsSubscriptions"

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "OncePerBucket", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "MyTopic", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_s3_bucket *bucket2 = ccdk_s3_bucket_new(stack, "Bucket2", NULL);
        ccdk_s3_notification_destination_bind(ccdk_s3_sns_destination(topic), bucket, bucket);
        ccdk_s3_notification_destination_bind(ccdk_s3_sns_destination(topic), bucket, bucket);
        ccdk_s3_notification_destination_bind(ccdk_s3_sns_destination(topic), bucket2, bucket2);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EncryptedTopic", NULL);
        ccdk_node_set_context(stack, FLAG, "true");
        ccdk_sns_topic *topic =
            ccdk_sns_topic_new(stack, "Topic", &(ccdk_sns_topic_props){.master_key = ccdk_kms_key_new(stack, "Key", NULL)});
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_s3_notification_destination_bind(ccdk_s3_sns_destination(topic), bucket, bucket);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EncryptedTopicNoFlag", NULL);
        ccdk_sns_topic *topic =
            ccdk_sns_topic_new(stack, "Topic", &(ccdk_sns_topic_props){.master_key = ccdk_kms_key_new(stack, "Key", NULL)});
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_s3_notification_destination_bind(ccdk_s3_sns_destination(topic), bucket, bucket);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedKey", NULL);
        ccdk_node_set_context(stack, FLAG, "true");
        ccdk_kms_key *key = ccdk_kms_key_from_key_arn(
            stack, "ImportedKey", "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", &(ccdk_sns_topic_props){.master_key = key});
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
        ccdk_s3_notification_destination_bind(ccdk_s3_sns_destination(topic), bucket, bucket);
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
