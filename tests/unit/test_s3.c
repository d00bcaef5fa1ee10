/* test_s3.c - s3: the bucket name rules against aws-cdk-lib's (owned and imported buckets), the
 * notification filter checks, and Code.fromBucket's warning. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ccdk/ec2.h"
#include "ccdk/kms.h"
#include "ccdk/lambda.h"
#include "ccdk/lambda_event_sources.h"
#include "ccdk/s3.h"
#include "testlib.h"

/* The messages aws-cdk-lib throws for `new Bucket(stack, 'B', {bucketName})` and
 * `Bucket.fromBucketName(stack, 'B', name)` of each name, without the construct path, or "OK": one
 * node process; records end with \x1e, owned and imported for each name in turn. */
static char *oracle_messages(const char *const *names, size_t n)
{
    char script[] = "/tmp/ccdk-test-s3-XXXXXX";
    int fd = mkstemp(script);
    if (fd < 0)
        return NULL;
    const char *js =
        "const cdk = require(process.cwd() + '/node_modules/aws-cdk-lib');\n"
        "const s3 = require(process.cwd() + '/node_modules/aws-cdk-lib/aws-s3');\n"
        "let out = '';\n"
        "for (const hex of process.argv.slice(2)) {\n"
        "  const name = Buffer.from(hex, 'hex').toString('utf8');\n"
        "  for (const imported of [false, true]) {\n"
        "    const app = new cdk.App(); const stack = new cdk.Stack(app, 'S');\n"
        "    try { if (imported) s3.Bucket.fromBucketName(stack, 'B', name);\n"
        "          else new s3.Bucket(stack, 'B', { bucketName: name }); out += 'OK'; }\n"
        "    catch (e) { out += e.message; }\n"
        "    out += '\\x1e';\n"
        "  }\n"
        "}\n"
        "process.stdout.write(out);\n";
    if (write(fd, js, strlen(js)) < 0) {
        close(fd);
        return NULL;
    }
    close(fd);
    size_t cap = 64;
    for (size_t i = 0; i < n; i++)
        cap += 2 * strlen(names[i]) + 2;
    char *cmd = calloc(1, cap + 256);
    const char *node = getenv("CCDK_NODE");
    int len = sprintf(cmd, "%s %s", node ? node : "node", script);
    for (size_t i = 0; i < n; i++) {
        cmd[len++] = ' ';
        for (const char *c = names[i]; *c; c++)
            len += sprintf(cmd + len, "%02x", (unsigned char)*c);
    }
    FILE *p = popen(cmd, "r");
    free(cmd);
    char *out = calloc(1, 1 << 16);
    if (p) {
        size_t got = fread(out, 1, (1 << 16) - 1, p);
        out[got] = 0;
        pclose(p);
    }
    unlink(script);
    return out;
}

static const char *ccdk_message(const char *name, int imported)
{
    static char buf[8192];
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    if (imported)
        ccdk_s3_bucket_from_bucket_name(stack, "B", name);
    else
        ccdk_s3_bucket_new(stack, "B", &(ccdk_s3_bucket_props){.bucket_name = name});
    const char *e = ccdk_app_error_count(app) ? ccdk_app_error(app, 0) : "OK";
    const char *colon = strstr(e, ": ");
    snprintf(buf, sizeof buf, "%s", colon && strncmp(e, "S", 1) == 0 ? colon + 2 : e);
    ccdk_app_free(app);
    return buf;
}

