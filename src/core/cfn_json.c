/* cfn_json.c - core's CfnJson (aws-cdk-lib/core/lib/cfn-json.js): a value whose JSON text
 * (stack.toJsonString) a Custom::AWSCDKCfnJson resource parses at deploy time, so that tokens may be
 * keys; the construct resolves to the resource's Value attribute. The resource's provider is the
 * stack's one CfnUtilsProvider "AWSCDKCfnUtilsProviderCustomResourceProvider", a
 * CustomResourceProvider (custom_resource_provider.c) whose Node.js code is ccdk's own
 * (src/core/cfn-utils-handler/ with src/core/cr-entrypoint/, embedded by
 * scripts/gen-log-retention-handler.py): only its asset's hash differs from aws-cdk-lib's. */
#include "synth.h"

extern const ccdk__memfile ccdk__core_cfn_utils_handler_files[];
extern const size_t ccdk__core_cfn_utils_handler_nfiles;

#define PROVIDER_ID "AWSCDKCfnUtilsProviderCustomResourceProvider"

struct ccdk_cfn_json {
    ccdk__node node;
    const char *value; /* resource.getAtt('Value') */
};

static const ccdk__kind kind_cfn_json = {.fqn = "aws-cdk-lib.CfnJson"};
static const ccdk__kind kind_provider = {.fqn = "aws-cdk-lib.CustomResourceProviderBase", .class_name = "CfnUtilsProvider"};

/* CfnUtilsProvider.getOrCreate(scope): the service token of the stack's provider (NULL when its id
 * is taken by another construct: that error is recorded) */
static const char *cfn_utils_service_token(ccdk_stack *stack)
{
    int taken;
    ccdk__cr_provider *p = (ccdk__cr_provider *)ccdk__stack_singleton(stack, PROVIDER_ID, &kind_provider, &taken);
    if (!p && taken)
        return NULL;
    if (!p) {
        void *scope = stack;
        p = ccdk__construct(ccdk__cr_provider, &kind_provider, scope, PROVIDER_ID);
        ccdk__cr_provider_init(p, &(ccdk__cr_provider_props){.files = ccdk__core_cfn_utils_handler_files,
                                                             .nfiles = ccdk__core_cfn_utils_handler_nfiles});
    }
    return ccdk_cfn_resource_get_att(p->handler, "Arn");
}

ccdk_cfn_json *ccdk_cfn_json_new(void *scope, const char *id, ccdk_value *value)
{
    ccdk__node *s = ccdk__scope(scope);
    ccdk_cfn_json *j = ccdk__construct(ccdk_cfn_json, &kind_cfn_json, scope, id);
    ccdk_stack *stack = j->node.stack;
    if (!stack) { /* stackOf(this): aws-cdk-lib's error, recorded by ccdk_stack_of */
        ccdk_stack_of(j);
        return j;
    }
    ccdk_app *app = s->app;
    /* the JSON text first, then the provider (getOrCreate in the CustomResource's props), then the
     * resource */
    const char *json = ccdk_stack_to_json_string(stack, value, 0);
    const char *token = cfn_utils_service_token(stack);
    ccdk_value *props = ccdk__v_obj(app);
    ccdk__v_set(props, "Value", ccdk__v_from_string(app, json));
    ccdk_custom_resource *cr = ccdk_custom_resource_new(j, "Resource", &(ccdk_custom_resource_props){
        .service_token = token,
        .resource_type = "Custom::AWSCDKCfnJson",
        .properties = props,
    });
    j->value = ccdk_custom_resource_get_att_string(cr, "Value");
    return j;
}

const char *ccdk_cfn_json_value(ccdk_cfn_json *j)
{
    if (!j || !ccdk__handle_ok(j, __func__))
        return NULL;
    return j->value;
}
