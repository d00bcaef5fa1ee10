/* test_trust.c - tokens and scopes ccdk cannot trust are errors, with aws-cdk-lib 2.276.0's
 * messages: a token of another App, a token string no App made, a token where aws-cdk-lib needs a
 * resolved string (a map key, a stack name), and a scope that is not a construct (a process-wide
 * error that every synth reports). Each expected message was taken from aws-cdk-lib by running the
 * same app in JavaScript; where it holds a token, aws-cdk-lib prints its own marker
 * ("${Token[AWS.Region.9]}") and ccdk prints its own in the same place. */
/* This file passes what the checked handle macros reject at compile time (NULL, pointers that
 * are not constructs, handles as void *): it tests the run-time path behind them, so it calls the
 * functions themselves, as C++ code and the library do. */
#define CCDK__BUILDING
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ccdk/cloudwatch.h"
#include "ccdk/codeguru.h"
#include "ccdk/ecr.h"
#include "ccdk/events.h"
#include "ccdk/lambda_event_sources.h"
#include "ccdk/iam.h"
#include "ccdk/lambda.h"
#include "ccdk/lambda_code_signing.h"
#include "ccdk/lambda_image.h"
#include "ccdk/lambda_singleton.h"
#include "ccdk/lambda_versions.h"
#include "ccdk/secretsmanager.h"
#include "ccdk/signer.h"
#include "ccdk/sns.h"
#include "ccdk/sqs.h"
#include "internal.h"
#include "testlib.h"

static char tmpdir[] = "/tmp/ccdk-test-trust-XXXXXX";

static ccdk_app *new_app(const char *name)
{
    char out[512];
    snprintf(out, sizeof out, "%s/%s", tmpdir, name);
    return ccdk_app_new(&(ccdk_app_props){.outdir = out, .quiet = 1});
}

static int has_error(ccdk_app *app, const char *needle)
{
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        if (strstr(ccdk_app_error(app, i), needle))
            return 1;
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        fprintf(stderr, "    error %zu: %s\n", i, ccdk_app_error(app, i));
    return 0;
}

/* an error line that is exactly msg (unscoped errors carry no path) */
static int has_exact_error(ccdk_app *app, const char *msg)
{
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        if (!strcmp(ccdk_app_error(app, i), msg))
            return 1;
    fprintf(stderr, "    want exactly: %s\n", msg);
    for (size_t i = 0; i < ccdk_app_error_count(app); i++)
        fprintf(stderr, "    error %zu: %s\n", i, ccdk_app_error(app, i));
    return 0;
}

static ccdk_lambda_function *inline_fn(void *scope, const char *id)
{
    return ccdk_lambda_function_new(scope, id, &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(scope, "x"),
    });
}

static const char CROSS_APP[] =
    "Cannot reference across apps. Consuming and producing stacks must be defined within the same CDK app.";

/* ------------------------------------------------------------------ 1. cross-app references */

/* aws-cdk-lib: new Function(s2, 'F2', {environment: {A: f1.functionArn}}) with f1 in another App
 * throws at app2.synth(): UnscopedValidationError CROSS_APP. Before ccdk numbered tokens per
 * process, app1's token resolved to app2's token of the same number: a Fn::GetAtt on app2's own
 * function, and exit 0. */
TEST(cross_app_reference_in_environment)
{
    ccdk_app *app1 = new_app("xapp1"), *app2 = new_app("xapp2");
    ccdk_lambda_function *f1 = inline_fn(ccdk_stack_new(app1, "S", NULL), "F1");
    ccdk_stack *s2 = ccdk_stack_new(app2, "S2", NULL);
    ccdk_lambda_function *f2 = inline_fn(s2, "F2");
    ccdk_lambda_function_add_environment(f2, "A", ccdk_lambda_function_arn(f1));
    CHECK(ccdk_app_synth(app2) != 0);
    CHECK(has_exact_error(app2, CROSS_APP));
    CHECK(ccdk_app_synth(app1) == 0); /* app1 itself is fine */
    ccdk_app_free(app1);
    ccdk_app_free(app2);
}

/* the same in a string that mixes text and the token (CfnOutput value "arn=" + f1.functionArn) */
TEST(cross_app_reference_in_concatenation)
{
    ccdk_app *app1 = new_app("xcat1"), *app2 = new_app("xcat2");
    ccdk_lambda_function *f1 = inline_fn(ccdk_stack_new(app1, "S", NULL), "F1");
    ccdk_stack *s2 = ccdk_stack_new(app2, "S2", NULL);
    inline_fn(s2, "Own"); /* app2 has tokens of its own, which a wrong lookup would find */
    char value[256];
    snprintf(value, sizeof value, "arn=%s", ccdk_lambda_function_arn(f1));
    ccdk_cfn_output_new(s2, "O", &(ccdk_cfn_output_props){.value = value});
    CHECK(ccdk_app_synth(app2) != 0);
    CHECK(has_exact_error(app2, CROSS_APP));
    ccdk_app_free(app2);
    ccdk_app_free(app1);
}

