/* grantReplicationPermission to a replication role (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/kms.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "ReplicationRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "s3.amazonaws.com")});
    ccdk_s3_bucket *source = ccdk_s3_bucket_new(stack, "Source", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE, .encryption = CCDK_S3_ENCRYPTION_KMS});
    ccdk_kms_key *dest_key = ccdk_kms_key_new(stack, "DestKey", NULL);
    ccdk_s3_bucket *dest1 = ccdk_s3_bucket_new(stack, "Dest1", &(ccdk_s3_bucket_props){.versioned = CCDK_TRUE});
    ccdk_s3_bucket *dest2 = ccdk_s3_bucket_new(stack, "Dest2", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE, .encryption_key = dest_key});
    ccdk_s3_bucket_grant_replication_permission(source, role, &(ccdk_s3_grant_replication_permission_props){
        .destinations = CCDK_LIST_OF(ccdk_s3_replication_destination, {.bucket = dest1},
                                     {.bucket = dest2, .encryption_key = dest_key}),
    });
    ccdk_s3_bucket *imported = ccdk_s3_bucket_from_bucket_name(stack, "Imported", "imported-source");
    ccdk_s3_bucket_grant_replication_permission(imported, role, &(ccdk_s3_grant_replication_permission_props){
        .destinations = CCDK_LIST_OF(ccdk_s3_replication_destination, {.bucket = dest1}),
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
