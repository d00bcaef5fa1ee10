/* test_ssm_kms_secrets.c - the C-only edges of the SSM, KMS-alias and Secrets Manager additions:
 * NULL handles and arguments, enums out of range, the list parameter's handle, getters of imports. */
#include <string.h>

#include <ccdk/kms.h>
#include <ccdk/lambda.h>
#include <ccdk/secretsmanager.h>
#include <ccdk/ssm.h>

#include "testlib.h"

void ccdk__process_errors_clear(void); /* src/core/arena.h: for tests */

static ccdk_app *quiet_app(void) { return ccdk_app_new(&(ccdk_app_props){.quiet = 1}); }

static int has_error(ccdk_app *app, const char *needle)
{
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        if (strstr(ccdk_app_error(app, i), needle))
            return 1;
    return 0;
}

TEST(ssm_null_and_getters)
{
    CHECK(ccdk_ssm_string_list_parameter_name(NULL) == NULL);
    CHECK(ccdk_ssm_string_list_parameter_arn(NULL) == NULL);
    CHECK(ccdk_ssm_string_list_parameter_type(NULL) == NULL);
    CHECK_INT_EQ((int)ccdk_ssm_string_list_parameter_string_list_value(NULL).count, 0);
    CHECK_INT_EQ(ccdk_ssm_string_list_parameter_grant_read(NULL, (ccdk_iam_principal *)NULL), 0);
    ccdk__process_errors_clear();
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_ssm_string_list_parameter *l = ccdk_ssm_string_list_parameter_from_string_list_parameter_name(s, "L", "/a/b");
    CHECK_STR_EQ(ccdk_ssm_string_list_parameter_name(l), "/a/b");
    CHECK_STR_EQ(ccdk_ssm_string_list_parameter_type(l), "StringList");
    ccdk_strs v1 = ccdk_ssm_string_list_parameter_string_list_value(l);
    ccdk_strs v2 = ccdk_ssm_string_list_parameter_string_list_value(l);
    CHECK_INT_EQ((int)v1.count, 1);
    CHECK(v1.items == v2.items); /* the same list at every call */
    ccdk_ssm_string_list_parameter *a = ccdk_ssm_string_list_parameter_from_list_parameter_attributes(
        s, "A", &(ccdk_ssm_list_parameter_attributes){.parameter_name = "/x", .element_type = CCDK_SSM_PARAMETER_VALUE_TYPE_AWS_EC2_VPC_ID});
    CHECK_STR_EQ(ccdk_ssm_string_list_parameter_type(a), "List<AWS::EC2::VPC::Id>");
    ccdk_ssm_string_parameter *sec = ccdk_ssm_string_parameter_from_secure_string_parameter_attributes(
        s, "Sec", &(ccdk_ssm_secure_string_parameter_attributes){.parameter_name = "/p", .version = CCDK_NUM(0)});
    CHECK_STR_EQ(ccdk_ssm_string_parameter_string_value(sec), "{{resolve:ssm-secure:/p}}"); /* version 0: none */
    CHECK_STR_EQ(ccdk_ssm_string_parameter_type(sec), "SecureString");
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

TEST(ssm_errors)
{
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_opt_num none = {0};
    CHECK_STR_EQ(ccdk_ssm_string_parameter_value_for_typed_string_parameter_v2(s, "/x", (ccdk_ssm_parameter_value_type)99, none), "");
    CHECK_STR_EQ(ccdk_ssm_string_parameter_value_for_typed_string_parameter(s, "/x", CCDK_SSM_PARAMETER_TYPE_SECURE_STRING, none), "");
    CHECK(has_error(app, "fromStringParameterAttributes does not support SecureString"));
    CHECK_STR_EQ(ccdk_ssm_string_parameter_value_for_secure_string_parameter(s, "", none), "");
    CHECK(has_error(app, "parameterName cannot be an empty string"));
    ccdk_ssm_string_list_parameter_from_list_parameter_attributes(s, "A", NULL);
    ccdk_ssm_string_list_parameter_new(s, "N", NULL);
    CHECK(has_error(app, "Cannot read properties of undefined (reading 'find')"));
    ccdk_ssm_string_parameter_from_string_parameter_arn(s, "T", ccdk_aws_region(s));
    CHECK(has_error(app, "stringParameterArn cannot be an unresolved token"));
    ccdk_ssm_string_parameter_from_string_parameter_arn(s, "Null", NULL);
    CHECK(has_error(app, "unexpected StringParameterArn format"));
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
    ccdk__process_errors_clear();
}

TEST(kms_alias_edges)
{
    CHECK(ccdk_kms_alias_name(NULL) == NULL);
    CHECK_INT_EQ(ccdk_kms_key_grant_sign(NULL, (ccdk_iam_principal *)NULL), 0);
    ccdk__process_errors_clear();
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(s, "K", NULL);
    CHECK(ccdk_kms_alias_name(key) == NULL);
    ccdk_kms_key *byname = ccdk_kms_alias_from_alias_name(s, "A", "alias/x");
    CHECK_STR_EQ(ccdk_kms_alias_name(byname), "alias/x");
    CHECK_STR_EQ(ccdk_kms_key_id(byname), "alias/x");
    CHECK_INT_EQ(ccdk_kms_key_add_to_resource_policy(byname, ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("kms:*"), .resources = CCDK_STRS("*"), .principals = CCDK_LIST(ccdk_iam_any_principal(s))})), 0);
    ccdk_kms_key *attrs = ccdk_kms_alias_from_alias_attributes(s, "B", &(ccdk_kms_alias_attributes){.alias_name = "alias/y", .alias_target_key = key});
    /* addAlias through fromAliasAttributes: the target key's (an Alias under the key) */
    CHECK(ccdk_kms_key_add_alias(attrs, "alias/z") != NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_kms_alias_from_alias_attributes(s, "C", NULL);
    CHECK(has_error(app, "aliasTargetKey is required"));
    ccdk_app_free(app);
}

