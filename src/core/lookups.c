/* lookups.c - context providers, as aws-cdk-lib's ContextProvider.getValue: a value the cdk CLI
 * looks up in the account (availability zones, ...) is read from the context
 * ("<provider>:account=..:region=.."); when it is not there yet, the stack reports it missing
 * (manifest.json's "missing", which the CLI looks up, writes into cdk.context.json, and runs the app
 * again with) and the provider's dummy value stands in. Also stack.availabilityZones. */
#include <stdlib.h>
#include <string.h>

#include "synth.h"

ccdk_value *ccdk_fn_get_azs(void *owner, const char *region)
{
    ccdk_app *app = ccdk__app_of(owner);
    return ccdk__v_intrinsic(app, "Fn::GetAZs", ccdk__v_from_string(app, region ? region : ""));
}

/* colonQuote: ':' becomes "$:". aws-cdk-lib also means to double '$', but its replacement "$$" is
 * JavaScript's pattern for one '$': a '$' stays as it is, and so it does here. */
static void colon_quote(ccdk__buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == ':')
            ccdk__buf_putc(b, '$');
        ccdk__buf_putc(b, *s);
    }
}

/* propsToArray: "<prefix><key>=<value>" for each defined value, objects (and lists) flattened
 * with "<key>." prefixes, strings colon-quoted, anything else as JSON.stringify writes it */
static void props_to_array(ccdk_app *app, const ccdk_value *props, const char *prefix, const char ***out, size_t *n,
                           size_t *cap)
{
    size_t count = props->kind == CCDK__V_OBJ ? props->u.obj.n : props->u.list.n;
    for (size_t i = 0; i < count; i++) {
        const char *key;
        const ccdk_value *v;
        if (props->kind == CCDK__V_OBJ) {
            key = props->u.obj.e[i].key;
            v = props->u.obj.e[i].val;
        } else {
            key = ccdk__sprintf(app, "%zu", i);
            v = props->u.list.items[i];
        }
        if (!v || v->kind == CCDK__V_UNDEF)
            continue;
        if (v->kind == CCDK__V_OBJ || v->kind == CCDK__V_LIST) {
            props_to_array(app, v, ccdk__sprintf(app, "%s%s.", prefix, key), out, n, cap);
            continue;
        }
        ccdk__buf b = {0};
        ccdk__buf_printf(&b, "%s%s=", prefix, key);
        if (v->kind == CCDK__V_STR)
            colon_quote(&b, v->u.str.s);
        else
            ccdk__json_write(&b, v, 0);
        if (*n == *cap) {
            *cap = *cap ? 2 * *cap : 8;
            const char **grown = ccdk__alloc(app, *cap * sizeof *grown);
            if (*n)
                memcpy(grown, *out, *n * sizeof *grown);
            *out = grown;
        }
        (*out)[(*n)++] = ccdk__strdup(app, b.data ? b.data : "");
        ccdk__buf_free(&b);
    }
}

/* Array.prototype.sort of strings: by UTF-16 code units, which for UTF-8 is byte order (but for
 * characters beyond the BMP against U+E000..U+FFFF, which no provider prop has) */
static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static int has_token(const ccdk_value *v)
{
    return v && v->kind == CCDK__V_STR ? ccdk__is_unresolved(v->u.str.s) : v && v->kind > CCDK__V_OBJ;
}

/* ContextProvider.getKey: the key, and *props_out the props it is made of ({account, region,
 * additionalCacheKey, ...options.props}: a prop named like one before it takes its place); NULL after
 * aws-cdk-lib's error on scope */
