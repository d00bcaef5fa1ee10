/* version.c - lambda.Version (lambda-version.js): CfnVersion, provisioned concurrency, async invoke
 * config, removal policy; Version.fromVersionArn / fromVersionAttributes; fn.latestVersion;
 * fn.currentVersion with its hashed logical id; edgeArn; the FunctionVersionUpgrade aspect. */
#include <stdlib.h>
#include <string.h>

#include "ccdk/lambda_versions.h"
#include "lambda_internal.h"

static void version_validate(ccdk__node *n);
static const char *current_version_lazy_logical_id(ccdk__node *n);
static void current_version_id_asked(ccdk__node *n);

static const ccdk__kind kind_version = {.fqn = "aws-cdk-lib.aws_lambda.Version", .validate = version_validate, .class_name = "Version2"};
/* fromVersionAttributes' class Import extends QualifiedFunctionBase (constructor.name in messages) */
static const ccdk__kind kind_version_import = {.fqn = "aws-cdk-lib.aws_lambda.QualifiedFunctionBase", .class_name = "Import"};
static const ccdk__kind kind_latest = {.fqn = "aws-cdk-lib.aws_lambda.FunctionBase"};

/* _isStackAccount(): the ARN's account is the stack's (both known). */
static int is_stack_account(ccdk__node *n, const char *arn)
{
    ccdk_stack *s = n->stack;
    if (!s || ccdk__stack_is_env_agnostic_account(s) || !arn || ccdk__is_unresolved(arn))
        return 0;
    const char *p = arn;
    for (int i = 0; i < 4 && p; i++) {
        p = strchr(p, ':');
        if (p)
            p++;
    }
    if (!p)
        return 0;
    const char *e = strchr(p, ':');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    return strlen(s->account) == len && !strncmp(p, s->account, len);
}

static ccdk_lambda_version *version_alloc_fn(void *scope, const char *id, const ccdk__kind *kind, int fkind, const char *func)
{
    ccdk_app *app = ccdk__scope_((scope), func)->app;
    ccdk_lambda_version *v = ccdk__alloc(app, sizeof *v);
    ccdk__fnbase_init(&v->base, kind, scope, id, fkind);
    return v;
}
/* the public function that calls it names itself in a bad-scope error */
#define version_alloc(scope, id, kind, fkind) version_alloc_fn((scope), (id), (kind), (fkind), __func__)

static void inherit_principal(ccdk_lambda_version *v, ccdk_lambda_function *fn)
{
    v->base.lambda = fn;
    if (fn) {
        v->base.role = fn->base.role;
        v->base.grant_principal = fn->base.grant_principal;
    }
}

/* getFunctionScalingConfig: {Min,Max}ExecutionEnvironments, checked when not tokens; NULL when neither
 * is given. The checks are `< 0` and `min > max` only: aws-cdk-lib's "non-negative integer" takes 1.5. */
static ccdk_value *function_scaling_config(ccdk_lambda_version *v, const ccdk_lambda_version_props *props)
{
    ccdk_opt_num min = props->min_execution_environments, max = props->max_execution_environments;
    if (!min.set && !max.set)
        return NULL;
    int min_defined = min.set && !min.token, max_defined = max.set && !max.token;
    if (min_defined && min.value < 0) {
        ccdk__error(v, "minExecutionEnvironments must be a non-negative integer.");
        return NULL;
    }
    if (max_defined && max.value < 0) {
        ccdk__error(v, "maxExecutionEnvironments must be a non-negative integer.");
        return NULL;
    }
    if (min_defined && max_defined && min.value > max.value) {
        ccdk__error(v, "minExecutionEnvironments must be less than or equal to maxExecutionEnvironments");
        return NULL;
    }
    ccdk_app *app = v->base.node.app;
    ccdk_value *o = ccdk__v_obj(app);
    /* the template's order (CfnVersion's converter: Max first). tree.json has aws-cdk-lib's object
     * literal order {min, max}, which needs an ORDER entry in scripts/gen-tree-props-table.js (and
     * src/core/tree_props_table.c regenerated): until then tree.json differs in key order only */
    if (max.set)
        ccdk__v_set(o, "MaxExecutionEnvironments", ccdk__v_opt_num(app, max));
    if (min.set)
        ccdk__v_set(o, "MinExecutionEnvironments", ccdk__v_opt_num(app, min));
    return o;
}