/* a token of an App that has been freed is still another App's: never resolved, never read */
TEST(cross_app_reference_of_freed_app)
{
    ccdk_app *app1 = new_app("xfree1");
    ccdk_lambda_function *f1 = inline_fn(ccdk_stack_new(app1, "S", NULL), "F1");
    char arn[128];
    snprintf(arn, sizeof arn, "%s", ccdk_lambda_function_arn(f1));
    ccdk_app_free(app1);
    ccdk_app *app2 = new_app("xfree2");
    ccdk_stack *s2 = ccdk_stack_new(app2, "S2", NULL);
    inline_fn(s2, "Own");
    ccdk_cfn_output_new(s2, "O", &(ccdk_cfn_output_props){.value = arn});
    CHECK(ccdk_app_synth(app2) != 0);
    CHECK(has_exact_error(app2, CROSS_APP));
    ccdk_app_free(app2);
}

/* aws-cdk-lib's pseudo parameters (Aws.REGION) are tokens of no App: one App's region token works in
 * another, and is not taken for a reference across apps */
TEST(pseudo_parameters_are_process_wide)
{
    ccdk_app *app1 = new_app("pseudo1"), *app2 = new_app("pseudo2");
    const char *region = ccdk_aws_region(ccdk_stack_new(app1, "S", NULL));
    ccdk_stack *s2 = ccdk_stack_new(app2, "S2", NULL);
    char value[128];
    snprintf(value, sizeof value, "in-%s", region);
    ccdk_cfn_output_new(s2, "O", &(ccdk_cfn_output_props){.value = value});
    CHECK(ccdk_app_synth(app2) == 0);
    CHECK_CONTAINS(ccdk_stack_template_json(s2), "\"Ref\": \"AWS::Region\"");
    CHECK_STR_EQ(region, ccdk_aws_region(s2));
    ccdk_app_free(app1);
    ccdk_app_free(app2);
}

/* ------------------------------------------------------------------ 2. forged or unknown markers */

/* aws-cdk-lib: new CfnOutput(s2, 'O', {value: 'x${Token[TOKEN.999999999]}'}) throws at synth
 * "Unrecognized token key: TOKEN.999999999"; an output's value is in no token, so unwrapped. */
TEST(unknown_token_in_output)
{
    ccdk_app *app = new_app("forged-output");
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_cfn_output_new(s, "O", &(ccdk_cfn_output_props){.value = "x${Token[TOKEN.999999999]}"});
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(has_exact_error(app, "Unrecognized token key: TOKEN.999999999"));
    ccdk_app_free(app);
}

/* The error is wrapped once per token it is resolved in (DefaultTokenResolver.resolveToken):
 * aws-cdk-lib gives, for the same marker,
 *   in a Function's environment value (resource, ignoreEmpty, Lazy environment): three;
 *   in its handler, and in a CfnResource property: two;
 *   in the list of Fn.select(0, ['#{Token[TOKEN.999999999]}']) in an output: one. */
TEST(unknown_token_wrapped_as_aws_cdk_lib)
{
    ccdk_app *app = new_app("forged-wrapped");
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *f = inline_fn(s, "F");
    ccdk_lambda_function_add_environment(f, "A", "a${Token[TOKEN.999999999]}");
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(has_exact_error(app, "Resolution error: Resolution error: Resolution error: Unrecognized token key: "
                               "TOKEN.999999999..."));
    ccdk_app_free(app);

    app = new_app("forged-handler");
    s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function_new(s, "F", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "a${Token[TOKEN.999999999]}",
        .code = ccdk_lambda_code_from_inline(s, "x"),
    });
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(has_exact_error(app, "Resolution error: Resolution error: Unrecognized token key: TOKEN.999999999.."));
    ccdk_app_free(app);

    app = new_app("forged-cfnresource");
    s = ccdk_stack_new(app, "S", NULL);
    ccdk_cfn_resource_new(s, "R", "A::B", ccdk_v_json(s, "{\"X\": \"a${Token[TOKEN.999999999]}\"}"));
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(has_exact_error(app, "Resolution error: Resolution error: Unrecognized token key: TOKEN.999999999.."));
    ccdk_app_free(app);

    app = new_app("forged-list");
    s = ccdk_stack_new(app, "S", NULL);
    ccdk_value *list = ccdk_v_push(ccdk_v_list(s), ccdk_v_string(s, "#{Token[TOKEN.999999999]}"));
    ccdk_cfn_output_new(s, "O", &(ccdk_cfn_output_props){.value = ccdk_fn_select(s, 0, list)});
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(has_exact_error(app, "Resolution error: Unrecognized token key: TOKEN.999999999."));
    ccdk_app_free(app);
}

/* aws-cdk-lib's token keys include the display hint: only a key it registered resolves. ccdk makes
 * "TOKEN.<n>" keys only, so another hint, or the number written differently, is unknown even when
 * the number is one of this App's tokens. */
TEST(unknown_token_keys_of_other_forms)
{
    ccdk_app *app = new_app("forged-forms");
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    const char *arn = ccdk_lambda_function_arn(inline_fn(s, "F"));
    const char *num = strstr(arn, "TOKEN.") + 6;
    char hint[64], zero[64];
    snprintf(hint, sizeof hint, "${Token[Foo.Bar.%.*s]}", (int)strcspn(num, "]"), num);
    snprintf(zero, sizeof zero, "${Token[TOKEN.0%.*s]}", (int)strcspn(num, "]"), num);
    ccdk_cfn_output_new(s, "A", &(ccdk_cfn_output_props){.value = hint});
    ccdk_cfn_output_new(s, "C", &(ccdk_cfn_output_props){.value = "${Token[AWS.Region.2]}"});
    ccdk_cfn_output_new(s, "B", &(ccdk_cfn_output_props){.value = zero});
    CHECK(ccdk_app_synth(app) != 0);
    char want[96];
    snprintf(want, sizeof want, "Unrecognized token key: Foo.Bar.%.*s", (int)strcspn(num, "]"), num);
    CHECK(has_exact_error(app, want));
    snprintf(want, sizeof want, "Unrecognized token key: TOKEN.0%.*s", (int)strcspn(num, "]"), num);
    CHECK(has_exact_error(app, want));
    CHECK(has_exact_error(app, "Unrecognized token key: AWS.Region.2"));
    ccdk_app_free(app);
}