static const char *context_key(ccdk__node *n, const ccdk__context_query *q, ccdk_value **props_out)
{
    ccdk_app *app = n->app;
    ccdk_stack *s = n->stack;
    ccdk_value *props = ccdk__v_obj(app);
    if (!q->exclude_environment) {
        ccdk__v_set(props, "account", ccdk__v_str(app, s->account ? s->account : ccdk_aws_account_id(s)));
        ccdk__v_set(props, "region", ccdk__v_str(app, s->region ? s->region : ccdk_aws_region(s)));
    }
    if (q->additional_cache_key && *q->additional_cache_key)
        ccdk__v_set(props, "additionalCacheKey", ccdk__v_str(app, q->additional_cache_key));
    if (q->props && q->props->kind == CCDK__V_OBJ)
        for (size_t i = 0; i < q->props->u.obj.n; i++)
            ccdk__v_set(props, q->props->u.obj.e[i].key, q->props->u.obj.e[i].val);
    for (size_t i = 0; i < props->u.obj.n; i++)
        if (has_token(props->u.obj.e[i].val)) {
            ccdk__error(n,
                        "Cannot determine scope for context provider %s.\nThis usually happens when one or more of the "
                        "provider props have unresolved tokens",
                        q->provider);
            return NULL;
        }
    const char **parts = NULL;
    size_t np = 0, cap = 0;
    props_to_array(app, props, "", &parts, &np, &cap);
    if (np)
        qsort(parts, np, sizeof *parts, cmp_str);
    ccdk__buf kb = {0};
    ccdk__buf_printf(&kb, "%s:", q->provider);
    for (size_t i = 0; i < np; i++)
        ccdk__buf_printf(&kb, "%s%s", i ? ":" : "", parts[i]);
    const char *key = ccdk__strdup(app, kb.data);
    ccdk__buf_free(&kb);
    *props_out = props;
    return key;
}

/* stackOf(scope), or NULL after aws-cdk-lib's error */
static ccdk__node *scope_in_stack(const void *scope)
{
    ccdk__node *n = ccdk__node_of(scope);
    if (n && !n->stack) {
        ccdk__no_stack_error(n);
        return NULL;
    }
    return n;
}

/* after lookupRoleArn in a missing lookup's props: the lookup role's lookupRoleExternalId and
 * assumeRoleAdditionalOptions, when the synthesizer has them */
static void set_lookup_role_options(ccdk_stack *s, ccdk_value *props)
{
    if (s->syn_lookup_ext)
        ccdk__v_set(props, "lookupRoleExternalId", ccdk__v_str(s->node.app, s->syn_lookup_ext));
    if (s->syn_lookup_opts)
        ccdk__v_set(props, "assumeRoleAdditionalOptions", s->syn_lookup_opts);
}

int ccdk__context_provider_get(const void *scope, const ccdk__context_query *q, ccdk_value **value)
{
    *value = NULL;
    ccdk__node *n = scope_in_stack(scope);
    if (!n)
        return -1;
    ccdk_stack *s = n->stack;
    ccdk_app *app = n->app;
    if (ccdk__stack_is_env_agnostic_account(s) || ccdk__stack_is_env_agnostic_region(s)) {
        /* aws-cdk-lib's message has no space after "define your stack." */
        ccdk__error(scope,
                    "Cannot retrieve value from context provider %s since account/region are not specified at the stack "
                    "level. Configure \"env\" with an account and region when you define your stack.See "
                    "https://docs.aws.amazon.com/cdk/latest/guide/environments.html for more details.",
                    q->provider);
        return -1;
    }
    ccdk_value *props = NULL;
    const char *key = context_key(n, q, &props);
    if (!key)
        return -1;
    ccdk_value *v = ccdk__node_context(n, key);
    ccdk_value *provider_error = v && v->kind == CCDK__V_OBJ ? ccdk__v_get(v, "$providerError") : NULL;
    if (provider_error && provider_error->kind == CCDK__V_UNDEF)
        provider_error = NULL;
    if (v && v->kind != CCDK__V_UNDEF && !provider_error) {
        *value = v;
        return 1;
    }
    /* reportMissingContextKey: {dummyValue, ignoreErrorOnMissingContext, additionalCacheKey, ...props};
     * the synthesizer adds the lookup role */
    ccdk_value *ext = ccdk__v_obj(app);
    if (q->dummy)
        ccdk__v_set(ext, "dummyValue", q->dummy);
    if (q->must_exist >= 0)
        ccdk__v_set(ext, "ignoreErrorOnMissingContext", ccdk__v_bool(app, !q->must_exist));
    if (q->additional_cache_key && *q->additional_cache_key) /* before props, which have it again */
        ccdk__v_set(ext, "additionalCacheKey", ccdk__v_str(app, q->additional_cache_key));
    for (size_t i = 0; i < props->u.obj.n; i++)
        ccdk__v_set(ext, props->u.obj.e[i].key, props->u.obj.e[i].val);
    if (s->syn_lookup_role) /* the synthesizer's lookup role; none with the CLI's own credentials */
        ccdk__v_set(ext, "lookupRoleArn", ccdk__v_str(app, ccdk__stack_specialize(app, s, s->syn_lookup_role)));
    set_lookup_role_options(s, ext);
    ccdk_value *m = ccdk__v_obj(app);
    ccdk__v_set(m, "key", ccdk__v_str(app, key));
    ccdk__v_set(m, "provider", ccdk__v_str(app, q->provider));
    ccdk__v_set(m, "props", ext);
    if (!s->missing)
        s->missing = ccdk__v_list(app);
    ccdk__v_push(s->missing, m);
    if (provider_error) {
        /* Annotations.of(scope)._addTrackableError: an error the synth goes on with (the CLI's lookup
         * failed: its message, e.g. no AWS credentials); the id marks it so (synth.c) */
        ccdk__add_trackable_error(n, CCDK__CONTEXT_PROVIDER_ERROR, ccdk__js_string(app, provider_error));
    }
    *value = q->dummy;
    return 0;
}