TEST(bucket_names_as_aws_cdk_lib)
{
    static const char *const names[] = {
        "my-bucket", "ab", "a.b-c.d", "192.168.1.1", "1.2.3", "a..b", "a.-b", "a-.b", "-abc", "abc-", ".abc",
        "UPPER", "has space", "Legacy_Bucket", "under_score", "héllo-wörld", "x😀y", "é..x", "ab😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀c",
        "a234567890123456789012345678901234567890123456789012345678901234", "My_bucket.-name-",
    };
    size_t n = sizeof names / sizeof *names;
    char *all = oracle_messages(names, n);
    if (!CHECK_RET(all != NULL))
        return;
    char *rec = all;
    for (size_t i = 0; i < n; i++) {
        for (int imported = 0; imported < 2; imported++) {
            char *end = strchr(rec, '\x1e');
            if (!CHECK_RET(end != NULL))
                break;
            *end = 0;
            const char *got = ccdk_message(names[i], imported);
            CHECK_MSG(!strcmp(got, rec), "name \"%s\" (%s):\n      got  %s\n      want %s", names[i],
                      imported ? "imported" : "owned", got, rec);
            rec = end + 1;
        }
    }
    free(all);
}

static const char *first_error(ccdk_app *app) { return ccdk_app_error_count(app) ? ccdk_app_error(app, 0) : ""; }

TEST(notification_filters)
{
    struct {
        ccdk_s3_notification_key_filter_list filters;
        const char *error;
    } cases[] = {
        {CCDK_S3_FILTERS({.prefix = "a/", .suffix = ".x"}), NULL},
        {CCDK_S3_FILTERS({.prefix = "a/"}, {.suffix = ".x"}), NULL},
        {CCDK_S3_FILTERS({0}), "S/B/Notifications: NotificationKeyFilter must specify `prefix` and/or `suffix`"},
        {CCDK_S3_FILTERS({.prefix = ""}), "S/B/Notifications: NotificationKeyFilter must specify `prefix` and/or `suffix`"},
        {CCDK_S3_FILTERS({.suffix = ".a"}, {.suffix = ".b"}), "S/B/Notifications: Cannot specify more than one suffix rule in a filter."},
        {CCDK_S3_FILTERS({.prefix = "a"}, {.prefix = "b", .suffix = ".c"}),
         "S/B/Notifications: Cannot specify more than one prefix rule in a filter."},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
        ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "F", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X, .handler = "i.h", .code = ccdk_lambda_code_from_inline(stack, "x")});
        ccdk_s3_bucket *b = ccdk_s3_bucket_new(stack, "B", NULL);
        ccdk_s3_bucket_add_event_notification(b, CCDK_S3_OBJECT_CREATED, ccdk_s3_lambda_destination(fn), cases[i].filters);
        if (cases[i].error)
            CHECK_STR_EQ(first_error(app), cases[i].error);
        else
            CHECK(ccdk_app_error_count(app) == 0);
        ccdk_app_free(app);
    }
}

TEST(code_from_bucket_warns_without_version)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_s3_bucket *b = ccdk_s3_bucket_from_bucket_name(stack, "Code", "code-bucket");
    ccdk_lambda_code_from_bucket(b, "k.zip", "v1");
    CHECK(ccdk_app_warning_count(app) == 0);
    ccdk_lambda_code_from_bucket(b, "k.zip", NULL);
    CHECK(ccdk_app_warning_count(app) == 1);
    CHECK_CONTAINS(ccdk_app_warning(app, 0), "objectVersion is not defined for S3Code.fromBucket().");
    CHECK(ccdk_app_error_count(app) == 0);
    ccdk_app_free(app);
}

static size_t count_entries(const char *dir)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "ls -A '%s' 2>/dev/null | wc -l", dir);
    FILE *p = popen(cmd, "r");
    size_t n = 0;
    if (p) {
        if (fscanf(p, "%zu", &n) != 1)
            n = 0;
        pclose(p);
    }
    return n;
}

/* The auto-delete handler (and the VPC's restrict-default-SG one) are staged from memory: a synth
 * writes nothing outside its cloud assembly, so an unusable $TMPDIR (here: a regular file) does not
 * fail it, and the staged asset holds the handler's file. */
