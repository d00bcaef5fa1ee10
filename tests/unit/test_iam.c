/* test_iam.c - IAM: statement merging and sorting under @aws-cdk/aws-iam:minimizePolicies, the
 * merging of equal statements in a role's default policy, validation, assume-role statements. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ccdk/lambda.h>

#include "testlib.h"

void ccdk__process_errors_clear(void); /* tests only (src/core/arena.h) */

#define L(...) (CCDK_STRS(__VA_ARGS__))

static char outdir[64];

static ccdk_app *new_app(int minimize)
{
    snprintf(outdir, sizeof outdir, "/tmp/ccdk-iam-XXXXXX");
    if (!mkdtemp(outdir))
        abort();
    ccdk_kvs on = CCDK_KVS({"@aws-cdk/aws-iam:minimizePolicies", "true"});
    return ccdk_app_new(&(ccdk_app_props){.outdir = outdir, .quiet = 1, .context = minimize ? on : (ccdk_kvs){0}});
}

static void cleanup(ccdk_app *app)
{
    ccdk_app_free(app);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", outdir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", outdir);
}

/* The stack's template without whitespace (none of the strings checked hold any). */
static char *compact_template(ccdk_stack *s)
{
    const char *t = ccdk_stack_template_json(s);
    if (!t)
        return strdup("");
    char *c = malloc(strlen(t) + 1), *q = c;
    for (; *t; t++)
        if (*t != ' ' && *t != '\n')
            *q++ = *t;
    *q = 0;
    return c;
}

static ccdk_iam_role *lambda_role(ccdk_stack *s)
{
    return ccdk_iam_role_new(s, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(s, "lambda.amazonaws.com")});
}

static void add(ccdk_iam_role *r, ccdk_stack *s, ccdk_iam_policy_statement_props p)
{
    ccdk_iam_role_add_to_policy(r, ccdk_iam_policy_statement_new(s, &p));
}

TEST(minimize_merges_and_sorts)
{
    ccdk_app *app = new_app(1);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_role *r = lambda_role(s);
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:PutObject"), .resources = L("arn:aws:s3:::b/*")});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:GetObject"), .resources = L("arn:aws:s3:::b/*")});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:GetObject", "s3:PutObject"), .resources = L("arn:aws:s3:::a/*")});
    add(r, s, (ccdk_iam_policy_statement_props){.sid = "Kept", .actions = L("kms:Decrypt"), .resources = L("*")});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("kms:Decrypt"), .resources = L("*")});
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    char *t = compact_template(s);
    /* the three s3 statements become one, actions and resources sorted */
    CHECK_CONTAINS(t, "{\"Action\":[\"s3:GetObject\",\"s3:PutObject\"],\"Effect\":\"Allow\",\"Resource\":"
                      "[\"arn:aws:s3:::a/*\",\"arn:aws:s3:::b/*\"]}");
    /* a statement with a Sid is never merged */
    CHECK_CONTAINS(t, "{\"Action\":\"kms:Decrypt\",\"Effect\":\"Allow\",\"Resource\":\"*\",\"Sid\":\"Kept\"}");
    CHECK_CONTAINS(t, "{\"Action\":\"kms:Decrypt\",\"Effect\":\"Allow\",\"Resource\":\"*\"}");
    free(t);
    cleanup(app);
}

