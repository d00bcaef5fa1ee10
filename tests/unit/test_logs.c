/* test_logs.c - the logs module and a function's logging: aws-cdk-lib's validations (messages taken
 * from aws-cdk-lib 2.276.0 by running the same inputs through it), the in-memory fingerprint of an
 * embedded handler against the file fingerprint of the same bytes on disk, and the staged handler. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ccdk/iam.h>
#include <ccdk/kinesis.h>
#include <ccdk/lambda.h>
#include <ccdk/logs.h>
#include <ccdk/s3.h>

#include "../../src/assets/fingerprint.h"
#include "testlib.h"

/* ------------------------------------------------------------------ validations */

typedef void (*build_fn)(ccdk_stack *stack);

/* Builds the app, synthesizes into a fresh directory, and checks that it fails with an error that
 * holds message and path, and writes nothing. */
static void expect_failure(build_fn build, const char *message, const char *path)
{
    char dir[] = "/tmp/ccdk-logs-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    build(stack);
    CHECK_MSG(ccdk_app_synth(app) != 0, "synth succeeded; expected: %s", message);
    int found = 0;
    for (size_t i = 0; i < ccdk_app_error_count(app) && !found; i++) {
        const char *e = ccdk_app_error(app, i);
        found = strstr(e, message) && (!path || strstr(e, path));
    }
    CHECK_MSG(found, "no error contains \"%s\" at %s", message, path ? path : "");
    if (!found)
        for (size_t i = 0; i < ccdk_app_error_count(app); i++)
            fprintf(stderr, "      error %zu: %s\n", i, ccdk_app_error(app, i));
    struct stat st;
    CHECK_MSG(stat(out, &st) != 0, "synth wrote %s", out);
    ccdk_app_free(app);
    rmdir(dir);
}

static ccdk_lambda_function_props fn_props(ccdk_stack *s)
{
    return (ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X, .handler = "i.h", .code = ccdk_lambda_code_from_inline(s, "x")};
}