ccdk_lambda_version *ccdk_lambda_version_new(void *scope, const char *id, const ccdk_lambda_version_props *props)
{
    ccdk_lambda_version *v = version_alloc(scope, id, &kind_version, CCDK__FN_VERSION);
    if (!v)
        return NULL;
    ccdk_app *app = v->base.node.app;
    if (!props || !props->lambda) {
        ccdk__error(v, "lambda is required");
        return v;
    }
    ccdk_lambda_function *fn = props->lambda;
    inherit_principal(v, fn);
    v->base.can_create_permissions = 1;
    /* `props.provisionedConcurrentExecutions && this.lambda.tenancyConfig` (issue 16) */
    if (props->provisioned_concurrent_executions.set &&
        (props->provisioned_concurrent_executions.token || props->provisioned_concurrent_executions.value != 0) &&
        fn->tenancy_config) {
        /* aws-cdk-lib throws here; ccdk records the error and makes the whole construct all the same,
         * so that later calls on it (grants, URLs, ...) find its ARN */
        ccdk__error(v, "Provisioned Concurrency is not supported for functions with tenant isolation mode");
    }
    ccdk_value *pc = NULL;
    /* determineProvisionedConcurrency: `if (props.provisionedConcurrentExecutions)` (0 is ignored) */
    if (props->provisioned_concurrent_executions.set &&
        (props->provisioned_concurrent_executions.token || props->provisioned_concurrent_executions.value != 0)) {
        if (!props->provisioned_concurrent_executions.token && props->provisioned_concurrent_executions.value <= 0)
            ccdk__error(v, "provisionedConcurrentExecutions must have value greater than or equal to 1");
        pc = ccdk__v_obj(app);
        ccdk__v_set(pc, "ProvisionedConcurrentExecutions", ccdk__v_opt_num(app, props->provisioned_concurrent_executions));
    }
    ccdk_value *scaling = function_scaling_config(v, props);
    ccdk_cfn_resource *r = ccdk__l1(v, "Resource", "AWS::Lambda::Version", "aws-cdk-lib.aws_lambda.CfnVersion");
    v->resource = r;
    if (props->code_sha256)
        ccdk__res_set(r, "CodeSha256", ccdk__v_from_string(app, props->code_sha256));
    if (props->description)
        ccdk__res_set(r, "Description", ccdk__v_from_string(app, props->description));
    ccdk__res_set(r, "FunctionName", ccdk__v_from_string(app, fn->base.name));
    if (pc)
        ccdk__res_set(r, "ProvisionedConcurrencyConfig", pc);
    if (scaling)
        ccdk__res_set(r, "FunctionScalingConfig", scaling);
    ccdk_cfn_resource_add_metadata(r, "aws:cdk:do-not-refactor", ccdk__v_bool(app, 1));
    if (props->removal_policy)
        ccdk_cfn_resource_apply_removal_policy(r, props->removal_policy);
    v->version = ccdk_cfn_resource_get_att(r, "Version");
    v->base.arn = ccdk_cfn_resource_ref(r);
    v->base.name = ccdk__sprintf(app, "%s:%s", fn->base.name, v->version);
    v->base.qualifier = v->version;
    if (props->on_failure || props->on_success || ccdk_duration_is_set(props->max_event_age) || props->retry_attempts.set)
        ccdk__configure_async_invoke_options(&v->base, &(ccdk_lambda_event_invoke_config_options){
            .on_failure = props->on_failure, .on_success = props->on_success,
            .max_event_age = props->max_event_age, .retry_attempts = props->retry_attempts}, v->version);
    return v;
}

