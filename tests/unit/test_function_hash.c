/* test_function_hash.c - ccdk_lambda_calculate_function_hash and ccdk_lambda_trim_from_start, ported
 * from aws-cdk's function-hash.test.ts. The expected hashes are aws-cdk-lib 2.276.0's, from node
 * running the same apps (every function has an imported role, so its own path does not reach the
 * hash through the role's Ref, and inline or bucket code, so no asset directory is needed). */
#include <string.h>

#include "ccdk/lambda.h"
#include "ccdk/lambda_versions.h"
#include "ccdk/s3.h"
#include "testlib.h"

/* new lambda.Runtime('nodejs99.x', RuntimeFamily.NODEJS, {supportsInlineCode: true}) */
static const ccdk_lambda_runtime the_runtime = {.name = "nodejs99.x", .family = CCDK_LAMBDA_FAMILY_NODEJS,
                                                .supports_inline_code = 1};

static ccdk_app *new_app(const char *version_props, const char *layer_version)
{
    ccdk_kv kv[2];
    size_t n = 0;
    if (version_props)
        kv[n++] = (ccdk_kv){"@aws-cdk/aws-lambda:recognizeVersionProps", version_props};
    if (layer_version)
        kv[n++] = (ccdk_kv){"@aws-cdk/aws-lambda:recognizeLayerVersion", layer_version};
    return ccdk_app_new(&(ccdk_app_props){.context = n ? (ccdk_kvs)CCDK_LIST_N(kv, n) : (ccdk_kvs){0}, .quiet = 1});
}

static ccdk_lambda_function *fn_with(ccdk_stack *stack, const char *id, const char *code,
                                     const ccdk_lambda_function_props *extra)
{
    ccdk_lambda_function_props p = extra ? *extra : (ccdk_lambda_function_props){0};
    char role_id[64];
    snprintf(role_id, sizeof role_id, "%sRole", id);
    p.role = ccdk_iam_role_from_role_arn(stack, role_id, "arn:aws:iam::123456789012:role/r");
    p.runtime = p.runtime ? p.runtime : &the_runtime;
    p.code = ccdk_lambda_code_from_inline(stack, code ? code : "foo");
    p.handler = "index.handler";
    return ccdk_lambda_function_new(stack, id, &p);
}

#define HASH(fn) ccdk_lambda_calculate_function_hash(fn)

TEST(trim_from_start)
{
    CHECK_STR_EQ(ccdk_lambda_trim_from_start("foo", 100), "foo");
    CHECK_STR_EQ(ccdk_lambda_trim_from_start("foo", 3), "foo");
    CHECK_STR_EQ(ccdk_lambda_trim_from_start("", 3), "");
    CHECK_STR_EQ(ccdk_lambda_trim_from_start("hello", 3), "llo");
    CHECK_STR_EQ(ccdk_lambda_trim_from_start("hello", 4), "ello");
    CHECK_STR_EQ(ccdk_lambda_trim_from_start("hello", 1), "o");
    CHECK_STR_EQ(ccdk_lambda_trim_from_start("hello", 0), "");
    /* String.length counts UTF-16 code units: "é" is 1, "😀" is 2 */
    CHECK_STR_EQ(ccdk_lambda_trim_from_start("h\xc3\xa9llo", 4), "\xc3\xa9llo");
    CHECK_STR_EQ(ccdk_lambda_trim_from_start("a\xf0\x9f\x98\x80" "b", 3), "\xf0\x9f\x98\x80" "b");
    CHECK_STR_EQ(ccdk_lambda_trim_from_start("a\xf0\x9f\x98\x80" "b", 2), "b");
    CHECK(ccdk_lambda_trim_from_start(NULL, 3) == NULL);
}