TEST(without_minimize_only_equal_statements_merge)
{
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_role *r = lambda_role(s);
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:PutObject"), .resources = L("arn:aws:s3:::b/*")});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:GetObject"), .resources = L("arn:aws:s3:::b/*")});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("sqs:A", "sqs:B"), .resources = L("*")});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("sqs:B", "sqs:A"), .resources = L("*")});
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    char *t = compact_template(s);
    CHECK_CONTAINS(t, "\"Statement\":[{\"Action\":\"s3:PutObject\",\"Effect\":\"Allow\",\"Resource\":\"arn:aws:s3:::b/*\"},"
                      "{\"Action\":\"s3:GetObject\",\"Effect\":\"Allow\",\"Resource\":\"arn:aws:s3:::b/*\"},"
                      "{\"Action\":[\"sqs:A\",\"sqs:B\"],\"Effect\":\"Allow\",\"Resource\":\"*\"}]");
    free(t);
    cleanup(app);
}

TEST(minimize_keeps_conditions_apart)
{
    ccdk_app *app = new_app(1);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_role *r = lambda_role(s);
    ccdk_value *c = ccdk_v_json(s, "{\"StringEquals\":{\"aws:RequestedRegion\":\"us-east-1\"}}");
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("ddb:Get"), .resources = L("*"), .conditions = c});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("ddb:Put"), .resources = L("*")});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("ddb:Query"), .resources = L("*"), .conditions = c});
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    char *t = compact_template(s);
    CHECK_CONTAINS(t, "{\"Action\":[\"ddb:Get\",\"ddb:Query\"],\"Condition\":{\"StringEquals\":{\"aws:RequestedRegion\":"
                      "\"us-east-1\"}},\"Effect\":\"Allow\",\"Resource\":\"*\"},{\"Action\":\"ddb:Put\"");
    free(t);
    cleanup(app);
}

/* The statements and the documents aws-cdk-lib 2.276.0 renders for them, with and without the flag. */
static void oracle_case(int minimize, const char *want)
{
    ccdk_app *app = new_app(minimize);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_role *r = lambda_role(s);
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:PutObject"), .resources = L("arn:aws:s3:::b/*")});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:GetObject"), .resources = L("arn:aws:s3:::b/*")});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:GetObject", "s3:PutObject"), .resources = L("arn:aws:s3:::a/*")});
    add(r, s, (ccdk_iam_policy_statement_props){.sid = "Kept", .actions = L("kms:Decrypt"), .resources = L("*")});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("kms:Decrypt"), .resources = L("*")});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("sqs:A", "sqs:B"), .resources = L("*")});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("sqs:B", "sqs:A"), .resources = L("*")});
    ccdk_value *c = ccdk_v_json(s, "{\"StringEquals\":{\"aws:RequestedRegion\":\"us-east-1\"}}");
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("ddb:Get"), .resources = L("*"), .conditions = c});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("ddb:Put"), .resources = L("*")});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("ddb:Query"), .resources = L("*"), .conditions = c});
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    char *t = compact_template(s);
    CHECK_CONTAINS(t, want);
    free(t);
    cleanup(app);
}

TEST(matches_aws_cdk_lib)
{
    oracle_case(0, "\"Statement\":[{\"Action\":\"s3:PutObject\",\"Effect\":\"Allow\",\"Resource\":\"arn:aws:s3:::b/*\"},"
                   "{\"Action\":\"s3:GetObject\",\"Effect\":\"Allow\",\"Resource\":\"arn:aws:s3:::b/*\"},"
                   "{\"Action\":[\"s3:GetObject\",\"s3:PutObject\"],\"Effect\":\"Allow\",\"Resource\":\"arn:aws:s3:::a/*\"},"
                   "{\"Action\":\"kms:Decrypt\",\"Effect\":\"Allow\",\"Resource\":\"*\",\"Sid\":\"Kept\"},"
                   "{\"Action\":\"kms:Decrypt\",\"Effect\":\"Allow\",\"Resource\":\"*\"},"
                   "{\"Action\":[\"sqs:A\",\"sqs:B\"],\"Effect\":\"Allow\",\"Resource\":\"*\"},"
                   "{\"Action\":\"ddb:Get\",\"Condition\":{\"StringEquals\":{\"aws:RequestedRegion\":\"us-east-1\"}},\"Effect\":\"Allow\",\"Resource\":\"*\"},"
                   "{\"Action\":\"ddb:Put\",\"Effect\":\"Allow\",\"Resource\":\"*\"},"
                   "{\"Action\":\"ddb:Query\",\"Condition\":{\"StringEquals\":{\"aws:RequestedRegion\":\"us-east-1\"}},\"Effect\":\"Allow\",\"Resource\":\"*\"}]");
    oracle_case(1, "\"Statement\":[{\"Action\":[\"s3:GetObject\",\"s3:PutObject\"],\"Effect\":\"Allow\",\"Resource\":"
                   "[\"arn:aws:s3:::a/*\",\"arn:aws:s3:::b/*\"]},"
                   "{\"Action\":\"kms:Decrypt\",\"Effect\":\"Allow\",\"Resource\":\"*\",\"Sid\":\"Kept\"},"
                   "{\"Action\":[\"ddb:Put\",\"kms:Decrypt\",\"sqs:A\",\"sqs:B\"],\"Effect\":\"Allow\",\"Resource\":\"*\"},"
                   "{\"Action\":[\"ddb:Get\",\"ddb:Query\"],\"Condition\":{\"StringEquals\":{\"aws:RequestedRegion\":\"us-east-1\"}},"
                   "\"Effect\":\"Allow\",\"Resource\":\"*\"}]");
}

TEST(composite_assume_role_statements)
{
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_role_new(s, "R", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_composite_principal(s, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_service_principal(s, "b.amazonaws.com"), ccdk_iam_service_principal(s, "a.amazonaws.com")))});
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    char *t = compact_template(s);
    CHECK_CONTAINS(t, "\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                      "\"b.amazonaws.com\"}},{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                      "\"a.amazonaws.com\"}}]");
    free(t);
    cleanup(app);

    /* minimized: one statement, services sorted */
    app = new_app(1);
    s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_role_new(s, "R", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_composite_principal(s, (ccdk_iam_principal_list)CCDK_LIST(ccdk_iam_service_principal(s, "b.amazonaws.com"), ccdk_iam_service_principal(s, "a.amazonaws.com")))});
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    t = compact_template(s);
    CHECK_CONTAINS(t, "\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                      "[\"a.amazonaws.com\",\"b.amazonaws.com\"]}}]");
    free(t);
    cleanup(app);
}

static int has_error(ccdk_app *app, const char *msg);

/* A part with conditions is fine as assumedBy (one statement per part), not as a statement's principal. */
TEST(composite_with_conditions)
{
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_principal *a = ccdk_iam_principal_with_conditions(
        ccdk_iam_service_principal(s, "a.amazonaws.com"), ccdk_v_json(s, "{\"StringEquals\":{\"aws:SourceAccount\":\"111\"}}"));
    ccdk_iam_principal *comp = ccdk_iam_composite_principal(s, (ccdk_iam_principal_list)CCDK_LIST(a, ccdk_iam_service_principal(s, "b.amazonaws.com")));
    ccdk_iam_role_new(s, "R", &(ccdk_iam_role_props){.assumed_by = comp});
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    char *t = compact_template(s);
    CHECK_CONTAINS(t, "\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":"
                      "\"111\"}},\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"a.amazonaws.com\"}},{\"Action\":"
                      "\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"b.amazonaws.com\"}}]");
    free(t);
    ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
        .actions = L("s3:GetObject"), .principals = CCDK_LIST(comp)});
    CHECK(has_error(app, "Components of a CompositePrincipal must not have conditions. Tried to add the following fragment: "
                         "{\"principalJson\":{\"Service\":[\"a.amazonaws.com\"]},\"conditions\":"));
    cleanup(app);
}

static int has_error(ccdk_app *app, const char *msg)
{
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        if (strstr(ccdk_app_error(app, i), msg))
            return 1;
    return 0;
}

/* ---- list tokens (core.h ccdk_token_as_list, ccdk_cfn_parameter_value_as_list; iam.h statement resources) */

