/* Conformance case 'iam-merge-not-principals': see app.js. */
#include <ccdk/iam.h>
#include <ccdk/s3.h>

static void deny(ccdk_stack *stack, ccdk_s3_bucket *bucket, const char *action, ccdk_iam_principal *principal)
{
    ccdk_s3_bucket_add_to_resource_policy(bucket, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
        .effect = CCDK_IAM_DENY,
        .actions = CCDK_STRS(action),
        .resources = CCDK_STRS(ccdk_s3_bucket_arn(bucket)),
        .not_principals = CCDK_LIST(principal),
    }));
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_node_set_context(stack, "@aws-cdk/aws-iam:minimizePolicies", "true");
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(stack, "Bucket", NULL);
    ccdk_iam_role *r1 = ccdk_iam_role_from_role_arn(stack, "R1", "arn:aws:iam::123456789012:role/x");
    ccdk_iam_role *r2 = ccdk_iam_role_from_role_arn(stack, "R2", "arn:aws:iam::123456789012:role/x");
    deny(stack, bucket, "s3:GetObject", ccdk_iam_account_root_principal(stack));
    deny(stack, bucket, "s3:PutObject", ccdk_iam_account_root_principal(stack));
    deny(stack, bucket, "s3:DeleteObject", ccdk_iam_role_principal(r1));
    deny(stack, bucket, "s3:ListBucket", ccdk_iam_role_principal(r2));
    deny(stack, bucket, "s3:GetBucketAcl", ccdk_iam_service_principal(stack, "a.amazonaws.com"));
    deny(stack, bucket, "s3:PutBucketAcl", ccdk_iam_service_principal(stack, "a.amazonaws.com"));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