/* a marker that is not a token's at all ("${Token[]}", no key) is text, in aws-cdk-lib too */
TEST(not_a_marker_is_text)
{
    ccdk_app *app = new_app("not-a-marker");
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_cfn_output_new(s, "O", &(ccdk_cfn_output_props){.value = "a${Token[]}b${Token[x y]}"});
    CHECK(ccdk_app_synth(app) == 0);
    CHECK_CONTAINS(ccdk_stack_template_json(s), "\"Value\": \"a${Token[]}b${Token[x y]}\"");
    ccdk_app_free(app);
}

/* ------------------------------------------------------------------ 3. tokens aws-cdk-lib must resolve to strings */

/* aws-cdk-lib: environment: {[Aws.REGION]: 'v'} throws at synth
 *   Resolution error: Resolution error: Resolution error: "${Token[AWS.Region.9]}" is used as the key
 *   in a map so must resolve to a string, but it resolves to: {"Ref":"AWS::Region"}. Consider using
 *   "CfnJson" to delay resolution to deployment-time...
 * and with fn.addEnvironment(fn.functionName, 'v') on S2/F2 the same with {"Ref":"F23BAC7B9C"}. */
TEST(token_as_environment_key)
{
    ccdk_app *app = new_app("envkey");
    ccdk_stack *s = ccdk_stack_new(app, "S2", NULL);
    ccdk_lambda_function *f = inline_fn(s, "F2");
    const char *region = ccdk_aws_region(s);
    ccdk_lambda_function_add_environment(f, region, "v");
    CHECK(ccdk_app_synth(app) != 0);
    char want[512];
    snprintf(want, sizeof want,
             "Resolution error: Resolution error: Resolution error: \"%s\" is used as the key in a map so must "
             "resolve to a string, but it resolves to: {\"Ref\":\"AWS::Region\"}. Consider using \"CfnJson\" to "
             "delay resolution to deployment-time...",
             region);
    CHECK(has_exact_error(app, want));
    ccdk_app_free(app);

    app = new_app("envkey-name");
    s = ccdk_stack_new(app, "S2", NULL);
    f = inline_fn(s, "F2");
    ccdk_lambda_function_add_environment(f, ccdk_lambda_function_name(f), "v");
    CHECK(ccdk_app_synth(app) != 0);
    snprintf(want, sizeof want,
             "Resolution error: Resolution error: Resolution error: \"%s\" is used as the key in a map so must "
             "resolve to a string, but it resolves to: {\"Ref\":\"F23BAC7B9C\"}. Consider using \"CfnJson\" to "
             "delay resolution to deployment-time...",
             ccdk_lambda_function_name(f));
    CHECK(has_exact_error(app, want));
    ccdk_app_free(app);
}

static const char *produce_key(void *ctx) { return ctx; }

/* a key that resolves to a string is that string (aws-cdk-lib: {'KEY': 'v', 'B': 'b'}) */
TEST(token_key_resolving_to_string)
{
    ccdk_app *app = new_app("envkey-lazy");
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *f = inline_fn(s, "F");
    ccdk_lambda_function_add_environment(f, ccdk_lazy_string(s, produce_key, "KEY"), "v");
    ccdk_lambda_function_add_environment(f, "B", "b");
    CHECK(ccdk_app_synth(app) == 0);
    const char *t = ccdk_stack_template_json(s);
    CHECK_CONTAINS(t, "\"Variables\": {\n      \"KEY\": \"v\",\n      \"B\": \"b\"\n     }");
    CHECK(!strstr(t, "Token["));
    ccdk_app_free(app);
}

/* aws-cdk-lib: new Stack(app, 'S2', {stackName: Aws.REGION}) throws "Stack name must match the
 * regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got '${Token[AWS.Region.10]}'" (and the same for
 * a function's name); ccdk wrote the marker into the manifest. */
TEST(token_as_stack_name)
{
    ccdk_app *app = new_app("stackname");
    const char *region = ccdk_aws_region(app);
    ccdk_stack_new(app, "S2", &(ccdk_stack_props){.stack_name = region});
    CHECK(ccdk_app_synth(app) != 0);
    char want[256];
    snprintf(want, sizeof want, "Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got '%s'",
             region);
    CHECK(has_error(app, want));
    ccdk_app_free(app);

    app = new_app("stackname-fn");
    ccdk_lambda_function *f = inline_fn(ccdk_stack_new(app, "S", NULL), "F");
    ccdk_stack_new(app, "S2", &(ccdk_stack_props){.stack_name = ccdk_lambda_function_name(f)});
    CHECK(ccdk_app_synth(app) != 0);
    snprintf(want, sizeof want, "Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got '%s'",
             ccdk_lambda_function_name(f));
    CHECK(has_error(app, want));
    ccdk_app_free(app);
}

/* ------------------------------------------------------------------ 4. scopes that are not constructs */

