/* lookups.c - context providers, as aws-cdk-lib's ContextProvider.getValue: a value the cdk CLI
 * looks up in the account (availability zones, ...) is read from the context
 * ("<provider>:account=..:region=.."); when it is not there yet, the stack reports it missing
 * (manifest.json's "missing", which the CLI looks up, writes into cdk.context.json, and runs the app
 * again with) and the provider's dummy value stands in. Also stack.availabilityZones. */
#include <string.h>

#include "synth.h"

ccdk_value *ccdk_fn_get_azs(void *owner, const char *region)
{
    ccdk_app *app = ccdk__app_of(owner);
    return ccdk__v_intrinsic(app, "Fn::GetAZs", ccdk__v_from_string(app, region ? region : ""));
}

/* reportMissingContextKey, once per key (the builder keeps the first) */
static void report_missing(ccdk_stack *s, const char *key, const char *provider, ccdk_value *dummy)
{
    ccdk_app *app = s->node.app;
    if (!app->missing)
        app->missing = ccdk__v_list(app);
    for (size_t i = 0; i < app->missing->u.list.n; i++) {
        ccdk_value *k = ccdk__v_get(app->missing->u.list.items[i], "key");
        if (k && k->kind == CCDK__V_STR && !strcmp(k->u.str.s, key))
            return;
    }
    ccdk_value *m = ccdk__v_obj(app);
    ccdk__v_set(m, "key", ccdk__v_str(app, key));
    ccdk__v_set(m, "provider", ccdk__v_str(app, provider));
    ccdk_value *props = ccdk__v_obj(app);
    if (dummy)
        ccdk__v_set(props, "dummyValue", dummy);
    ccdk__v_set(props, "account", ccdk__v_str(app, s->account));
    ccdk__v_set(props, "region", ccdk__v_str(app, s->region));
    /* the DefaultStackSynthesizer's lookup role, as the manifest names it */
    if (s->syn_lookup_role) /* none with the CLI's own credentials */
        ccdk__v_set(props, "lookupRoleArn", ccdk__v_str(app, ccdk__stack_specialize(app, s, s->syn_lookup_role)));
    ccdk__v_set(m, "props", props);
    ccdk__v_push(app->missing, m);
}

ccdk_strs ccdk_stack_availability_zones(ccdk_stack *stack)
{
    ccdk_strs none = {0};
    if (!ccdk__handle_ok(stack, __func__))
        return none;
    ccdk_app *app = stack->node.app;
    const char **azs = NULL;
    size_t n = 0;
    ccdk_value *v;
    /* _silenceLiteralAzWarning: Validations.of(stack).acknowledge(W3010), once per stack, records
     * the acknowledgement in the stack's metadata (with a JavaScript stack trace no context turns
     * off: ccdk writes none) */
    ccdk__add_metadata_json(&stack->node, "acknowledged-rules",
                            "{\"CloudFormation-Validate::W3010\":\"Literal AZs in template are the result of accessing "
                            "stack.availabilityZones, this is expected and safe\"}");
    if (ccdk__stack_is_env_agnostic_account(stack) || ccdk__stack_is_env_agnostic_region(stack)) {
        v = ccdk__node_context(&stack->node, "aws:cdk:availability-zones:fallback");
        if (!v || v->kind == CCDK__V_NULL || v->kind == CCDK__V_UNDEF) {
            /* [Fn.select(0, Fn.getAzs()), Fn.select(1, Fn.getAzs())] */
            azs = ccdk__alloc(app, 2 * sizeof *azs);
            azs[0] = ccdk_fn_select(stack, 0, ccdk_fn_get_azs(stack, NULL));
            azs[1] = ccdk_fn_select(stack, 1, ccdk_fn_get_azs(stack, NULL));
            return (ccdk_strs){&ccdk__list_mark, azs, 2};
        }
    } else {
        const char *key = ccdk__sprintf(app, "availability-zones:account=%s:region=%s", stack->account, stack->region);
        v = ccdk__node_context(&stack->node, key);
        if (!v || v->kind == CCDK__V_NULL || v->kind == CCDK__V_UNDEF) {
            ccdk_value *dummy = ccdk__v_list(app);
            static const char *const d[] = {"dummy1a", "dummy1b", "dummy1c"};
            for (int i = 0; i < 3; i++)
                ccdk__v_push(dummy, ccdk__v_str(app, d[i]));
            report_missing(stack, key, "availability-zones", dummy);
            v = dummy;
        }
    }
    if (v->kind != CCDK__V_LIST) {
        ccdk__error(stack, "Provider availability-zones expects a list");
        return none;
    }
    azs = ccdk__alloc(app, (v->u.list.n ? v->u.list.n : 1) * sizeof *azs);
    for (size_t i = 0; i < v->u.list.n; i++)
        azs[n++] = ccdk__js_string(app, v->u.list.items[i]);
    return (ccdk_strs){&ccdk__list_mark, azs, n};
}
