/* aws-cdk's function-hash.test.ts (aws-lambda), 'corrected function hash' as the tests run it:
 * recognizeVersionProps on, newStyleStackSynthesis off (the LegacyStackSynthesizer); calculateFunctionHash's
 * values are outputs (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

static ccdk_app *app;
static const ccdk_lambda_runtime THE_RUNTIME = {.name = "nodejs99.x", .family = CCDK_LAMBDA_FAMILY_NODEJS,
                                                .supports_inline_code = 1};

static ccdk_lambda_function *new_fn(const char *stack_id, const char *id, ccdk_opt_num reserved)
{
    ccdk_stack *stack = ccdk_stack_new(app, stack_id, NULL);
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = &THE_RUNTIME, .code = ccdk_lambda_code_from_asset(stack, "handler.zip", NULL),
        .handler = "index.handler", .reserved_concurrent_executions = reserved});
}

static void output(ccdk_lambda_function *fn, const char *id, const char *value)
{
    ccdk_cfn_output_new(ccdk_stack_of(fn), id, &(ccdk_cfn_output_props){.value = value});
}

static void classified(const char *stack_id, int locked)
{
    ccdk_lambda_function *fn = new_fn(stack_id, "MyFunction1", (ccdk_opt_num){0});
    output(fn, "Original", ccdk_lambda_calculate_function_hash(fn));
    ccdk_lambda_function_classify_version_property("UnclassifiedProp", locked);
    ccdk_cfn_resource_add_property_override(ccdk_lambda_function_resource(fn), "UnclassifiedProp",
                                            ccdk_v_string(app, "Value"));
    output(fn, "Hash", ccdk_lambda_calculate_function_hash(fn));
}

int main(void)
{
    app = ccdk_app_new(&(ccdk_app_props){.context = CCDK_KVS({"@aws-cdk/aws-lambda:recognizeVersionProps", "true"},
                                                             {"@aws-cdk/core:newStyleStackSynthesis", "false"})});
    /* 'DependsOn does not impact function hash' */
    ccdk_lambda_function *fn1 = new_fn("Stack1", "MyFunction1", (ccdk_opt_num){0});
    output(fn1, "Hash", ccdk_lambda_calculate_function_hash(fn1));
    ccdk_lambda_function *fn2 = new_fn("Stack2", "MyFunction1", (ccdk_opt_num){0});
    ccdk_value *props = ccdk_v_set(ccdk_v_object(app), "Name", ccdk_v_string(app, "Value"));
    ccdk_node_add_dependency(fn2, ccdk_cfn_resource_new(ccdk_stack_of(fn2), "MyResource", "AWS::Foo::Bar", props));
    output(fn2, "Hash", ccdk_lambda_calculate_function_hash(fn2));
    /* 'properties not locked to the version do not impact function hash' */
    ccdk_lambda_function *fn3 = new_fn("Stack3", "MyFunction", (ccdk_opt_num){0});
    output(fn3, "Hash", ccdk_lambda_calculate_function_hash(fn3));
    ccdk_lambda_function *fn4 = new_fn("Stack4", "MyFunction", CCDK_NUM(5));
    output(fn4, "Hash", ccdk_lambda_calculate_function_hash(fn4));
    /* 'manual classification as version locked' / 'as not version locked' */
    classified("Locked", 1);
    classified("NotLocked", 0);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
