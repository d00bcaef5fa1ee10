/* bucket.c - s3.Bucket (aws-cdk-lib/aws-s3/lib/bucket.js): the bucket, its name checks, imports,
 * getters, the enforceSSL bucket policy and grants (bucket-grants.js). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ccdk/kms.h"
#include "s3_internal.h"

const ccdk_s3_block_public_access ccdk_s3__block_all = {{1}, {1}, {1}, {1}};
const ccdk_s3_block_public_access ccdk_s3__block_acls = {{1}, {0}, {1}, {0}};
const ccdk_s3_block_public_access ccdk_s3__block_acls_only = {{1}, {2}, {1}, {2}};

/* the validation BucketBase adds: this.policy?.document.validateForResourcePolicy() */
static void validate_bucket(ccdk__node *n)
{
    ccdk_strs errors = ccdk_iam_policy_document_validate_for_resource_policy(((ccdk_s3_bucket *)n)->policy_doc, NULL);
    for (size_t i = 0; i < errors.count; i++)
        ccdk__unscoped_error(n->app, "[%s] %s", n->path, errors.items[i]);
}

static const ccdk__kind kind_bucket = {.fqn = "aws-cdk-lib.aws_s3.Bucket", .validate = validate_bucket, .class_name = "Bucket2"};
static const ccdk__kind kind_imported = {.fqn = "aws-cdk-lib.aws_s3.BucketBase", .class_name = "ReferencedBucket2"};
static const ccdk__kind kind_policy = {.fqn = "aws-cdk-lib.aws_s3.BucketPolicy", .class_name = "BucketPolicy2"};

/* ------------------------------------------------------------------ name checks */

static int lower_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
static int alnum(char c) { return lower_or_digit(c) || (c >= 'A' && c <= 'Z'); }

/* /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/ */
static int looks_like_ip(const char *s)
{
    for (int part = 0; part < 4; part++) {
        int digits = 0;
        while (*s >= '0' && *s <= '9') {
            s++;
            digits++;
        }
        if (digits < 1 || digits > 3)
            return 0;
        if (part < 3 && *s++ != '.')
            return 0;
    }
    return *s == 0;
}

/* Bucket._validateBucketName + validateBucketNameScoped: one message, the errors joined by EOL */
static int check_bucket_name_as(void *scope, const char *name, int legacy, int unscoped);
static void check_bucket_name(void *scope, const char *name, int legacy) { check_bucket_name_as(scope, name, legacy, 0); }

/* unscoped: Bucket.validateBucketName's UnscopedValidationError (no path); 1 when the name is good */
static int check_bucket_name_as(void *scope, const char *name, int legacy, int unscoped)
{
    if (!name || ccdk__is_unresolved(name))
        return 1;
    ccdk__buf b = {0};
    size_t n = strlen(name);
    int errors = 0;
    /* JavaScript's lengths and offsets count UTF-16 units: unit[i] is the offset of byte i */
    long *unit = malloc((n + 1) * sizeof *unit);
    if (!unit)
        abort();
    long units = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)name[i];
        unit[i] = units;
        if ((c & 0xC0) != 0x80)
            units += c >= 0xF0 ? 2 : 1;
    }
    unit[n] = units;
#define ERR(...)                                                                                   \
    do {                                                                                           \
        ccdk__buf_putc(&b, '\n');                                                                  \
        ccdk__buf_printf(&b, __VA_ARGS__);                                                         \
        errors++;                                                                                  \
    } while (0)
    if (units < 3 || units > 63)
        ERR("Bucket name must be at least 3 and no more than 63 characters");
    long illegal = -1;
    for (size_t i = 0; i < n && illegal < 0; i++) {
        unsigned char c = (unsigned char)name[i];
        int ok = legacy ? (alnum((char)c) || c == '.' || c == '_' || c == '-') : (lower_or_digit((char)c) || c == '.' || c == '-');
        if (!ok)
            illegal = unit[i];
    }
    if (illegal >= 0) {
        if (legacy)
            ERR("Bucket name must only contain uppercase or lowercase characters and the symbols, period (.), underscore (_), and dash (-)");
        else
            ERR("Bucket name must only contain lowercase characters and the symbols, period (.) and dash (-) (offset: %ld)", illegal);
    }
    if (!(legacy ? alnum(name[0]) : lower_or_digit(name[0])))
        ERR(legacy ? "Bucket name must start with an uppercase, lowercase character or number"
                   : "Bucket name must start with a lowercase character or number (offset: 0)");
    char last = n ? name[n - 1] : 0;
    if (!(legacy ? alnum(last) : lower_or_digit(last))) {
        if (legacy)
            ERR("Bucket name must end with an uppercase, lowercase character or number");
        else
            ERR("Bucket name must end with a lowercase character or number (offset: %ld)", units - 1);
    }
    for (size_t i = 0; i + 1 < n; i++) {
        char a = name[i], c = name[i + 1];
        if ((a == '.' && c == '-') || (a == '-' && c == '.') || (a == '.' && c == '.')) {
            ERR("Bucket name must not have dash next to period, or period next to dash, or consecutive periods (offset: %ld)", unit[i]);
            break;
        }
    }
    if (looks_like_ip(name))
        ERR("Bucket name must not resemble an IP address");
#undef ERR
    if (errors && unscoped)
        ccdk__unscoped_error(ccdk__app_of(scope), "Invalid S3 bucket name (value: %s)%s", name, b.data);
    else if (errors)
        ccdk__error(scope, "Invalid S3 bucket name (value: %s)%s", name, b.data);
    ccdk__buf_free(&b);
    free(unit);
    return !errors;
}

/* validateBucketNamingCombination, then validateBucketNamePrefixScoped */
static void check_naming(ccdk_s3_bucket *b, const ccdk_s3_bucket_props *p)
{
    const char *prefix = p->bucket_name_prefix;
    int has_name = p->bucket_name && *p->bucket_name, has_prefix = prefix && *prefix;
    ccdk_s3_bucket_namespace ns = p->bucket_namespace;
    if (has_name && has_prefix) {
        ccdk__error(b, "'bucketName' and 'bucketNamePrefix' cannot be used together");
        return;
    }
    if (has_name && ns && ns != CCDK_S3_BUCKET_NAMESPACE_GLOBAL) {
        ccdk__error(b, "'bucketName' cannot be used with 'bucketNamespace' (except GLOBAL). Use 'bucketNamePrefix' with "
                       "'bucketNamespace' instead");
        return;
    }
    if (has_prefix && ns != CCDK_S3_BUCKET_NAMESPACE_ACCOUNT_REGIONAL) {
        ccdk__error(b, "'bucketNamePrefix' requires 'bucketNamespace' to be set to ACCOUNT_REGIONAL");
        return;
    }
    if (ns == CCDK_S3_BUCKET_NAMESPACE_ACCOUNT_REGIONAL && !has_prefix) {
        ccdk__error(b, "'bucketNamespace' ACCOUNT_REGIONAL requires 'bucketNamePrefix' to be specified");
        return;
    }
    check_bucket_name(b, p->bucket_name, 0);
    if (!has_prefix || ccdk__is_unresolved(prefix))
        return;
    ccdk__buf e = {0};
    size_t n = strlen(prefix);
    long units = 0; /* JavaScript's length: UTF-16 units */
    int other = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)prefix[i];
        if ((c & 0xC0) != 0x80)
            units += c >= 0xF0 ? 2 : 1;
        if (!lower_or_digit((char)c) && c != '-')
            other = 1;
    }
    if (units > 37)
        ccdk__buf_puts(&e, "\nBucket name prefix must be 37 characters or fewer");
    if (!lower_or_digit(prefix[0]))
        ccdk__buf_puts(&e, "\nBucket name prefix must start with a lowercase letter or number");
    if (!lower_or_digit(prefix[n - 1]))
        ccdk__buf_puts(&e, "\nBucket name prefix must end with a lowercase letter or number");
    if (other)
        ccdk__buf_puts(&e, "\nBucket name prefix must only contain lowercase letters, numbers, and hyphens");
    if (e.len)
        ccdk__error(b, "Invalid S3 bucket name prefix (value: %s)%s", prefix, e.data);
    ccdk__buf_free(&e);
}