ccdk_lambda_version *ccdk_lambda_version_from_version_arn(void *scope, const char *id, const char *arn)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!arn) {
        ccdk__error(scope, "versionArn is required");
        arn = "";
    }
    /* extractQualifierFromArn / extractLambdaFunctionArn */
    /* Fn.select(7, Fn.split(":", arn)) is computed at once for a literal */
    const char *qualifier;
    if (ccdk__is_unresolved(arn)) {
        qualifier = ccdk_fn_select(scope, 7, ccdk_fn_split(scope, ":", arn));
    } else {
        const char *p = arn;
        for (int i = 0; i < 7 && p; i++)
            if ((p = strchr(p, ':')))
                p++;
        const char *e = p ? strchr(p, ':') : NULL;
        qualifier = !p ? "undefined" /* JS: an undefined element, in template literals "undefined" */
                       : e ? ccdk__strndup(app, p, (size_t)(e - p)) : ccdk__strdup(app, p);
    }
    const char *fn_arn;
    if (ccdk__is_unresolved(arn)) {
        const char *parts[7];
        for (int i = 0; i < 7; i++)
            parts[i] = ccdk_fn_select(scope, i, ccdk_fn_split(scope, ":", arn));
        fn_arn = ccdk_fn_join(scope, ":", (ccdk_strs){&ccdk__list_mark, parts, 7});
    } else {
        const char *p = arn;
        int colons = 0;
        while (*p && !(*p == ':' && colons == 6))
            colons += *p++ == ':';
        fn_arn = ccdk__strndup(app, arn, (size_t)(p - arn));
    }
    ccdk_lambda_function *fn = ccdk_lambda_function_from_function_arn(scope, ccdk__sprintf(app, "%sFunction", id ? id : ""), fn_arn);
    ccdk_lambda_version *v = version_alloc(scope, id, &kind_version_import, CCDK__FN_VERSION);
    if (!v)
        return NULL;
    inherit_principal(v, fn);
    v->version = qualifier;
    v->base.name = ccdk__sprintf(app, "%s:%s", fn ? fn->base.name : "", qualifier);
    v->base.arn = ccdk__strdup(app, arn);
    v->base.qualifier = qualifier;
    v->base.can_create_permissions = is_stack_account(&v->base.node, v->base.arn);
    return v;
}

ccdk_lambda_version *ccdk_lambda_version_from_version_attributes(void *scope, const char *id,
                                                                 const ccdk_lambda_version_attributes *attrs)
{
    ccdk_lambda_version *v = version_alloc(scope, id, &kind_version_import, CCDK__FN_VERSION);
    if (!v)
        return NULL;
    ccdk_app *app = v->base.node.app;
    if (!attrs || !attrs->lambda || !attrs->version) {
        ccdk__error(v, "version and lambda are required");
        return v;
    }
    inherit_principal(v, attrs->lambda);
    v->version = ccdk__strdup(app, attrs->version);
    v->base.name = ccdk__sprintf(app, "%s:%s", attrs->lambda->base.name, attrs->version);
    v->base.arn = ccdk__sprintf(app, "%s:%s", attrs->lambda->base.arn, attrs->version);
    v->base.qualifier = v->version;
    v->base.can_create_permissions = is_stack_account(&v->base.node, v->base.arn);
    return v;
}

const char *ccdk_lambda_version_version(ccdk_lambda_version *v) { return ccdk__handle_ok(v, __func__) ? v->version : NULL; }
const char *ccdk_lambda_version_arn(ccdk_lambda_version *v) { return ccdk__handle_ok(v, __func__) ? v->base.arn : NULL; }
const char *ccdk_lambda_version_function_name(ccdk_lambda_version *v) { return ccdk__handle_ok(v, __func__) ? v->base.name : NULL; }
ccdk_lambda_function *ccdk_lambda_version_lambda(ccdk_lambda_version *v) { return ccdk__handle_ok(v, __func__) ? v->base.lambda : NULL; }
ccdk_cfn_resource *ccdk_lambda_version_resource(ccdk_lambda_version *v) { return ccdk__handle_ok(v, __func__) ? v->resource : NULL; }