TEST(custom_resource_handlers_staged_from_memory)
{
    char tmp[] = "/tmp/ccdk-test-s3-tmpdir-XXXXXX";
    if (!CHECK_RET(mkdtemp(tmp) != NULL))
        return;
    const char *old = getenv("TMPDIR");
    char *saved = old ? strdup(old) : NULL;
    char file[450], outdir[450];
    snprintf(file, sizeof file, "%s/not-a-dir", tmp);
    snprintf(outdir, sizeof outdir, "%s/out", tmp);
    FILE *f = fopen(file, "w");
    if (f)
        fclose(f);
    setenv("TMPDIR", file, 1);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1, .outdir = outdir});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_s3_bucket_new(stack, "B", &(ccdk_s3_bucket_props){.auto_delete_objects = CCDK_TRUE,
                                                           .removal_policy = CCDK_REMOVAL_POLICY_DESTROY});
    ccdk_ec2_vpc_new(stack, "V", &(ccdk_ec2_vpc_props){.restrict_default_security_group = CCDK_TRUE});
    CHECK(ccdk_app_error_count(app) == 0);
    CHECK(ccdk_app_synth(app) == 0);
    ccdk_app_free(app);
    CHECK(count_entries(tmp) == 2); /* not-a-dir and out: nothing else */
    /* every staged asset directory holds an index.js (the handlers' entry points) */
    char cmd[700];
    snprintf(cmd, sizeof cmd, "ls -d '%s'/asset.* | wc -l; ls '%s'/asset.*/index.js | wc -l", outdir, outdir);
    FILE *p = popen(cmd, "r");
    size_t ndirs = 0, nindex = 0;
    if (p) {
        if (fscanf(p, "%zu %zu", &ndirs, &nindex) != 2)
            ndirs = nindex = 0;
        pclose(p);
    }
    CHECK_INT_EQ((long long)ndirs, 2);
    CHECK_INT_EQ((long long)nindex, 2);
    if (saved) {
        setenv("TMPDIR", saved, 1);
        free(saved);
    } else {
        unsetenv("TMPDIR");
    }
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    if (system(cmd) != 0)
        fprintf(stderr, "    could not remove %s\n", tmp);
}

TEST(s3_event_source)
{
    size_t before = ccdk_process_error_count();
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "F", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_18_X, .handler = "i.h", .code = ccdk_lambda_code_from_inline(stack, "x")});
    ccdk_s3_bucket *b = ccdk_s3_bucket_new(stack, "B", NULL);
    ccdk_lambda_event_source *src;
    {
        /* the lists are copied: they may end with their block */
        src = ccdk_lambda_s3_event_source(b, &(ccdk_lambda_s3_event_source_props){
            .events = CCDK_STRS(CCDK_S3_OBJECT_CREATED, CCDK_S3_OBJECT_REMOVED),
            .filters = CCDK_S3_FILTERS({.prefix = "p/", .suffix = ".x"})});
    }
    ccdk_lambda_function_add_event_source(fn, src);
    CHECK(ccdk_lambda_event_source_mapping_id_of(src) == NULL);
    CHECK(ccdk_lambda_event_source_mapping_arn_of(src) == NULL);
    CHECK(ccdk_app_error_count(app) == 0);
    CHECK(ccdk_process_error_count() == before);
    CHECK(ccdk_node_try_find_child(b, "Notifications") != NULL);
    ccdk_app_free(app);
}

/* bucket.encryptionKey: none for an unencrypted bucket; the given key; the key a KMS bucket makes
 * under itself ("Key"); an import's attribute. A number that is no BucketEncryption is an error. */