static void b_negative(ccdk_stack *s)
{
    ccdk_logs_log_group_new(s, "G", &(ccdk_logs_log_group_props){.retention = (ccdk_logs_retention_days)-3});
}
static void b_delivery(ccdk_stack *s)
{
    ccdk_logs_log_group_new(s, "G", &(ccdk_logs_log_group_props){.retention = CCDK_LOGS_RETENTION_ONE_DAY,
                                                                  .log_group_class = CCDK_LOGS_LOG_GROUP_CLASS_DELIVERY});
}
static void b_both_format(ccdk_stack *s)
{
    ccdk_lambda_function_props p = fn_props(s);
    p.log_format = "JSON";
    p.logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON;
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_both_app(ccdk_stack *s)
{
    ccdk_lambda_function_props p = fn_props(s);
    p.logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON;
    p.application_log_level = "INFO";
    p.application_log_level_v2 = CCDK_LAMBDA_APPLICATION_LOG_LEVEL_INFO;
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_both_sys(ccdk_stack *s)
{
    ccdk_lambda_function_props p = fn_props(s);
    p.logging_format = CCDK_LAMBDA_LOGGING_FORMAT_JSON;
    p.system_log_level = "INFO";
    p.system_log_level_v2 = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_INFO;
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_level_log_format_text(ccdk_stack *s)
{
    ccdk_lambda_function_props p = fn_props(s);
    p.log_format = "Text";
    p.system_log_level = "INFO";
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_level_no_format(ccdk_stack *s)
{
    ccdk_lambda_function_props p = fn_props(s);
    p.system_log_level_v2 = CCDK_LAMBDA_SYSTEM_LOG_LEVEL_INFO;
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_removal_and_group(ccdk_stack *s)
{
    ccdk_lambda_function_props p = fn_props(s);
    p.log_removal_policy = CCDK_REMOVAL_POLICY_DESTROY;
    p.log_group = ccdk_logs_log_group_new(s, "G", NULL);
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_removal_and_flag(ccdk_stack *s)
{
    ccdk_node_set_context(s, "@aws-cdk/aws-lambda:useCdkManagedLogGroup", "true");
    ccdk_lambda_function_props p = fn_props(s);
    p.log_removal_policy = CCDK_REMOVAL_POLICY_DESTROY;
    p.log_retention = CCDK_LOGS_RETENTION_ONE_WEEK;
    ccdk_lambda_function_new(s, "F", &p);
}
static void b_bad_arn(ccdk_stack *s) { ccdk_logs_log_group_from_log_group_arn(s, "I", "not-an-arn"); }
static void b_retention_twice(ccdk_stack *s)
{
    ccdk_cfn_parameter *p = ccdk_cfn_parameter_new(s, "P", &(ccdk_cfn_parameter_props){.type = "Number"});
    ccdk_logs_log_group_new(s, "G", &(ccdk_logs_log_group_props){.retention = CCDK_LOGS_RETENTION_ONE_DAY,
                                                                  .retention_token = ccdk_cfn_parameter_value_as_string(p)});
}
static void b_audit_bucket_twice(ccdk_stack *s)
{
    ccdk_s3_bucket *b = ccdk_s3_bucket_new(s, "B", NULL);
    ccdk_logs_log_group_new(s, "G", &(ccdk_logs_log_group_props){
        .data_protection_policy = &(ccdk_logs_data_protection_policy_props){
            .identifiers = CCDK_LIST_OF(ccdk_logs_data_identifier, {"EmailAddress", NULL}),
            .s3_bucket_audit_destination = b,
            .s3_bucket_audit_destination_name = ccdk_s3_bucket_name(b)}});
}
static void b_grants_not_a_log_group(ccdk_stack *s)
{
    ccdk_cfn_resource *q = ccdk_cfn_resource_new(s, "Q", "AWS::SQS::Queue", NULL);
    CHECK_INT_EQ(ccdk_logs_log_group_grants_write(q, ccdk_iam_service_principal(s, "lambda.amazonaws.com")), 0);
}
static void b_distribution_out_of_range(ccdk_stack *s)
{
    ccdk_logs_log_group *g = ccdk_logs_log_group_new(s, "G", NULL);
    ccdk_logs_subscription_filter_new(s, "F", &(ccdk_logs_subscription_filter_props){
        .log_group = g,
        .destination = ccdk_logs_subscription_destination_of(s, "arn:bogus", NULL),
        .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS,
        .distribution = (ccdk_logs_distribution)7,
    });
}
static void b_distribution_custom_destination(ccdk_stack *s)
{
    ccdk_logs_log_group *g = ccdk_logs_log_group_new(s, "G", NULL);
    ccdk_logs_log_group_add_subscription_filter(g, "F", &(ccdk_logs_subscription_filter_props){
        .destination = ccdk_logs_subscription_destination_of(s, "arn:bogus", NULL),
        .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS,
        .distribution = CCDK_LOGS_DISTRIBUTION_BY_LOG_STREAM,
    });
}
static void b_distribution_out_of_range_kinesis(ccdk_stack *s)
{
    ccdk_logs_log_group *g = ccdk_logs_log_group_new(s, "G", NULL);
    ccdk_logs_subscription_filter_new(s, "F", &(ccdk_logs_subscription_filter_props){
        .log_group = g,
        .destination = ccdk_logs_destinations_kinesis_destination(ccdk_kinesis_stream_new(s, "K", NULL), NULL),
        .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS,
        .distribution = (ccdk_logs_distribution)7,
    });
}
TEST(validations)
{
    expect_failure(b_distribution_out_of_range_kinesis, "distribution", "S/F");
    expect_failure(b_distribution_out_of_range, "distribution", "S/F");
    expect_failure(b_distribution_custom_destination, "distribution property can only be used with KinesisDestination.",
                   "S/G/F");
    expect_failure(b_negative, "retentionInDays must be positive, got -3", "S/G");
    expect_failure(b_delivery, "retention is not supported for a log group with logGroupClass DELIVERY; remove retention or "
                               "use a different LogGroupClass", "S/G");
    expect_failure(b_both_format, "Only define LogFormat or LoggingFormat, not both.", "S/F");
    expect_failure(b_both_app, "Only define applicationLogLevel or applicationLogLevelV2, not both.", "S/F");
    expect_failure(b_both_sys, "Only define systemLogLevel or systemLogLevelV2, not both.", "S/F");
    expect_failure(b_level_log_format_text,
                   "To use ApplicationLogLevel and/or SystemLogLevel you must set LogFormat to 'JSON', got 'Text'.", "S/F");
    expect_failure(b_level_no_format,
                   "To use ApplicationLogLevel and/or SystemLogLevel you must set LogFormat to 'JSON', got 'undefined'.", "S/F");
    expect_failure(b_removal_and_group, "Cannot use `logRemovalPolicy` and `logGroup` together. Please set the removal policy "
                                        "on the logGroup directly", "S/F");
    expect_failure(b_removal_and_flag, "Cannot use `logRemovalPolicy` and `@aws-cdk/aws-lambda:useCdkManagedLogGroup` flag "
                                       "together. Please set the removal policy on the automatically created log group "
                                       "directly", "S/F");
    expect_failure(b_bad_arn, "ARNs must start with \"arn:\" and have at least 6 components: not-an-arn", NULL);
    expect_failure(b_retention_twice, "retention and retention_token are one prop (retention): give one, not both", "S/G");
    expect_failure(b_audit_bucket_twice, "s3_bucket_audit_destination and s3_bucket_audit_destination_name are one prop "
                   "(s3BucketAuditDestination): give one, not both", "S/G");
    expect_failure(b_grants_not_a_log_group, "ccdk_logs_log_group_grants_write: not an AWS::Logs::LogGroup resource", "S/Q");
}

/* ------------------------------------------------------------------ the in-memory fingerprint */

static void write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    if (len)
        fwrite(data, 1, len, f);
    fclose(f);
}

/* Contents where the file fingerprint is subtle: CRLF split by the 8 KiB chunk boundary, a text
 * chunk ending in CR at the end, a UTF-8 sequence split by the boundary, invalid UTF-8, a NUL
 * (binary), an empty file; several files, so their order counts. */
TEST(memory_fingerprint_matches_files)
{
    static unsigned char a[20000], b[9000], c[100], d[8193];
    memset(a, 'a', sizeof a);
    a[8191] = '\r', a[8192] = '\n';         /* CRLF across the first boundary */
    a[16383] = 0xc3, a[16384] = 0xa9;       /* é across the second */
    a[sizeof a - 1] = '\r';                 /* held back at the end */
    memset(b, 'b', sizeof b);
    b[10] = 0xff;                           /* invalid UTF-8 */
    b[20] = '\r', b[21] = '\n';
    memset(c, 'c', sizeof c);
    c[50] = 0;                              /* binary */
    memset(d, '\r', sizeof d);              /* all CR */
    const ccdk__memfile files[] = {
        {"a.txt", a, sizeof a}, {"b.txt", b, sizeof b}, {"c.bin", c, sizeof c}, {"d.txt", d, sizeof d}, {"e.txt", a, 0},
    };
    size_t n = sizeof files / sizeof *files;
    char dir[] = "/tmp/ccdk-memfp-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char p[128];
    for (size_t i = 0; i < n; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, files[i].name);
        write_file(p, files[i].data, files[i].len);
    }
    const char *salts[] = {NULL, "salt"};
    for (int s = 0; s < 2; s++) {
        ccdk__fingerprint_opts o = {.follow = CCDK_SYMLINK_EXTERNAL, .ignore_mode = CCDK_IGNORE_GLOB, .extra_hash = salts[s]};
        char want[65], got[65];
        char *err = NULL;
        CHECK(ccdk__fingerprint(dir, &o, want, &err) == 0);
        free(err);
        ccdk__fingerprint_memory(files, n, &o, got);
        CHECK_STR_EQ(got, want);
    }
    for (size_t i = 0; i < n; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, files[i].name);
        unlink(p);
    }
    rmdir(dir);
}

static unsigned char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    unsigned char *buf = NULL;
    size_t cap = 0, n = 0, r;
    do {
        if (n == cap)
            buf = realloc(buf, cap = cap ? 2 * cap : 65536);
        r = fread(buf + n, 1, cap - n, f);
        n += r;
    } while (r);
    fclose(f);
    *len = n;
    return buf;
}

/* aws-cdk-lib's own LogRetention handler directory, hashed from memory, gives the hash aws-cdk-lib
 * gives it (the file fingerprint with ".is_custom_resource" excluded, as AssetStaging does) */
TEST(memory_fingerprint_of_aws_cdk_lib_handler)
{
    const char *d = "node_modules/aws-cdk-lib/custom-resource-handlers/dist/aws-logs/log-retention-handler";
    char p[512];
    snprintf(p, sizeof p, "%s/index.js", d);
    size_t len;
    unsigned char *data = read_all(p, &len);
    if (!CHECK_RET(data))
        return;
    const char *ex[] = {".is_custom_resource", NULL};
    ccdk__fingerprint_opts o = {.exclude = ex, .follow = CCDK_SYMLINK_EXTERNAL, .ignore_mode = CCDK_IGNORE_GLOB};
    char want[65], got[65];
    char *err = NULL;
    CHECK(ccdk__fingerprint(d, &o, want, &err) == 0);
    free(err);
    ccdk__memfile f = {"index.js", data, len};
    ccdk__fingerprint_memory(&f, 1, &o, got);
    CHECK_STR_EQ(got, want);
    free(data);
}

/* The synth stages ccdk's handler, byte for byte the source in src/logs/log-retention-handler/, as
 * asset.<hash>/ (the hash in the template), once per assembly however many stacks use it. */
TEST(handler_staged)
{
    char dir[] = "/tmp/ccdk-logstage-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char out[64];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    for (int i = 0; i < 2; i++) {
        ccdk_stack *s = ccdk_stack_new(app, i ? "S2" : "S1", NULL);
        ccdk_lambda_function_props p = fn_props(s);
        p.log_retention = CCDK_LOGS_RETENTION_ONE_WEEK;
        ccdk_lambda_function_new(s, "F", &p);
    }
    CHECK(ccdk_app_synth(app) == 0);
    ccdk_app_free(app);
    size_t tlen, slen, hlen;
    char tpath[128];
    snprintf(tpath, sizeof tpath, "%s/S1.template.json", out);
    char *tpl = (char *)read_all(tpath, &tlen);
    unsigned char *src = read_all("src/logs/log-retention-handler/index.js", &slen);
    if (!CHECK_RET(tpl && src))
        return;
    tpl = realloc(tpl, tlen + 1);
    tpl[tlen] = 0;
    /* the only S3Key: F has inline code, so it is the handler function's "<hash>.zip" */
    const char *k = strstr(tpl, "\"S3Key\": \"");
    if (!CHECK_RET(k))
        return;
    char hash[65];
    memcpy(hash, k + 10, 64);
    hash[64] = 0;
    char hpath[256];
    snprintf(hpath, sizeof hpath, "%s/asset.%s/index.js", out, hash);
    unsigned char *staged = read_all(hpath, &hlen);
    CHECK_MSG(staged && hlen == slen && !memcmp(staged, src, slen), "%s is not the handler's source", hpath);
    /* nothing else in the asset directory */
    char adir[256];
    snprintf(adir, sizeof adir, "%s/asset.%s", out, hash);
    DIR *dd = opendir(adir);
    int entries = 0;
    for (struct dirent *e; dd && (e = readdir(dd));)
        entries += e->d_name[0] != '.';
    if (dd)
        closedir(dd);
    CHECK_INT_EQ(entries, 1);
    free(tpl);
    free(src);
    free(staged);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    CHECK(system(cmd) == 0);
}

/* fn.logGroup is the same handle on every call, and the one given */
TEST(function_log_group_getter)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function_props p = fn_props(s);
    ccdk_lambda_function *f = ccdk_lambda_function_new(s, "F", &p);
    ccdk_logs_log_group *g = ccdk_lambda_function_log_group(f);
    CHECK(g != NULL);
    CHECK(ccdk_lambda_function_log_group(f) == g);
    CHECK(ccdk_node_try_find_child(f, "LogRetention") != NULL);
    CHECK(ccdk_node_try_find_child(f, "F-LogGroup") != NULL);
    ccdk_logs_log_group *mine = ccdk_logs_log_group_new(s, "Mine", NULL);
    p.log_group = mine;
    ccdk_lambda_function *f2 = ccdk_lambda_function_new(s, "F2", &p);
    CHECK(ccdk_lambda_function_log_group(f2) == mine);
    CHECK(ccdk_lambda_function_log_group(NULL) == NULL);
    CHECK(ccdk_logs_log_group_arn(NULL) == NULL);
    ccdk_app_free(app);
}

