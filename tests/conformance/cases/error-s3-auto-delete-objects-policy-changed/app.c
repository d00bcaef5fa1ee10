/* Conformance case 'error-s3-auto-delete-objects-policy-changed': see app.js. */
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Uploads", &(ccdk_s3_bucket_props){
        .auto_delete_objects = CCDK_TRUE, .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    ccdk_removal_policies_apply(bucket, CCDK_REMOVAL_POLICY_RETAIN, NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