TEST(bucket_encryption_key)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    CHECK(ccdk_s3_bucket_encryption_key(ccdk_s3_bucket_new(stack, "Plain", NULL)) == NULL);
    CHECK(ccdk_s3_bucket_encryption_key(ccdk_s3_bucket_new(stack, "S3", &(ccdk_s3_bucket_props){
              .encryption = CCDK_S3_ENCRYPTION_S3_MANAGED})) == NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(stack, "K", NULL);
    CHECK(ccdk_s3_bucket_encryption_key(ccdk_s3_bucket_new(stack, "Given", &(ccdk_s3_bucket_props){
              .encryption_key = key})) == key);
    ccdk_s3_bucket *own = ccdk_s3_bucket_new(stack, "Own", &(ccdk_s3_bucket_props){.encryption = CCDK_S3_ENCRYPTION_DSSE});
    ccdk_kms_key *made = ccdk_s3_bucket_encryption_key(own);
    CHECK(made != NULL && made != key);
    CHECK((void *)ccdk_node_try_find_child(own, "Key") == (void *)made);
    CHECK(ccdk_s3_bucket_encryption_key(ccdk_s3_bucket_from_bucket_attributes(stack, "Imp", &(ccdk_s3_bucket_attributes){
              .bucket_name = "imp", .encryption_key = key})) == key);
    CHECK(ccdk_s3_bucket_encryption_key(ccdk_s3_bucket_from_bucket_name(stack, "Imp2", "imp2")) == NULL);
    CHECK(ccdk_app_error_count(app) == 0);
    ccdk_s3_bucket_new(stack, "Bad", &(ccdk_s3_bucket_props){.encryption = (ccdk_s3_bucket_encryption)99});
    CHECK(ccdk_app_error_count(app) == 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "S/Bad");
    CHECK_CONTAINS(ccdk_app_error(app, 0), "Unexpected 'encryptionType': 99");
    ccdk_app_free(app);
}

/* bucket.policy: none until a statement is added (here by REFERENCE code bound to a function), then
 * the "Policy" child; an import never has one. REFERENCE code adds nothing before it is bound. */
TEST(bucket_policy_and_reference_code)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_s3_bucket *owned = ccdk_s3_bucket_new(stack, "Owned", NULL);
    ccdk_s3_bucket *imported = ccdk_s3_bucket_from_bucket_name(stack, "Imported", "imported-code");
    const ccdk_lambda_bucket_options reference = {.object_version = "v1",
                                                  .s3_object_storage_mode = CCDK_LAMBDA_S3_OBJECT_STORAGE_MODE_REFERENCE};
    ccdk_lambda_code *owned_code = ccdk_lambda_code_from_bucket_v2(owned, "k.zip", &reference);
    ccdk_lambda_code *imported_code = ccdk_lambda_code_from_bucket_v2(imported, "k.zip", &reference);
    CHECK(ccdk_s3_bucket_policy(owned) == NULL);
    CHECK(ccdk_app_warning_count(app) == 0);
    ccdk_lambda_function_new(stack, "F", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X, .handler = "i.h", .code = owned_code, .function_name = "f"});
    ccdk_construct *policy = ccdk_s3_bucket_policy(owned);
    CHECK(policy != NULL && policy == ccdk_node_try_find_child(owned, "Policy"));
    CHECK(ccdk_app_warning_count(app) == 0); /* a named function, a bucket of the App's: no warning */
    ccdk_lambda_function_new(stack, "G", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X, .handler = "i.h", .code = imported_code, .function_name = "g"});
    CHECK(ccdk_s3_bucket_policy(imported) == NULL);
    CHECK(ccdk_app_warning_count(app) == 1);
    CHECK_CONTAINS(ccdk_app_warning(app, 0), "@aws-cdk/aws-lambda:s3ObjectStorageModeReferenceImportedBucketPolicy");
    CHECK(ccdk_s3_bucket_policy(owned) == policy); /* one policy for every statement */
    CHECK(ccdk_app_error_count(app) == 0);
    ccdk_app_free(app);
}

TEST(getters_of_null)
{
    CHECK(ccdk_s3_bucket_encryption_key(NULL) == NULL);
    CHECK(ccdk_s3_bucket_policy(NULL) == NULL);
    CHECK(ccdk_s3_bucket_name(NULL) == NULL);
    CHECK(ccdk_s3_bucket_arn(NULL) == NULL);
    CHECK(ccdk_s3_bucket_arn_for_objects(NULL, "*") == NULL);
    CHECK((ccdk_s3_bucket_grant_read)(NULL, NULL, NULL) == 0);
    CHECK((ccdk_s3_lambda_destination)(NULL) == NULL);
    ccdk_s3_bucket_add_event_notification(NULL, CCDK_S3_OBJECT_CREATED, NULL, CCDK_S3_NO_FILTERS);
}