TEST(same_configuration_same_hash)
{
    ccdk_app *app = new_app(NULL, NULL);
    ccdk_lambda_function *f1 = fn_with(ccdk_stack_new(app, "Stack1", NULL), "MyFunction1", NULL, NULL);
    ccdk_lambda_function *f2 = fn_with(ccdk_stack_new(app, "Stack2", NULL), "MyFunction1", NULL, NULL);
    CHECK_STR_EQ(HASH(f1), "47b4b303e3ef8cbd7c12d74a1e049d63");
    CHECK_STR_EQ(HASH(f2), HASH(f1));
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);

    /* without recognizeVersionProps: the whole template { Resources: { <id>: ... } } is hashed */
    app = new_app("false", NULL);
    CHECK_STR_EQ(HASH(fn_with(ccdk_stack_new(app, "Stack1", NULL), "MyFunction1", NULL, NULL)),
                 "21156fae135eb5137cdc08847898b809");
    ccdk_app_free(app);
    app = new_app("false", "false");
    CHECK_STR_EQ(HASH(fn_with(ccdk_stack_new(app, "Stack1", NULL), "MyFunction1", NULL, NULL)),
                 "21156fae135eb5137cdc08847898b809");
    ccdk_app_free(app);
}

TEST(code_and_environment_impact_hash)
{
    ccdk_app *app = new_app(NULL, NULL);
    CHECK_STR_EQ(HASH(fn_with(ccdk_stack_new(app, "S1", NULL), "F", "foo bar", NULL)), "0938fcf687aad5744dd1a69d74c0b0ca");
    CHECK_STR_EQ(HASH(fn_with(ccdk_stack_new(app, "S2", NULL), "F", NULL,
                              &(ccdk_lambda_function_props){.environment = CCDK_KVS({"Foo", "bar"})})),
                 "6624a3df8186abe4112df3d069642fba");
    CHECK_STR_EQ(HASH(fn_with(ccdk_stack_new(app, "S3", NULL), "F", NULL,
                              &(ccdk_lambda_function_props){.environment = CCDK_KVS({"Foo", "beer"})})),
                 "91d0d9a9d42d4202b975e8ae9be68807");
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

/* renderEnvironment sorts the keys only once the currentVersion exists: the hash alone must not */
TEST(env_order_sorted_only_with_current_version)
{
    ccdk_app *app = new_app(NULL, NULL);
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *ab = fn_with(st, "F1", NULL, &(ccdk_lambda_function_props){.environment = CCDK_KVS({"Foo", "bar"}, {"Bar", "foo"})});
    ccdk_lambda_function *ba = fn_with(st, "F2", NULL, &(ccdk_lambda_function_props){.environment = CCDK_KVS({"Bar", "foo"}, {"Foo", "bar"})});
    CHECK_STR_EQ(HASH(ab), "ff70eb945ac59a3ae1cf659a2ebf88e4");
    CHECK_STR_EQ(HASH(ab), "ff70eb945ac59a3ae1cf659a2ebf88e4"); /* twice: nothing changed */
    CHECK_STR_EQ(HASH(ba), "c98af2b7b48bac1dc74f30bfb2c9b020");
    ccdk_lambda_function *cv = fn_with(st, "F3", NULL, &(ccdk_lambda_function_props){.environment = CCDK_KVS({"Foo", "bar"}, {"Bar", "foo"})});
    ccdk_lambda_function_current_version(cv);
    CHECK_STR_EQ(HASH(cv), "c98af2b7b48bac1dc74f30bfb2c9b020");
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

static void check_layers(const char *flag, const char *const want[4])
{
    ccdk_app *app = new_app(NULL, flag);
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    ccdk_s3_bucket *b = ccdk_s3_bucket_from_bucket_name(st, "B", "bucket");
    ccdk_lambda_layer_version *l[2];
    const char *ids[] = {"MyLayer", "MyLayer2"};
    for (int i = 0; i < 2; i++)
        l[i] = ccdk_lambda_layer_version_new(st, ids[i], &(ccdk_lambda_layer_version_props){
            .code = ccdk_lambda_code_from_bucket(b, "layer.zip", NULL),
            .compatible_runtimes = CCDK_LIST(&the_runtime),
            .license = "Apache-2.0",
            .description = "A layer to test the L2 construct",
        });
    CHECK_STR_EQ(HASH(fn_with(st, "F1", NULL, &(ccdk_lambda_function_props){.layers = CCDK_LIST(l[0])})), want[0]);
    CHECK_STR_EQ(HASH(fn_with(st, "F2", NULL, &(ccdk_lambda_function_props){.layers = CCDK_LIST(l[1])})), want[1]);
    CHECK_STR_EQ(HASH(fn_with(st, "F3", NULL, &(ccdk_lambda_function_props){.layers = CCDK_LIST(l[0], l[1])})), want[2]);
    CHECK_STR_EQ(HASH(fn_with(st, "F4", NULL, &(ccdk_lambda_function_props){.layers = CCDK_LIST(l[1], l[0])})), want[3]);
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

TEST(layers_impact_hash)
{
    /* recognizeLayerVersion unset and false: the layer order counts */
    static const char *const off[4] = {"539ff4e57be9a0f7a315ab6a4a7f2895", "958aa78c95eae15fe4c84171a490230a",
                                       "f56fc56011c7bca209bb1d3141d56427", "6d8301c72e32df8cedab950cb3e72f00"};
    check_layers(NULL, off);
    check_layers("false", off);
    /* true: sorted, so [l1, l2] and [l2, l1] hash alike */
    static const char *const on[4] = {"958b288b79025d93788a286e04473670", "19cdd214e1a5b18fc0fba766d15dec6a",
                                      "162a8410817b0a16c4694bca208d16f1", "162a8410817b0a16c4694bca208d16f1"};
    check_layers("true", on);
}

/* An imported layer's compatibleRuntimes are Runtime.ALL, and the layer hash serialises them. A
 * runtime of your own joins Runtime.ALL (process-wide) once ccdk sees it, as a `new Runtime` does in
 * aws-cdk-lib: so this runs first, with a built-in runtime, and the hashes of a node process that made
 * no Runtime of its own. (conformance case unit-function-hash-layer-flag: a custom runtime.) */
TEST(imported_layers_told_apart)
{
    const char *flags[] = {NULL, "false", "true"};
    const char *want[3][2] = {{"feea072c8c0c1533932b1fbe18d3e5e7", "febfa65952530c46a5e9a73e21ce4be3"},
                              {"feea072c8c0c1533932b1fbe18d3e5e7", "febfa65952530c46a5e9a73e21ce4be3"},
                              {"099a805f2253f949980e8e98d4f9c295", "d0a8daa86498542084f6239dd9c1a90a"}};
    for (int f = 0; f < 3; f++) {
        ccdk_app *app = new_app(NULL, flags[f]);
        ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
        const char *arns[] = {"arn:aws:lambda:<region>:<account>:layer:<layer-name>:<version1>",
                              "arn:aws:lambda:<region>:<account>:layer:<layer-name>:<version2>"};
        const char *ids[] = {"imported-layer", "imported-layer2"}, *fids[] = {"F5", "F6"};
        for (int i = 0; i < 2; i++) {
            ccdk_lambda_layer_version *l = ccdk_lambda_layer_version_from_layer_version_arn(st, ids[i], arns[i]);
            ccdk_lambda_function *fn = fn_with(st, fids[i], NULL, &(ccdk_lambda_function_props){
                .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .layers = CCDK_LIST(l)});
            CHECK_STR_EQ(HASH(fn), want[f][i]);
        }
        CHECK_INT_EQ(ccdk_app_error_count(app), 0);
        ccdk_app_free(app);
    }
}

TEST(not_locked_properties_and_dependencies)
{
    ccdk_app *app = new_app("true", NULL);
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *f = fn_with(st, "F", NULL, NULL);
    CHECK_STR_EQ(HASH(f), "47b4b303e3ef8cbd7c12d74a1e049d63");
    ccdk_cfn_resource *res = ccdk_cfn_resource_new(st, "MyResource", "AWS::Foo::Bar", ccdk_v_json(st, "{\"Name\":\"Value\"}"));
    ccdk_node_add_dependency(f, res);
    CHECK_STR_EQ(HASH(f), "47b4b303e3ef8cbd7c12d74a1e049d63");
    CHECK_STR_EQ(HASH(fn_with(ccdk_stack_new(app, "S2", NULL), "F", NULL,
                              &(ccdk_lambda_function_props){.reserved_concurrent_executions = CCDK_NUM(5)})),
                 "47b4b303e3ef8cbd7c12d74a1e049d63");
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

TEST(unclassified_and_classified_properties)
{
    ccdk_app *app = new_app("true", NULL);
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *g = fn_with(st, "G", NULL, NULL);
    ccdk_cfn_resource_add_property_override(ccdk_lambda_function_resource(g), "UnclassifiedProp", ccdk_v_string(st, "Value"));
    CHECK(HASH(g) == NULL);
    if (CHECK_RET(ccdk_app_error_count(app) == 1))
        CHECK_CONTAINS(ccdk_app_error(app, 0),
                       "The following properties are not recognized as version properties: [UnclassifiedProp]. See the "
                       "README of the aws-lambda module to learn more about this and to fix it.");
    ccdk_lambda_function_classify_version_property("HashTestLockedProp", 1);
    ccdk_lambda_function_classify_version_property("HashTestUnlockedProp", 0);
    ccdk_lambda_function *h = fn_with(st, "H", NULL, NULL);
    CHECK_STR_EQ(HASH(h), "47b4b303e3ef8cbd7c12d74a1e049d63");
    ccdk_cfn_resource_add_property_override(ccdk_lambda_function_resource(h), "HashTestLockedProp", ccdk_v_string(st, "Value"));
    CHECK_STR_EQ(HASH(h), "74f7b5a4b43710377a2408addb830e80");
    ccdk_lambda_function *k = fn_with(st, "K", NULL, NULL);
    ccdk_cfn_resource_add_property_override(ccdk_lambda_function_resource(k), "HashTestUnlockedProp", ccdk_v_string(st, "Value"));
    CHECK_STR_EQ(HASH(k), "47b4b303e3ef8cbd7c12d74a1e049d63");
    ccdk_app_free(app);
}

/* Without recognizeVersionProps the whole resource is hashed; a tag is applied by an aspect at synth,
 * so it is not there yet, while addEnvironment is (in insertion order). */
TEST(legacy_hash_before_synth)
{
    ccdk_app *app = new_app("false", NULL);
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *f = fn_with(st, "F", NULL, &(ccdk_lambda_function_props){.runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X});
    CHECK_STR_EQ(HASH(f), "ffd2a0060fb0932bd662ac325a8b80af");
    ccdk_tags_add(f, "team", "blue");
    CHECK_STR_EQ(HASH(f), "ffd2a0060fb0932bd662ac325a8b80af");
    ccdk_lambda_function_add_environment(f, "B", "1");
    ccdk_lambda_function_add_environment(f, "A", "2");
    CHECK_STR_EQ(HASH(f), "02fd39b7b72088d65da778a3157b20a4");
    CHECK_INT_EQ(ccdk_app_error_count(app), 0);
    ccdk_app_free(app);
}

TEST(null_and_imported)
{
    CHECK(HASH(NULL) == NULL);
    ccdk_app *app = new_app(NULL, NULL);
    ccdk_stack *st = ccdk_stack_new(app, "S", NULL);
    ccdk_lambda_function *imp = ccdk_lambda_function_from_function_arn(st, "Imp", "arn:aws:lambda:us-east-1:123456789012:function:f");
    CHECK(HASH(imp) == NULL);
    if (CHECK_RET(ccdk_app_error_count(app) == 1))
        CHECK_CONTAINS(ccdk_app_error(app, 0), "Cannot read properties of undefined (reading '_toCloudFormation')");
    ccdk_app_free(app);
}

int main(void)
{
    RUN(imported_layers_told_apart); /* first: before any runtime of the tests' own joins Runtime.ALL */
    RUN(trim_from_start);
    RUN(same_configuration_same_hash);
    RUN(code_and_environment_impact_hash);
    RUN(env_order_sorted_only_with_current_version);
    RUN(layers_impact_hash);
    RUN(not_locked_properties_and_dependencies);
    RUN(unclassified_and_classified_properties);
    RUN(legacy_hash_before_synth);
    RUN(null_and_imported);
    return TEST_DONE();
}