int ccdk_s3_bucket_validate_bucket_name(void *scope, const char *physical_name, ccdk_tristate allow_legacy_bucket_naming)
{
    if (!ccdk__target_ok(scope, __func__))
        return 0;
    return check_bucket_name_as(scope, physical_name, ccdk__tri_true(allow_legacy_bucket_naming), 1);
}

/* ------------------------------------------------------------------ Bucket */

static const char *const encryption_names[] = {"UNENCRYPTED", "UNENCRYPTED", "S3_MANAGED", "KMS_MANAGED",
                                                "DSSE_MANAGED", "KMS", "DSSE"};

static void enforce_ssl(ccdk_s3_bucket *b);

static const char *const acl_names[] = {"", "Private", "PublicRead", "PublicReadWrite", "AuthenticatedRead",
                                        "LogDeliveryWrite", "BucketOwnerRead", "BucketOwnerFullControl", "AwsExecRead"};

/* parseOwnershipControls(accessControl): OwnershipControls {Rules: [{ObjectOwnership}]} when an
 * objectOwnership is given or the ACL needs one (all but Private, BucketOwnerRead and
 * BucketOwnerFullControl: ObjectWriter by default); NULL when neither, or after its error */
static ccdk_value *ownership_controls(ccdk_s3_bucket *b, ccdk_s3_bucket_access_control acl)
{
    static const char *const names[] = {"", "BucketOwnerEnforced", "BucketOwnerPreferred", "ObjectWriter"};
    ccdk_app *app = b->node.app;
    int needs = acl && acl != CCDK_S3_ACCESS_CONTROL_PRIVATE && acl != CCDK_S3_ACCESS_CONTROL_BUCKET_OWNER_READ &&
                acl != CCDK_S3_ACCESS_CONTROL_BUCKET_OWNER_FULL_CONTROL;
    if (!b->object_ownership && !needs)
        return NULL;
    if (needs && b->object_ownership == CCDK_S3_OBJECT_OWNERSHIP_BUCKET_OWNER_ENFORCED) {
        ccdk__error(b, "objectOwnership must be set to \"ObjectWriter\" when accessControl is \"%s\"", acl_names[acl]);
        return NULL;
    }
    ccdk_value *rule = ccdk__v_obj(app), *rules = ccdk__v_list(app), *controls = ccdk__v_obj(app);
    ccdk__v_set(rule, "ObjectOwnership",
                ccdk__v_str(app, names[b->object_ownership ? b->object_ownership : CCDK_S3_OBJECT_OWNERSHIP_OBJECT_WRITER]));
    ccdk__v_push(rules, rule);
    ccdk__v_set(controls, "Rules", rules);
    return controls;
}

/* acknowledgeAccessControl */
static void acknowledge_access_control(ccdk_s3_bucket *b)
{
    if (b->access_control)
        ccdk_validations_acknowledge(b, "CloudFormation-Validate::W3045",
                                     "accessControl is deprecated, but we are still using it for historical reasons.");
}
static void minimum_tls_version(ccdk_s3_bucket *b, double version);

/* parseServerAccessLogs: the LoggingConfiguration (NULL: none); a target's key grants the logging
 * service encrypt/decrypt */
static ccdk_value *parse_server_access_logs(ccdk_s3_bucket *b, const ccdk_s3_bucket_props *p)
{
    ccdk_app *app = b->node.app;
    ccdk_s3_bucket *logs = p->server_access_logs_bucket;
    if (logs && !ccdk__node_of(logs)) {
        ccdk__error(b, "server_access_logs_bucket is not a bucket");
        return NULL;
    }
    if (!logs && !p->server_access_logs_prefix)
        return NULL;
    if (!logs && (p->encryption == CCDK_S3_ENCRYPTION_KMS_MANAGED || p->encryption == CCDK_S3_ENCRYPTION_DSSE_MANAGED)) {
        ccdk__error(b, "Default bucket encryption with KMS managed or DSSE managed key is not supported for Server Access "
                       "Logging target buckets");
        return NULL;
    }
    if (logs && logs->encryption_key)
        ccdk_kms_key_grant_encrypt_decrypt(logs->encryption_key, ccdk_iam_service_principal(b, "logging.s3.amazonaws.com"));
    ccdk_value *o = ccdk__v_obj(app);
    if (logs)
        ccdk__v_set(o, "DestinationBucketName", ccdk__v_from_string(app, logs->name));
    if (p->server_access_logs_prefix)
        ccdk__v_set(o, "LogFilePrefix", ccdk__v_from_string(app, p->server_access_logs_prefix));
    const ccdk_s3_target_object_key_format *f = &p->target_object_key_format;
    if (f->kind != CCDK_S3_KEY_FORMAT_UNSET &&
        CCDK__ENUM_OK(b, f->kind, ccdk_s3_target_object_key_format_kind, CCDK_S3_KEY_FORMAT_UNSET,
                      CCDK_S3_KEY_FORMAT_PARTITIONED_PREFIX, "target_object_key_format.kind")) {
        ccdk_value *fmt = ccdk__v_obj(app), *inner = ccdk__v_obj(app);
        if (f->kind == CCDK_S3_KEY_FORMAT_PARTITIONED_PREFIX) {
            if (f->partition_date_source)
                ccdk__v_set(inner, "PartitionDateSource", ccdk__v_from_string(app, f->partition_date_source));
            ccdk__v_set(fmt, "PartitionedPrefix", inner);
        } else {
            ccdk__v_set(fmt, "SimplePrefix", inner);
        }
        ccdk__v_set(o, "TargetObjectKeyFormat", fmt);
    }
    return o;
}