TEST(token_as_list)
{
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_strs none = ccdk_token_as_list(NULL);
    CHECK_INT_EQ(none.count, 0);
    CHECK(none.built_by_ccdk_list == NULL);
    CHECK(!ccdk_token_is_unresolved_list(none));
    /* Fn.split of a literal is the split strings, which asList keeps */
    ccdk_strs lit = ccdk_token_as_list(ccdk_fn_split(s, ",", "a,b"));
    if (CHECK_RET(lit.count == 2)) {
        CHECK_STR_EQ(lit.items[0], "a");
        CHECK_STR_EQ(lit.items[1], "b");
    }
    CHECK(!ccdk_token_is_unresolved_list(lit));
    /* of a token: a list token, one string that no string test mistakes for a plain string */
    ccdk_strs tok = ccdk_token_as_list(ccdk_fn_split(s, ",", ccdk_aws_region(s)));
    if (CHECK_RET(tok.count == 1)) {
        CHECK(ccdk_token_is_unresolved(tok.items[0]));
        CHECK(ccdk_token_is_unresolved_list(tok));
        CHECK_STR_EQ(ccdk_stack_resolve_value(s, ccdk_v_push(ccdk_v_list(s), ccdk_v_string(s, tok.items[0]))),
                     "{\"Fn::Split\":[\",\",{\"Ref\":\"AWS::Region\"}]}");
    }
    /* a list of other than strings is a value to tokenize too */
    ccdk_strs nums = ccdk_token_as_list(ccdk_v_push(ccdk_v_list(s), ccdk_v_number(s, 1)));
    CHECK(ccdk_token_is_unresolved_list(nums));
    /* isUnresolved of a list: exactly one string, with a list token in it */
    CHECK(!ccdk_token_is_unresolved_list(L("a")));
    CHECK(!ccdk_token_is_unresolved_list(L(ccdk_aws_region(s))));
    if (tok.count == 1) {
        CHECK(!ccdk_token_is_unresolved_list(L(tok.items[0], "a")));
        CHECK(ccdk_token_is_unresolved_list(L(ccdk_fmt(s, "x%s", tok.items[0]))));
    }
    CHECK(!ccdk_token_is_unresolved_list(L("#{Token[]}")));
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    cleanup(app);
}

TEST(cfn_parameter_value_as_list)
{
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_cfn_parameter *subnets = ccdk_cfn_parameter_new(s, "Subnets", &(ccdk_cfn_parameter_props){
        .type = "List<AWS::EC2::Subnet::Id>"});
    ccdk_strs a = ccdk_cfn_parameter_value_as_list(subnets), b = ccdk_cfn_parameter_value_as_list(subnets);
    CHECK(ccdk_token_is_unresolved_list(a));
    CHECK(a.count == 1 && b.count == 1 && !strcmp(a.items[0], b.items[0])); /* one token, as one CfnReference */
    ccdk_strs c = ccdk_cfn_parameter_value_as_list(
        ccdk_cfn_parameter_new(s, "Names", &(ccdk_cfn_parameter_props){.type = "CommaDelimitedList"}));
    CHECK(ccdk_token_is_unresolved_list(c));
    CHECK_INT_EQ(ccdk_cfn_parameter_value_as_list(NULL).count, 0);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    /* cfn-parameter.ts valueAsList of a type that is not a list type */
    ccdk_strs str = ccdk_cfn_parameter_value_as_list(ccdk_cfn_parameter_new(s, "Plain", NULL));
    CHECK_INT_EQ(str.count, 0);
    CHECK(has_error(app, "S/Plain: Parameter type (String) is not a string list type"));
    ccdk_cfn_parameter_value_as_list(ccdk_cfn_parameter_new(s, "Num", &(ccdk_cfn_parameter_props){.type = "Number"}));
    CHECK(has_error(app, "S/Num: Parameter type (Number) is not a string list type"));
    CHECK(ccdk_app_synth(app) != 0);
    cleanup(app);
}

TEST(statement_resources)
{
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    CHECK_INT_EQ(ccdk_iam_policy_statement_resources(NULL).count, 0);
    ccdk_iam_policy_statement *st = ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){.resources = L("b", "a")});
    ccdk_iam_policy_statement_add_resources(st, L("b", "c"));
    ccdk_strs r = ccdk_iam_policy_statement_resources(st); /* an OrderedSet */
    if (CHECK_RET(r.count == 3)) {
        CHECK_STR_EQ(r.items[0], "b");
        CHECK_STR_EQ(r.items[1], "a");
        CHECK_STR_EQ(r.items[2], "c");
    }
    CHECK(!ccdk_token_is_unresolved_list(r));
    ccdk_strs list = ccdk_token_as_list(ccdk_fn_split(s, ",", ccdk_aws_region(s)));
    ccdk_iam_policy_statement *t = ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){.resources = list});
    ccdk_iam_policy_statement_add_resources(t, list); /* the same token again: still one */
    CHECK(ccdk_token_is_unresolved_list(ccdk_iam_policy_statement_resources(t)));
    CHECK(ccdk_token_is_unresolved_list(ccdk_iam_policy_statement_resources(
        ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){.resources = ccdk_cfn_parameter_value_as_list(
            ccdk_cfn_parameter_new(s, "P", &(ccdk_cfn_parameter_props){.type = "CommaDelimitedList"}))}))));
    cleanup(app);
}

/* A list token with other items is aws-cdk-lib's resolveList error ("Cannot add elements to list
 * token, got: ${xs}"), and a list token inside a longer string "Cannot concatenate strings in a
 * tokenized string array"; under minimizePolicies, merging a list token's statement with another's
 * resources makes that list (merge-statements.ts setMerge: sorted). The messages hold ccdk's token. */
static void list_error_case(int minimize, int how, const char *want)
{
    ccdk_app *app = new_app(minimize);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_role *r = lambda_role(s);
    ccdk_strs list = ccdk_token_as_list(ccdk_fn_split(s, ",", ccdk_aws_region(s)));
    if (list.count != 1)
        return;
    const char *marker = list.items[0];
    if (how == 0) {
        add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:GetObject"), .resources = L(marker, "arn:x")});
    } else if (how == 1) {
        add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:GetObject"), .resources = L(ccdk_fmt(s, "x%s", marker))});
    } else {
        add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:GetObject"), .resources = L("arn:x")});
        add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:GetObject"), .resources = list});
    }
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(has_error(app, ccdk_fmt(s, want, marker)));
    CHECK_INT_EQ(ccdk_app_error_count(app), 1);
    cleanup(app);
}

TEST(list_token_with_other_items)
{
    list_error_case(0, 0, "Cannot add elements to list token, got: %s,arn:x");
    list_error_case(1, 0, "Cannot add elements to list token, got: %s,arn:x");
    list_error_case(0, 1, "Cannot concatenate strings in a tokenized string array, got: x%s");
    list_error_case(1, 2, "Cannot add elements to list token, got: %s,arn:x");
}

