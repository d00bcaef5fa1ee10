/* grantReplicationPermission with an empty destinations array */
#include <ccdk/iam.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "s3.amazonaws.com")});
    ccdk_s3_bucket_grant_replication_permission(ccdk_s3_bucket_new(stack, "Bucket", NULL), role,
                                                &(ccdk_s3_grant_replication_permission_props){
                                                    .destinations = CCDK_EMPTY_LIST});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