/* target.allowLogDelivery(from, prefix) */
static void allow_log_delivery(ccdk_s3_bucket *target, ccdk_s3_bucket *from, const char *prefix)
{
    ccdk_app *app = target->node.app;
    if (ccdk__feature_flag(&target->node, "@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy")) {
        ccdk_value *cond = NULL;
        if (target->node.stack == from->node.stack) {
            ccdk_value *arn_like = ccdk__v_obj(app), *account = ccdk__v_obj(app);
            cond = ccdk__v_obj(app);
            ccdk__v_set(arn_like, "aws:SourceArn", ccdk__v_from_string(app, from->arn));
            ccdk__v_set(account, "aws:SourceAccount", ccdk__v_from_string(app, from->account));
            ccdk__v_set(cond, "ArnLike", arn_like);
            ccdk__v_set(cond, "StringEquals", account);
        }
        const char *objects = prefix ? ccdk_fmt(target, "%s*", prefix) : "*";
        ccdk__s3_add_to_resource_policy(target, ccdk_iam_policy_statement_new(target, &(ccdk_iam_policy_statement_props){
            .effect = CCDK_IAM_ALLOW,
            .principals = CCDK_LIST(ccdk_iam_service_principal(target, "logging.s3.amazonaws.com")),
            .actions = CCDK_STRS("s3:PutObject"),
            .resources = CCDK_STRS(ccdk_s3_bucket_arn_for_objects(target, objects)),
            .conditions = cond,
        }));
        return;
    }
    /* the LogDeliveryWrite ACL, over no other: its ownership controls */
    if (target->access_control && target->access_control != CCDK_S3_ACCESS_CONTROL_LOG_DELIVERY_WRITE) {
        ccdk__error(target, "Cannot enable log delivery to this bucket because the bucket's ACL has been set and can't be changed");
        return;
    }
    target->access_control = CCDK_S3_ACCESS_CONTROL_LOG_DELIVERY_WRITE;
    ccdk_value *controls = ownership_controls(target, CCDK_S3_ACCESS_CONTROL_LOG_DELIVERY_WRITE);
    if (!controls)
        return;
    ccdk__res_set(target->resource, "AccessControl", ccdk__v_str(app, "LogDeliveryWrite"));
    ccdk__res_set(target->resource, "OwnershipControls", controls);
    acknowledge_access_control(target);
}

/* a generated bucket name's bucketArn in another environment */
static const char *bucket_arn_of(ccdk__node *bucket, const char *name)
{
    return ccdk__sprintf(bucket->app, "arn:%s:s3:::%s", ccdk__stack_partition(bucket->stack), name);
}