/* Without minimizePolicies the statements stay apart. Under it, statements of one list token merge,
 * while two Fn.split calls with the same arguments are two tokens (aws-cdk-lib compares the strings
 * before resolution), whose statements with the same actions merge into an error. */
TEST(list_tokens_merge_by_identity)
{
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_role *r = lambda_role(s);
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:GetObject"), .resources = L("arn:x")});
    add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:GetObject"),
                                                .resources = ccdk_token_as_list(ccdk_fn_split(s, ",", ccdk_aws_region(s)))});
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    cleanup(app);

    for (int same = 1; same >= 0; same--) {
        app = new_app(1);
        s = ccdk_stack_new(app, "S", NULL);
        r = lambda_role(s);
        ccdk_strs one = ccdk_token_as_list(ccdk_fn_split(s, ",", ccdk_aws_region(s)));
        ccdk_strs two = same ? one : ccdk_token_as_list(ccdk_fn_split(s, ",", ccdk_aws_region(s)));
        add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:GetObject"), .resources = one});
        add(r, s, (ccdk_iam_policy_statement_props){.actions = L("s3:GetObject"), .resources = two});
        if (same) {
            CHECK_INT_EQ(ccdk_app_synth(app), 0);
        } else if (one.count == 1 && two.count == 1) {
            CHECK(ccdk_app_synth(app) != 0);
            int first = strcmp(one.items[0], two.items[0]) < 0;
            CHECK(has_error(app, ccdk_fmt(s, "Cannot add elements to list token, got: %s,%s", first ? one.items[0] : two.items[0],
                                          first ? two.items[0] : one.items[0])));
        }
        cleanup(app);
    }
}

TEST(validation)
{
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){.actions = L("s3:Get*", "*", "a-b:C*d")});
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){.actions = L("s3:Get-Object")});
    CHECK(has_error(app, "Action 's3:Get-Object' is invalid."));
    ccdk_iam_organization_principal(s, "o-abcdefghij");
    CHECK(!has_error(app, "Expected Organization ID"));
    ccdk_iam_organization_principal(s, "o-ABCDEFGHIJ");
    CHECK(has_error(app, "Expected Organization ID must match regex pattern ^o-[a-z0-9]{10,32}$, received o-ABCDEFGHIJ"));
    CHECK(ccdk_app_synth(app) != 0);
    cleanup(app);

    /* trust policy and inline policies are validated at synth */
    app = new_app(0);
    s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_policy_statement_list bad = CCDK_LIST(
        ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
            .actions = L("s3:GetObject"), .principals = CCDK_LIST(ccdk_iam_any_principal(s)),
            .resources = L("*")}));
    ccdk_iam_role_new(s, "R", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(s, "lambda.amazonaws.com"),
        .inline_policies = CCDK_LIST_OF(ccdk_iam_inline_policy, {"P", ccdk_iam_policy_document_new(s, bad)})});
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(has_error(app, "[S/R] A PolicyStatement used in an identity-based policy cannot specify any IAM principals."));
    cleanup(app);
}

/* A User as a principal: what the accessors say, and NULL / non-user handling (the templates are the
 * conformance case iam-user-grants') */
TEST(user_principal)
{
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_iam_user *u = ccdk_iam_user_new(s, "U", NULL);
    ccdk_iam_principal *p = ccdk_iam_user_principal(u);
    CHECK(p != NULL);
    CHECK(ccdk_iam_user_principal(u) == p); /* grantPrincipal is the user itself: one principal */
    CHECK_INT_EQ(ccdk_iam_principal_kind_of(p), CCDK_IAM_PRINCIPAL_USER);
    CHECK(ccdk_iam_principal_user(p) == u);
    CHECK(ccdk_iam_principal_role(p) == NULL);
    CHECK_STR_EQ(ccdk_iam_principal_to_string(p), "S/U");
    CHECK_STR_EQ(ccdk_iam_principal_account(p), "111111111111");
    CHECK_STR_EQ(ccdk_iam_principal_account(ccdk_iam_account_principal(s, "222222222222")), "222222222222");
    CHECK(ccdk_iam_principal_account(ccdk_iam_arn_principal(s, "arn:aws:iam::333333333333:user/x")) == NULL);
    CHECK(ccdk_iam_principal_account(ccdk_iam_service_principal(s, "lambda.amazonaws.com")) == NULL);
    CHECK(ccdk_iam_principal_account(NULL) == NULL);
    CHECK(ccdk_iam_principal_user(NULL) == NULL);
    CHECK(ccdk_iam_user_principal(NULL) == NULL);

    ccdk_iam_policy_statement *st = ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
        .actions = L("s3:GetObject"), .resources = L("*")});
    CHECK_INT_EQ(ccdk_iam_principal_add_to_policy(p, st), 1);
    CHECK_INT_EQ(ccdk_iam_principal_add_to_policy(ccdk_iam_service_principal(s, "a.amazonaws.com"), st), 0);
    CHECK_INT_EQ(ccdk_iam_principal_add_to_policy((ccdk_iam_principal *)NULL, st), 0);
    CHECK_INT_EQ(ccdk_iam_principal_add_to_policy(p, NULL), 0);
    CHECK(ccdk_iam_user_add_to_principal_policy(NULL, st) == NULL);
    CHECK(ccdk_iam_user_add_to_principal_policy(u, NULL) == NULL);
    ccdk_iam_policy *dp = ccdk_iam_user_add_to_principal_policy(u, st);
    CHECK(dp != NULL);
    CHECK_STR_EQ(ccdk_node_path(dp), "S/U/DefaultPolicy");
    CHECK_INT_EQ(ccdk_iam_grant_add_to_principal(u, L("sqs:SendMessage"), L("*")), 1);
    ccdk_iam_policy_attach_to_user(dp, NULL);
    ccdk_iam_policy_attach_to_user(NULL, u);
    /* an imported user: its account from the ARN; no managed policies */
    ccdk_iam_user *imp = ccdk_iam_user_from_user_arn(s, "Imp", "arn:aws:iam::444444444444:user/a/b");
    CHECK_STR_EQ(ccdk_iam_principal_account(ccdk_iam_user_principal(imp)), "444444444444");
    CHECK_STR_EQ(ccdk_iam_user_name(imp), "b");
    CHECK_STR_EQ(ccdk_node_path(ccdk_iam_user_add_to_principal_policy(imp, st)), "S/Imp/Policy");
    ccdk_iam_user *named = ccdk_iam_user_from_user_name(s, "Named", "c/d");
    CHECK_STR_EQ(ccdk_iam_user_name(named), "d");
    CHECK_STR_EQ(ccdk_iam_principal_account(ccdk_iam_user_principal(named)), "111111111111");
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_iam_user_add_managed_policy(imp, ccdk_iam_managed_policy_from_aws_managed_policy_name(s, "ReadOnlyAccess"));
    CHECK(has_error(app, "S/Imp: Cannot add managed policy to imported User"));
    CHECK(ccdk_app_synth(app) != 0);
    cleanup(app);
    /* the NULL targets and arguments above are errors on the process-wide list (they fail every
     * later synth of the process): cleared for the next tests (tests only) */
    CHECK(ccdk_process_error_count() >= 6);
    ccdk__process_errors_clear();

    app = new_app(0);
    s = ccdk_stack_new(app, "S", NULL);
    u = ccdk_iam_user_new(s, "U", NULL);
    dp = ccdk_iam_user_add_to_principal_policy(u, ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
        .actions = L("s3:GetObject"), .resources = L("*")}));
    ccdk_iam_policy_attach_to_user(dp, u);
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    char *t = compact_template(s);
    /* one policy, the user once in its Users */
    CHECK_CONTAINS(t, "\"Users\":[{\"Ref\":\"U");
    CHECK(strstr(t, "\"Users\":[{\"Ref\":\"U") == strstr(t, "\"Users\""));
    free(t);
    cleanup(app);
}