/* What only the C API can get wrong: dates in another form, rules added to an import, a policy's
 * removal policy without a policy, the URLs and validateBucketName's results, NULLs. */
TEST(bucket_object_ownership_out_of_range)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_s3_bucket_new(stack, "B", &(ccdk_s3_bucket_props){.object_ownership = (ccdk_s3_object_ownership)9});
    CHECK(ccdk_app_error_count(app) == 1);
    CHECK(strstr(ccdk_app_error(app, 0), "objectOwnership") != NULL);
    ccdk_app_free(app);
}

TEST(bucket_config_c_only)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_s3_bucket *b = ccdk_s3_bucket_new(stack, "B", NULL);
    ccdk_s3_bucket *imp = ccdk_s3_bucket_from_bucket_name(stack, "I", "imported-bucket");
    CHECK(ccdk_s3_bucket_validate_bucket_name(stack, "good-name", CCDK_UNSET) == 1);
    CHECK(ccdk_s3_bucket_validate_bucket_name(stack, "Legacy_Name", CCDK_TRUE) == 1);
    CHECK(ccdk_s3_bucket_validate_bucket_name(stack, NULL, CCDK_UNSET) == 1);
    CHECK_STR_EQ(ccdk_s3_bucket_s3_url_for_object(imp, "/a/b"), "s3://imported-bucket/a/b");
    CHECK_STR_EQ(ccdk_s3_bucket_s3_url_for_object(imp, NULL), "s3://imported-bucket");
    CHECK_STR_EQ(ccdk_s3_bucket_transfer_acceleration_url_for_object(imp, NULL, CCDK_TRUE),
                 "https://imported-bucket.s3-accelerate.dualstack.amazonaws.com/");
    CHECK(ccdk_app_error_count(app) == 0);
    ccdk_s3_bucket_add_lifecycle_rule(b, &(ccdk_s3_lifecycle_rule){.expiration_date = "01/02/2030"});
    CHECK(ccdk_app_error_count(app) == 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "expirationDate must be a UTC date");
    ccdk_s3_bucket_add_cors_rule(imp, &(ccdk_s3_cors_rule){.allowed_origins = CCDK_STRS("*")});
    CHECK(ccdk_app_error_count(app) == 2);
    CHECK_CONTAINS(ccdk_app_error(app, 1), "S/I");
    ccdk_s3_bucket_policy_apply_removal_policy(b, CCDK_REMOVAL_POLICY_DESTROY);
    CHECK(ccdk_app_error_count(app) == 3);
    CHECK_CONTAINS(ccdk_app_error(app, 2), "no BucketPolicy");
    CHECK(ccdk_s3_bucket_validate_bucket_name(stack, "Bad_Name", CCDK_UNSET) == 0);
    CHECK(ccdk_app_error_count(app) == 4);
    CHECK_CONTAINS(ccdk_app_error(app, 3), "Invalid S3 bucket name (value: Bad_Name)");
    ccdk_s3_bucket_add_inventory(b, &(ccdk_s3_inventory){.format = CCDK_S3_INVENTORY_FORMAT_CSV});
    CHECK(ccdk_app_error_count(app) == 5); /* no destination bucket */
    ccdk_app_free(app);
    CHECK(ccdk_s3_bucket_url_for_object(NULL, "k") == NULL);
    CHECK(ccdk_s3_bucket_virtual_hosted_url_for_object(NULL, "k", CCDK_UNSET) == NULL);
    CHECK(ccdk_s3_bucket_domain_name(NULL) == NULL);
    CHECK(ccdk_s3_bucket_on_cloud_trail_event(NULL, "R", NULL) == NULL);
    CHECK(ccdk_s3_bucket_grant_public_access(NULL, NULL, (ccdk_strs)CCDK_EMPTY_LIST) == 0);
    ccdk_s3_bucket_add_lifecycle_rule(NULL, NULL);
}

