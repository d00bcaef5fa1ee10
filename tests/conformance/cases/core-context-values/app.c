/* core-context-values: numeric, boolean, list and empty assetHashSalt / bootstrapQualifier, and the
 * truthiness of enable-asset-metadata / enable-path-metadata, as node context above each stack. */
#include <stdio.h>

#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    static const ccdk_kv cases[][5] = {
        {{"@aws-cdk/core:assetHashSalt", "5"}, {"@aws-cdk/core:bootstrapQualifier", "123"},
         {"aws:cdk:enable-asset-metadata", "\"0\""}, {"aws:cdk:enable-path-metadata", "\"\""}, {NULL, NULL}},
        {{"@aws-cdk/core:assetHashSalt", "0"}, {"@aws-cdk/core:bootstrapQualifier", "true"},
         {"aws:cdk:enable-asset-metadata", "\"\""}, {"aws:cdk:enable-path-metadata", "\"0\""}, {NULL, NULL}},
        {{"@aws-cdk/core:assetHashSalt", "[1, null, 2.5]"}, {"@aws-cdk/core:bootstrapQualifier", "\"\""},
         {"aws:cdk:enable-asset-metadata", "0"}, {"aws:cdk:enable-path-metadata", "[]"}, {NULL, NULL}},
        {{"@aws-cdk/core:assetHashSalt", "false"}, {"@aws-cdk/core:bootstrapQualifier", "null"},
         {"aws:cdk:enable-asset-metadata", "{}"}, {"aws:cdk:enable-path-metadata", "0"}, {NULL, NULL}},
        {{"@aws-cdk/core:assetHashSalt", "{\"a\": 1}"},
         {"aws:cdk:enable-asset-metadata", "1"}, {"aws:cdk:enable-path-metadata", "\"false\""}, {NULL, NULL}},
    };
    for (int i = 0; i < 5; i++) {
        char id[16], name[16], dir[16];
        snprintf(id, sizeof id, "Group%d", i);
        snprintf(name, sizeof name, "TestStack%d", i);
        snprintf(dir, sizeof dir, "handler-%d", i);
        ccdk_construct *group = ccdk_construct_new(app, id);
        for (const ccdk_kv *kv = cases[i]; kv->key; kv++)
            ccdk_node_set_context(group, kv->key, kv->value);
        ccdk_stack *stack = ccdk_stack_new(group, "TestStack", &(ccdk_stack_props){.stack_name = name});
        ccdk_lambda_function_new(stack, "MyFunction", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(stack, dir, NULL),
        });
        ccdk_lambda_function_new(stack, "Salted", &(ccdk_lambda_function_props){
            .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
            .handler = "index.handler",
            .code = ccdk_lambda_code_from_asset(stack, dir, &(ccdk_asset_options){.extra_hash = "x"}),
        });
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