ccdk_s3_bucket *ccdk_s3_bucket_new(void *scope, const char *id, const ccdk_s3_bucket_props *props)
{
    ccdk_s3_bucket *b = ccdk__construct(ccdk_s3_bucket, &kind_bucket, scope, id);
    ccdk_app *app = b->node.app;
    static const ccdk_s3_bucket_props none;
    const ccdk_s3_bucket_props *p = props ? props : &none;
    b->handler_role = p->notifications_handler_role;
    b->skip_destination_validation = ccdk__tri_true(p->notifications_skip_destination_validation);

    /* parseEncryption: an encryption key alone means KMS */
    ccdk_s3_bucket_encryption enc = p->encryption ? p->encryption
                                    : p->encryption_key ? CCDK_S3_ENCRYPTION_KMS
                                                        : CCDK_S3_ENCRYPTION_UNENCRYPTED;
    if ((unsigned)enc > CCDK_S3_ENCRYPTION_DSSE) {
        ccdk__error(b, "Unexpected 'encryptionType': %d", (int)enc);
        enc = CCDK_S3_ENCRYPTION_UNENCRYPTED;
    }
    int with_key = enc == CCDK_S3_ENCRYPTION_KMS || enc == CCDK_S3_ENCRYPTION_DSSE;
    if (!with_key && p->encryption_key)
        ccdk__error(b, "encryptionKey is specified, so 'encryption' must be set to KMS or DSSE (value: %s)",
                    encryption_names[enc]);
    else if (ccdk__tri_true(p->bucket_key_enabled) && enc == CCDK_S3_ENCRYPTION_UNENCRYPTED)
        ccdk__error(b, "bucketKeyEnabled is specified, so 'encryption' must be set to KMS, DSSE or S3 (value: %s)",
                    encryption_names[enc]);
    /* blockedEncryptionTypes: checked after the key checks, before the key is made (as aws-cdk-lib);
     * [] (given, empty) is its error; NONE must stand alone */
    ccdk_value *blocked = NULL;
    if (CCDK__GIVEN(p->blocked_encryption_types)) {
        size_t n = CCDK__LEN(p->blocked_encryption_types, "blocked_encryption_types");
        int has_none = 0;
        for (size_t i = 0; i < n; i++)
            has_none |= p->blocked_encryption_types.items[i] &&
                        !strcmp(p->blocked_encryption_types.items[i], CCDK_S3_BLOCKED_ENCRYPTION_NONE);
        if (n == 0)
            ccdk__error(b, "At least one blocked encryption type must be specified");
        else if (has_none && n > 1)
            ccdk__error(b, "If NONE is specified as the blocked encryption type, no other encryption types may be specified");
        else {
            ccdk_value *types = ccdk__v_list(app);
            for (size_t i = 0; i < n; i++)
                ccdk__v_push(types, ccdk__v_from_string(app, p->blocked_encryption_types.items[i]
                                                                 ? p->blocked_encryption_types.items[i]
                                                                 : ""));
            blocked = ccdk__v_obj(app);
            ccdk__v_set(blocked, "EncryptionType", types);
        }
    }
    if (with_key) { /* the given key, or one of the bucket's own, made before the bucket's resource */
        b->encryption_key = p->encryption_key;
        if (!b->encryption_key)
            b->encryption_key = ccdk_kms_key_new(b, "Key", &(ccdk_kms_key_props){
                .description = ccdk_fmt(b, "Created by %s", b->node.path),
                .enable_key_rotation = enc == CCDK_S3_ENCRYPTION_KMS ? CCDK_TRUE : (ccdk_tristate){0},
            });
    }
    ccdk_value *encryption = NULL;
    if (enc == CCDK_S3_ENCRYPTION_UNENCRYPTED && blocked) { /* a rule of the blocked types alone */
        ccdk_value *rule = ccdk__v_obj(app), *rules = ccdk__v_list(app);
        ccdk__v_set(rule, "BlockedEncryptionTypes", blocked);
        ccdk__v_push(rules, rule);
        encryption = ccdk__v_obj(app);
        ccdk__v_set(encryption, "ServerSideEncryptionConfiguration", rules);
    } else if (enc != CCDK_S3_ENCRYPTION_UNENCRYPTED) {
        static const char *const algorithm[] = {"", "", "AES256", "aws:kms", "aws:kms:dsse", "aws:kms", "aws:kms:dsse"};
        ccdk_value *rule = ccdk__v_obj(app);
        if (blocked) /* the rule's keys in CfnBucket's (alphabetical) order */
            ccdk__v_set(rule, "BlockedEncryptionTypes", blocked);
        if (ccdk__tri_set(p->bucket_key_enabled))
            ccdk__v_set(rule, "BucketKeyEnabled", ccdk__v_bool(app, ccdk__tri_true(p->bucket_key_enabled)));
        ccdk_value *by_default = ccdk__v_obj(app);
        if (b->encryption_key)
            ccdk__v_set(by_default, "KMSMasterKeyID", ccdk__v_from_string(app, ccdk_kms_key_arn(b->encryption_key)));
        ccdk__v_set(by_default, "SSEAlgorithm", ccdk__v_str(app, algorithm[enc]));
        ccdk__v_set(rule, "ServerSideEncryptionByDefault", by_default);
        ccdk_value *rules = ccdk__v_list(app);
        ccdk__v_push(rules, rule);
        encryption = ccdk__v_obj(app);
        ccdk__v_set(encryption, "ServerSideEncryptionConfiguration", rules);
    }
    if (CCDK__ENUM_OK(b, p->object_ownership, ccdk_s3_object_ownership, CCDK_S3_OBJECT_OWNERSHIP_UNSET,
                      CCDK_S3_OBJECT_OWNERSHIP_OBJECT_WRITER, "objectOwnership"))
        b->object_ownership = p->object_ownership;
    if (CCDK__ENUM_OK(b, p->access_control, ccdk_s3_bucket_access_control, CCDK_S3_ACCESS_CONTROL_UNSET,
                      CCDK_S3_ACCESS_CONTROL_AWS_EXEC_READ, "accessControl"))
        b->access_control = p->access_control;
    if (CCDK__ENUM_OK(b, p->bucket_namespace, ccdk_s3_bucket_namespace, CCDK_S3_BUCKET_NAMESPACE_UNSET,
                      CCDK_S3_BUCKET_NAMESPACE_ACCOUNT_REGIONAL, "bucketNamespace"))
        check_naming(b, p);

    /* publicAccessBlockConfiguration: with @aws-cdk/aws-s3:publicAccessBlockedByDefault, what the
     * given options leave out is true */
    ccdk_value *pab = NULL;
    if (p->block_public_access) {
        int fill = ccdk__feature_flag(&b->node, "@aws-cdk/aws-s3:publicAccessBlockedByDefault");
        const ccdk_tristate *opts[] = {&p->block_public_access->block_public_acls, &p->block_public_access->block_public_policy,
                                       &p->block_public_access->ignore_public_acls, &p->block_public_access->restrict_public_buckets};
        static const char *const keys[] = {"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"};
        pab = ccdk__v_obj(app);
        for (int i = 0; i < 4; i++) {
            if (ccdk__tri_set(*opts[i]))
                ccdk__v_set(pab, keys[i], ccdk__v_bool(app, ccdk__tri_true(*opts[i])));
            else if (fill)
                ccdk__v_set(pab, keys[i], ccdk__v_bool(app, 1));
        }
    }

    ccdk_value *website = ccdk__s3_website_configuration(b, p);

    /* ObjectLockRetention's own checks (thrown where the user makes it), then parseObjectLockConfig */
    ccdk_value *object_lock = NULL;
    const ccdk_s3_object_lock_retention *olr = &p->object_lock_default_retention;
    if (olr->mode != CCDK_S3_OBJECT_LOCK_UNSET &&
        CCDK__ENUM_OK(b, olr->mode, ccdk_s3_object_lock_mode, CCDK_S3_OBJECT_LOCK_UNSET, CCDK_S3_OBJECT_LOCK_COMPLIANCE,
                      "object_lock_default_retention.mode")) {
        int ok = 1;
        double days = ccdk__duration_convert(b, olr->duration, CCDK_TIME_DAYS, 1, &ok);
        if (!ok)
            ;
        else if (days > 365 * 100)
            ccdk__unscoped_error(app, "Object Lock retention duration must be less than 100 years");
        else if (days < 1)
            ccdk__unscoped_error(app, "Object Lock retention duration must be at least 1 day");
        else if (p->object_lock_enabled.ccdk_tristate_value_ == 2)
            ccdk__error(b, "Object Lock must be enabled to configure default retention settings");
        else {
            ccdk_value *retention = ccdk__v_obj(app), *rule = ccdk__v_obj(app);
            ccdk__v_set(retention, "Days", ccdk__v_num_or_token(app, days, olr->duration.token));
            ccdk__v_set(retention, "Mode", ccdk__v_str(app, olr->mode == CCDK_S3_OBJECT_LOCK_GOVERNANCE ? "GOVERNANCE" : "COMPLIANCE"));
            ccdk__v_set(rule, "DefaultRetention", retention);
            object_lock = ccdk__v_obj(app);
            ccdk__v_set(object_lock, "ObjectLockEnabled", ccdk__v_str(app, "Enabled"));
            ccdk__v_set(object_lock, "Rule", rule);
        }
    }

    ccdk__s3_replication_prepare(b, p);
    ccdk_value *logging = parse_server_access_logs(b, p);

    ccdk_value *ownership = ownership_controls(b, b->access_control);
    acknowledge_access_control(b);
    ccdk_cfn_resource *r = ccdk__l1(b, "Resource", "AWS::S3::Bucket", "aws-cdk-lib.aws_s3.CfnBucket");
    r->tag_kind = 1;
    if (logging)
        ccdk__res_set(r, "LoggingConfiguration", logging);
    b->resource = r;
    b->transition_default_minimum_object_size = p->transition_default_minimum_object_size
                                                    ? ccdk__keep(app, p->transition_default_minimum_object_size)
                                                    : NULL;
    ccdk__s3_set_config_lazies(b);
    ccdk_value *tiering = ccdk__s3_tiering_configurations(b, p);
    if (tiering)
        ccdk__res_set(r, "IntelligentTieringConfigurations", tiering);
    if (website) {
        ccdk__res_set(r, "WebsiteConfiguration", website);
        b->is_website = 1;
    }
    if (object_lock)
        ccdk__res_set(r, "ObjectLockConfiguration", object_lock);
    if (object_lock || ccdk__tri_set(p->object_lock_enabled))
        ccdk__res_set(r, "ObjectLockEnabled", ccdk__v_bool(app, object_lock || ccdk__tri_true(p->object_lock_enabled)));
    if (encryption)
        ccdk__res_set(r, "BucketEncryption", encryption);
    /* bucketName / bucketArn: getResourceNameAttribute(ref) / getResourceArnAttribute(attrArn, {region: '',
     * account: '', service: 's3', resource: physicalName}): in another environment, the given name */
    ccdk__physical pn;
    ccdk__physical_new(&pn, b, r, p->bucket_name, NULL, "Arn", bucket_arn_of);
    if (pn.value)
        ccdk__res_set(r, "BucketName", pn.value);
    if (p->bucket_name_prefix)
        ccdk__res_set(r, "BucketNamePrefix", ccdk__v_from_string(app, p->bucket_name_prefix));
    if (p->bucket_namespace == CCDK_S3_BUCKET_NAMESPACE_GLOBAL || p->bucket_namespace == CCDK_S3_BUCKET_NAMESPACE_ACCOUNT_REGIONAL)
        ccdk__res_set(r, "BucketNamespace",
                      ccdk__v_str(app, p->bucket_namespace == CCDK_S3_BUCKET_NAMESPACE_GLOBAL ? "global" : "account-regional"));
    if (ownership)
        ccdk__res_set(r, "OwnershipControls", ownership);
    if (b->access_control)
        ccdk__res_set(r, "AccessControl", ccdk__v_str(app, acl_names[b->access_control]));
    if (pab) {
        ccdk__res_set(r, "PublicAccessBlockConfiguration", pab);
        ccdk_value *bpp = ccdk__v_get(pab, "BlockPublicPolicy");
        b->disallow_public_access = bpp && bpp->kind == CCDK__V_BOOL && bpp->u.b;
    }
    if (ccdk__tri_true(p->transfer_acceleration)) { /* props.transferAcceleration ? {Enabled} : undefined */
        ccdk_value *v = ccdk__v_obj(app);
        ccdk__v_set(v, "AccelerationStatus", ccdk__v_str(app, "Enabled"));
        ccdk__res_set(r, "AccelerateConfiguration", v);
    }
    if (ccdk__tri_set(p->abac_status))
        ccdk__res_set(r, "AbacStatus", ccdk__v_str(app, ccdk__tri_true(p->abac_status) ? "Enabled" : "Disabled"));
    if (ccdk__tri_true(p->versioned)) {
        ccdk_value *v = ccdk__v_obj(app);
        ccdk__v_set(v, "Status", ccdk__v_str(app, "Enabled"));
        ccdk__res_set(r, "VersioningConfiguration", v);
    }
    /* CfnResource.applyRemovalPolicy(undefined) is RETAIN */
    ccdk_cfn_resource_apply_removal_policy(r, p->removal_policy ? p->removal_policy : CCDK_REMOVAL_POLICY_RETAIN);
    /* memoized getters: made (and numbered) by aws-cdk-lib at their first read (token.c) */
    b->name = ccdk__token_mark_unread(app, pn.name);
    b->arn = ccdk__token_mark_unread(app, pn.arn);
    b->account = ccdk_stack_account(b->node.stack);
    b->region = ccdk_stack_region(b->node.stack);
    b->domain_name = ccdk_cfn_resource_get_att(r, "DomainName");
    b->website_url = ccdk_cfn_resource_get_att(r, "WebsiteURL");
    b->dual_stack_domain_name = ccdk_cfn_resource_get_att(r, "DualStackDomainName");
    b->regional_domain_name = ccdk_cfn_resource_get_att(r, "RegionalDomainName");
    ccdk_value *replication = ccdk__s3_replication_configuration(b, p);
    if (replication)
        ccdk__res_set(r, "ReplicationConfiguration", replication);
    if (ccdk__tri_true(p->enforce_ssl)) {
        enforce_ssl(b);
        if (p->minimum_tls_version)
            minimum_tls_version(b, p->minimum_tls_version);
    } else if (p->minimum_tls_version) {
        ccdk__error(b, "'enforceSSL' must be enabled for 'minimumTLSVersion' to be applied");
    }
    ccdk_s3_bucket *logs = p->server_access_logs_bucket;
    if (logs && !logs->imported)
        allow_log_delivery(logs, b, p->server_access_logs_prefix);
    else if (!logs && p->server_access_logs_prefix)
        allow_log_delivery(b, b, p->server_access_logs_prefix);
    else if (logs)
        ccdk__warning(b, "@aws-cdk/aws-s3:accessLogsPolicyNotAdded",
                      "Unable to add necessary logging permissions to imported target bucket: %s", logs->node.path);
    /* then, as aws-cdk-lib's constructor: inventories, metrics, cors, lifecycle rules, publicReadAccess */
    for (size_t i = 0, n = CCDK__LEN(p->inventories, "inventories"); i < n; i++)
        ccdk_s3_bucket_add_inventory(b, &p->inventories.items[i]);
    for (size_t i = 0, n = CCDK__LEN(p->metrics, "metrics"); i < n; i++)
        ccdk_s3_bucket_add_metric(b, &p->metrics.items[i]);
    for (size_t i = 0, n = CCDK__LEN(p->cors, "cors"); i < n; i++)
        ccdk_s3_bucket_add_cors_rule(b, &p->cors.items[i]);
    for (size_t i = 0, n = CCDK__LEN(p->lifecycle_rules, "lifecycle_rules"); i < n; i++)
        ccdk_s3_bucket_add_lifecycle_rule(b, &p->lifecycle_rules.items[i]);
    if (ccdk__tri_true(p->public_read_access)) {
        if (!p->block_public_access)
            ccdk__error(b, "Cannot use 'publicReadAccess' property on a bucket without allowing bucket-level public access "
                           "through 'blockPublicAccess' property.");
        else
            ccdk_s3_bucket_grant_public_access(b, NULL, (ccdk_strs)CCDK_EMPTY_LIST);
    }
    if (ccdk__tri_true(p->auto_delete_objects)) {
        if (p->removal_policy != CCDK_REMOVAL_POLICY_DESTROY)
            ccdk__error(b, "Cannot use 'autoDeleteObjects' property on a bucket without setting removal policy to 'DESTROY'.");
        else
            ccdk__s3_enable_auto_delete_objects(b);
    }
    if (ccdk__tri_true(p->event_bridge_enabled))
        ccdk_s3_bucket_enable_event_bridge_notification(b);
    return b;
}

