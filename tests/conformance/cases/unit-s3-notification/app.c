/* Bucket notifications to destinations of one's own (aws-s3/test/notification.test.ts): see app.js. */
#include <ccdk/iam.h>
#include <ccdk/s3.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

typedef struct {
    const char *arn;
    ccdk_s3_bucket_notification_destination_type type;
    ccdk_sqs_queue *dependency;
} dest_ctx;

static ccdk_s3_bucket_notification_destination_config bind(ccdk_construct *scope, ccdk_s3_bucket *bucket, void *ctx)
{
    (void)scope;
    (void)bucket;
    dest_ctx *d = ctx;
    if (d->dependency)
        return (ccdk_s3_bucket_notification_destination_config){
            .arn = ccdk_sqs_queue_arn(d->dependency),
            .type = d->type,
            .dependencies = {CCDK_CONSTRUCT(d->dependency)},
        };
    return (ccdk_s3_bucket_notification_destination_config){.arn = d->arn, .type = d->type};
}

#define IMPORTED_ROLE_ARN "arn:aws:iam::111111111111:role/DevsNotAllowedToTouch"

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    static dest_ctx topic_ctx = {"ARN", CCDK_S3_DESTINATION_TOPIC, NULL};
    ccdk_s3_notification_destination *topic_dest = ccdk_s3_notification_destination_new(app, bind, &topic_ctx);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Provisioned", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, topic_dest, CCDK_S3_NO_FILTERS);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "ImportedRole", NULL);
        ccdk_iam_role *role = ccdk_iam_role_from_role_arn(stack, "role", IMPORTED_ROLE_ARN);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_attributes(
            stack, "MyBucket", &(ccdk_s3_bucket_attributes){.bucket_name = "foo-bar", .notifications_handler_role = role});
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, topic_dest, CCDK_S3_NO_FILTERS);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "NoRole", NULL);
        ccdk_s3_bucket *bucket =
            ccdk_s3_bucket_from_bucket_attributes(stack, "MyBucket", &(ccdk_s3_bucket_attributes){.bucket_name = "foo-bar"});
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, topic_dest, CCDK_S3_NO_FILTERS);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "GivenRole", NULL);
        ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "someservice.amazonaws.com")});
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_from_bucket_attributes(
            stack, "MyBucket", &(ccdk_s3_bucket_attributes){.bucket_name = "foo-bar", .notifications_handler_role = role});
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, topic_dest, CCDK_S3_NO_FILTERS);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Filters", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, topic_dest,
                                              CCDK_S3_FILTERS({.prefix = "images/", .suffix = ".png"}));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PolicyBefore", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", &(ccdk_s3_bucket_props){.enforce_ssl = CCDK_TRUE});
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, topic_dest, CCDK_S3_NO_FILTERS);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PolicyAfter", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, topic_dest, CCDK_S3_NO_FILTERS);
        ccdk_s3_bucket_add_to_resource_policy(
            bucket, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
                                                             .resources = CCDK_STRS(ccdk_s3_bucket_arn(bucket)),
                                                             .actions = CCDK_STRS("s3:GetBucketAcl"),
                                                             .principals = CCDK_LIST(ccdk_iam_any_principal(stack)),
                                                         }));
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "EventBridge", NULL);
        ccdk_s3_bucket_new(stack, "MyBucket", &(ccdk_s3_bucket_props){.event_bridge_enabled = CCDK_TRUE});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "KeepNotification", NULL);
        ccdk_node_set_context(stack, "@aws-cdk/aws-s3:keepNotificationInImportedBucket", "true");
        ccdk_s3_bucket_new(stack, "MyBucket", &(ccdk_s3_bucket_props){.event_bridge_enabled = CCDK_TRUE});
    }
    static const char *const skip_ids[] = {"SkipDefault", "SkipTrue", "SkipFalse"};
    static const ccdk_tristate skips[] = {CCDK_UNSET, CCDK_TRUE, CCDK_FALSE};
    for (int i = 0; i < 3; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, skip_ids[i], NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", &(ccdk_s3_bucket_props){
            .bucket_name = "foo-bar", .notifications_skip_destination_validation = skips[i]});
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED, topic_dest, CCDK_S3_NO_FILTERS);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PerBucketPolicies", NULL);
        ccdk_s3_bucket *bucket1 = ccdk_s3_bucket_new(stack, "Bucket1", NULL);
        ccdk_s3_bucket *bucket2 = ccdk_s3_bucket_new(stack, "Bucket2", NULL);
        ccdk_s3_bucket *bucket3 = ccdk_s3_bucket_from_bucket_attributes(
            stack, "ImportedBucket", &(ccdk_s3_bucket_attributes){.bucket_name = "imported-bucket"});
        static dest_ctx c1 = {"ARN1", CCDK_S3_DESTINATION_TOPIC, NULL}, c2 = {"ARN2", CCDK_S3_DESTINATION_QUEUE, NULL},
                        c3 = {"ARN3", CCDK_S3_DESTINATION_LAMBDA, NULL};
        ccdk_s3_bucket_add_event_notification(bucket1, CCDK_S3_OBJECT_CREATED, ccdk_s3_notification_destination_new(stack, bind, &c1),
                                              CCDK_S3_NO_FILTERS);
        ccdk_s3_bucket_add_event_notification(bucket2, CCDK_S3_OBJECT_REMOVED, ccdk_s3_notification_destination_new(stack, bind, &c2),
                                              CCDK_S3_NO_FILTERS);
        ccdk_s3_bucket_add_event_notification(bucket3, CCDK_S3_OBJECT_CREATED, ccdk_s3_notification_destination_new(stack, bind, &c3),
                                              CCDK_S3_NO_FILTERS);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "SharedDestination", NULL);
        ccdk_s3_bucket *bucket1 = ccdk_s3_bucket_new(stack, "Bucket1", NULL);
        ccdk_s3_bucket *bucket2 = ccdk_s3_bucket_new(stack, "Bucket2", NULL);
        ccdk_s3_bucket_add_event_notification(bucket1, CCDK_S3_OBJECT_CREATED, topic_dest, CCDK_S3_NO_FILTERS);
        ccdk_s3_bucket_add_event_notification(bucket2, CCDK_S3_OBJECT_CREATED, topic_dest, CCDK_S3_NO_FILTERS);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "Mixed", NULL);
        ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "MyBucket", NULL);
        ccdk_sqs_queue *queue = ccdk_sqs_queue_new(stack, "Queue", NULL);
        ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Topic", NULL);
        ccdk_sqs_queue *other = ccdk_sqs_queue_new(stack, "Other", NULL);
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_CREATED_PUT, ccdk_s3_sns_destination(topic),
                                              CCDK_S3_FILTERS({.suffix = ".jpg"}));
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_REMOVED_DELETE, ccdk_s3_sqs_destination(queue),
                                              CCDK_S3_NO_FILTERS);
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_OBJECT_TAGGING, ccdk_s3_sns_destination(topic),
                                              CCDK_S3_NO_FILTERS);
        static dest_ctx oc = {NULL, CCDK_S3_DESTINATION_QUEUE, NULL};
        oc.dependency = other;
        ccdk_s3_bucket_add_event_notification(bucket, CCDK_S3_REPLICATION, ccdk_s3_notification_destination_new(stack, bind, &oc),
                                              CCDK_S3_FILTERS({.prefix = "r/"}));
        ccdk_s3_bucket_add_object_removed_notification(bucket, ccdk_s3_sqs_destination(queue),
                                                       CCDK_S3_FILTERS({.prefix = "p/", .suffix = ".s"}));
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