static void *bad; /* the scope under test: NULL, or a pointer that is not a construct */
static long long not_a_construct[32] = {1, 2, 3};

/* the call recorded one more process-wide error that names fname */
static int recorded(size_t before, const char *fname)
{
    size_t n = ccdk_process_error_count();
    if (n <= before) {
        fprintf(stderr, "    %s (scope %p): no process-wide error\n", fname, bad);
        return 0;
    }
    char want[160];
    snprintf(want, sizeof want, "%s: the scope is %s", fname, bad ? "not a construct handle" : "NULL, not a construct");
    /* the scope's error among those the call recorded (a NULL argument of the same call adds its own) */
    for (size_t i = before; i < n; i++)
        if (!strcmp(ccdk_process_error(i), want))
            return 1;
    fprintf(stderr, "    got %s\n    want %s\n", ccdk_process_error(n - 1), want);
    return 0;
}

/* a handle-returning call: not NULL, and the error recorded */
#define BAD_HANDLE(fname, ...)                                                                     \
    do {                                                                                           \
        size_t before_ = ccdk_process_error_count();                                               \
        const void *h_ = fname(__VA_ARGS__);                                                       \
        if (!CHECK_RET(h_ != NULL))                                                                \
            fprintf(stderr, "    %s returned NULL\n", #fname);                                      \
        CHECK(recorded(before_, #fname));                                                          \
    } while (0)
/* a call that returns nothing or a struct */
#define BAD_CALL(fname, ...)                                                                       \
    do {                                                                                           \
        size_t before_ = ccdk_process_error_count();                                               \
        (void)fname(__VA_ARGS__);                                                                  \
        CHECK(recorded(before_, #fname));                                                          \
    } while (0)

static void noop_aspect(void *c, void *ctx) { (void)c, (void)ctx; }
static ccdk_value *produce_value(void *ctx) { return ctx; }

static void every_scope_function(void)
{
    /* core.h */
    BAD_HANDLE(ccdk_construct_new, bad, "C");
    BAD_HANDLE(ccdk_stack_new, bad, "S", NULL);
    BAD_CALL(ccdk_node_set_context, bad, "k", "1");
    BAD_CALL(ccdk_node_add_metadata, bad, "k", NULL);
    BAD_CALL(ccdk_annotations_add_warning, bad, "id", "w");
    BAD_CALL(ccdk_annotations_add_error, bad, "e");
    BAD_CALL(ccdk_annotations_add_info, bad, "i");
    BAD_CALL(ccdk_aspects_add, bad, noop_aspect, NULL);
    BAD_CALL(ccdk_tags_add, bad, "k", "v");
    BAD_CALL(ccdk_tags_remove, bad, "k");
    BAD_HANDLE(ccdk_v_string, bad, "s");
    BAD_HANDLE(ccdk_v_number, bad, 1);
    BAD_HANDLE(ccdk_v_bool, bad, 1);
    BAD_HANDLE(ccdk_v_null, bad);
    BAD_HANDLE(ccdk_v_list, bad);
    BAD_HANDLE(ccdk_v_object, bad);
    BAD_HANDLE(ccdk_v_json, bad, "{\"a\": 1}");
    BAD_HANDLE(ccdk_fn_join, bad, ",", CCDK_STRS("a", "b"));
    BAD_HANDLE(ccdk_fn_sub, bad, "x", (ccdk_kvs){0});
    BAD_HANDLE(ccdk_fn_select, bad, 0, NULL);
    BAD_HANDLE(ccdk_fn_split, bad, ",", "a,b");
    BAD_HANDLE(ccdk_fn_import_value, bad, "n");
    BAD_HANDLE(ccdk_fn_get_att, bad, "L", "Arn");
    BAD_HANDLE(ccdk_fn_ref, bad, "L");
    BAD_HANDLE(ccdk_fn_base64, bad, "d");
    BAD_HANDLE(ccdk_fn_condition_if, bad, "C", NULL, NULL);
    BAD_HANDLE(ccdk_fn_condition_equals, bad, NULL, NULL);
    BAD_HANDLE(ccdk_fn_condition_not, bad, NULL);
    BAD_HANDLE(ccdk_aws_account_id, bad);
    BAD_HANDLE(ccdk_aws_region, bad);
    BAD_HANDLE(ccdk_aws_partition, bad);
    BAD_HANDLE(ccdk_aws_url_suffix, bad);
    BAD_HANDLE(ccdk_aws_stack_name, bad);
    BAD_HANDLE(ccdk_aws_stack_id, bad);
    BAD_HANDLE(ccdk_aws_no_value, bad);
    BAD_HANDLE(ccdk_lazy_string, bad, produce_key, "k");
    BAD_HANDLE(ccdk_lazy_value, bad, produce_value, NULL);
    BAD_HANDLE(ccdk_cfn_resource_new, bad, "R", "A::B", NULL);
    BAD_HANDLE(ccdk_cfn_output_new, bad, "O", &(ccdk_cfn_output_props){.value = "v"});
    BAD_HANDLE(ccdk_cfn_parameter_new, bad, "P", NULL);
    BAD_HANDLE(ccdk_cfn_mapping_new, bad, "M", NULL);
    BAD_HANDLE(ccdk_cfn_condition_new, bad, "C", NULL);
    /* iam.h */
    BAD_HANDLE(ccdk_iam_service_principal, bad, "lambda.amazonaws.com");
    BAD_HANDLE(ccdk_iam_account_principal, bad, "123456789012");
    BAD_HANDLE(ccdk_iam_account_root_principal, bad);
    BAD_HANDLE(ccdk_iam_arn_principal, bad, "arn:aws:iam::123456789012:root");
    BAD_HANDLE(ccdk_iam_organization_principal, bad, "o-1234");
    BAD_HANDLE(ccdk_iam_any_principal, bad);
    BAD_HANDLE(ccdk_iam_composite_principal, bad, (ccdk_iam_principal_list){0});
    BAD_HANDLE(ccdk_iam_policy_statement_new, bad, NULL);
    BAD_HANDLE(ccdk_iam_policy_document_new, bad, (ccdk_iam_policy_statement_list){0});
    BAD_HANDLE(ccdk_iam_managed_policy_from_aws_managed_policy_name, bad, "service-role/X");
    BAD_HANDLE(ccdk_iam_managed_policy_from_managed_policy_arn, bad, "M", "arn:aws:iam::aws:policy/X");
    BAD_HANDLE(ccdk_iam_role_new, bad, "Role", &(ccdk_iam_role_props){.assumed_by = ccdk_iam_any_principal(bad)});
    BAD_HANDLE(ccdk_iam_role_from_role_arn, bad, "R", "arn:aws:iam::123456789012:role/x");
    BAD_HANDLE(ccdk_iam_role_from_role_arn_with_options, bad, "R", "arn:aws:iam::123456789012:role/x",
               &(ccdk_iam_from_role_arn_options){.mutable_ = CCDK_FALSE});
    BAD_HANDLE(ccdk_iam_policy_new, bad, "P", NULL);
    /* lambda.h and friends */
    BAD_CALL(ccdk_lambda_runtime_bundling_image, bad, CCDK_LAMBDA_RUNTIME_PYTHON_3_9);
    BAD_CALL(ccdk_docker_image_from_registry, bad, "public.ecr.aws/x");
    BAD_CALL(ccdk_docker_image_from_build, bad, "dir", NULL);
    BAD_HANDLE(ccdk_lambda_code_from_inline, bad, "x");
    BAD_HANDLE(ccdk_lambda_code_from_asset, bad, "dir", NULL);
    BAD_HANDLE(ccdk_lambda_code_from_docker_build, bad, "dir", NULL);
    BAD_HANDLE(ccdk_lambda_code_from_bucket, (ccdk_s3_bucket *)bad, "k", NULL);
    BAD_HANDLE(ccdk_lambda_code_from_bucket_v2, (ccdk_s3_bucket *)bad, "k", NULL);
    BAD_HANDLE(ccdk_lambda_code_from_cfn_parameters, bad, NULL);
    BAD_HANDLE(ccdk_lambda_code_from_custom_command, bad, "out", CCDK_STRS("true"), NULL);
    BAD_HANDLE(ccdk_lambda_code_from_asset_image, bad, "dir", NULL);
    ccdk_lambda_function_props fp = {
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(bad, "x"),
    };
    BAD_HANDLE(ccdk_lambda_function_new, bad, "F", &fp);
    BAD_HANDLE(ccdk_lambda_function_from_function_arn, bad, "I", "arn:aws:lambda:us-east-1:123456789012:function:f");
    BAD_HANDLE(ccdk_lambda_function_from_function_name, bad, "N", "f");
    BAD_HANDLE(ccdk_lambda_function_from_function_attributes, bad, "A",
               &(ccdk_lambda_function_attributes){.function_arn = "arn:aws:lambda:us-east-1:123456789012:function:f"});
    BAD_HANDLE(ccdk_lambda_code_signing_config_new, bad, "CSC", NULL);
    BAD_HANDLE(ccdk_lambda_code_signing_config_from_arn, bad, "CSCI", "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-1");
    BAD_HANDLE(ccdk_lambda_docker_image_code_from_image_asset, bad, "dir", NULL);
    BAD_HANDLE(ccdk_lambda_docker_image_function_new, bad, "D", NULL);
    BAD_HANDLE(ccdk_lambda_singleton_function_new, bad, "Single",
               &(ccdk_lambda_singleton_function_props){.uuid = "u-1", .function = fp});
    /* a real function of an orphan, for what needs one */
    ccdk_lambda_function *ofn = ccdk_lambda_function_new(bad, "F", &fp);
    BAD_HANDLE(ccdk_lambda_version_new, bad, "V", &(ccdk_lambda_version_props){.lambda = ofn});
    BAD_HANDLE(ccdk_lambda_version_from_version_arn, bad, "VA", "arn:aws:lambda:us-east-1:123456789012:function:f:1");
    BAD_HANDLE(ccdk_lambda_version_from_version_attributes, bad, "VB",
               &(ccdk_lambda_version_attributes){.version = "1", .lambda = ofn});
    BAD_CALL(ccdk_lambda_function_version_upgrade_aspect, bad, "@aws-cdk/aws-lambda:recognizeLayerVersion", CCDK_TRUE);
    BAD_HANDLE(ccdk_lambda_alias_new, bad, "Al",
               &(ccdk_lambda_alias_props){.alias_name = "live", .version = ccdk_lambda_function_current_version(ofn)});
    BAD_HANDLE(ccdk_lambda_alias_from_alias_attributes, bad, "AlI",
               &(ccdk_lambda_alias_attributes){.alias_name = "live",
                                               .alias_version = ccdk_lambda_function_current_version(ofn)});
    BAD_CALL(ccdk_appscaling_schedule_expression, bad, "rate(1 minute)");
    BAD_CALL(ccdk_appscaling_schedule_rate, bad, ccdk_duration_minutes(1));
    BAD_CALL(ccdk_appscaling_schedule_at, bad, (ccdk_appscaling_time){.year = 2030, .month = 1, .day = 1});
    BAD_CALL(ccdk_appscaling_schedule_cron, bad, NULL);
    BAD_HANDLE(ccdk_lambda_layer_version_new, bad, "L",
               &(ccdk_lambda_layer_version_props){.code = ccdk_lambda_code_from_bucket((ccdk_s3_bucket *)bad, "k", NULL)});
    BAD_HANDLE(ccdk_lambda_layer_version_from_layer_version_arn, bad, "LA", "arn:aws:lambda:us-east-1:123456789012:layer:l:1");
    BAD_HANDLE(ccdk_lambda_layer_version_from_layer_version_attributes, bad, "LB",
               &(ccdk_lambda_layer_version_attributes){.layer_version_arn = "arn:aws:lambda:us-east-1:123456789012:layer:l:1"});
    BAD_HANDLE(ccdk_lambda_function_url_new, bad, "U", &(ccdk_lambda_function_url_props){.function = ofn});
    /* the small L2s */
    BAD_HANDLE(ccdk_cloudwatch_metric_new, bad, &(ccdk_cloudwatch_metric_props){.namespace_ = "N", .metric_name = "M"});
    BAD_HANDLE(ccdk_cloudwatch_alarm_new, bad, "Alarm", NULL);
    BAD_HANDLE(ccdk_codeguru_profiling_group_new, bad, "G", NULL);
    BAD_HANDLE(ccdk_ecr_repository_new, bad, "Repo", NULL);
    BAD_HANDLE(ccdk_ecr_repository_from_repository_arn, bad, "R", "arn:aws:ecr:us-east-1:123456789012:repository/r");
    BAD_HANDLE(ccdk_ecr_repository_from_repository_name, bad, "R", "r");
    BAD_HANDLE(ccdk_ecr_repository_from_repository_attributes, bad, "R", NULL);
    BAD_HANDLE(ccdk_events_schedule_cron, bad, NULL);
    BAD_HANDLE(ccdk_events_schedule_rate, bad, ccdk_duration_minutes(1));
    BAD_HANDLE(ccdk_events_schedule_expression, bad, "rate(1 minute)");
    BAD_HANDLE(ccdk_events_rule_new, bad, "Rule", NULL);
    BAD_HANDLE(ccdk_secretsmanager_secret_new, bad, "Secret", NULL);
    BAD_HANDLE(ccdk_secretsmanager_secret_from_secret_complete_arn, bad, "SC", "arn:aws:secretsmanager:us-east-1:1:secret:s-AbC123");
    BAD_HANDLE(ccdk_secretsmanager_secret_from_secret_partial_arn, bad, "SP", "arn:aws:secretsmanager:us-east-1:1:secret:s");
    BAD_HANDLE(ccdk_secretsmanager_secret_from_secret_name_v2, bad, "SN", "s");
    BAD_HANDLE(ccdk_signer_signing_profile_new, bad, "SP", NULL);
    BAD_HANDLE(ccdk_signer_signing_profile_from_attributes, bad, "SPI", "name", "v1");
    BAD_HANDLE(ccdk_sns_topic_new, bad, "T", NULL);
    BAD_HANDLE(ccdk_sqs_queue_new, bad, "Q", NULL);
}

/* core.h: a NULL or non-construct scope is an error recorded process-wide, which every App's synth
 * reports and fails on; the call returns a usable handle. Before, the constructors returned NULL
 * (or aborted in ccdk__node_init), and the rest were silently dropped with synth succeeding. */
TEST(scopes_that_are_not_constructs)
{
    ccdk__process_errors_clear();
    bad = NULL;
    every_scope_function();
    bad = not_a_construct;
    every_scope_function();
    /* what ccdk_node_try_find_child returns when it finds nothing */
    ccdk_app *app = new_app("orphans");
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    size_t before = ccdk_process_error_count();
    ccdk_lambda_function *f = inline_fn(ccdk_node_try_find_child(s, "Nope"), "F");
    CHECK(f != NULL);
    CHECK(ccdk_process_error_count() > before);
    /* an App that did nothing wrong fails too, and says why */
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(has_exact_error(app, "ccdk_lambda_function_new: the scope is NULL, not a construct"));
    CHECK(has_exact_error(app, "ccdk_sqs_queue_new: the scope is not a construct handle"));
    /* an orphan's tokens are another App's */
    ccdk_cfn_output_new(s, "O", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(f)});
    ccdk_app_free(app);
    /* once cleared (tests only), Apps synthesize again; the orphan's token is still foreign */
    ccdk__process_errors_clear();
    app = new_app("after-orphans");
    s = ccdk_stack_new(app, "S", NULL);
    ccdk_cfn_output_new(s, "O", &(ccdk_cfn_output_props){.value = ccdk_lambda_function_arn(f)});
    CHECK(ccdk_app_synth(app) != 0);
    CHECK(has_exact_error(app, CROSS_APP));
    ccdk_app_free(app);
    app = new_app("clean");
    inline_fn(ccdk_stack_new(app, "S", NULL), "F");
    CHECK(ccdk_app_synth(app) == 0);
    ccdk_app_free(app);
    /* an error raised on a handle that is not a construct was printed and dropped: now it is kept */
    ccdk__error(not_a_construct, "boom %d", 1);
    CHECK_STR_EQ(ccdk_process_error(ccdk_process_error_count() - 1), "boom 1 (on a handle that is not a construct)");
    ccdk__process_errors_clear();
}

/* ------------------------------------------------------------------ 5. no static buffers */

/* ccdk_lambda_runtime_bundling_image returned a ring of 64 static buffers: the 65th call overwrote
 * the first name. Now each is the App's. */
/* Never NULL: calls that used to return NULL after an error (or for a NULL handle argument that has
 * no App) return a usable handle, and the error is recorded -- on the App, or process-wide. */
TEST(never_null_after_an_error)
{
    ccdk__process_errors_clear();
    size_t before = ccdk_process_error_count();
    CHECK(ccdk_lambda_sqs_event_source(NULL, NULL) != NULL);
    CHECK(ccdk_process_error_count() == before + 1 && strstr(ccdk_process_error(before), "the queue is NULL"));
    CHECK(ccdk_lambda_docker_image_code_from_ecr(NULL, NULL) != NULL);
    CHECK(ccdk_process_error_count() == before + 2 && strstr(ccdk_process_error(before + 1), "the repository is NULL"));
    CHECK(ccdk_events_targets_lambda_function(NULL, NULL) != NULL);
    CHECK(ccdk_process_error_count() >= before + 3);
    size_t n = ccdk_process_error_count();
    ccdk_events_rule_target *nil_dest = ccdk_events_targets_api_destination(NULL, NULL);
    CHECK(nil_dest != NULL);
    CHECK(ccdk_process_error_count() == n + 1 && strstr(ccdk_process_error(n), "the api destination is NULL"));

    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = tmpdir, .quiet = 1});
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *imported =
        ccdk_lambda_function_from_function_arn(s, "I", "arn:aws:lambda:us-east-1:123456789012:function:f");
    CHECK(ccdk_lambda_function_current_version(imported) != NULL);
    CHECK(ccdk_lambda_function_add_alias(imported, "live", NULL) != NULL);
    ccdk_sqs_queue *q = ccdk_sqs_queue_new(s, "Q", NULL);
    CHECK(ccdk_lambda_function_metric(q, "Errors", NULL) != NULL); /* not an IFunction */
    ccdk_lambda_event_source *es = ccdk_lambda_sqs_event_source(q, NULL);
    CHECK(ccdk_lambda_event_source_mapping_id_of(es) != NULL); /* not bound yet: an error, not NULL */
    ccdk_events_rule *rule = ccdk_events_rule_new(s, "R", &(ccdk_events_rule_props){
        .schedule = ccdk_events_schedule_rate(s, ccdk_duration_minutes(1))});
    size_t app_errors = ccdk_app_error_count(app), process_errors = ccdk_process_error_count();
    ccdk_events_rule_add_target(rule, nil_dest); /* taken as nothing: no target, no role, no new error */
    CHECK(ccdk_app_error_count(app) == app_errors && ccdk_process_error_count() == process_errors);
    CHECK(ccdk_app_error_count(app) >= 4);
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
    ccdk__process_errors_clear();
}

/* Getters check their handle: a pointer that is not a construct, cast to a handle type, used to be
 * dereferenced; now NULL and an error on the process-wide list. */
TEST(getters_check_their_handle)
{
    ccdk__process_errors_clear();
    ccdk_lambda_function *fake = (ccdk_lambda_function *)(void *)not_a_construct;
    CHECK(ccdk_lambda_function_arn(fake) == NULL);
    CHECK(ccdk_process_error_count() == 1 &&
          !strcmp(ccdk_process_error(0), "ccdk_lambda_function_arn: the handle is not a construct handle"));
    CHECK(ccdk_sqs_queue_arn((ccdk_sqs_queue *)(void *)not_a_construct) == NULL);
    CHECK(ccdk_lambda_function_arn(NULL) == NULL); /* NULL: no error, as before */
    CHECK(ccdk_process_error_count() == 2);
    ccdk__process_errors_clear();
}

/* Mutators check their target: a NULL handle given to a call that adds or changes something did
 * nothing, and synth wrote a template without the change, with exit status 0. Now it is an error on
 * the process-wide list -- unless an error was recorded before (the NULL is most likely that failed
 * call's; one message, not two). A pointer that is not a construct is an error too. */
TEST(mutators_check_their_target)
{
    ccdk__process_errors_clear();
    ccdk_app *app = new_app("null-target");
    ccdk_stack *s = ccdk_stack_new(app, "S", NULL);
    inline_fn(s, "F");
    ccdk_lambda_function *none = NULL; /* as a variable never set */
    ccdk_lambda_function_add_environment(none, "K", "v");
    CHECK_INT_EQ((long long)ccdk_process_error_count(), 1);
    CHECK_STR_EQ(ccdk_process_error(0), "ccdk_lambda_function_add_environment: the handle is NULL");
    ccdk_iam_policy_statement *st = ccdk_iam_policy_statement_new(
        s, &(ccdk_iam_policy_statement_props){.actions = CCDK_STRS("s3:GetObject"), .resources = CCDK_STRS("*")});
    ccdk_iam_role_add_to_policy(NULL, st);
    CHECK_INT_EQ((long long)ccdk_process_error_count(), 2);
    CHECK(ccdk_app_synth(app) != 0);
    /* nothing else is wrong: both are said */
    CHECK(has_exact_error(app, "ccdk_lambda_function_add_environment: the handle is NULL"));
    CHECK(has_exact_error(app, "ccdk_iam_role_add_to_policy: the handle is NULL"));
    ccdk_app_free(app);

    /* a statement (not a construct) as the target, then an App's error */
    ccdk__process_errors_clear();
    app = new_app("null-target-2");
    s = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *fn = inline_fn(s, "F");
    ccdk_iam_policy_statement_add_actions(NULL, CCDK_STRS("s3:PutObject"));
    CHECK_INT_EQ((long long)ccdk_process_error_count(), 1);
    CHECK_STR_EQ(ccdk_process_error(0), "ccdk_iam_policy_statement_add_actions: the handle is NULL");
    ccdk__process_errors_clear();
    ccdk_lambda_function_add_environment(fn, "AWS_REGION", "x"); /* aws-cdk-lib's error on fn */
    CHECK_INT_EQ((long long)ccdk_app_error_count(app), 1);
    ccdk_lambda_function_add_to_role_policy(NULL, ccdk_iam_policy_statement_new(s, NULL));
    CHECK_INT_EQ((long long)ccdk_process_error_count(), 1); /* recorded: it fails every later synth */
    CHECK(ccdk_app_synth(app) != 0);
    /* ... but the synth that has its own error does not print it (not news) */
    CHECK(!has_exact_error(app, "ccdk_lambda_function_add_to_role_policy: the handle is NULL"));
    ccdk_app_free(app);

    /* two Apps: the first one's error must not hide the second one's NULL target */
    ccdk__process_errors_clear();
    ccdk_app *a1 = new_app("null-target-a1");
    ccdk_stack *s1 = ccdk_stack_new(a1, "S", NULL);
    ccdk_lambda_function *f1 = inline_fn(s1, "F");
    ccdk_lambda_function_add_environment(f1, "AWS_REGION", "x"); /* a1's own error */
    ccdk_app *a2 = new_app("null-target-a2");
    ccdk_stack *s2 = ccdk_stack_new(a2, "S", NULL);
    inline_fn(s2, "F");
    ccdk_lambda_function *unset = NULL;
    ccdk_lambda_function_add_environment(unset, "K", "v"); /* meant for a2's function */
    CHECK(ccdk_app_synth(a2) != 0);
    CHECK(has_exact_error(a2, "ccdk_lambda_function_add_environment: the handle is NULL"));
    CHECK(ccdk_app_synth(a1) != 0);
    ccdk_app_free(a1);
    ccdk_app_free(a2);

    /* a pointer that is not a construct: always an error */
    ccdk__process_errors_clear();
    app = new_app("null-target-3");
    s = ccdk_stack_new(app, "S", NULL);
    inline_fn(s, "F");
    ccdk_lambda_function_add_environment((ccdk_lambda_function *)(void *)not_a_construct, "K", "v");
    CHECK_INT_EQ((long long)ccdk_process_error_count(), 1);
    CHECK_STR_EQ(ccdk_process_error(0), "ccdk_lambda_function_add_environment: the handle is not a construct handle");
    CHECK(ccdk_app_synth(app) != 0);
    ccdk_app_free(app);
    ccdk__process_errors_clear();
}

TEST(bundling_image_names_stay)
{
    ccdk_app *app = new_app("bundling-image");
    const char *first = ccdk_lambda_runtime_bundling_image(app, CCDK_LAMBDA_RUNTIME_PYTHON_3_9).image;
    for (int i = 0; i < 100; i++)
        ccdk_lambda_runtime_bundling_image(app, CCDK_LAMBDA_RUNTIME_NODEJS_16_X);
    CHECK_STR_EQ(first, "public.ecr.aws/sam/build-python3.9");
    ccdk_lambda_runtime long_name = {.name = "a-custom-runtime-name-much-longer-than-the-seventy-characters-"
                                             "a-static-buffer-of-96-bytes-had-room-for"};
    CHECK_STR_EQ(ccdk_lambda_runtime_bundling_image(app, &long_name).image,
                 "public.ecr.aws/sam/build-a-custom-runtime-name-much-longer-than-the-seventy-characters-"
                 "a-static-buffer-of-96-bytes-had-room-for");
    CHECK(ccdk_lambda_runtime_bundling_image(app, NULL).image == NULL);
    ccdk_app_free(app);
}

int main(void)
{
    if (!mkdtemp(tmpdir))
        return 1;
    RUN(cross_app_reference_in_environment);
    RUN(cross_app_reference_in_concatenation);
    RUN(cross_app_reference_of_freed_app);
    RUN(pseudo_parameters_are_process_wide);
    RUN(unknown_token_in_output);
    RUN(unknown_token_wrapped_as_aws_cdk_lib);
    RUN(unknown_token_keys_of_other_forms);
    RUN(not_a_marker_is_text);
    RUN(token_as_environment_key);
    RUN(token_key_resolving_to_string);
    RUN(token_as_stack_name);
    RUN(scopes_that_are_not_constructs);
    RUN(never_null_after_an_error);
    RUN(getters_check_their_handle);
    RUN(mutators_check_their_target);
    RUN(bundling_image_names_stay);
    ccdk__rm_rf(tmpdir);
    return TEST_DONE();
}