/* addToResourcePolicy through maybeAutoCreatePolicy: the BucketPolicy "Policy" on first use */
void ccdk__s3_add_to_resource_policy(ccdk_s3_bucket *b, ccdk_iam_policy_statement *s)
{
    if (b->imported)
        return; /* autoCreatePolicy is false for an import */
    if (!b->policy) {
        void *sc = b;
        ccdk__node *pol = ccdk__construct(ccdk__node, &kind_policy, sc, "Policy");
        ccdk_cfn_resource *r = ccdk__l1(pol, "Resource", "AWS::S3::BucketPolicy", "aws-cdk-lib.aws_s3.CfnBucketPolicy");
        b->policy_doc = ccdk_iam_policy_document_new(pol, (ccdk_iam_policy_statement_list)CCDK_EMPTY_LIST);
        ccdk__res_set(r, "Bucket", ccdk__v_from_string(b->node.app, b->name));
        ccdk__res_set(r, "PolicyDocument", ccdk_iam_policy_document_value(b->policy_doc));
        b->policy = pol;
        b->policy_resource = r;
    }
    ccdk_iam_policy_document_add_statements(b->policy_doc, s);
}

int ccdk_s3_bucket_add_to_resource_policy(ccdk_s3_bucket *b, ccdk_iam_policy_statement *s)
{
    if (!ccdk__target_ok(b, __func__) || !ccdk__arg_ok(s, __func__, "statement") || b->imported)
        return 0;
    ccdk__s3_add_to_resource_policy(b, s);
    return 1;
}

static void enforce_ssl(ccdk_s3_bucket *b)
{
    ccdk_app *app = b->node.app;
    ccdk_value *cond = ccdk__v_obj(app), *inner = ccdk__v_obj(app);
    ccdk__v_set(inner, "aws:SecureTransport", ccdk__v_str(app, "false"));
    ccdk__v_set(cond, "Bool", inner);
    ccdk__s3_add_to_resource_policy(b, ccdk_iam_policy_statement_new(b, &(ccdk_iam_policy_statement_props){
                                                                   .effect = CCDK_IAM_DENY,
                                                                   .actions = CCDK_STRS("s3:*"),
                                                                   .resources = CCDK_STRS(b->arn, ccdk_s3_bucket_arn_for_objects(b, "*")),
                                                                   .principals = CCDK_LIST(ccdk_iam_any_principal(b)),
                                                                   .conditions = cond,
                                                               }));
}