/* BucketGrants.actionsOnObjectKeys / actionsOnBucketAndObjectKeys and grantPublicAccess's statement
 * of the C API: returns, an import's statement (made, in no policy), NULLs, a NULL action, a blocked
 * public policy. */
TEST(bucket_grant_actions_c_only)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_s3_bucket *b = ccdk_s3_bucket_new(stack, "B", NULL);
    ccdk_s3_bucket *imp = ccdk_s3_bucket_from_bucket_name(stack, "I", "imported-bucket");
    ccdk_iam_user *user = ccdk_iam_user_new(stack, "U", NULL);
    ccdk_iam_principal *svc = ccdk_iam_service_principal(stack, "x.amazonaws.com");
    CHECK(ccdk_s3_bucket_grant_actions_on_object_keys(b, user, NULL, CCDK_STRS("s3:GetObject")) == 1);
    CHECK(ccdk_s3_bucket_grant_actions_on_bucket_and_object_keys(b, svc, "a/*", CCDK_STRS("s3:GetObject")) == 1);
    CHECK(ccdk_s3_bucket_grant_actions_on_object_keys(imp, svc, NULL, CCDK_STRS("s3:GetObject")) == 0);
    CHECK(ccdk_s3_bucket_grant_actions_on_object_keys(imp, user, NULL, CCDK_STRS("s3:GetObject")) == 1);
    CHECK(ccdk_s3_bucket_grant_public_access_statement(b, NULL, (ccdk_strs)CCDK_EMPTY_LIST) != NULL);
    CHECK(ccdk_s3_bucket_grant_public_access_statement(imp, "k/*", CCDK_STRS("s3:GetObject")) != NULL);
    CHECK(ccdk_app_error_count(app) == 0);
    const char *bad[] = {"s3:GetObject", NULL};
    ccdk_strs with_null = CCDK_EMPTY_LIST;
    with_null.items = bad;
    with_null.count = 2;
    size_t before = ccdk_process_error_count();
    CHECK(ccdk_s3_bucket_grant_actions_on_object_keys(b, user, NULL, with_null) == 0);
    CHECK(ccdk_process_error_count() == before + 1);
    CHECK_CONTAINS(ccdk_process_error(before), "ccdk_s3_bucket_grant_actions_on_object_keys: action is NULL");
    ccdk_s3_bucket *blocked = ccdk_s3_bucket_new(stack, "Blocked", &(ccdk_s3_bucket_props){.block_public_access = CCDK_S3_BLOCK_ALL});
    CHECK(ccdk_s3_bucket_grant_public_access_statement(blocked, NULL, (ccdk_strs)CCDK_EMPTY_LIST) == NULL);
    CHECK(ccdk_app_error_count(app) == 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "Cannot grant public access when 'blockPublicPolicy' is enabled");
    ccdk_app_free(app);
    CHECK(ccdk_s3_bucket_grant_actions_on_object_keys(NULL, (ccdk_iam_principal *)NULL, NULL, CCDK_STRS("s3:GetObject")) == 0);
    CHECK(ccdk_s3_bucket_grant_actions_on_bucket_and_object_keys(NULL, (ccdk_iam_principal *)NULL, NULL, CCDK_STRS("s3:GetObject")) == 0);
    CHECK(ccdk_s3_bucket_grant_public_access_statement(NULL, NULL, (ccdk_strs)CCDK_EMPTY_LIST) == NULL);
}

/* The website, replication, ACL and naming props of the C API only: out-of-range enums, a
 * redirect without a host, an import's website URL (with and without the attribute), rules without a
 * destination, NULLs. */