/* stack.reportMissingContextKey(report): the report as it is, with the synthesizer's lookup role in its
 * props as aws-cdk-lib's stack synthesis adds it ({...report, props: {...report.props, lookupRoleArn}});
 * the manifest's "missing" keeps the first report of a key (add_missing) */
void ccdk_stack_report_missing_context_key(ccdk_stack *stack, const ccdk_missing_context *report)
{
    const char *f = __func__;
    if (!ccdk__target_ok(stack, f) || !ccdk__arg_ok(report, f, "report") ||
        !ccdk__arg_ok(report->key, f, "report->key") || !ccdk__arg_ok(report->provider, f, "report->provider"))
        return;
    ccdk_app *app = stack->node.app;
    ccdk_value *props = ccdk__v_obj(app);
    if (report->props && report->props->kind == CCDK__V_OBJ)
        for (size_t i = 0; i < report->props->u.obj.n; i++)
            ccdk__v_set(props, report->props->u.obj.e[i].key, report->props->u.obj.e[i].val);
    if (stack->syn_lookup_role)
        ccdk__v_set(props, "lookupRoleArn", ccdk__v_str(app, ccdk__stack_specialize(app, stack, stack->syn_lookup_role)));
    set_lookup_role_options(stack, props);
    ccdk_value *m = ccdk__v_obj(app);
    ccdk__v_set(m, "key", ccdk__v_str(app, report->key));
    ccdk__v_set(m, "provider", ccdk__v_str(app, report->provider));
    ccdk__v_set(m, "props", props);
    if (!stack->missing)
        stack->missing = ccdk__v_list(app);
    ccdk__v_push(stack->missing, m);
}

/* CloudAssemblyBuilder.addMissing: the first entry of a key stays */
static void add_missing(ccdk_value *list, const ccdk_value *entry)
{
    const ccdk_value *key = ccdk__v_get(entry, "key");
    for (size_t i = 0; i < list->u.list.n; i++) {
        ccdk_value *k = ccdk__v_get(list->u.list.items[i], "key");
        if (k && key && !strcmp(k->u.str.s, key->u.str.s))
            return;
    }
    ccdk__v_push(list, (ccdk_value *)entry);
}

/* What an assembly reports, in aws-cdk-lib's order: the nested assemblies synthesize first (each
 * builder also reports to its parent), then the assembly's own stacks */
