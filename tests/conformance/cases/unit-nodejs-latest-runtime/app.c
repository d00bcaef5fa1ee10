/* aws-cdk's nodejs-latest-runtime.test.ts (aws-lambda): see app.js. */
#include <stdio.h>

#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>

/* the test's util.ts acknowledgeTestValidationRules */
static void acknowledge_test_validation_rules(ccdk_stack *scope)
{
    static const char *const rules[][2] = {
        {"CloudFormation-Validate::E2533", "Placeholder ARNs and values used in tests do not match patterns"},
        {"CloudFormation-Validate::E3071", "Intentionally testing invalid runtime/code combinations"},
        {"CloudFormation-Validate::F0001", "Empty resource sections are expected in some tests"},
        {"CloudFormation-Validate::F1020", "Intentionally testing missing required properties"},
        {"CloudFormation-Validate::F3003", "Duplicate primary identifiers are intentional in tests"},
        {"CloudFormation-Validate::F3030", "Intentionally testing invalid enum values"},
        {"CloudFormation-Validate::F3031", "Intentionally testing invalid pattern values"},
        {"CloudFormation-Validate::F3033", "Intentionally testing invalid string lengths"},
        {"CloudFormation-Validate::W2001", "Unreferenced parameters are expected in test stacks"},
        {"CloudFormation-Validate::W2530", "Hardcoded ARNs are expected in tests"},
        {"CloudFormation-Validate::W2531", "Hardcoded ARNs are expected in tests"},
        {"CloudFormation-Validate::W2533", "Placeholder values in Ref do not match resource names in tests"},
        {"CloudFormation-Validate::W9002", "Deprecated properties used intentionally in tests"},
        {"CloudFormation-Validate::W9013", "Duplicate subnets are intentional in tests"},
        {"CloudFormation-Validate::E3019", "Ref values do not resolve to valid ARNs in test stacks"},
        {"CloudFormation-Validate::W1030", "Duplicate resource identifiers are intentional in tests"},
    };
    for (size_t i = 0; i < sizeof rules / sizeof *rules; i++)
        ccdk_validations_acknowledge(scope, rules[i][0], rules[i][1]);
}

static ccdk_lambda_function *function(ccdk_stack *stack, const char *id, const ccdk_lambda_runtime *runtime)
{
    return ccdk_lambda_function_new(stack, id, &(ccdk_lambda_function_props){
        .runtime = runtime, .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = function() {}")});
}

static void output(ccdk_stack *stack, const char *prefix, const char *what, const char *value)
{
    char id[64];
    snprintf(id, sizeof id, "%s%s", prefix, what);
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

static void outputs(ccdk_stack *stack, const char *prefix, ccdk_lambda_function *fn)
{
    const ccdk_lambda_runtime *rt = ccdk_lambda_function_runtime(fn);
    output(stack, prefix, "RuntimeName", rt->name);
    output(stack, prefix, "FamilyIsNodejs", rt->family == CCDK_LAMBDA_FAMILY_NODEJS ? "true" : "false");
    output(stack, prefix, "IsVariable", rt->is_variable ? "true" : "false");
    output(stack, prefix, "IsNodejsLatest", rt == CCDK_LAMBDA_RUNTIME_NODEJS_LATEST ? "true" : "false");
    output(stack, prefix, "IsNodejs20", rt == CCDK_LAMBDA_RUNTIME_NODEJS_20_X ? "true" : "false");
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", &(ccdk_stack_props){.region = "us-east-1"});
    acknowledge_test_validation_rules(stack);
    outputs(stack, "Latest", function(stack, "MyFunction", CCDK_LAMBDA_RUNTIME_NODEJS_LATEST));
    outputs(stack, "Node20", function(stack, "MyFunction20", CCDK_LAMBDA_RUNTIME_NODEJS_20_X));

    ccdk_stack *us = ccdk_stack_new(app, "USEast1Stack", &(ccdk_stack_props){.region = "us-east-1"});
    ccdk_stack *eu = ccdk_stack_new(app, "EUWest1Stack", &(ccdk_stack_props){.region = "eu-west-1"});
    outputs(us, "Us", function(us, "MyFunction", CCDK_LAMBDA_RUNTIME_NODEJS_LATEST));
    outputs(eu, "Eu", function(eu, "MyFunction", CCDK_LAMBDA_RUNTIME_NODEJS_LATEST));

    ccdk_stack *agnostic = ccdk_stack_new(app, "AgnosticStack", NULL);
    acknowledge_test_validation_rules(agnostic);
    function(agnostic, "MyFunction", CCDK_LAMBDA_RUNTIME_NODEJS_LATEST);

    /* beyond the tests: the determined runtimes are in Runtime.ALL, which the imported layer's
     * compatible runtimes (and so the version hash under recognizeLayerVersion) are */
    ccdk_stack *hash_stack = ccdk_stack_new(app, "LayerHashStack", NULL);
    ccdk_node_set_context(hash_stack, "@aws-cdk/aws-lambda:recognizeLayerVersion", "true");
    ccdk_lambda_function *with_layer = ccdk_lambda_function_new(hash_stack, "WithLayer", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X, .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(hash_stack, "exports.handler = function() {}"),
        .layers = CCDK_LIST(ccdk_lambda_layer_version_from_layer_version_arn(hash_stack, "Layer",
            "arn:aws:lambda:us-east-1:123456789012:layer:my-layer:1"))});
    ccdk_cfn_output_new(hash_stack, "VersionArn", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_version_arn(ccdk_lambda_function_current_version(with_layer))});

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
