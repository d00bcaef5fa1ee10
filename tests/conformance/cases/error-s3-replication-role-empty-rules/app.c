/* replicationRole with replicationRules given empty (see app.js) */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "stack", NULL);
    ccdk_s3_bucket_new(stack, "SrcBucket", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .replication_role = ccdk_iam_role_new(stack, "ReplicationRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(stack, "s3.amazonaws.com")}),
        .replication_rules = CCDK_EMPTY_LIST,
    });
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
