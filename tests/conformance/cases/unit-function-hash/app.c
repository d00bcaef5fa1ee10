/* aws-cdk's function-hash.test.ts (aws-lambda), its tests in a default App, each as its own
 * stack(s); calculateFunctionHash's values are outputs (see app.js). */
#include <stdio.h>

#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_app *app;
static const ccdk_lambda_runtime THE_RUNTIME = {.name = "nodejs99.x", .family = CCDK_LAMBDA_FAMILY_NODEJS,
                                                .supports_inline_code = 1};

static void hash(ccdk_stack *stack, ccdk_lambda_function *fn)
{
    ccdk_cfn_output_new(stack, "Hash", &(ccdk_cfn_output_props){.value = ccdk_lambda_calculate_function_hash(fn)});
}

static ccdk_lambda_function *inline_fn(ccdk_stack *stack, const char *code, ccdk_lambda_layer_list layers)
{
    return ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
        .runtime = &THE_RUNTIME, .code = ccdk_lambda_code_from_inline(stack, code), .handler = "index.handler",
        .layers = layers});
}

static void asset_fn(const char *stack_id, const char *id, const char *asset, ccdk_kvs environment)
{
    ccdk_stack *stack = ccdk_stack_new(app, stack_id, NULL);
    hash(stack, ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = &THE_RUNTIME, .code = ccdk_lambda_code_from_asset(stack, asset, NULL), .handler = "index.handler",
        .environment = environment}));
}

int main(void)
{
    app = ccdk_app_new(NULL);
    {
        ccdk_stack *stack = ccdk_stack_new(app, "TrimFromStart", NULL);
        char trims[64];
        snprintf(trims, sizeof trims, "%s,%s,%s,%s,%s,%s", ccdk_lambda_trim_from_start("foo", 100),
                 ccdk_lambda_trim_from_start("foo", 3), ccdk_lambda_trim_from_start("", 3),
                 ccdk_lambda_trim_from_start("hello", 3), ccdk_lambda_trim_from_start("hello", 4),
                 ccdk_lambda_trim_from_start("hello", 1));
        ccdk_cfn_output_new(stack, "Trims", &(ccdk_cfn_output_props){.value = trims});
    }
    asset_fn("Stack1", "MyFunction1", "handler.zip", (ccdk_kvs){0});
    asset_fn("Stack2", "MyFunction1", "handler.zip", (ccdk_kvs){0});
    asset_fn("CodeImpacts", "MyFunction1", "my-lambda-handler", (ccdk_kvs){0});
    asset_fn("EnvBar", "MyFunction", "my-lambda-handler", CCDK_KVS({"Foo", "bar"}));
    asset_fn("EnvBeer", "MyFunction", "my-lambda-handler", CCDK_KVS({"Foo", "beer"}));
    const char *const inline_codes[][2] = {{"InlineCode1", "foo"}, {"InlineCode2", "foo bar"}};
    for (int i = 0; i < 2; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, inline_codes[i][0], NULL);
        hash(stack, inline_fn(stack, inline_codes[i][1], (ccdk_lambda_layer_list){0}));
    }
    /* 'lambda layers': the beforeAll stack */
    ccdk_stack *layer_stack = ccdk_stack_new(app, "Layers", NULL);
    ccdk_lambda_layer_version *layer[2];
    const char *const layer_ids[] = {"MyLayer", "MyLayer2"};
    for (int i = 0; i < 2; i++)
        layer[i] = ccdk_lambda_layer_version_new(layer_stack, layer_ids[i], &(ccdk_lambda_layer_version_props){
            .code = ccdk_lambda_code_from_asset(layer_stack, "layer-code", NULL),
            .compatible_runtimes = CCDK_LIST(&THE_RUNTIME),
            .license = "Apache-2.0",
            .description = "A layer to test the L2 construct",
        });
    struct {
        const char *name;
        ccdk_lambda_layer_list layers;
    } const layer_tests[] = {
        {"SameLayers1", CCDK_LIST(layer[0])},
        {"SameLayers2", CCDK_LIST(layer[0])},
        {"DifferentLayers", CCDK_LIST(layer[1])},
        {"LayerOrder1", CCDK_LIST(layer[0], layer[1])},
        {"LayerOrder2", CCDK_LIST(layer[1], layer[0])},
    };
    for (int i = 0; i < 5; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, layer_tests[i].name, NULL);
        hash(stack, inline_fn(stack, "foo", layer_tests[i].layers));
    }
    /* 'impact of env variables order on hash' */
    struct {
        const char *name;
        ccdk_kvs environment;
        int current;
    } const env_tests[] = {
        {"EnvOrder1", CCDK_KVS({"Foo", "bar"}, {"Bar", "foo"}), 0},
        {"EnvOrder2", CCDK_KVS({"Bar", "foo"}, {"Foo", "bar"}), 0},
        {"EnvOrderCurrentVersion1", CCDK_KVS({"Foo", "bar"}, {"Bar", "foo"}), 1},
        {"EnvOrderCurrentVersion2", CCDK_KVS({"Bar", "foo"}, {"Foo", "bar"}), 1},
    };
    for (int i = 0; i < 4; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, env_tests[i].name, NULL);
        ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
            .runtime = &THE_RUNTIME, .code = ccdk_lambda_code_from_asset(stack, "my-lambda-handler", NULL),
            .handler = "index.handler", .environment = env_tests[i].environment});
        if (env_tests[i].current)
            ccdk_cfn_output_new(stack, "VersionArn", &(ccdk_cfn_output_props){
                .value = ccdk_lambda_version_arn(ccdk_lambda_function_current_version(fn))});
        hash(stack, fn);
    }
    /* 'can invalidate version hash using invalidateVersionBasedOn' (the test invalidates fn1 twice) */
    for (int do_it = 0; do_it < 2; do_it++) {
        char name[32];
        ccdk_lambda_function *fn[2];
        for (int k = 0; k < 2; k++) {
            snprintf(name, sizeof name, "Invalidate%s%d", do_it ? "true" : "false", k + 1);
            ccdk_stack *stack = ccdk_stack_new(app, name, NULL);
            fn[k] = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
                .code = ccdk_lambda_code_from_inline(stack, "asdf"), .handler = "index.handler",
                .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X});
            if (do_it)
                ccdk_lambda_function_invalidate_version_based_on(fn[0], k ? "xyz" : "abc");
            ccdk_lambda_function_current_version(fn[k]);
        }
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