/* the producer of a new Version's edgeArn: `this.lambda instanceof Function &&
 * this.lambda._checkEdgeCompatibility()`, then functionArn */
static ccdk_value *edge_arn_lazy(void *ctx)
{
    ccdk_lambda_version *v = ctx;
    ccdk_lambda_function *fn = ccdk__as_function(v->base.lambda);
    if (fn)
        ccdk__function_check_edge_compatibility(fn);
    return ccdk__v_from_string(v->base.node.app, v->base.arn);
}

const char *ccdk_lambda_version_edge_arn(ccdk_lambda_version *v)
{
    if (!ccdk__handle_ok(v, __func__))
        return NULL;
    ccdk__fnbase *fb = ccdk__fnbase_of(v);
    if (!fb)
        return NULL;
    if (fb->fkind != CCDK__FN_VERSION && fb->fkind != CCDK__FN_LATEST) {
        ccdk__error(v, "Expected a Lambda version, got %s", fb->node.kind->fqn);
        return NULL;
    }
    /* LatestVersion.edgeArn, and the $LATEST of an import (Version.fromVersionArn/Attributes) */
    if (v->base.fkind == CCDK__FN_LATEST || (!v->resource && v->version && !strcmp(v->version, "$LATEST"))) {
        ccdk__error(v, "$LATEST function version cannot be used for Lambda@Edge");
        return v->base.arn ? v->base.arn : "";
    }
    if (!v->resource) /* an import: its functionArn (a Version that failed: harmless) */
        return v->base.arn ? v->base.arn : "";
    if (!v->edge_arn)
        v->edge_arn = ccdk__token_str(v->base.node.app, ccdk__v_lazy_effectful(v->base.node.app, edge_arn_lazy, v));
    return v->edge_arn;
}

ccdk_lambda_version *ccdk_lambda_function_latest_version(ccdk_lambda_function *fn)
{
    return fn ? ccdk__lambda_latest_version_at(fn, fn) : NULL;
}

/* FunctionBase.latestVersion of `scope` (fn itself, or a SingletonFunction whose function is fn):
 * new LatestVersion(scope) at scope/$LATEST, once */
ccdk_lambda_version *ccdk__lambda_latest_version_at(void *scope, ccdk_lambda_function *fn)
{
    ccdk__node *old = ccdk__node_find_child(ccdk__node_of(scope), "$LATEST");
    if (old && old->kind == &kind_latest)
        return (ccdk_lambda_version *)old;
    ccdk_lambda_version *v = version_alloc(scope, "$LATEST", &kind_latest, CCDK__FN_LATEST);
    if (!v)
        return NULL;
    ccdk_app *app = v->base.node.app;
    inherit_principal(v, fn);
    v->version = "$LATEST";
    v->base.arn = ccdk__sprintf(app, "%s:$LATEST", fn->base.arn);
    v->base.name = ccdk__sprintf(app, "%s:$LATEST", fn->base.name);
    v->base.qualifier = "$LATEST";
    v->base.can_create_permissions = 0;
    return v;
}

/* ------------------------------------------------------------------ currentVersion */