/* minimumTLSVersionStatement: deny s3:* below the version */
static void minimum_tls_version(ccdk_s3_bucket *b, double version)
{
    ccdk_app *app = b->node.app;
    ccdk_value *cond = ccdk__v_obj(app), *inner = ccdk__v_obj(app);
    ccdk__v_set(inner, "s3:TlsVersion", ccdk__v_num(app, version));
    ccdk__v_set(cond, "NumericLessThan", inner);
    ccdk__s3_add_to_resource_policy(b, ccdk_iam_policy_statement_new(b, &(ccdk_iam_policy_statement_props){
                                                                   .effect = CCDK_IAM_DENY,
                                                                   .actions = CCDK_STRS("s3:*"),
                                                                   .resources = CCDK_STRS(b->arn, ccdk_s3_bucket_arn_for_objects(b, "*")),
                                                                   .principals = CCDK_LIST(ccdk_iam_any_principal(b)),
                                                                   .conditions = cond,
                                                               }));
}

void ccdk_s3_bucket_policy_apply_removal_policy(ccdk_s3_bucket *b, ccdk_removal_policy policy)
{
    if (!ccdk__target_ok(b, __func__) ||
        !CCDK__ENUM_OK(b, policy, ccdk_removal_policy, CCDK_REMOVAL_POLICY_UNSET, CCDK_REMOVAL_POLICY_RETAIN_ON_UPDATE_OR_DELETE,
                       "removal policy"))
        return;
    if (!b->policy_resource) { /* bucket.policy is undefined */
        ccdk__error(b, "%s: the bucket has no BucketPolicy (bucket.policy is undefined)", __func__);
        return;
    }
    ccdk_cfn_resource_apply_removal_policy(b->policy_resource, policy ? policy : CCDK_REMOVAL_POLICY_RETAIN);
}

/* ------------------------------------------------------------------ imports */

/* Stack.splitArn(arn, SLASH_RESOURCE_NAME).resource */
static const char *arn_resource(ccdk__node *n, const char *arn)
{
    if (ccdk__is_unresolved(arn)) {
        const char *last = ccdk_fn_select(n, 5, ccdk_fn_split(n, ":", arn));
        return ccdk_fn_select(n, 0, ccdk_fn_split(n, "/", last));
    }
    if (!ccdk__arn_check(n, arn))
        return NULL;
    const char *p = arn;
    for (int i = 0; i < 5 && p; i++) {
        p = strchr(p, ':');
        if (p)
            p++;
    }
    if (!p)
        return NULL;
    size_t len = strcspn(p, ":");
    const char *slash = memchr(p, '/', len);
    if (slash == p) { /* "/type/name": SLASH_RESOURCE_SLASH_RESOURCE_NAME */
        const char *s2 = memchr(p + 1, '/', len - 1);
        return s2 ? ccdk__strndup(n->app, p + 1, (size_t)(s2 - p - 1)) : ccdk__strndup(n->app, p, len);
    }
    return ccdk__strndup(n->app, p, slash ? (size_t)(slash - p) : len);
}

ccdk_s3_bucket *ccdk_s3_bucket_from_bucket_attributes(void *scope, const char *id, const ccdk_s3_bucket_attributes *attrs)
{
    ccdk__node *sn = ccdk__scope(scope);
    static const ccdk_s3_bucket_attributes none;
    const ccdk_s3_bucket_attributes *a = attrs ? attrs : &none;
    const char *name = a->bucket_name && *a->bucket_name ? a->bucket_name : NULL;
    if (!name && a->bucket_arn && *a->bucket_arn)
        name = arn_resource(sn, a->bucket_arn);
    ccdk_s3_bucket *b;
    if (!name || !*name) {
        ccdk__error(sn, "Bucket name is required");
        b = ccdk__construct(ccdk_s3_bucket, &kind_imported, scope, id);
        b->name = b->arn = "";
    } else {
        b = ccdk__construct(ccdk_s3_bucket, &kind_imported, scope, id);
        b->name = ccdk__keep(sn->app, name);
        if (a->bucket_arn && *a->bucket_arn)
            b->arn = ccdk__keep(sn->app, a->bucket_arn);
        else /* formatArn({region: '', account: '', service: 's3', resource: name}) */
            b->arn = ccdk_fmt(b, "arn:%s:s3:::%s", ccdk__stack_partition(b->node.stack), b->name);
    }
    b->imported = 1;
    b->account = a->account ? ccdk__keep(sn->app, a->account) : ccdk_stack_account(b->node.stack);
    b->region = a->region ? ccdk__keep(sn->app, a->region) : ccdk_stack_region(b->node.stack);
    ccdk__s3_import_urls(b, a);
    b->encryption_key = a->encryption_key;
    b->handler_role = a->notifications_handler_role;
    b->is_website = ccdk__tri_true(a->is_website);
    check_bucket_name(b, name, 1);
    return b;
}

ccdk_s3_bucket *ccdk_s3_bucket_from_bucket_arn(void *scope, const char *id, const char *bucket_arn)
{
    return ccdk_s3_bucket_from_bucket_attributes(scope, id, &(ccdk_s3_bucket_attributes){.bucket_arn = bucket_arn});
}

ccdk_s3_bucket *ccdk_s3_bucket_from_bucket_name(void *scope, const char *id, const char *bucket_name)
{
    return ccdk_s3_bucket_from_bucket_attributes(scope, id, &(ccdk_s3_bucket_attributes){.bucket_name = bucket_name});
}

/* ------------------------------------------------------------------ getters */

const char *ccdk_s3_bucket_name(ccdk_s3_bucket *b)
{
    return CCDK__MEMO_GET(b, name);
}
const char *ccdk_s3_bucket_arn(ccdk_s3_bucket *b)
{
    return CCDK__MEMO_GET(b, arn);
}
ccdk_cfn_resource *ccdk_s3_bucket_resource(ccdk_s3_bucket *b) { return ccdk__handle_ok(b, __func__) ? b->resource : NULL; }
int ccdk_s3_bucket_is_imported(const ccdk_s3_bucket *b) { return ccdk__node_of(b) ? b->imported : 0; }
ccdk_kms_key *ccdk_s3_bucket_encryption_key(ccdk_s3_bucket *b) { return ccdk__handle_ok(b, __func__) ? b->encryption_key : NULL; }
ccdk_construct *ccdk_s3_bucket_policy(ccdk_s3_bucket *b)
{
    return ccdk__handle_ok(b, __func__) ? (ccdk_construct *)(void *)b->policy : NULL;
}

const char *ccdk_s3_bucket_arn_for_objects(ccdk_s3_bucket *b, const char *key_pattern)
{
    if (!ccdk__handle_ok(b, __func__))
        return NULL;
    return ccdk_fmt(b, "%s/%s", b->arn, key_pattern ? key_pattern : "");
}

/* ------------------------------------------------------------------ grants (bucket-grants.js) */

#define MAX_ACTIONS 16

/* the put actions: BUCKET_PUT_ACTIONS, as @aws-cdk/aws-s3:grantWriteWithoutAcl is on in aws-cdk-lib
 * v2; set to false, FeatureFlags.isEnabled throws (a v1 flag that v2 removed) */