/* RetentionDays: the C enum has every value of aws-cdk-lib's, under the same names */
TEST(retention_days_match_aws_cdk_lib)
{
    static const struct {
        const char *name;
        ccdk_logs_retention_days value;
    } ours[] = {
#define R(n) {#n, CCDK_LOGS_RETENTION_##n}
        R(ONE_DAY), R(THREE_DAYS), R(FIVE_DAYS), R(ONE_WEEK), R(TWO_WEEKS), R(ONE_MONTH), R(TWO_MONTHS),
        R(THREE_MONTHS), R(FOUR_MONTHS), R(FIVE_MONTHS), R(SIX_MONTHS), R(ONE_YEAR), R(THIRTEEN_MONTHS),
        R(EIGHTEEN_MONTHS), R(TWO_YEARS), R(THREE_YEARS), R(FIVE_YEARS), R(SIX_YEARS), R(SEVEN_YEARS),
        R(EIGHT_YEARS), R(NINE_YEARS), R(TEN_YEARS), R(INFINITE),
#undef R
    };
    const char *node = getenv("CCDK_NODE");
    char cmd[512];
    snprintf(cmd, sizeof cmd,
             "%s -e 'const r = require(\"./node_modules/aws-cdk-lib/aws-logs\").RetentionDays; "
             "for (const k of Object.keys(r)) if (isNaN(Number(k))) console.log(k + \" \" + r[k])'",
             node ? node : "node");
    FILE *p = popen(cmd, "r");
    if (!CHECK_RET(p))
        return;
    char name[64];
    long value;
    size_t n = 0;
    while (fscanf(p, "%63s %ld", name, &value) == 2) {
        n++;
        int found = 0;
        for (size_t i = 0; i < sizeof ours / sizeof *ours; i++)
            found |= !strcmp(ours[i].name, name) && (long)ours[i].value == value;
        CHECK_MSG(found, "RetentionDays.%s = %ld is not in ccdk_logs_retention_days", name, value);
    }
    CHECK(pclose(p) == 0);
    CHECK_INT_EQ((long long)n, (long long)(sizeof ours / sizeof *ours));
}