ccdk_lambda_version *ccdk_lambda_function_current_version(ccdk_lambda_function *fn)
{
    if (!fn) { /* no App to record it on; never NULL */
        ccdk__process_error("%s: the function is NULL", __func__);
        fn = ccdk__nil_function();
    }
    if (fn->current_version)
        return fn->current_version;
    if (fn->base.fkind != CCDK__FN_FUNCTION || !fn->resource) {
        ccdk__error(fn, "currentVersion is only available on a lambda.Function");
        return ccdk_lambda_function_current_version(ccdk__nil_function()); /* never NULL */
    }
    if (fn->base.warn_if_current_version_called)
        ccdk__warning(fn, "@aws-cdk/aws-lambda:addPermissionsToVersionOrAlias",
                      "AWS Lambda has changed their authorization strategy, which may cause client invocations using the "
                      "'Qualifier' parameter of the lambda function to fail with Access Denied errors.\nIf you are using a "
                      "lambda Version or Alias, make sure to call 'grantInvoke' or 'addPermission' on the Version or Alias, "
                      "not the underlying Function\nSee: https://github.com/aws/aws-cdk/issues/19273");
    ccdk_lambda_version_props p = {.lambda = fn};
    if (fn->has_current_version_options) {
        const ccdk_lambda_version_options *o = &fn->current_version_options;
        p.description = o->description;
        p.code_sha256 = o->code_sha256;
        p.removal_policy = o->removal_policy;
        p.provisioned_concurrent_executions = o->provisioned_concurrent_executions;
        p.max_event_age = o->max_event_age;
        p.retry_attempts = o->retry_attempts;
        p.on_success = o->on_success;
        p.on_failure = o->on_failure;
        p.min_execution_environments = o->min_execution_environments;
        p.max_execution_environments = o->max_execution_environments;
    }
    ccdk_lambda_version *v = ccdk_lambda_version_new(fn, "CurrentVersion", &p);
    if (!v || !v->resource)
        return v;
    fn->current_version = v;
    v->hash_fn = fn;
    v->original_logical_id = ccdk__element_logical_id(&v->resource->el.node);
    v->resource->el.lazy_logical_id = current_version_lazy_logical_id;
    v->resource->el.logical_id_asked = current_version_id_asked;
    return v;
}

/* The currentVersion's logical id with its function's hash, or NULL (no hash: an error recorded):
 * of def, the function's definition as its template render made it, or (def NULL) of a render
 * made for it */
static const char *hashed_logical_id(ccdk_lambda_version *v, const ccdk_value *def, ccdk__resolve_ctx *ctx)
{
    ccdk_lambda_function *fn = v->hash_fn;
    ccdk_app *app = v->base.node.app;
    ccdk__buf mix = {0};
    for (size_t i = 0; i < fn->hash_mixins->u.list.n; i++)
        ccdk__buf_puts(&mix, fn->hash_mixins->u.list.items[i]->u.str.s);
    const char *m = mix.data ? mix.data : "";
    int was = v->hashing;
    v->hashing = 1;
    v->self_referenced = 0;
    const char *hash = def ? ccdk__function_hash_of(fn, def, ctx, m, 1) : ccdk__function_hash(fn, m, 1);
    v->hashing = was;
    ccdk__buf_free(&mix);
    if (!hash || v->self_referenced)
        return NULL;
    const char *orig = v->original_logical_id;
    size_t len = strlen(orig);
    if (len > 223)
        orig += len - 223; /* trimFromStart(originalLogicalId, 223) */
    return ccdk__sprintf(app, "%s%s", orig, hash);
}

/* The version's logical id asked while the hash it is made of is being taken: the function's
 * definition names the version (fn.addEnvironment('V', fn.currentVersion.functionArn), a dependency
 * of the function on it), and the id would be a hash of itself. aws-cdk-lib's uncached Lazy resolves
 * the function again for it, and again, until node's stack overflows (a RangeError "Resolution error:
 * ... Maximum call stack size exceeded"); ccdk says so, once, on the function, and writes nothing
 * (the template it would write has the function and its version depend on each other). */
static void current_version_id_asked(ccdk__node *n)
{
    ccdk_lambda_version *v = (ccdk_lambda_version *)n->parent;
    if (!v || !v->hashing || v->self_referenced)
        return;
    v->self_referenced = 1; /* for this hash; a nested stack's template is rendered (and its errors
                               dropped) before the synth renders it again: reported each time, once */
    ccdk_app *app = v->base.node.app;
    const char *line = ccdk__sprintf(app,
                                     "%s: Resolution error: the function's definition refers to its own currentVersion "
                                     "(%s), whose logical id is a hash of that definition: it cannot be computed "
                                     "(aws-cdk-lib: Maximum call stack size exceeded)",
                                     v->hash_fn->base.node.path, v->base.node.path);
    for (size_t i = 0; i < app->nerrors; i++)
        if (!strcmp(app->errors[i], line))
            return;
    ccdk__unscoped_error(app, "%s", line);
}