static size_t put_actions(ccdk_s3_bucket *b, const char **out)
{
    static const char flag[] = "@aws-cdk/aws-s3:grantWriteWithoutAcl";
    static const char *const actions[] = {"s3:PutObject", "s3:PutObjectLegalHold", "s3:PutObjectRetention",
                                          "s3:PutObjectTagging", "s3:PutObjectVersionTagging", "s3:Abort*"};
    ccdk_value *v = ccdk__node_context(&b->node, flag);
    if (v && !ccdk__truthy(v))
        ccdk__error(b, "Unsupported feature flag '%s'. This flag existed on CDKv1 but has been removed in CDKv2. "
                       "CDK will now behave as the same as when the flag is enabled.", flag);
    for (size_t i = 0; i < 6; i++)
        out[i] = actions[i];
    return 6;
}

static int add_to_resource_policy(void *bucket, ccdk_iam_policy_statement *statement)
{
    ccdk_s3_bucket *b = bucket;
    ccdk__s3_add_to_resource_policy(b, statement);
    return !b->imported;
}

/* BucketGrants.grant: Grant.addToPrincipalOrResource (ccdk/iam.h). The principal's policy when it
 * can have one and is of the bucket's account; else (also) the bucket policy, which only an owned
 * bucket makes. Then the kms: actions (key_actions, NULL-terminated) on the bucket's key, when it has one
 * (grantOnKey: key.grant). */
static int grant_on_bucket(ccdk_s3_bucket *b, ccdk_iam_principal *grantee, const char **actions, size_t n,
                           int on_bucket, const char *pattern);
static int grant(ccdk_s3_bucket *b, ccdk_iam_principal *grantee, const char **actions, size_t n, int on_bucket,
                 const char *pattern, const char *const *key_actions)
{
    int r = grant_on_bucket(b, grantee, actions, n, on_bucket, pattern);
    if (b->encryption_key && key_actions && key_actions[0]) {
        ccdk_strs list = CCDK_EMPTY_LIST;
        list.items = (const char **)key_actions;
        while (key_actions[list.count])
            list.count++;
        ccdk_kms_key_grant(b->encryption_key, grantee, list);
    }
    return r;
}

static int grant_on_bucket_statement(ccdk_s3_bucket *b, ccdk_iam_principal *grantee, const char **actions, size_t n,
                                     int on_bucket, const char *pattern, ccdk_iam_policy_statement **statement);
static int grant_on_bucket(ccdk_s3_bucket *b, ccdk_iam_principal *grantee, const char **actions, size_t n,
                           int on_bucket, const char *pattern)
{
    return grant_on_bucket_statement(b, grantee, actions, n, on_bucket, pattern, NULL);
}

static int grant_on_bucket_statement(ccdk_s3_bucket *b, ccdk_iam_principal *grantee, const char **actions, size_t n,
                                     int on_bucket, const char *pattern, ccdk_iam_policy_statement **statement)
{
    const char *objects = ccdk_s3_bucket_arn_for_objects(b, pattern ? pattern : "*");
    ccdk_strs list = CCDK_EMPTY_LIST;
    list.items = actions;
    list.count = n;
    int r = ccdk_iam_grant_add_to_principal_or_resource(grantee, &(ccdk_iam_grant_on_resource){
        .actions = list,
        .resource_arns = on_bucket ? CCDK_STRS(b->arn, objects) : CCDK_STRS(objects),
        .resource_account = b->account,
        .add_to_resource_policy = add_to_resource_policy,
        .resource = b,
        .statement = statement,
    });
    /* Grant.success: a resource statement counts even when an import's policy did not take it */
    return (r & CCDK_IAM_GRANT_ON_PRINCIPAL) || !b->imported;
}

static size_t push(const char **a, size_t n, const char *const *src, size_t m)
{
    for (size_t i = 0; i < m; i++)
        a[n++] = src[i];
    return n;
}

static const char *const read_actions[] = {"s3:GetObject*", "s3:GetBucket*", "s3:List*"};
static const char *const delete_actions[] = {"s3:DeleteObject*"};
/* perms.js: KEY_READ_ACTIONS, KEY_WRITE_ACTIONS, and readWrite's set of both (Decrypt once) */
static const char *const key_read[] = {"kms:Decrypt", "kms:DescribeKey", NULL};
static const char *const key_write[] = {"kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Decrypt", NULL};
static const char *const key_read_write[] = {"kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:ReEncrypt*",
                                             "kms:GenerateDataKey*", NULL};