/* logGroupPhysicalName(): aws-cdk-lib 2.276.0 resolves it to "named" for a group given a name and to
 * undefined for the others (a group without a name, imports, fn.logGroup) */
TEST(log_group_physical_name)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    CHECK(ccdk_logs_log_group_physical_name(ccdk_logs_log_group_new(st, "A", NULL)) == NULL);
    CHECK_STR_EQ(ccdk_logs_log_group_physical_name(ccdk_logs_log_group_new(st, "B", &(ccdk_logs_log_group_props){.log_group_name = "named"})),
                 "named");
    CHECK(ccdk_logs_log_group_physical_name(ccdk_logs_log_group_from_log_group_name(st, "C", "imported")) == NULL);
    CHECK(ccdk_logs_log_group_physical_name(
              ccdk_logs_log_group_from_log_group_arn(st, "D", "arn:aws:logs:us-east-1:123456789012:log-group:g:*")) == NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(st, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .code = ccdk_lambda_code_from_inline(st, "foo"), .handler = "index.handler"});
    CHECK(ccdk_logs_log_group_physical_name(ccdk_lambda_function_log_group(fn)) == NULL);
    CHECK(ccdk_logs_log_group_physical_name(NULL) == NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

/* loggroup.test.ts 'import from ARN, different region' and 'import from ARN, same region' as
 * written (their `new Stack()`): the import's name, ARN and env (the ARN's region, not the stack's) */
TEST(log_group_import_from_arn_env)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, NULL, NULL);
    const char *import_region = "asgard-1";
    ccdk_logs_log_group *imported = ccdk_logs_log_group_from_log_group_arn(stack, "lg",
        "arn:aws:logs:asgard-1:123456789012:log-group:my-log-group");
    CHECK(ccdk_logs_log_group_add_stream(imported, "MakeMeAStream", NULL) != NULL);
    CHECK_STR_EQ(ccdk_logs_log_group_name(imported), "my-log-group");
    CHECK_STR_EQ(ccdk_logs_log_group_arn(imported), "arn:aws:logs:asgard-1:123456789012:log-group:my-log-group:*");
    CHECK(strcmp(ccdk_logs_log_group_env_region(imported), ccdk_stack_region(stack)) != 0);
    CHECK_STR_EQ(ccdk_logs_log_group_env_region(imported), import_region);
    CHECK_STR_EQ(ccdk_logs_log_group_env_account(imported), "123456789012");
    /* the other imports and a new group: the stack's env (the pseudo parameters' tokens) */
    ccdk_stack *stack2 = ccdk_stack_new(app, "Stack2", NULL);
    ccdk_logs_log_group *by_name = ccdk_logs_log_group_from_log_group_name(stack2, "lg", "my-log-group");
    CHECK_STR_EQ(ccdk_logs_log_group_env_region(by_name), ccdk_stack_region(stack2));
    CHECK_STR_EQ(ccdk_logs_log_group_env_account(by_name), ccdk_stack_account(stack2));
    ccdk_logs_log_group *made = ccdk_logs_log_group_new(stack2, "LogGroup", NULL);
    CHECK_STR_EQ(ccdk_logs_log_group_env_region(made), ccdk_stack_region(stack2));
    CHECK_STR_EQ(ccdk_logs_log_group_env_account(made), ccdk_stack_account(stack2));
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

