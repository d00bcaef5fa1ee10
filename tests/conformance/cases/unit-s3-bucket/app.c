/* The s3.Bucket props tests of aws-cdk's bucket.test.ts no other case had, a stack per group (see
 * app.js). */
#include <ccdk/kms.h>
#include <ccdk/s3.h>

static const char *lazy_name(void *ctx)
{
    (void)ctx;
    return "_BUCKET";
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);

    ccdk_stack *enc = ccdk_stack_new(app, "Encryption", NULL);
    ccdk_s3_bucket_new(enc, "KmsManaged", &(ccdk_s3_bucket_props){.encryption = CCDK_S3_ENCRYPTION_KMS_MANAGED});
    ccdk_s3_bucket_new(enc, "Unencrypted", &(ccdk_s3_bucket_props){.encryption = CCDK_S3_ENCRYPTION_UNENCRYPTED});
    ccdk_s3_bucket_new(enc, "KmsWithKey", &(ccdk_s3_bucket_props){
        .encryption_key = ccdk_kms_key_new(enc, "MyKey", &(ccdk_kms_key_props){.description = "hello, world"}),
        .encryption = CCDK_S3_ENCRYPTION_KMS});
    ccdk_s3_bucket_new(enc, "DsseWithKey", &(ccdk_s3_bucket_props){
        .encryption_key = ccdk_kms_key_new(enc, "DsseKey", &(ccdk_kms_key_props){.description = "hello, world"}),
        .encryption = CCDK_S3_ENCRYPTION_DSSE});
    ccdk_s3_bucket_new(enc, "KmsNoKey", &(ccdk_s3_bucket_props){.encryption = CCDK_S3_ENCRYPTION_KMS});
    ccdk_s3_bucket_new(enc, "KeyOnly", &(ccdk_s3_bucket_props){.encryption_key = ccdk_kms_key_new(enc, "ImpliedKey", NULL)});
    ccdk_s3_bucket_new(enc, "BucketKeyKms", &(ccdk_s3_bucket_props){
        .bucket_key_enabled = CCDK_TRUE, .encryption = CCDK_S3_ENCRYPTION_KMS});
    ccdk_s3_bucket_new(enc, "BucketKeyKmsManaged", &(ccdk_s3_bucket_props){
        .bucket_key_enabled = CCDK_TRUE, .encryption = CCDK_S3_ENCRYPTION_KMS_MANAGED});
    ccdk_s3_bucket_new(enc, "BucketKeyDsse", &(ccdk_s3_bucket_props){
        .bucket_key_enabled = CCDK_TRUE, .encryption = CCDK_S3_ENCRYPTION_DSSE});
    ccdk_s3_bucket_new(enc, "BucketKeyDsseManaged", &(ccdk_s3_bucket_props){
        .bucket_key_enabled = CCDK_TRUE, .encryption = CCDK_S3_ENCRYPTION_DSSE_MANAGED});
    ccdk_s3_bucket_new(enc, "BucketKeyS3", &(ccdk_s3_bucket_props){
        .bucket_key_enabled = CCDK_TRUE, .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED});

    ccdk_stack *names = ccdk_stack_new(app, "Names", NULL);
    const char *good[] = {"abc.xyz-34ab", "124.pp--33", "bu--cket", "1.2.3", "1.2.3.a", "1000.2.3.4"};
    for (int i = 0; i < 6; i++)
        ccdk_s3_bucket_new(names, ccdk_fmt(names, "MyBucket%d", i + 1), &(ccdk_s3_bucket_props){.bucket_name = good[i]});
    ccdk_s3_bucket_new(names, "LazyName", &(ccdk_s3_bucket_props){.bucket_name = ccdk_lazy_string(names, lazy_name, NULL)});
    ccdk_s3_bucket *legacy[] = {
        ccdk_s3_bucket_from_bucket_name(names, "ByName", "test_bucket_name"),
        ccdk_s3_bucket_from_bucket_attributes(names, "ByAttributes", &(ccdk_s3_bucket_attributes){.bucket_name = "Test_Bucket_Name"}),
        ccdk_s3_bucket_from_bucket_arn(names, "ByArn", "arn:aws:s3:::test_bucket_name"),
    };
    for (int i = 0; i < 3; i++) {
        ccdk_cfn_output_new(names, ccdk_fmt(names, "LegacyName%d", i), &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_name(legacy[i])});
        ccdk_cfn_output_new(names, ccdk_fmt(names, "LegacyArn%d", i), &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_arn(legacy[i])});
    }

    ccdk_stack *logs = ccdk_stack_new(app, "Logs", NULL);
    ccdk_s3_bucket_new(logs, "SelfUnencrypted", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_UNENCRYPTED, .server_access_logs_prefix = "test"});
    ccdk_s3_bucket_new(logs, "SelfS3", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED, .server_access_logs_prefix = "test"});
    ccdk_s3_bucket_new(logs, "SelfKms", &(ccdk_s3_bucket_props){
        .encryption = CCDK_S3_ENCRYPTION_KMS, .server_access_logs_prefix = "test"});
    ccdk_s3_bucket_new(logs, "SelfKmsKey", &(ccdk_s3_bucket_props){
        .encryption_key = ccdk_kms_key_new(logs, "SelfKey", NULL), .encryption = CCDK_S3_ENCRYPTION_KMS,
        .server_access_logs_prefix = "test"});
    ccdk_s3_bucket_new(logs, "SelfKeyOnly", &(ccdk_s3_bucket_props){
        .encryption_key = ccdk_kms_key_new(logs, "SelfKeyOnlyKey", NULL), .server_access_logs_prefix = "test"});
    /* the targets' props, made in app.js's order: the two keys before the buckets */
    ccdk_kms_key *target_key = ccdk_kms_key_new(logs, "TargetKey", NULL);
    ccdk_kms_key *target_key_only = ccdk_kms_key_new(logs, "TargetKeyOnly", NULL);
    const char *ids[] = {"Unencrypted", "S3", "Kms", "KmsKey", "KeyOnly"};
    const ccdk_s3_bucket_props targets[] = {
        {.encryption = CCDK_S3_ENCRYPTION_UNENCRYPTED},
        {.encryption = CCDK_S3_ENCRYPTION_S3_MANAGED},
        {.encryption = CCDK_S3_ENCRYPTION_KMS},
        {.encryption_key = target_key, .encryption = CCDK_S3_ENCRYPTION_KMS},
        {.encryption_key = target_key_only},
    };
    for (int i = 0; i < 5; i++) {
        ccdk_s3_bucket *target = ccdk_s3_bucket_new(logs, ccdk_fmt(logs, "LogBucket%s", ids[i]), &targets[i]);
        ccdk_s3_bucket_new(logs, ccdk_fmt(logs, "To%s", ids[i]), &(ccdk_s3_bucket_props){.server_access_logs_bucket = target});
    }
    ccdk_s3_bucket *access_log_bucket = ccdk_s3_bucket_new(logs, "AccessLogs", NULL);
    ccdk_s3_bucket_new(logs, "Partitioned", &(ccdk_s3_bucket_props){
        .server_access_logs_bucket = access_log_bucket,
        .target_object_key_format = {CCDK_S3_KEY_FORMAT_PARTITIONED_PREFIX, CCDK_S3_PARTITION_DATE_SOURCE_DELIVERY_TIME}});

    ccdk_stack *lifecycle = ccdk_stack_new(app, "Lifecycle", NULL);
    ccdk_s3_bucket_new(lifecycle, "MyBucket", &(ccdk_s3_bucket_props){
        .transition_default_minimum_object_size = "all_storage_classes_128K",
        .lifecycle_rules = CCDK_LIST_OF(ccdk_s3_lifecycle_rule, {.expiration = ccdk_duration_days(365)})});

    ccdk_stack *lock = ccdk_stack_new(app, "ObjectLock", NULL);
    ccdk_s3_bucket_new(lock, "NoRetention", &(ccdk_s3_bucket_props){.object_lock_enabled = CCDK_TRUE});
    ccdk_s3_bucket_new(lock, "Defaulted", &(ccdk_s3_bucket_props){
        .object_lock_default_retention = {CCDK_S3_OBJECT_LOCK_GOVERNANCE, ccdk_duration_days(7 * 365)}});
    ccdk_s3_bucket_new(lock, "Governance", &(ccdk_s3_bucket_props){
        .object_lock_enabled = CCDK_TRUE,
        .object_lock_default_retention = {CCDK_S3_OBJECT_LOCK_GOVERNANCE, ccdk_duration_days(1)}});
    ccdk_s3_bucket_new(lock, "Compliance", &(ccdk_s3_bucket_props){
        .object_lock_enabled = CCDK_TRUE,
        .object_lock_default_retention = {CCDK_S3_OBJECT_LOCK_COMPLIANCE, ccdk_duration_days(1)}});

    ccdk_stack *access = ccdk_stack_new(app, "Access", NULL);
    ccdk_s3_bucket_new(access, "LogDelivery", &(ccdk_s3_bucket_props){.access_control = CCDK_S3_ACCESS_CONTROL_LOG_DELIVERY_WRITE});
    ccdk_s3_bucket_new(access, "Restrict", &(ccdk_s3_bucket_props){
        .block_public_access = &(ccdk_s3_block_public_access){.restrict_public_buckets = CCDK_TRUE}});
    ccdk_stack *flag_off = ccdk_stack_new(app, "BlockedByDefaultOff", NULL);
    ccdk_node_set_context(flag_off, "@aws-cdk/aws-s3:publicAccessBlockedByDefault", "false");
    ccdk_s3_bucket_new(flag_off, "MyBucket", &(ccdk_s3_bucket_props){
        .block_public_access = &(ccdk_s3_block_public_access){.restrict_public_buckets = CCDK_TRUE}});
    ccdk_stack *flag_on = ccdk_stack_new(app, "BlockedByDefaultOn", NULL);
    ccdk_node_set_context(flag_on, "@aws-cdk/aws-s3:publicAccessBlockedByDefault", "true");
    ccdk_s3_bucket_new(flag_on, "MyBucket", &(ccdk_s3_bucket_props){
        .block_public_access = &(ccdk_s3_block_public_access){.restrict_public_buckets = CCDK_FALSE}});
    ccdk_s3_bucket_new(flag_on, "AclsOnly", &(ccdk_s3_bucket_props){.block_public_access = CCDK_S3_BLOCK_ACLS_ONLY});

    ccdk_stack *perms = ccdk_stack_new(app, "Permissions", NULL);
    ccdk_s3_bucket *bucket = ccdk_s3_bucket_new(perms, "MyBucket", &(ccdk_s3_bucket_props){.encryption = CCDK_S3_ENCRYPTION_S3_MANAGED});
    ccdk_iam_user *user = ccdk_iam_user_new(perms, "MyUser", NULL);
    ccdk_iam_group *team = ccdk_iam_group_new(perms, "MyTeam", NULL);
    const char *home = ccdk_fmt(perms, "home/%s/%s/*", ccdk_iam_group_name(team), ccdk_iam_user_name(user));
    ccdk_s3_bucket_add_to_resource_policy(bucket, ccdk_iam_policy_statement_new(perms, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS(ccdk_s3_bucket_arn(bucket), ccdk_s3_bucket_arn_for_objects(bucket, home)),
        .actions = CCDK_STRS("s3:GetObject"),
        .principals = CCDK_LIST(ccdk_iam_any_principal(perms))}));
    ccdk_s3_bucket *imported = ccdk_s3_bucket_from_bucket_attributes(perms, "ImportedBucket", &(ccdk_s3_bucket_attributes){
        .bucket_arn = "arn:aws:s3:::my-bucket"});
    ccdk_s3_bucket_add_to_resource_policy(imported, ccdk_iam_policy_statement_new(perms, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS("*"), .actions = CCDK_STRS("*")}));
    ccdk_iam_user_add_to_principal_policy(user, ccdk_iam_policy_statement_new(perms, &(ccdk_iam_policy_statement_props){
        .resources = CCDK_STRS(ccdk_s3_bucket_arn_for_objects(imported, ccdk_fmt(perms, "my/folder/%s", ccdk_s3_bucket_name(imported)))),
        .actions = CCDK_STRS("s3:*")}));
    ccdk_stack *china = ccdk_stack_new(app, "China", &(ccdk_stack_props){.region = "cn-north-1"});
    ccdk_s3_bucket *eu = ccdk_s3_bucket_from_bucket_attributes(china, "ImportedBucket", &(ccdk_s3_bucket_attributes){
        .bucket_name = "mybucket", .region = "eu-west-1"});
    ccdk_cfn_output_new(china, "Regional", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_regional_domain_name(eu)});
    ccdk_cfn_output_new(china, "WebsiteDomain", &(ccdk_cfn_output_props){.value = ccdk_s3_bucket_website_domain_name(eu)});

    ccdk_stack *inv = ccdk_stack_new(app, "Inventory", NULL);
    ccdk_s3_bucket *inventory_bucket = ccdk_s3_bucket_new(inv, "InventoryBucket", NULL);
    ccdk_s3_bucket_new(inv, "MyBucket", &(ccdk_s3_bucket_props){
        .inventories = CCDK_LIST_OF(ccdk_s3_inventory, {.destination = {.bucket = inventory_bucket}})});
    ccdk_s3_bucket_new(inv, "AVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVery@#$+:;?!&LongNodeIdName", &(ccdk_s3_bucket_props){
        .inventories = CCDK_LIST_OF(ccdk_s3_inventory, {.destination = {.bucket = inventory_bucket}})});

    ccdk_stack *web = ccdk_stack_new(app, "Website", NULL);
    ccdk_s3_bucket_new(web, "Website", &(ccdk_s3_bucket_props){
        .website_routing_rules = CCDK_LIST_OF(ccdk_s3_routing_rule, {
            .host_name = "www.example.com",
            .http_redirect_code = "302",
            .protocol = CCDK_S3_REDIRECT_PROTOCOL_HTTPS,
            .replace_key = {.prefix_with_key = "test/"},
            .condition = &(ccdk_s3_routing_rule_condition){.http_error_code_returned_equals = "200", .key_prefix_equals = ""},
        }),
    });

    ccdk_stack *repl = ccdk_stack_new(app, "Replication", NULL);
    ccdk_s3_bucket *dst = ccdk_s3_bucket_new(repl, "DstBucket", NULL);
    ccdk_s3_bucket_new(repl, "SrcBucket", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .replication_rules = CCDK_LIST_OF(ccdk_s3_replication_rule, {
            .destination = dst, .filter = {.tags = CCDK_KVS({"filterKey", "filterValue"})}}),
    });
    ccdk_s3_bucket_new(repl, "SrcBucket2", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE,
        .replication_rules = CCDK_LIST_OF(ccdk_s3_replication_rule, {
            .destination = dst,
            .filter = {.tags = CCDK_KVS({"filterKey1", "filterValue1"}, {"filterKey2", "filterValue2"})}}),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