int ccdk_s3_bucket_grant_read(ccdk_s3_bucket *b, ccdk_iam_principal *grantee, const char *pattern)
{
    if (!ccdk__target_ok(b, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    const char *a[MAX_ACTIONS];
    size_t n = push(a, 0, read_actions, 3);
    return grant(b, grantee, a, n, 1, pattern, key_read);
}

int ccdk_s3_bucket_grant_write(ccdk_s3_bucket *b, ccdk_iam_principal *grantee, const char *pattern)
{
    if (!ccdk__target_ok(b, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    const char *a[MAX_ACTIONS];
    size_t n = push(a, 0, delete_actions, 1);
    n += put_actions(b, a + n);
    return grant(b, grantee, a, n, 1, pattern, key_write);
}

int ccdk_s3_bucket_grant_write_actions(ccdk_s3_bucket *b, ccdk_iam_principal *grantee, const char *pattern,
                                       ccdk_strs allowed_action_patterns)
{
    if (!ccdk__target_ok(b, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    size_t m = CCDK__LEN(allowed_action_patterns, "allowed_action_patterns");
    if (m == 0)
        return ccdk_s3_bucket_grant_write(b, grantee, pattern);
    /* grantActions: the kms: ones go to the key (before KEY_WRITE_ACTIONS), the others to the bucket */
    const char **a = ccdk__alloc(b->node.app, (m + 1) * sizeof *a);
    const char **k = ccdk__alloc(b->node.app, (m + 5) * sizeof *k);
    size_t n = 0, nk = 0;
    for (size_t i = 0; i < m; i++) {
        const char *x = allowed_action_patterns.items[i] ? allowed_action_patterns.items[i] : "";
        if (!strncmp(x, "kms:", 4))
            k[nk++] = x;
        else
            a[n++] = x;
    }
    for (size_t i = 0; key_write[i]; i++)
        k[nk++] = key_write[i];
    k[nk] = NULL;
    return grant(b, grantee, a, n, 1, pattern, k);
}

int ccdk_s3_bucket_grant_on_key(ccdk_s3_bucket *b, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!ccdk__target_ok(b, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    if (!b->encryption_key)
        return 0;
    ccdk_kms_key_grant(b->encryption_key, grantee, actions);
    return 1;
}

int ccdk_s3_bucket_grant_read_write(ccdk_s3_bucket *b, ccdk_iam_principal *grantee, const char *pattern)
{
    if (!ccdk__target_ok(b, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    const char *a[MAX_ACTIONS];
    size_t n = push(a, 0, read_actions, 3);
    n = push(a, n, delete_actions, 1);
    n += put_actions(b, a + n);
    return grant(b, grantee, a, n, 1, pattern, key_read_write);
}

int ccdk_s3_bucket_grant_put(ccdk_s3_bucket *b, ccdk_iam_principal *grantee, const char *pattern)
{
    if (!ccdk__target_ok(b, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    const char *a[MAX_ACTIONS];
    size_t n = put_actions(b, a);
    return grant(b, grantee, a, n, 0, pattern, key_write);
}

int ccdk_s3_bucket_grant_put_acl(ccdk_s3_bucket *b, ccdk_iam_principal *grantee, const char *pattern)
{
    if (!ccdk__target_ok(b, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    const char *a[] = {"s3:PutObjectAcl", "s3:PutObjectVersionAcl"}; /* BUCKET_PUT_ACL_ACTIONS */
    return grant(b, grantee, a, 2, 0, pattern, NULL);
}

/* BucketGrants.publicAccess: AnyPrincipal has no policy of its own, so the statement goes to the
 * bucket policy; *statement is the Grant's resourceStatement */
static int grant_public_access(ccdk_s3_bucket *b, const char *key_prefix, ccdk_strs allowed_actions,
                               ccdk_iam_policy_statement **statement, const char *func)
{
    if (!ccdk__target_ok(b, func))
        return 0;
    if (b->disallow_public_access) {
        ccdk__error(b, "Cannot grant public access when 'blockPublicPolicy' is enabled");
        return 0;
    }
    size_t n = CCDK__LEN(allowed_actions, "allowed_actions");
    const char *get[] = {"s3:GetObject"};
    const char **a = n ? (const char **)allowed_actions.items : get;
    for (size_t i = 0; i < n; i++)
        if (!ccdk__arg_ok(a[i], func, "allowed action"))
            return 0;
    return grant_on_bucket_statement(b, ccdk_iam_any_principal(b), a, n ? n : 1, 0, key_prefix, statement) &&
           !b->imported;
}

int ccdk_s3_bucket_grant_public_access(ccdk_s3_bucket *b, const char *key_prefix, ccdk_strs allowed_actions)
{
    return grant_public_access(b, key_prefix, allowed_actions, NULL, __func__);
}

ccdk_iam_policy_statement *ccdk_s3_bucket_grant_public_access_statement(ccdk_s3_bucket *b, const char *key_prefix,
                                                                       ccdk_strs allowed_actions)
{
    ccdk_iam_policy_statement *statement = NULL;
    grant_public_access(b, key_prefix, allowed_actions, &statement, __func__);
    return statement;
}

/* BucketGrants.actionsOnObjectKeys / actionsOnBucketAndObjectKeys: grantActions splits the kms:
 * actions (to the key) from the others (to the bucket), in their order */
static int grant_actions(ccdk_s3_bucket *b, ccdk_iam_principal *grantee, const char *pattern, ccdk_strs actions,
                         int on_bucket, const char *func)
{
    if (!ccdk__target_ok(b, func) || !ccdk__grantee_ok(grantee, func))
        return 0;
    size_t m = CCDK__LEN(actions, "actions");
    const char **a = ccdk__alloc(b->node.app, (m + 1) * sizeof *a);
    const char **k = ccdk__alloc(b->node.app, (m + 1) * sizeof *k);
    size_t n = 0, nk = 0;
    for (size_t i = 0; i < m; i++) {
        if (!ccdk__arg_ok(actions.items[i], func, "action"))
            return 0;
        if (!strncmp(actions.items[i], "kms:", 4))
            k[nk++] = actions.items[i];
        else
            a[n++] = actions.items[i];
    }
    k[nk] = NULL;
    return grant(b, grantee, a, n, on_bucket, pattern, k);
}

int ccdk_s3_bucket_grant_actions_on_object_keys(ccdk_s3_bucket *b, ccdk_iam_principal *grantee, const char *pattern,
                                                ccdk_strs actions)
{
    return grant_actions(b, grantee, pattern, actions, 0, __func__);
}

int ccdk_s3_bucket_grant_actions_on_bucket_and_object_keys(ccdk_s3_bucket *b, ccdk_iam_principal *grantee,
                                                           const char *pattern, ccdk_strs actions)
{
    return grant_actions(b, grantee, pattern, actions, 1, __func__);
}

/* BucketGrants.replicationPermission: three grants (Lazy resource ARNs in aws-cdk-lib, which resolve
 * to the same), the destinations' keys, the bucket's own key */
int ccdk_s3_bucket_grant_replication_permission(ccdk_s3_bucket *b, ccdk_iam_principal *grantee,
                                                const ccdk_s3_grant_replication_permission_props *props)
{
    if (!ccdk__target_ok(b, __func__) || !ccdk__grantee_ok(grantee, __func__) || !ccdk__arg_ok(props, __func__, "props"))
        return 0;
    size_t n = CCDK__LEN(props->destinations, "destinations");
    if (!n) {
        ccdk__error(b, "At least one destination bucket must be specified in the destinations array");
        return 0;
    }
    for (size_t i = 0; i < n; i++)
        if (!ccdk__node_of(props->destinations.items[i].bucket)) {
            ccdk__error(b, "%s: destination %zu has no bucket", __func__, i);
            return 0;
        }
    const char **dest_objects = ccdk__alloc(b->node.app, n * sizeof *dest_objects);
    for (size_t i = 0; i < n; i++)
        dest_objects[i] = ccdk_s3_bucket_arn_for_objects(props->destinations.items[i].bucket, "*");
    ccdk_strs dest_list = CCDK_EMPTY_LIST;
    dest_list.items = dest_objects;
    dest_list.count = n;
    const ccdk_strs actions[3] = {
        CCDK_STRS("s3:GetReplicationConfiguration", "s3:ListBucket"),
        CCDK_STRS("s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"),
        CCDK_STRS("s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags", "s3:ObjectOwnerOverrideToBucketOwner"),
    };
    const ccdk_strs resources[3] = {CCDK_STRS(b->arn), CCDK_STRS(ccdk_s3_bucket_arn_for_objects(b, "*")), dest_list};
    int ok = 1;
    for (int i = 0; i < 3; i++) {
        int r = ccdk_iam_grant_add_to_principal_or_resource(grantee, &(ccdk_iam_grant_on_resource){
            .actions = actions[i],
            .resource_arns = resources[i],
            .resource_account = b->account,
            .add_to_resource_policy = add_to_resource_policy,
            .resource = b,
        });
        ok = ok && ((r & CCDK_IAM_GRANT_ON_PRINCIPAL) || !b->imported);
    }
    for (size_t i = 0; i < n; i++)
        if (props->destinations.items[i].encryption_key)
            ccdk_kms_key_grant_encrypt(props->destinations.items[i].encryption_key, grantee);
    if (b->encryption_key)
        ccdk_kms_key_grant(b->encryption_key, grantee, CCDK_STRS("kms:Decrypt"));
    return ok;
}

int ccdk_s3_bucket_grant_delete(ccdk_s3_bucket *b, ccdk_iam_principal *grantee, const char *pattern)
{
    if (!ccdk__target_ok(b, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    const char *a[MAX_ACTIONS];
    size_t n = push(a, 0, delete_actions, 1);
    return grant(b, grantee, a, n, 0, pattern, NULL);
}