/* The logical id override is an uncached lazy in aws-cdk-lib: stack.resolve of a reference to the
 * version (edgeArn, functionArn) before the synth gives the hash of the function as it is then. A
 * reference met while the hash is taken (the function naming its own version) is an error,
 * current_version_id_asked's. */
static const char *current_version_lazy_logical_id(ccdk__node *n)
{
    ccdk_lambda_version *v = (ccdk_lambda_version *)n->parent;
    if (!v || v->hashing || !v->hash_fn || v->resource->el.logical_id_override)
        return NULL; /* (an override of "": the user's replaced the Lazy, the plain id applies) */
    /* calculateFunctionHash's stack.resolve: a reference to another stack's element is the
     * replacement its consumer has been given so far, else its own Ref / GetAtt (a lazy asked while
     * refs.c gives the references their values meets both) */
    ccdk_app *app = v->base.node.app;
    int was = app->resolve_direct;
    app->resolve_direct = 1;
    const char *id = hashed_logical_id(v, NULL, NULL);
    app->resolve_direct = was;
    return id;
}

/* The hashed id as the override. aws-cdk-lib overrides the id with its Lazy when it creates the
 * currentVersion, so a lock by Stack.exportValue (logical_id_locked) comes after the override and
 * does not stop it: set here without overrideLogicalId's lock check. */
static void put_hashed_id(ccdk_lambda_version *v, const char *id)
{
    v->resource->el.logical_id_override = ccdk__strdup(v->base.node.app, id);
}

/* the hashed id as the override, in the persistent arena (this may run in a render's scratch) */
static void set_hashed_id(ccdk_lambda_version *v, const char *id)
{
    ccdk_app *app = v->base.node.app;
    ccdk__arena cur;
    ccdk__persistent_enter(app, &cur);
    put_hashed_id(v, id);
    ccdk__persistent_leave(app, &cur);
}

/* the id asked for before the function's template render: the function rendered for it alone */
static void settle_hashed_id(ccdk__node *n)
{
    ccdk_lambda_version *v = (ccdk_lambda_version *)n->parent;
    const char *id = hashed_logical_id(v, NULL, NULL);
    if (id)
        set_hashed_id(v, id);
}

/* The function's template render: its definition is what the hash is taken from (as aws-cdk-lib's
 * uncached lazy id resolves the function again, in the same stack, at the same time) */
static void function_rendered(ccdk_cfn_resource *r, ccdk__resolve_ctx *ctx, const ccdk_value *def)
{
    ccdk_lambda_version *v = r->after_render_ctx;
    r->after_render = NULL;
    if (!v->resource->el.deferred_logical_id)
        return; /* settled already (asked for earlier) */
    v->resource->el.deferred_logical_id = NULL;
    const char *id = hashed_logical_id(v, def, ctx);
    if (id)
        set_hashed_id(v, id);
}

/* Once everything that can change the function (aspects, dependencies) has run. The hash is taken
 * from the function's own template render, which follows (no second render of the function just
 * for it); something that asks for the id before -- a resource rendered before the function, the
 * logical ids of a nested stack's template -- has the function rendered for it then. */
static void version_validate(ccdk__node *n)
{
    ccdk_lambda_version *v = (ccdk_lambda_version *)n;
    if (!v->hash_fn || !v->resource)
        return;
    /* the user's overrideLogicalId replaced aws-cdk-lib's Lazy: that id (or for "" the plain
     * one), and no hash is taken */
    if (v->resource->el.logical_id_override)
        return;
    ccdk_cfn_resource *fr = v->hash_fn->resource;
    if (!v->base.node.stack->nested_parent && !fr->after_render && v->base.node.stack == v->hash_fn->base.node.stack) {
        v->resource->el.deferred_logical_id = settle_hashed_id;
        fr->after_render = function_rendered;
        fr->after_render_ctx = v;
        return;
    }
    const char *id = hashed_logical_id(v, NULL, NULL);
    if (id)
        put_hashed_id(v, id);
}

