/* The grant tests of aws-cdk's bucket.test.ts, a stack per test (see app.js). */
#include <ccdk/kms.h>
#include <ccdk/s3.h>

static void cross_account(ccdk_app *app, const char *suffix, int with_key)
{
    ccdk_stack *a = ccdk_stack_new(app, ccdk_fmt(app, "StackA%s", suffix), &(ccdk_stack_props){.account = "123456789012"});
    ccdk_kms_key *key = with_key ? ccdk_kms_key_new(a, "MyKey", NULL) : NULL;
    ccdk_s3_bucket *b = ccdk_s3_bucket_new(a, "MyBucket", &(ccdk_s3_bucket_props){
        .bucket_name = "my-bucket-physical-name",
        .encryption_key = key,
        .encryption = with_key ? CCDK_S3_ENCRYPTION_KMS : CCDK_S3_ENCRYPTION_UNSET,
    });
    ccdk_stack *other = ccdk_stack_new(app, ccdk_fmt(app, "StackB%s", suffix), &(ccdk_stack_props){.account = "234567890123"});
    ccdk_iam_role *role = ccdk_iam_role_new(other, "MyRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_account_principal(other, "234567890123"),
        .role_name = "MyRolePhysicalName",
    });
    ccdk_s3_bucket_grant_read(b, role, NULL);
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *read = ccdk_stack_new(app, "GrantRead", NULL);
    ccdk_s3_bucket *read_bucket = ccdk_s3_bucket_new(read, "MyBucket", NULL);
    ccdk_s3_bucket_grant_read(read_bucket, ccdk_iam_user_new(read, "Reader", NULL), NULL);

    ccdk_stack *rw = ccdk_stack_new(app, "GrantReadWrite", NULL);
    ccdk_s3_bucket *rw_bucket = ccdk_s3_bucket_new(rw, "MyBucket", NULL);
    ccdk_s3_bucket_grant_read_write(rw_bucket, ccdk_iam_user_new(rw, "MyUser", NULL), NULL);

    ccdk_stack *org = ccdk_stack_new(app, "Organization", NULL);
    ccdk_s3_bucket *org_bucket = ccdk_s3_bucket_new(org, "MyBucket", &(ccdk_s3_bucket_props){.encryption = CCDK_S3_ENCRYPTION_KMS});
    ccdk_s3_bucket_grant_read(org_bucket, ccdk_iam_organization_principal(org, "o-12345abcde"), NULL);

    ccdk_stack *write = ccdk_stack_new(app, "GrantWrite", NULL);
    ccdk_s3_bucket *w1 = ccdk_s3_bucket_new(write, "MyBucket", &(ccdk_s3_bucket_props){.encryption = CCDK_S3_ENCRYPTION_KMS});
    ccdk_s3_bucket_grant_write(w1, ccdk_iam_user_new(write, "MyUser", NULL), NULL);
    ccdk_s3_bucket *w2 = ccdk_s3_bucket_new(write, "Plain", NULL);
    ccdk_s3_bucket_grant_write(w2, ccdk_iam_user_new(write, "PlainUser", NULL), NULL);
    ccdk_s3_bucket *w3 = ccdk_s3_bucket_new(write, "Patterns", NULL);
    ccdk_s3_bucket_grant_write_actions(w3, ccdk_iam_user_new(write, "PatternUser", NULL), "*",
                                       CCDK_STRS("s3:PutObject", "s3:DeleteObject*"));
    ccdk_s3_bucket *w4 = ccdk_s3_bucket_new(write, "Put", NULL);
    ccdk_s3_bucket_grant_put(w4, ccdk_iam_user_new(write, "PutUser", NULL), NULL);

    ccdk_stack *more = ccdk_stack_new(app, "MoreGrants", NULL);
    ccdk_s3_bucket *kms_bucket = ccdk_s3_bucket_new(more, "MyBucket", &(ccdk_s3_bucket_props){.encryption = CCDK_S3_ENCRYPTION_KMS});
    ccdk_s3_bucket_grant_put(kms_bucket, ccdk_iam_user_new(more, "Putter", NULL), NULL);
    ccdk_s3_bucket_grant_write(kms_bucket, ccdk_iam_user_new(more, "Writer", NULL), NULL);
    ccdk_s3_bucket_grant_delete(kms_bucket, ccdk_iam_user_new(more, "Deleter", NULL), NULL);

    ccdk_stack *del = ccdk_stack_new(app, "DeleteWithKey", NULL);
    ccdk_kms_key *del_key = ccdk_kms_key_new(del, "MyKey", NULL);
    ccdk_iam_user *deleter = ccdk_iam_user_new(del, "Deleter", NULL);
    ccdk_s3_bucket *del_bucket = ccdk_s3_bucket_new(del, "MyBucket", &(ccdk_s3_bucket_props){
        .bucket_name = "my-bucket-physical-name", .encryption_key = del_key, .encryption = CCDK_S3_ENCRYPTION_KMS});
    ccdk_s3_bucket_grant_delete(del_bucket, deleter, NULL);

    ccdk_stack *actions = ccdk_stack_new(app, "Actions", NULL);
    ccdk_iam_user *user = ccdk_iam_user_new(actions, "User", NULL);
    ccdk_s3_bucket *plain = ccdk_s3_bucket_new(actions, "MyBucket", NULL);
    ccdk_s3_bucket_grant_actions_on_object_keys(plain, user, "*", CCDK_STRS("s3:GetObject", "s3:PutObject"));
    ccdk_s3_bucket_grant_actions_on_object_keys(plain, user, "my/prefix/*", CCDK_STRS("s3:GetObject"));
    ccdk_s3_bucket_grant_actions_on_bucket_and_object_keys(plain, user, "*", CCDK_STRS("s3:GetObject", "s3:PutObject"));
    ccdk_s3_bucket_grant_actions_on_bucket_and_object_keys(plain, user, "my/prefix/*", CCDK_STRS("s3:GetObject"));
    ccdk_s3_bucket_grant_actions_on_object_keys(plain, ccdk_iam_service_principal(actions, "lambda.amazonaws.com"), "*",
                                                CCDK_STRS("s3:GetObject"));
    ccdk_s3_bucket_grant_actions_on_bucket_and_object_keys(plain, ccdk_iam_service_principal(actions, "lambda.amazonaws.com"),
                                                           NULL, CCDK_STRS("s3:ListBucket"));
    ccdk_s3_bucket *keyed = ccdk_s3_bucket_new(actions, "Keyed", &(ccdk_s3_bucket_props){.encryption = CCDK_S3_ENCRYPTION_KMS});
    ccdk_s3_bucket_grant_actions_on_object_keys(keyed, user, NULL, CCDK_STRS("kms:Decrypt", "s3:GetObject", "kms:DescribeKey"));
    ccdk_s3_bucket_grant_actions_on_bucket_and_object_keys(keyed, ccdk_iam_service_principal(actions, "s3.amazonaws.com"), "in/*",
                                                           CCDK_STRS("s3:GetObject*", "kms:Decrypt"));
    ccdk_s3_bucket_grant_actions_on_object_keys(plain, user, "keys/*", CCDK_STRS("kms:Decrypt", "s3:PutObject"));

    ccdk_stack *pub = ccdk_stack_new(app, "PublicAccess", NULL);
    ccdk_iam_policy_statement *result =
        ccdk_s3_bucket_grant_public_access_statement(ccdk_s3_bucket_new(pub, "b", NULL), NULL, (ccdk_strs)CCDK_EMPTY_LIST);
    ccdk_iam_policy_statement_add_condition(result, "IpAddress", "aws:SourceIp", ccdk_v_string(pub, "54.240.143.0/24"));
    ccdk_iam_policy_statement *other = ccdk_s3_bucket_grant_public_access_statement(
        ccdk_s3_bucket_new(pub, "Other", NULL), "only/*", CCDK_STRS("s3:GetObject", "s3:PutObject"));
    ccdk_iam_policy_statement_add_condition(other, "StringEquals", "aws:PrincipalOrgID", ccdk_v_string(pub, "o-12345abcde"));

    ccdk_stack *stack_a = ccdk_stack_new(app, "stackA", NULL);
    ccdk_s3_bucket *bucket_from_stack_a = ccdk_s3_bucket_new(stack_a, "MyBucket", NULL);
    ccdk_stack *stack_b = ccdk_stack_new(app, "stackB", NULL);
    ccdk_s3_bucket_grant_read(bucket_from_stack_a, ccdk_iam_user_new(stack_b, "UserWhoNeedsAccess", NULL), NULL);

    cross_account(app, "", 0);
    cross_account(app, "Key", 1);

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