TEST(kms_alias_new_edges)
{
    CHECK(ccdk_kms_alias_arn(NULL) == NULL);
    CHECK(ccdk_kms_alias_target_key(NULL) == NULL);
    ccdk__process_errors_clear();
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_kms_key *key = ccdk_kms_key_new(s, "K", NULL);
    CHECK(ccdk_kms_alias_arn(key) == NULL);
    CHECK(ccdk_kms_alias_target_key(key) == NULL);
    ccdk_kms_key *a = ccdk_kms_alias_new(s, "A", &(ccdk_kms_alias_props){.alias_name = "foo", .target_key = key});
    /* getResourceNameAttribute: a token (the name in its own environment, without aliasNameRef) */
    CHECK(ccdk_token_is_unresolved(ccdk_kms_alias_name(a)));
    CHECK_STR_EQ(ccdk_stack_resolve(s, ccdk_kms_alias_name(a)), "\"alias/foo\"");
    CHECK(ccdk_kms_alias_target_key(a) == key);
    CHECK_STR_EQ(ccdk_kms_alias_arn(a), ccdk_kms_key_arn(a));
    /* alias.addAlias: an Alias under the target key */
    CHECK(ccdk_kms_key_add_alias(a, "bar") != NULL);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    CHECK(ccdk_kms_alias_new(s, "N1", NULL) != NULL);
    CHECK(has_error(app, "new kms.Alias: aliasName is required"));
    ccdk_kms_alias_new(s, "N2", &(ccdk_kms_alias_props){.alias_name = "alias/x"});
    CHECK(has_error(app, "new kms.Alias: targetKey is required"));
    ccdk_kms_key *bad = ccdk_kms_alias_new(s, "N3", &(ccdk_kms_alias_props){.alias_name = "alias/", .target_key = key});
    CHECK(has_error(app, "S: Alias must include a value after"));
    CHECK_STR_EQ(ccdk_kms_alias_name(bad), "");
    ccdk_kms_alias_new(s, "N4", &(ccdk_kms_alias_props){.alias_name = "alias/ok", .target_key = key, .removal_policy = (ccdk_removal_policy)77});
    CHECK(has_error(app, "removalPolicy"));
    ccdk_app_free(app);
}

TEST(secretsmanager_edges)
{
    ccdk_secretsmanager_secret_grant_write(NULL, (ccdk_iam_principal *)NULL);
    ccdk_secretsmanager_secret_add_replica_region(NULL, "eu-west-1", NULL);
    ccdk__process_errors_clear();
    ccdk_app *app = quiet_app();
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_secretsmanager_secret *secret = ccdk_secretsmanager_secret_new(s, "Secret", NULL);
    ccdk_secretsmanager_secret_add_replica_region(secret, NULL, NULL);
    ccdk__process_errors_clear();
    ccdk_secretsmanager_secret_from_secret_attributes(s, "None", NULL);
    CHECK(has_error(app, "must use only one of `secretCompleteArn` or `secretPartialArn`"));
    ccdk_secretsmanager_secret *imp = ccdk_secretsmanager_secret_from_secret_attributes(
        s, "Imp", &(ccdk_secretsmanager_secret_attributes){.secret_partial_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:x"});
    ccdk_secretsmanager_secret_add_replica_region(imp, "eu-west-1", NULL); /* nothing for an import */
    CHECK(ccdk_secretsmanager_secret_full_arn(imp) == NULL);
    ccdk_secretsmanager_secret_add_rotation_schedule(secret, "R1", NULL, &(ccdk_secretsmanager_rotation_schedule_options){
        .hosted_rotation = &(ccdk_secretsmanager_hosted_rotation){.type = (ccdk_secretsmanager_hosted_rotation_type)77}});
    ccdk_secretsmanager_secret_add_rotation_schedule(secret, "R2", NULL, &(ccdk_secretsmanager_rotation_schedule_options){
        .hosted_rotation = &(ccdk_secretsmanager_hosted_rotation){0}});
    CHECK(has_error(app, "hostedRotation: the type is required"));
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
    ccdk__process_errors_clear();
}

int main(void)
{
    RUN(ssm_null_and_getters);
    RUN(ssm_errors);
    RUN(kms_alias_edges);
    RUN(kms_alias_new_edges);
    RUN(secretsmanager_edges);
    return TEST_DONE();
}