/* a grant to a NULL grantee (a NULL function's grant principal) is an error: the synth fails rather
 * than write a template without the grant. The process-wide list fails every later synth of the
 * process: this test runs last. */
TEST(grant_to_null_grantee)
{
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    size_t before = ccdk_process_error_count();
    CHECK_INT_EQ(ccdk_iam_grant_add_to_principal((ccdk_iam_principal *)NULL, L("sqs:SendMessage"), L("*")), 0);
    CHECK_INT_EQ(ccdk_iam_grant_add_to_principal_or_resource((ccdk_iam_principal *)NULL, &(ccdk_iam_grant_on_resource){
        .actions = L("sqs:SendMessage"), .resource_arns = L("*")}), 0);
    CHECK_INT_EQ((long long)(ccdk_process_error_count() - before), 2);
    CHECK_CONTAINS(ccdk_process_error(before), "ccdk_iam_grant_add_to_principal: the grantee is NULL");
    CHECK(ccdk_app_synth(app) != 0);
    (void)s;
    cleanup(app);
}

/* principal.inOrganization(id): withConditions({StringEquals: {"aws:PrincipalOrgID": id}}), on top of
 * the principal's own conditions */
TEST(principal_in_organization)
{
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_principal *any = ccdk_iam_any_principal(s);
    ccdk_iam_principal *p = ccdk_iam_principal_in_organization(
        ccdk_iam_principal_with_conditions(any, ccdk_v_json(s, "{\"StringEquals\": {\"a\": \"b\"}}")), "o-1");
    ccdk_value *eq = ccdk_v_get(ccdk_iam_principal_conditions(p), "StringEquals");
    CHECK(eq != NULL);
    CHECK(ccdk_v_get(eq, "a") != NULL);
    ccdk_value *org = ccdk_v_get(eq, "aws:PrincipalOrgID");
    CHECK(org != NULL);
    CHECK_INT_EQ(ccdk_iam_principal_kind_of(p), ccdk_iam_principal_kind_of(any));
    CHECK(ccdk_iam_principal_in_organization(NULL, "o-1") == NULL);
    CHECK(ccdk_iam_principal_conditions(any) == NULL || !ccdk_v_get(ccdk_iam_principal_conditions(any), "StringEquals"));
    cleanup(app);
}

/* Federated principals and session tags: toString, values, NULL handling. */
TEST(federated_principals)
{
    ccdk__process_errors_clear(); /* an earlier test's would fail the synths below */
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_principal *f = ccdk_iam_federated_principal(s, "fed", NULL, NULL);
    CHECK_INT_EQ(ccdk_iam_principal_kind_of(f), CCDK_IAM_PRINCIPAL_FEDERATED);
    CHECK_STR_EQ(ccdk_iam_principal_value(f), "fed");
    CHECK_STR_EQ(ccdk_iam_principal_to_string(f), "FederatedPrincipal(fed)");
    ccdk_iam_saml_provider *saml = ccdk_iam_saml_provider_from_saml_provider_arn(s, "P", "arn:aws:iam::1:saml-provider/P");
    CHECK_STR_EQ(ccdk_iam_saml_provider_arn(saml), "arn:aws:iam::1:saml-provider/P");
    CHECK_STR_EQ(ccdk_iam_principal_to_string(ccdk_iam_saml_console_principal(saml, NULL)),
                 "SamlConsolePrincipal(arn:aws:iam::1:saml-provider/P)");
    ccdk_iam_principal *tagged = ccdk_iam_principal_with_session_tags(ccdk_iam_web_identity_principal(s, "idp", NULL));
    CHECK_INT_EQ(ccdk_iam_principal_kind_of(tagged), CCDK_IAM_PRINCIPAL_FEDERATED);
    CHECK(ccdk_iam_principal_with_session_tags(NULL) == NULL);
    CHECK(ccdk_iam_saml_provider_arn(NULL) == NULL);
    CHECK(ccdk_iam_open_id_connect_provider_arn(NULL) == NULL);
    CHECK(ccdk_app_synth(app) == 0);
    size_t before = ccdk_process_error_count();
    CHECK(ccdk_iam_saml_principal(NULL, NULL) == NULL);
    CHECK(ccdk_iam_open_id_connect_principal(NULL, NULL) == NULL);
    CHECK(ccdk_iam_federated_principal(s, NULL, NULL, NULL) != NULL);
    CHECK_INT_EQ((long long)(ccdk_process_error_count() - before), 3);
    CHECK(ccdk_app_synth(app) != 0);
    ccdk__process_errors_clear();
    cleanup(app);
}

