/* ported-notifications-cloudwatch-events: aws-s3-notifications' notifications.test.ts
 * describe('CloudWatch Events') ported literally (see app.js): a stack per test, the first the
 * Default stack (a NULL id); the tests' target of their own is ccdk_events_rule_target_of. */
#include <ccdk/events.h>
#include <ccdk/s3.h>

static ccdk_s3_bucket *imported_bucket(ccdk_stack *stack)
{
    return ccdk_s3_bucket_from_bucket_attributes(stack, "Bucket", &(ccdk_s3_bucket_attributes){.bucket_name = "mybucket"});
}

/* { bind: () => ({ arn: 'ARN', id: '' }) } */
static ccdk_events_rule_target *target(ccdk_stack *stack)
{
    return ccdk_events_rule_target_of(stack, &(ccdk_events_rule_target_config){.arn = "ARN", .id = ""});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
        ccdk_s3_bucket_on_cloud_trail_put_object(imported_bucket(stack), "PutRule",
                                                 &(ccdk_s3_on_cloud_trail_bucket_event_options){.target = target(stack)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "PutObjectPath", NULL);
        ccdk_s3_bucket_on_cloud_trail_put_object(imported_bucket(stack), "PutRule",
                                                 &(ccdk_s3_on_cloud_trail_bucket_event_options){
                                                     .target = target(stack),
                                                     .paths = CCDK_STRS("my/path.zip"),
                                                 });
    }
    const char *write_ids[] = {"WriteObjectEvents", "WriteObjectBucketName"};
    for (int i = 0; i < 2; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, write_ids[i], NULL);
        ccdk_s3_bucket_on_cloud_trail_write_object(imported_bucket(stack), "OnCloudTrailWriteObjectRule",
                                                   &(ccdk_s3_on_cloud_trail_bucket_event_options){.target = target(stack)});
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "WriteObjectPath", NULL);
        ccdk_s3_bucket_on_cloud_trail_write_object(imported_bucket(stack), "OnCloudTrailWriteObjectRule",
                                                   &(ccdk_s3_on_cloud_trail_bucket_event_options){
                                                       .target = target(stack),
                                                       .paths = CCDK_STRS("my/path.zip"),
                                                   });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