void ccdk__process_errors_clear(void); /* src/core: the process-wide errors of earlier builds */

/* KinesisDestination of a NULL stream: NULL, an error on the process-wide list; with a stream, a
 * destination whose filter takes a distribution */
TEST(kinesis_destination)
{
    size_t before = ccdk_process_error_count();
    CHECK(ccdk_logs_destinations_kinesis_destination(NULL, NULL) == NULL);
    CHECK_INT_EQ(ccdk_process_error_count(), before + 1);
    ccdk__process_errors_clear(); /* (the list would fail every later synth) */
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "S", NULL);
    ccdk_logs_log_group *g = ccdk_logs_log_group_new(stack, "G", NULL);
    ccdk_logs_subscription_destination *d =
        ccdk_logs_destinations_kinesis_destination(ccdk_kinesis_stream_new(stack, "K", NULL), NULL);
    CHECK(d != NULL);
    CHECK(ccdk_logs_log_group_add_subscription_filter(g, "F", &(ccdk_logs_subscription_filter_props){
              .destination = d,
              .filter_pattern = CCDK_LOGS_FILTER_PATTERN_ALL_EVENTS,
              .distribution = CCDK_LOGS_DISTRIBUTION_RANDOM,
          }) != NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

int main(void)
{
    RUN_ORACLE(retention_days_match_aws_cdk_lib);
    RUN(validations);
    RUN(log_group_physical_name);
    RUN(log_group_import_from_arn_env);
    RUN(kinesis_destination);
    RUN(memory_fingerprint_matches_files);
    RUN_ORACLE(memory_fingerprint_of_aws_cdk_lib_handler);
    RUN(handler_staged);
    RUN(function_log_group_getter);
    return TEST_DONE();
}
