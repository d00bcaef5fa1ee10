/* lifecycle rules as aws-cdk's rules.test.ts and bucket.test.ts write them (see app.js). */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket_new(stack, "Bucket", &(ccdk_s3_bucket_props){
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {.expiration = ccdk_duration_days(30)}),
    });
    ccdk_s3_bucket *added = ccdk_s3_bucket_new(stack, "Added", NULL);
    ccdk_s3_bucket_add_lifecycle_rule(added, &(ccdk_s3_lifecycle_rule){.expiration = ccdk_duration_days(30)});
    ccdk_s3_bucket_new(stack, "Dated", &(ccdk_s3_bucket_props){
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {.expiration_date = "2018-01-01"}),
    });
    ccdk_s3_bucket_new(stack, "Transitions", &(ccdk_s3_bucket_props){
        .transition_default_minimum_object_size = "varies_by_storage_class",
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {
            .id = "archive",
            .prefix = "logs/",
            .transitions = CCDK_LIST_OF(ccdk_s3_transition,
                {.storage_class = CCDK_S3_STORAGE_CLASS_GLACIER, .transition_after = ccdk_duration_days(30)},
                {.storage_class = CCDK_S3_STORAGE_CLASS_DEEP_ARCHIVE, .transition_date = "2030-06-01T12:30:00Z"},
                {.storage_class = CCDK_S3_STORAGE_CLASS_INFREQUENT_ACCESS, .transition_after = ccdk_duration_hours(24 * 60)}),
        }),
    });
    ccdk_s3_bucket_new(stack, "Marker", &(ccdk_s3_bucket_props){
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {.expired_object_delete_marker = CCDK_TRUE}),
    });
    ccdk_s3_bucket_new(stack, "Bucket1", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {
            .noncurrent_version_expiration = ccdk_duration_days(10),
            .noncurrent_version_transitions = CCDK_LIST_OF(ccdk_s3_noncurrent_version_transition, {
                .storage_class = CCDK_S3_STORAGE_CLASS_GLACIER_INSTANT_RETRIEVAL,
                .transition_after = ccdk_duration_days(10),
                .noncurrent_versions_to_retain = CCDK_NUM(1),
            }),
        }, {
            .noncurrent_version_expiration = ccdk_duration_days(10),
            .noncurrent_versions_to_retain = CCDK_NUM(1),
            .noncurrent_version_transitions = CCDK_LIST_OF(ccdk_s3_noncurrent_version_transition,
                {.storage_class = CCDK_S3_STORAGE_CLASS_ONE_ZONE_INFREQUENT_ACCESS, .transition_after = ccdk_duration_days(10)},
                {.storage_class = CCDK_S3_STORAGE_CLASS_INTELLIGENT_TIERING, .transition_after = ccdk_duration_days(20)}),
        }),
    });
    ccdk_s3_bucket *sized = ccdk_s3_bucket_new(stack, "Sized", &(ccdk_s3_bucket_props){
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {
            .id = "small",
            .enabled = CCDK_FALSE,
            .abort_incomplete_multipart_upload_after = ccdk_duration_days(1),
            .object_size_less_than = CCDK_NUM(1024),
            .object_size_greater_than = CCDK_NUM(0),
            .tag_filters = CCDK_KVS({"team", "a"}, {"stage", "prod"}),
            .expiration = ccdk_duration_days(365),
        }),
    });
    ccdk_s3_bucket_add_lifecycle_rule(sized, &(ccdk_s3_lifecycle_rule){
        .object_size_less_than = CCDK_NUM(10),
        .expired_object_delete_marker = CCDK_FALSE,
        .abort_incomplete_multipart_upload_after = ccdk_duration_days(7),
    });
    ccdk_s3_bucket_new(stack, "Greater", &(ccdk_s3_bucket_props){
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule,
                                        {.object_size_greater_than = CCDK_NUM(500), .expiration = ccdk_duration_days(2)}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