static void collect_missing(ccdk_app *app, const ccdk_stage *assembly, ccdk_value *out)
{
    for (size_t i = 0; i < app->nstages; i++) {
        ccdk_stage *st = app->stages[i];
        if (st->parent_stage == assembly && !st->node.detached)
            collect_missing(app, st, out);
    }
    for (size_t i = 0; i < app->nstacks; i++) {
        ccdk_stack *s = app->stacks[i];
        if (s->node.detached || s->stage != assembly || !s->missing)
            continue;
        for (size_t k = 0; k < s->missing->u.list.n; k++)
            add_missing(out, s->missing->u.list.items[k]);
    }
}

ccdk_value *ccdk__missing_context(ccdk_app *app, const ccdk_stage *assembly)
{
    ccdk_value *out = ccdk__v_list(app);
    collect_missing(app, assembly, out);
    return out->u.list.n ? out : NULL;
}

/* Stack._silenceLiteralAzWarning: once per stack, Validations.of(stack).acknowledge(W3010), the node
 * metadata entry "aws:cdk:acknowledged-rules" (literal AZs in a template are expected there) */
void ccdk__stack_silence_literal_az_warning(ccdk_stack *s)
{
    /* (with a JavaScript stack trace no context turns off: ccdk writes none; identical entries once) */
    ccdk__add_metadata_json(&s->node, "acknowledged-rules",
                            "{\"CloudFormation-Validate::W3010\":\"Literal AZs in template are the result of accessing "
                            "stack.availabilityZones, this is expected and safe\"}");
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
    ccdk__stack_silence_literal_az_warning(stack);
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
        ccdk_value *dummy = ccdk__v_list(app);
        static const char *const d[] = {"dummy1a", "dummy1b", "dummy1c"};
        for (int i = 0; i < 3; i++)
            ccdk__v_push(dummy, ccdk__v_str(app, d[i]));
        ccdk__context_query q = {.provider = "availability-zones", .dummy = dummy, .must_exist = -1};
        if (ccdk__context_provider_get(stack, &q, &v) < 0)
            return none;
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

static int public_query(const ccdk_context_provider_options *o, ccdk__context_query *q)
{
    if (!o || !o->provider)
        return -1;
    *q = (ccdk__context_query){
        .provider = o->provider,
        .props = o->props && o->props->kind == CCDK__V_OBJ ? o->props : NULL,
        .dummy = o->dummy_value,
        .must_exist = ccdk__tri_set(o->must_exist) ? ccdk__tri_true(o->must_exist) : -1,
        .additional_cache_key = o->additional_cache_key,
        .exclude_environment = ccdk__tri_false(o->include_environment),
    };
    return 0;
}

ccdk_value *ccdk_context_provider_get_value(void *scope, const ccdk_context_provider_options *options, int *found)
{
    ccdk__node *n = ccdk__scope(scope);
    if (found)
        *found = 0;
    ccdk__context_query q;
    if (public_query(options, &q) < 0) {
        ccdk__error(n, "ContextProvider.getValue: the provider is required");
        return NULL;
    }
    ccdk_value *v = NULL;
    int r = ccdk__context_provider_get(n, &q, &v);
    if (found)
        *found = r == 1;
    return r < 0 ? NULL : v;
}

const char *ccdk_context_provider_get_key(void *scope, const ccdk_context_provider_options *options)
{
    ccdk__node *n = ccdk__scope(scope);
    ccdk__context_query q;
    if (public_query(options, &q) < 0) {
        ccdk__error(n, "ContextProvider.getKey: the provider is required");
        return NULL;
    }
    n = scope_in_stack(n);
    if (!n)
        return NULL;
    ccdk_value *props;
    return context_key(n, &q, &props);
}

ccdk_value *ccdk_v_get(ccdk_value *object, const char *key)
{
    if (!object || object->kind != CCDK__V_OBJ || !key)
        return NULL;
    ccdk_value *v = ccdk__v_get(object, key);
    return v && v->kind != CCDK__V_UNDEF ? v : NULL;
}

const char *ccdk_v_to_string(ccdk_value *v)
{
    return v ? ccdk__js_string(v->app, v) : NULL;
}