/* Groups: names and ARNs, NULL handling, withoutPolicyUpdates made once. */
TEST(groups_and_immutable_roles)
{
    ccdk__process_errors_clear(); /* an earlier test's would fail the synths below */
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_group *g = ccdk_iam_group_from_group_arn(s, "G", "arn:aws:iam::123456789012:group/division/Name");
    CHECK_STR_EQ(ccdk_iam_group_name(g), "division/Name");
    CHECK(ccdk_iam_group_resource(g) == NULL);
    CHECK_INT_EQ(ccdk_iam_principal_kind_of(ccdk_iam_group_principal(g)), CCDK_IAM_PRINCIPAL_GROUP);
    CHECK(ccdk_iam_principal_group(ccdk_iam_group_principal(g)) == g);
    CHECK_STR_EQ(ccdk_iam_principal_account(ccdk_iam_group_principal(g)), "123456789012");
    CHECK_STR_EQ(ccdk_iam_principal_to_string(ccdk_iam_group_principal(g)), "S/G");
    ccdk_iam_group *n = ccdk_iam_group_new(s, "N", NULL);
    CHECK(ccdk_iam_group_resource(n) != NULL);
    ccdk_iam_group_add_managed_policy(n, NULL); /* ignored */
    ccdk_iam_role *r = ccdk_iam_role_new(s, "R", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(s, "a.amazonaws.com")});
    ccdk_iam_role *im = ccdk_iam_role_without_policy_updates(r, NULL);
    CHECK(im != r && im == ccdk_iam_role_without_policy_updates(r, NULL));
    CHECK_STR_EQ(ccdk_iam_role_arn(im), ccdk_iam_role_arn(r));
    CHECK(ccdk_iam_role_resource(im) == ccdk_iam_role_resource(r));
    CHECK_INT_EQ(ccdk_iam_grant_add_to_principal(im, L("s3:GetObject"), L("*")), 1); /* reported as added */
    CHECK(ccdk_app_synth(app) == 0);
    size_t before = ccdk_process_error_count();
    ccdk_iam_group_add_user(g, NULL);
    ccdk_iam_user_add_to_group(NULL, g);
    ccdk_iam_group_attach_inline_policy(NULL, NULL);
    CHECK(ccdk_iam_group_add_to_principal_policy(NULL, NULL) == NULL);
    CHECK(ccdk_iam_role_without_policy_updates(NULL, NULL) == NULL);
    CHECK((long long)(ccdk_process_error_count() - before) >= 5);
    CHECK(ccdk_app_synth(app) != 0);
    ccdk__process_errors_clear();
    cleanup(app);
}

/* fromJson: a json that is not an object is a process-wide error; a statement still comes back. */
TEST(from_json_not_an_object)
{
    ccdk__process_errors_clear(); /* an earlier test's would fail the synths below */
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    size_t before = ccdk_process_error_count();
    CHECK(ccdk_iam_policy_statement_from_json(s, NULL) != NULL);
    CHECK(ccdk_iam_policy_document_from_json(s, ccdk_v_json(s, "[1]")) != NULL);
    CHECK_INT_EQ((long long)(ccdk_process_error_count() - before), 2);
    ccdk_iam_policy_statement *st = ccdk_iam_policy_statement_from_json(
        s, ccdk_v_json(s, "{\"Action\": \"s3:GetObject\", \"Resource\": \"*\", \"Principal\": \"*\"}"));
    CHECK_INT_EQ(ccdk_iam_principal_kind_of(ccdk_iam_policy_statement_principal(st, 0)), CCDK_IAM_PRINCIPAL_JSON);
    ccdk__process_errors_clear();
    cleanup(app);
}

static int file_contains(const char *dir, const char *name, const char *needle)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    char buf[16384];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return strstr(buf, needle) != NULL;
}

/* Role.customizeRoles: NULLs are errors on the process-wide list (no crash); without a name the
 * role is "missing role" and the synth goes on; a precreated role has no CfnRole; a failed synth
 * writes no report. */
/* role.roleId and role.assumeRolePolicy: NULL for NULL and for an import, without an error; the
 * trust document is the one rendered; a precreated role's roleId is aws-cdk-lib's error */
TEST(role_id_and_trust_policy)
{
    size_t before = ccdk_process_error_count();
    CHECK((ccdk_iam_role_id)(NULL) == NULL);
    CHECK((ccdk_iam_role_assume_role_policy)(NULL) == NULL);
    CHECK_INT_EQ((long long)(ccdk_process_error_count() - before), 0);

    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_role *r = ccdk_iam_role_new(s, "R", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(s, "a.amazonaws.com")});
    ccdk_iam_role *imported = ccdk_iam_role_from_role_name(s, "I", "imported");
    CHECK(ccdk_token_is_unresolved(ccdk_iam_role_id(r)));
    CHECK(ccdk_iam_role_assume_role_policy(r) != NULL);
    CHECK(ccdk_iam_role_id(imported) == NULL);
    CHECK(ccdk_iam_role_assume_role_policy(imported) == NULL);
    ccdk_iam_policy_document_add_statements(ccdk_iam_role_assume_role_policy(r),
        ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
            .actions = L("sts:TagSession"), .principals = CCDK_LIST(ccdk_iam_account_principal(s, "123456789012"))}));
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    CHECK_INT_EQ(file_contains(outdir, "S.template.json", "sts:TagSession"), 1);
    cleanup(app);

    app = new_app(0);
    s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_role_customize_roles(s, &(ccdk_iam_customize_roles_options){.use_precreated_roles = CCDK_KVS({"R", "r"})});
    r = ccdk_iam_role_new(s, "R", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(s, "a.amazonaws.com")});
    CHECK(ccdk_iam_role_id(r) == NULL);
    CHECK(has_error(app, "S/R: \"roleId\" is not available on precreated roles"));
    CHECK(ccdk_app_synth(app) != 0);
    cleanup(app);
}

