/* test_secretsmanager.c - the edges of ccdk/secretsmanager.h and of the self-managed Kafka event
 * source that the conformance cases do not reach: getters of imports and of NULL, secret names parsed
 * from ARNs (values taken from aws-cdk-lib 2.276.0 by running the same ARNs through it), the resource
 * policy's edges (NULL arguments, imports, one Policy construct), grants through it, NULL and
 * missing props, and props copied at construction. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ccdk/iam.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>
#include <ccdk/secretsmanager.h>

#include "testlib.h"

void ccdk__process_errors_clear(void); /* src/core/arena.h: for tests */

static ccdk_app *quiet_app(void) { return ccdk_app_new(&(ccdk_app_props){.quiet = 1}); }

/* 1 when one of the App's errors contains needle */
static int has_error(ccdk_app *app, const char *needle)
{
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        if (strstr(ccdk_app_error(app, i), needle))
            return 1;
    return 0;
}

static ccdk_lambda_function *new_fn(ccdk_stack *s, const char *id)
{
    return ccdk_lambda_function_new(s, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X, .handler = "index.handler", .code = ccdk_lambda_code_from_inline(s, "x")});
}

TEST(getters_of_null_and_imports)
{
    CHECK(ccdk_secretsmanager_secret_arn(NULL) == NULL);
    CHECK(ccdk_secretsmanager_secret_name(NULL) == NULL);
    CHECK(ccdk_secretsmanager_secret_full_arn(NULL) == NULL);
    CHECK(ccdk_secretsmanager_secret_encryption_key(NULL) == NULL);
    CHECK(ccdk_secretsmanager_secret_resource(NULL) == NULL);
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    const char *complete_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbC123";
    ccdk_secretsmanager_secret *complete = ccdk_secretsmanager_secret_from_secret_complete_arn(s, "C", complete_arn);
    ccdk_secretsmanager_secret *partial =
        ccdk_secretsmanager_secret_from_secret_partial_arn(s, "P", "arn:aws:secretsmanager:us-east-1:123456789012:secret:db");
    ccdk_secretsmanager_secret *by_name = ccdk_secretsmanager_secret_from_secret_name_v2(s, "N", "db");
    CHECK_STR_EQ(ccdk_secretsmanager_secret_arn(complete), complete_arn);
    CHECK_STR_EQ(ccdk_secretsmanager_secret_full_arn(complete), complete_arn);
    CHECK(ccdk_secretsmanager_secret_full_arn(partial) == NULL);
    CHECK(ccdk_secretsmanager_secret_full_arn(by_name) == NULL);
    CHECK(ccdk_secretsmanager_secret_resource(complete) == NULL);
    CHECK(ccdk_secretsmanager_secret_encryption_key(complete) == NULL);
    CHECK_STR_EQ(ccdk_secretsmanager_secret_name(by_name), "db");
    ccdk_kms_key *key = ccdk_kms_key_new(s, "K", NULL);
    ccdk_secretsmanager_secret *owned = ccdk_secretsmanager_secret_new(s, "Owned", &(ccdk_secretsmanager_secret_props){.encryption_key = key});
    CHECK(ccdk_secretsmanager_secret_encryption_key(owned) == key);
    CHECK(ccdk_secretsmanager_secret_resource(owned) != NULL);
    /* a Secret's full ARN is its ARN (the Ref) */
    CHECK_STR_EQ(ccdk_secretsmanager_secret_full_arn(owned), ccdk_secretsmanager_secret_arn(owned));
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

/* parseSecretName: the suffix cut only when it has 6 characters; a "/" resource; ":" in the name */
TEST(secret_names_from_arns)
{
    static const struct {
        const char *arn, *name;
    } cases[] = {
        {"arn:aws:secretsmanager:us-east-1:1:secret:a-b-c1234567", "a-b-c1234567"},
        {"arn:aws:secretsmanager:us-east-1:1:secret:x-abcdef", "x"},
        {"arn:aws:secretsmanager:us-east-1:1:secret/path/name", "path/name"},
        {"arn:aws:secretsmanager:us-east-1:1:secret:a:b-abc123", "a:b"},
    };
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char id[16];
        snprintf(id, sizeof id, "P%zu", i);
        CHECK_STR_EQ(ccdk_secretsmanager_secret_name(ccdk_secretsmanager_secret_from_secret_partial_arn(s, id, cases[i].arn)),
                     cases[i].name);
    }
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

TEST(grant_null_arguments_ignored)
{
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(s, "Secret", NULL);
    ccdk_secretsmanager_secret_grant_read(secret, (ccdk_iam_principal *)NULL);
    ccdk_secretsmanager_secret_grant_read(NULL, new_fn(s, "Fn"));
    ccdk_secretsmanager_secret_grant_read_version_stages(secret, (ccdk_iam_principal *)NULL, CCDK_STRS("AWSCURRENT"));
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

/* addToResourcePolicy: NULL arguments and imports add nothing (autoCreatePolicy false); a Secret
 * makes one "Policy" construct on the first statement and adds the next ones to it */
TEST(add_to_resource_policy_edges)
{
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(s, "Secret", NULL);
    ccdk_iam_policy_statement *st = ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("secretsmanager:GetSecretValue"), .principals = CCDK_LIST(ccdk_iam_any_principal(s))});
    CHECK_INT_EQ(ccdk_secretsmanager_secret_add_to_resource_policy(NULL, st), 0);
    CHECK_INT_EQ(ccdk_secretsmanager_secret_add_to_resource_policy(secret, NULL), 0);
    CHECK(ccdk_node_try_find_child(secret, "Policy") == NULL);
    ccdk_secretsmanager_secret *imported = ccdk_secretsmanager_secret_from_secret_name_v2(s, "Imported", "x");
    CHECK_INT_EQ(ccdk_secretsmanager_secret_add_to_resource_policy(imported, st), 0);
    CHECK_INT_EQ(ccdk_node_child_count(imported), 0);
    CHECK_INT_EQ(ccdk_secretsmanager_secret_add_to_resource_policy(secret, st), 1);
    size_t children = ccdk_node_child_count(secret);
    ccdk_construct *policy = ccdk_node_try_find_child(secret, "Policy");
    CHECK(policy != NULL);
    CHECK_INT_EQ(ccdk_secretsmanager_secret_add_to_resource_policy(secret, st), 1);
    CHECK_INT_EQ(ccdk_node_child_count(secret), children);
    CHECK(ccdk_node_try_find_child(secret, "Policy") == policy);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

/* a grant through the resource policy: an import adds nothing and needs no key; a Secret without a
 * key is aws-cdk-lib's error only when the stack's account is known and not the grantee's */
TEST(grant_through_the_resource_policy)
{
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_principal *service = ccdk_iam_service_principal(s, "lambda.amazonaws.com");
    ccdk_secretsmanager_secret *imported = ccdk_secretsmanager_secret_from_secret_name_v2(s, "Imported", "x");
    ccdk_secretsmanager_secret_grant_read(imported, service);
    CHECK_INT_EQ(ccdk_node_child_count(imported), 0);
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(s, "Secret", NULL);
    ccdk_secretsmanager_secret_grant_read(secret, service);
    CHECK(ccdk_node_try_find_child(secret, "Policy") != NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_stack *known = ccdk_stack_new(app, "Known", &(ccdk_stack_props){.account = "123456789012"});
    ccdk_secretsmanager_secret *same = ccdk_secretsmanager_secret_new(known, "Same", NULL);
    ccdk_secretsmanager_secret_grant_read(same, ccdk_iam_account_principal(known, "123456789012"));
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_secretsmanager_secret *other = ccdk_secretsmanager_secret_new(known, "Other", NULL);
    ccdk_secretsmanager_secret_grant_read(other, ccdk_iam_account_principal(known, "111111111111"));
    CHECK(has_error(app, "KMS Key must be provided for cross account access to Secret"));
    CHECK(has_error(app, "Known/Other"));
    ccdk_app_free(app);
}

TEST(self_managed_kafka_props)
{
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_event_source *none = ccdk_lambda_self_managed_kafka_event_source(s, NULL);
    CHECK(none != NULL);
    CHECK(has_error(app, "props are required"));
    ccdk_app_free(app);

    app = quiet_app();
    s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_event_source *no_servers = ccdk_lambda_self_managed_kafka_event_source(s, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .topic = "t", .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .secret = ccdk_secretsmanager_secret_new(s, "Secret", NULL)});
    CHECK(has_error(app, "bootstrapServers is required"));
    /* binding a source whose constructor failed adds nothing (no mapping, no further errors) */
    size_t before = ccdk_app_error_count(app);
    ccdk_lambda_function_add_event_source(new_fn(s, "Fn"), no_servers);
    CHECK_INT_EQ(ccdk_app_error_count(app), before);
    ccdk_app_free(app);
}

/* a bad owner: the process-wide list, and a usable source */
TEST(self_managed_kafka_bad_owner)
{
    size_t before = ccdk_process_error_count();
    ccdk_lambda_event_source *src = ccdk_lambda_self_managed_kafka_event_source((ccdk_stack *)NULL, NULL);
    CHECK(src != NULL);
    CHECK(ccdk_process_error_count() > before);
    ccdk__process_errors_clear();
}

/* no eventSourceMappingId getter in aws-cdk-lib: NULL, bound or not, without an error */
TEST(self_managed_kafka_no_mapping_getters)
{
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_event_source *src = ccdk_lambda_self_managed_kafka_event_source(s, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_STRS("b:9092"), .topic = "t", .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .secret = ccdk_secretsmanager_secret_new(s, "Secret", NULL)});
    CHECK(ccdk_lambda_event_source_mapping_id_of(src) == NULL);
    ccdk_lambda_function_add_event_source(new_fn(s, "Fn"), src);
    CHECK(ccdk_lambda_event_source_mapping_id_of(src) == NULL);
    CHECK(ccdk_lambda_event_source_mapping_arn_of(src) == NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

/* the props' strings, lists and subnet selection are copied: changing the caller's buffers after the
 * constructor changes nothing in the template */
TEST(self_managed_kafka_copies_props)
{
    char dir[] = "/tmp/ccdk-sm-XXXXXX";
    if (!mkdtemp(dir))
        abort();
    char out[64], path[96];
    snprintf(out, sizeof out, "%s/out", dir);
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    char server[32] = "kafka-a:9092", topic[16] = "orders";
    const char *servers[] = {server};
    ccdk_lambda_event_source *src = ccdk_lambda_self_managed_kafka_event_source(s, &(ccdk_lambda_self_managed_kafka_event_source_props){
        .bootstrap_servers = CCDK_LIST_N(servers, 1), .topic = topic, .starting_position = CCDK_LAMBDA_STARTING_POSITION_LATEST,
        .secret = ccdk_secretsmanager_secret_new(s, "Secret", NULL)});
    strcpy(server, "changed:1");
    strcpy(topic, "changed");
    servers[0] = "changed:2";
    ccdk_lambda_function_add_event_source(new_fn(s, "Fn"), src);
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    snprintf(path, sizeof path, "%s/S.template.json", out);
    FILE *f = fopen(path, "r");
    CHECK(f != NULL);
    char buf[1 << 15];
    size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
    buf[n] = 0;
    if (f)
        fclose(f);
    CHECK_CONTAINS(buf, "\"kafka-a:9092\"");
    CHECK_CONTAINS(buf, "\"orders\"");
    CHECK(!strstr(buf, "changed"));
    ccdk_app_free(app);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK_INT_EQ(system(cmd), 0);
}

int main(void)
{
    RUN(getters_of_null_and_imports);
    RUN(secret_names_from_arns);
    RUN(grant_null_arguments_ignored);
    RUN(add_to_resource_policy_edges);
    RUN(grant_through_the_resource_policy);
    RUN(self_managed_kafka_props);
    RUN(self_managed_kafka_bad_owner);
    RUN(self_managed_kafka_no_mapping_getters);
    RUN(self_managed_kafka_copies_props);
    return TEST_DONE();
}
