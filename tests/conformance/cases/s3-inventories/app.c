/* inventories, their destinations' bucket policy statements, and BucketPolicy.applyRemovalPolicy
 * (see app.js). */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_s3_bucket *before = ccdk_s3_bucket_new(stack, "Before", NULL);
    ccdk_s3_bucket *source = ccdk_s3_bucket_new(stack, "My-Source.Bucket_1", &(ccdk_s3_bucket_props){
        .inventories = CCDK_LIST_OF(ccdk_s3_inventory, {
            .destination = {.bucket = before, .prefix = "reports/"},
            .optional_fields = CCDK_STRS("Size", "ETag"),
        }),
    });
    ccdk_s3_bucket *after = ccdk_s3_bucket_new(stack, "After", &(ccdk_s3_bucket_props){.enforce_ssl = CCDK_TRUE});
    ccdk_s3_bucket_policy_apply_removal_policy(after, CCDK_REMOVAL_POLICY_DESTROY);
    ccdk_s3_bucket_add_inventory(source, &(ccdk_s3_inventory){
        .destination = {.bucket = after, .bucket_owner = "123456789012"},
        .inventory_id = "weekly.report-2",
        .format = CCDK_S3_INVENTORY_FORMAT_PARQUET,
        .frequency = CCDK_S3_INVENTORY_FREQUENCY_DAILY,
        .include_object_versions = CCDK_S3_INVENTORY_OBJECT_VERSION_CURRENT,
        .enabled = CCDK_FALSE,
        .objects_prefix = "data/",
    });
    ccdk_s3_bucket_add_inventory(source, &(ccdk_s3_inventory){
        .destination = {.bucket = ccdk_s3_bucket_from_bucket_name(stack, "Imported", "my-inventory-bucket"), .prefix = "inv"},
        .format = CCDK_S3_INVENTORY_FORMAT_ORC,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