TEST(customize_roles)
{
    size_t before = ccdk_process_error_count();
    (ccdk_iam_role_customize_roles)(NULL, NULL); /* past the checked macro */
    CHECK_INT_EQ((long long)(ccdk_process_error_count() - before), 1);
    ccdk__process_errors_clear();

    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    before = ccdk_process_error_count();
    ccdk_iam_role_customize_roles(s, &(ccdk_iam_customize_roles_options){
        .use_precreated_roles = CCDK_KVS({NULL, "x"}, {"R", NULL}, {"Named", "named-role"}),
    });
    CHECK_INT_EQ((long long)(ccdk_process_error_count() - before), 2);
    ccdk__process_errors_clear();
    ccdk_iam_role *r = ccdk_iam_role_new(s, "R", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(s, "a.amazonaws.com")});
    ccdk_iam_role *named = ccdk_iam_role_new(s, "Named", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(s, "a.amazonaws.com")});
    CHECK(ccdk_iam_role_resource(r) == NULL);
    CHECK_STR_EQ(ccdk_iam_role_name(named), "named-role");
    CHECK(ccdk_iam_role_without_policy_updates(r, NULL) != NULL); /* no CfnRole to point at: no crash */
    ccdk_iam_role_add_to_policy(r, ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
        .actions = L("s3:GetObject"), .resources = L("*")}));
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    CHECK_INT_EQ(file_contains(outdir, "iam-policy-report.json", "\"roleName\": \"missing role\""), 1);
    CHECK_INT_EQ(file_contains(outdir, "iam-policy-report.txt", "<named-role> (S/Named)"), 1);
    CHECK_INT_EQ(file_contains(outdir, "S.metadata.json", "MissingPrecreatedRoleName"), 1);
    cleanup(app);

    app = new_app(0);
    s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_role_customize_roles(s, NULL);
    ccdk_iam_role_new(s, "R", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(s, "a.amazonaws.com")});
    ccdk_iam_role_new(s, "Bad", NULL); /* "Role requires assumedBy": the synth fails */
    CHECK(ccdk_app_synth(app) != 0);
    CHECK_INT_EQ(file_contains(outdir, "iam-policy-report.json", "roles"), -1);
    cleanup(app);
}

/* LazyRole as a grantee: its principal (kind, accessors, toString, account), grants that wait and
 * make no role, the role made by a policyFragment read and by grant(); NULL handling. */
TEST(lazy_role_principal)
{
    size_t before = ccdk_process_error_count();
    CHECK((ccdk_iam_lazy_role_principal)(NULL) == NULL);
    CHECK((ccdk_iam_lazy_role_id)(NULL) == NULL);
    CHECK(ccdk_iam_principal_lazy_role(NULL) == NULL);
    CHECK_INT_EQ((long long)(ccdk_process_error_count() - before), 0);
    CHECK_INT_EQ((ccdk_iam_lazy_role_grant_pass_role)(NULL, NULL), 0);
    CHECK_INT_EQ((long long)(ccdk_process_error_count() - before), 1);
    ccdk__process_errors_clear();

    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", &(ccdk_stack_props){.account = "111111111111", .region = "eu-west-1"});
    ccdk_iam_lazy_role *l = ccdk_iam_lazy_role_new(s, "L", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(s, "a.amazonaws.com")});
    ccdk_iam_principal *p = ccdk_iam_lazy_role_principal(l);
    CHECK(p != NULL && p == ccdk_iam_lazy_role_principal(l));
    CHECK(CCDK_IAM_GRANTABLE(l) == p);
    CHECK_INT_EQ(ccdk_iam_principal_kind_of(p), CCDK_IAM_PRINCIPAL_LAZY_ROLE);
    CHECK(ccdk_iam_principal_lazy_role(p) == l);
    CHECK(ccdk_iam_principal_role(p) == NULL);
    CHECK_STR_EQ(ccdk_iam_principal_to_string(p), "S/L");
    CHECK_STR_EQ(ccdk_iam_principal_account(p), "111111111111");
    CHECK(ccdk_iam_principal_owned_stack(p) == NULL); /* Resource.isOwnedResource: no CfnResource child */
    /* grants wait: no role */
    CHECK_INT_EQ(ccdk_iam_grant_add_to_principal(l, L("s3:GetObject"), L("*")), 1);
    CHECK_INT_EQ(ccdk_iam_principal_add_to_policy(l, ccdk_iam_policy_statement_new(s, &(ccdk_iam_policy_statement_props){
        .actions = L("s3:PutObject"), .resources = L("*")})), 1);
    CHECK(ccdk_node_try_find_child(l, "Default") == NULL);
    /* the policyFragment makes it: {"AWS": [the role's ARN]} */
    ccdk_value *json = ccdk_iam_principal_policy_json(p);
    CHECK(ccdk_node_try_find_child(l, "Default") != NULL);
    CHECK(json != NULL);
    CHECK(ccdk_token_is_unresolved(ccdk_iam_lazy_role_id(l)));
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    CHECK_INT_EQ(file_contains(outdir, "S.template.json", "s3:PutObject"), 1);
    cleanup(app);

    /* lazyRole.grant makes the role (the grantee's policy takes the statement) */
    app = new_app(0);
    s = ccdk_stack_new(app, "S", NULL);
    l = ccdk_iam_lazy_role_new(s, "L", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_service_principal(s, "a.amazonaws.com")});
    ccdk_iam_user *u = ccdk_iam_user_new(s, "U", NULL);
    CHECK_INT_EQ(ccdk_iam_lazy_role_grant(l, u, L("iam:GetRole")), 1);
    CHECK(ccdk_node_try_find_child(l, "Default") != NULL);
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    CHECK_INT_EQ(file_contains(outdir, "S.template.json", "iam:GetRole"), 1);
    cleanup(app);
}

/* ---- Grant.addToPrincipalOrResource (iam.h ccdk_iam_grant_add_to_principal_or_resource) */

/* a resource whose addToResourcePolicy keeps the statement it is given */
static int keep_statement(void *resource, ccdk_iam_policy_statement *statement)
{
    *(ccdk_iam_policy_statement **)resource = statement;
    return 1;
}

/* conditions[op][key] of a statement's JSON, as a string; NULL when it has none */
static const char *condition_of(ccdk_iam_policy_statement *st, const char *op, const char *key)
{
    ccdk_value *c = st ? ccdk_v_get(ccdk_iam_policy_statement_to_json(st), "Condition") : NULL;
    ccdk_value *v = ccdk_v_get(ccdk_v_get(c, op), key);
    return v ? ccdk_v_to_string(v) : NULL;
}

