/* error: a bucket of another account (no physical name) granting to a ManagedPolicy (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "MyStack", &(ccdk_stack_props){.account = "1234", .region = "us-east-1"});
    ccdk_iam_managed_policy *mp = ccdk_iam_managed_policy_new(stack, "Policy", &(ccdk_iam_managed_policy_props){
        .managed_policy_name = "MyManagedPolicyName"});
    ccdk_stack *stack2 = ccdk_stack_new(stack, "CrossAccountStack", &(ccdk_stack_props){.account = "5678"});
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack2, "Bucket", NULL);
    ccdk_s3_bucket_grant_read(bucket, mp, NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