TEST(bucket_website_replication_c_only)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_s3_bucket *site = ccdk_s3_bucket_new(stack, "Site", &(ccdk_s3_bucket_props){.website_index_document = "i.html"});
    CHECK(ccdk_s3_bucket_is_website(site) == 1);
    CHECK(ccdk_s3_bucket_website_url(site) != NULL);
    CHECK(ccdk_s3_bucket_website_domain_name(site) != NULL);
    CHECK(ccdk_s3_bucket_replication_role_arn(site) == NULL);
    ccdk_s3_bucket *imp = ccdk_s3_bucket_from_bucket_attributes(stack, "I", &(ccdk_s3_bucket_attributes){
        .bucket_name = "imported-site", .bucket_website_url = "http://imported-site.example.com/x"});
    CHECK_STR_EQ(ccdk_s3_bucket_website_domain_name(imp), "imported-site.example.com");
    CHECK(ccdk_s3_bucket_is_website(imp) == 0);
    CHECK(ccdk_app_error_count(app) == 0);
    /* an import in a known region: its website endpoint fact, the legacy form in us-east-1 */
    ccdk_s3_bucket *plain = ccdk_s3_bucket_from_bucket_attributes(stack, "P", &(ccdk_s3_bucket_attributes){
        .bucket_name = "plain-bucket", .region = "us-east-1"});
    CHECK_STR_EQ(ccdk_s3_bucket_website_url(plain), "http://plain-bucket.s3-website-us-east-1.amazonaws.com");
    CHECK_STR_EQ(ccdk_s3_bucket_website_domain_name(plain), "plain-bucket.s3-website-us-east-1.amazonaws.com");
    CHECK(ccdk_app_error_count(app) == 0);
    ccdk_s3_bucket_new(stack, "NoHost", &(ccdk_s3_bucket_props){.website_redirect = &(ccdk_s3_redirect_target){0}});
    CHECK(ccdk_app_error_count(app) == 1);
    CHECK_CONTAINS(ccdk_app_error(app, 0), "hostName is required");
    ccdk_s3_bucket_new(stack, "NoDest", &(ccdk_s3_bucket_props){
        .versioned = CCDK_TRUE, .replication_rules = CCDK_LIST_OF(ccdk_s3_replication_rule, {.id = "x"})});
    CHECK(ccdk_app_error_count(app) == 2);
    CHECK_CONTAINS(ccdk_app_error(app, 1), "destination is required");
    ccdk_s3_bucket_new(stack, "Acl", &(ccdk_s3_bucket_props){.access_control = (ccdk_s3_bucket_access_control)42});
    CHECK(ccdk_app_error_count(app) == 3);
    CHECK_CONTAINS(ccdk_app_error(app, 2), "accessControl");
    ccdk_s3_bucket_new(stack, "Ns", &(ccdk_s3_bucket_props){.bucket_namespace = (ccdk_s3_bucket_namespace)7});
    CHECK(ccdk_app_error_count(app) == 4);
    CHECK_CONTAINS(ccdk_app_error(app, 3), "bucketNamespace");
    ccdk_s3_bucket_add_replication_policy(site, NULL, CCDK_UNSET, NULL);
    CHECK(ccdk_app_error_count(app) == 4); /* the process-wide list */
    ccdk_app_free(app);
    CHECK(ccdk_s3_bucket_website_url(NULL) == NULL);
    CHECK(ccdk_s3_bucket_website_domain_name(NULL) == NULL);
    CHECK(ccdk_s3_bucket_is_website(NULL) == 0);
    CHECK(ccdk_s3_bucket_replication_role_arn(NULL) == NULL);
    ccdk_s3_bucket_add_replication_policy(NULL, "arn:aws:iam::1:role/r", CCDK_TRUE, NULL);
}

int main(void)
{
    RUN_ORACLE(bucket_names_as_aws_cdk_lib);
    RUN(notification_filters);
    RUN(code_from_bucket_warns_without_version);
    RUN(custom_resource_handlers_staged_from_memory);
    RUN(s3_event_source);
    RUN(bucket_encryption_key);
    RUN(bucket_policy_and_reference_code);
    RUN(getters_of_null);
    RUN(bucket_config_c_only);
    RUN(bucket_object_ownership_out_of_range);
    RUN(bucket_website_replication_c_only);
    RUN(bucket_grant_actions_c_only);
    return TEST_DONE();
}