/* GrantWithResourceOptions.conditions go into both statements, the grantee's and the resource
 * policy's (grant.ts passes them to each new PolicyStatement), as EFS's grantRead gives them */
TEST(grant_on_resource_conditions)
{
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_iam_role *r = lambda_role(s);
    ccdk_iam_policy_statement *on_resource = NULL, *grant_statement = NULL;
    int added = ccdk_iam_grant_add_to_principal_or_resource(r, &(ccdk_iam_grant_on_resource){
        .actions = L("elasticfilesystem:ClientMount"),
        .resource_arns = L("arn:aws:elasticfilesystem:us-east-1:222222222222:file-system/fs-1"),
        .conditions = ccdk_v_json(s, "{\"Bool\": {\"elasticfilesystem:AccessedViaMountTarget\": \"true\"}}"),
        .resource_account = "222222222222", /* another account: the resource's policy too */
        .add_to_resource_policy = keep_statement,
        .resource = &on_resource,
        .statement = &grant_statement,
    });
    CHECK_INT_EQ(added, CCDK_IAM_GRANT_ON_PRINCIPAL | CCDK_IAM_GRANT_ON_RESOURCE);
    CHECK(on_resource != NULL && on_resource == grant_statement);
    CHECK_STR_EQ(condition_of(on_resource, "Bool", "elasticfilesystem:AccessedViaMountTarget"), "true");
    CHECK_INT_EQ(ccdk_iam_policy_statement_principal_count(on_resource), 1);
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    char *t = compact_template(s);
    CHECK_CONTAINS(t, "{\"Action\":\"elasticfilesystem:ClientMount\",\"Condition\":{\"Bool\":"
                      "{\"elasticfilesystem:AccessedViaMountTarget\":\"true\"}},\"Effect\":\"Allow\"");
    free(t);
    cleanup(app);

    /* without conditions: none, in either statement */
    app = new_app(0);
    s = ccdk_stack_new(app, "S", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    r = lambda_role(s);
    on_resource = NULL;
    ccdk_iam_grant_add_to_principal_or_resource(r, &(ccdk_iam_grant_on_resource){
        .actions = L("sqs:SendMessage"), .resource_arns = L("arn:aws:sqs:us-east-1:222222222222:q"),
        .resource_account = "222222222222", .add_to_resource_policy = keep_statement, .resource = &on_resource});
    CHECK(on_resource != NULL);
    CHECK(ccdk_v_get(ccdk_iam_policy_statement_to_json(on_resource), "Condition") == NULL);
    CHECK_INT_EQ(ccdk_app_synth(app), 0);
    t = compact_template(s);
    CHECK(strstr(t, "Condition") == NULL);
    free(t);
    cleanup(app);
}

/* The shared grant makes its statements as grant.ts does, new PolicyStatement({...}): an invalid
 * action is an error even when no policy takes the statement (addToPrincipal makes it first), and
 * a Group (not an import) cannot be the resource statement's Principal. The messages are
 * aws-cdk-lib 2.276.0's for queue.grant(new ServicePrincipal(...), 'bad action') and for
 * queue.grantSendMessages(group) with the group's stack in another account. */
TEST(grant_on_resource_validates_statements)
{
    ccdk_app *app = new_app(0);
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_policy_statement *kept = NULL;
    ccdk_iam_grant_add_to_principal_or_resource(ccdk_iam_service_principal(s, "sns.amazonaws.com"),
                                                &(ccdk_iam_grant_on_resource){
        .actions = L("bad action"), .resource_arns = L("*"), .add_to_resource_policy = keep_statement, .resource = &kept});
    CHECK(has_error(app, "Action 'bad action' is invalid. An action string consists of a service namespace, a colon, and "
                         "the name of an action. Action names can include wildcards."));
    CHECK(ccdk_app_synth(app) != 0);
    cleanup(app);

    app = new_app(0);
    s = ccdk_stack_new(app, "S", NULL);
    ccdk_iam_grant_add_to_principal(lambda_role(s), L("bad"), L("*"));
    CHECK(has_error(app, "Action 'bad' is invalid."));
    cleanup(app);

    app = new_app(0);
    ccdk_stack *a = ccdk_stack_new(app, "A", &(ccdk_stack_props){.account = "111111111111", .region = "us-east-1"});
    ccdk_iam_group *g = ccdk_iam_group_new(a, "G", NULL);
    kept = NULL;
    int added = ccdk_iam_grant_add_to_principal_or_resource(g, &(ccdk_iam_grant_on_resource){
        .actions = L("sqs:SendMessage"), .resource_arns = L("arn:aws:sqs:us-east-1:222222222222:q"),
        .resource_account = "222222222222", .add_to_resource_policy = keep_statement, .resource = &kept});
    CHECK_INT_EQ(added & CCDK_IAM_GRANT_ON_PRINCIPAL, CCDK_IAM_GRANT_ON_PRINCIPAL);
    CHECK(has_error(app, "Cannot use an IAM Group as the 'Principal' or 'NotPrincipal' in an IAM Policy"));
    CHECK(ccdk_app_synth(app) != 0);
    cleanup(app);
}

int main(void)
{
    RUN(minimize_merges_and_sorts);
    RUN(without_minimize_only_equal_statements_merge);
    RUN(minimize_keeps_conditions_apart);
    RUN(matches_aws_cdk_lib);
    RUN(composite_assume_role_statements);
    RUN(composite_with_conditions);
    RUN(validation);
    RUN(user_principal);
    RUN(token_as_list);
    RUN(cfn_parameter_value_as_list);
    RUN(statement_resources);
    RUN(list_token_with_other_items);
    RUN(list_tokens_merge_by_identity);
    RUN(grant_to_null_grantee);
    RUN(principal_in_organization);
    RUN(federated_principals);
    RUN(groups_and_immutable_roles);
    RUN(from_json_not_an_object);
    RUN(customize_roles);
    RUN(role_id_and_trust_policy);
    RUN(lazy_role_principal);
    RUN(grant_on_resource_conditions);
    RUN(grant_on_resource_validates_statements);
    return TEST_DONE();
}
