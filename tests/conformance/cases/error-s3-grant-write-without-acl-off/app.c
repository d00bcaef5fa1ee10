/* @aws-cdk/aws-s3:grantWriteWithoutAcl set to false: the v1 flag v2 removed (see app.js). */
#include <ccdk/iam.h>
#include <ccdk/s3.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-s3:grantWriteWithoutAcl", "false");
    ccdk_iam_role *role = ccdk_iam_role_new(stack, "Role", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(stack, "lambda.amazonaws.com")});
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_s3_bucket_grant_read(bucket, role, NULL); /* reads no flag */
    ccdk_s3_bucket_grant_write(bucket, role, NULL);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