void ccdk_lambda_function_invalidate_version_based_on(ccdk_lambda_function *fn, const char *x)
{
    if (!ccdk__target_ok(fn, __func__) || !ccdk__arg_ok(x, __func__, "x"))
        return;
    if (ccdk__is_unresolved(x)) {
        ccdk__error(fn, "invalidateVersionOn: input may not contain unresolved tokens");
        return;
    }
    ccdk__v_push(fn->hash_mixins, ccdk__v_str(fn->base.node.app, x));
}

/* ------------------------------------------------------------------ FunctionVersionUpgrade */

typedef struct {
    const char *flag;
    int enabled;
} upgrade_ctx;

static void upgrade_visit(void *construct, void *ctx)
{
    upgrade_ctx *u = ctx;
    ccdk_lambda_function *fn = ccdk__as_function(construct);
    if (!fn)
        return;
    if (u->enabled != (ccdk__feature_flag(&fn->base.node, u->flag) ? 1 : 0))
        return;
    /* aws-cdk-lib visits the Function before its CfnFunction child, so no Tags aspect has reached
     * the resource yet: the hash is taken without tags */
    int tag_kind = fn->resource->tag_kind;
    fn->resource->tag_kind = 0;
    const char *hash = ccdk__function_hash(fn, "", 0);
    fn->resource->tag_kind = tag_kind;
    if (!hash)
        return;
    ccdk_app *app = fn->base.node.app;
    ccdk_value *d = ccdk__res_get(fn->resource, "Description");
    const char *desc = NULL;
    if (d && d->kind == CCDK__V_STR)
        desc = d->u.str.s;
    else if (d && d->kind != CCDK__V_UNDEF && d->kind != CCDK__V_NULL)
        desc = ccdk__token_str(app, d);
    const char *s = desc && *desc ? ccdk__sprintf(app, "%s version-hash:%s", desc, hash) : ccdk__sprintf(app, "version-hash:%s", hash);
    ccdk_cfn_resource_add_property_override(fn->resource, "Description", ccdk__v_from_string(app, s));
}

void ccdk_lambda_function_version_upgrade_aspect(void *scope, const char *feature_flag, ccdk_tristate enabled)
{
    ccdk_app *app = ccdk__app_of(scope);
    if (!app || !ccdk__arg_ok(feature_flag, __func__, "feature_flag"))
        return;
    upgrade_ctx *u = ccdk__alloc(app, sizeof *u);
    u->flag = ccdk__strdup(app, feature_flag);
    u->enabled = !ccdk__tri_false(enabled);
    ccdk_aspects_add(scope, upgrade_visit, u);
}

/* Function.addVersion (deprecated): a Version under the function named "Version" + name */
ccdk_lambda_version *ccdk_lambda_function_add_version(ccdk_lambda_function *fn, const char *name, const char *code_sha256,
                                                      const char *description, ccdk_opt_num provisioned_executions,
                                                      const ccdk_lambda_event_invoke_config_options *async_invoke_config)
{
    if (!ccdk__target_ok(fn, __func__) || !ccdk__arg_ok(name, __func__, "name"))
        return NULL;
    ccdk_app *app = fn->base.node.app;
    ccdk_lambda_version_props p = {.lambda = fn, .code_sha256 = code_sha256, .description = description,
                                   .provisioned_concurrent_executions = provisioned_executions};
    if (async_invoke_config) {
        p.on_success = async_invoke_config->on_success;
        p.on_failure = async_invoke_config->on_failure;
        p.max_event_age = async_invoke_config->max_event_age;
        p.retry_attempts = async_invoke_config->retry_attempts;
    }
    return ccdk_lambda_version_new(fn, ccdk__sprintf(app, "Version%s", name), &p);
}
