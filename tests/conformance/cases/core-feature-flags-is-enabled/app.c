/* core: feature-flags.test.ts's FeatureFlags.of(scope).isEnabled (ccdk_feature_flag_enabled), a stack
 * per test, each answer written as an output. */
#include <ccdk/core.h>

#define NEW_STYLE "@aws-cdk/core:newStyleStackSynthesis"

static void answer(ccdk_stack *stack, const char *id, void *scope, const char *flag)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = ccdk_feature_flag_enabled((ccdk_construct *)scope, flag) ? "true" : "false"});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){
        .context = CCDK_KVS({"@aws-cdk/aws-lambda:recognizeLayerVersion", "false"}, {"my:flag", "\"yes\""}),
    });
    struct { const char *id, *flag, *json; } cases[] = {
        {"Enabled", NEW_STYLE, "true"},
        {"Default", NEW_STYLE, NULL},
        {"Invalid", "non-existent-flag", NULL},
        {"StringTrue", NEW_STYLE, "\"true\""},
        {"StringFalse", NEW_STYLE, "\"false\""},
        {"Zero", NEW_STYLE, "0"},
        {"Empty", NEW_STYLE, "\"\""},
        {"DefaultOff", "@aws-cdk/aws-lambda:useCdkManagedLogGroup", NULL},
        {"Expired", "@aws-cdk/aws-kms:defaultKeyPolicies", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ccdk_stack *stack = ccdk_stack_new(app, cases[i].id, NULL);
        if (cases[i].json)
            ccdk_node_set_context(stack, cases[i].flag, cases[i].json);
        answer(stack, "Answer", stack, cases[i].flag);
    }
    {
        ccdk_stack *stack = ccdk_stack_new(app, "FromApp", NULL);
        ccdk_construct *c = ccdk_construct_new(stack, "C");
        answer(stack, "AppFalse", c, "@aws-cdk/aws-lambda:recognizeLayerVersion");
        answer(stack, "AppString", c, "my:flag");
        ccdk_construct *own = ccdk_construct_new(stack, "Own");
        ccdk_node_set_context(own, "@aws-cdk/aws-lambda:recognizeLayerVersion", "true");
        answer(stack, "OwnAnswer", own, "@aws-cdk/aws-lambda:recognizeLayerVersion");
    }
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
