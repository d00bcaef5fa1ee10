/* nested_stack.c - NestedStack (aws-cdk-lib core/lib/nested-stack.ts): a Stack whose template is
 * not an artifact of the cloud assembly but a file asset of its parent stack, deployed by an
 * AWS::CloudFormation::Stack resource in the parent.
 *
 * The stack itself is an ordinary ccdk_stack (construct.c: its elements render into its own
 * template, "<uniqueId>.nested.template.json") marked with nested_parent. Its assets go to the
 * top-level stack's synthesizer (NestedStackSynthesizer forwards them up), references between it
 * and other stacks become its Outputs and Parameters (refs.c), and at prepare -- after the
 * references, deepest nested stack first -- its template is rendered, hashed (SHA-256 of
 * JSON.stringify(template), compact, as aws-cdk-lib hashes it) and registered as the parent's
 * "file" asset, whose S3 URL becomes the resource's TemplateURL. */
#include <stdlib.h>
#include <string.h>

#include "synth.h"

static const ccdk__kind kind_nested_stack = {.fqn = "aws-cdk-lib.NestedStack", .is_stack = 1, .class_name = "NestedStack"};

static ccdk__nested *nested_of(ccdk_stack *s)
{
    ccdk__node *n = ccdk__node_of(s);
    return n && n->kind->is_stack ? ((ccdk_stack *)n)->nested : NULL;
}

/* Names.stackRelativeConstructPath(n): the ids below the nearest top-level stack (a nested stack's
 * name is a token: it does not count), joined with "/" */
static const char *top_relative_path(ccdk__node *n)
{
    ccdk_stack *top = ccdk__top_level_stack(n->stack);
    if (!top || n == &top->node)
        return "";
    return n->path + strlen(top->node.path) + 1;
}

ccdk_stack *ccdk__nested_asset_owner(ccdk_stack *s, const char **display_name)
{
    if (!s->nested_parent)
        return s;
    ccdk_stack *top = ccdk__top_level_stack(s);
    /* callers name the asset relative to the stack they hold, the nested one (Asset's
     * stackRelativeConstructPath), or by its full path (a custom resource provider's): the former
     * is made relative to the top-level stack */
    size_t pl = strlen(s->node.path);
    if (display_name && *display_name && !(!strncmp(*display_name, s->node.path, pl) && (*display_name)[pl] == '/'))
        *display_name = ccdk__sprintf(s->node.app, "%s/%s", top_relative_path(&s->node), *display_name);
    return top;
}

/* stackName / stackId (contextualAttribute): the pseudo parameter inside the nested stack, the
 * resource's Ref (the stack ARN) or the name taken from it everywhere else */
static ccdk_value *contextual(ccdk_stack *s, int id)
{
    ccdk_app *app = s->node.app;
    ccdk__nested *ns = s->nested;
    if (app->cur_stack == s)
        return ccdk__v_pseudo(app, id ? "AWS::StackId" : "AWS::StackName");
    /* values, not tokens: this runs at every render, in scratch memory */
    ccdk_value *ref = ccdk__v_ref(app, &ns->resource->el.node);
    if (id)
        return ref;
    ccdk_value *split = ccdk__v_list(app), *select = ccdk__v_list(app);
    ccdk__v_push(split, ccdk__v_str(app, "/"));
    ccdk__v_push(split, ref);
    ccdk__v_push(select, ccdk__v_num(app, 1));
    ccdk__v_push(select, ccdk__v_intrinsic(app, "Fn::Split", split));
    return ccdk__v_intrinsic(app, "Fn::Select", select);
}
static ccdk_value *contextual_name(void *ctx) { return contextual(ctx, 0); }
static ccdk_value *contextual_id(void *ctx) { return contextual(ctx, 1); }

/* the resource's Parameters: Lazy.any, undefined while there are none */
static ccdk_value *parameters_value(void *ctx)
{
    ccdk_stack *s = ctx;
    ccdk__nested *ns = s->nested;
    return ns->parameters->u.obj.n ? ns->parameters : ccdk__v_undef(s->node.app);
}

ccdk_stack *ccdk_nested_stack_new(void *scope, const char *id, const ccdk_nested_stack_props *props)
{
    if (!scope) { /* findParentStack */
        ccdk__process_error("Nested stacks cannot be defined as a root construct");
        return ccdk__nil_stack();
    }
    ccdk__node *sc = ccdk__scope(scope);
    ccdk_app *app = sc->app;
    ccdk_stack *parent = sc->stack;
    if (!parent) {
        ccdk__unscoped_error(app, "Nested stacks must be defined within scope of another non-nested stack");
        return ccdk__nil_stack();
    }
    static const ccdk_nested_stack_props none;
    const ccdk_nested_stack_props *p = props ? props : &none;
    /* super(scope, id, {env: the parent's, description, crossRegionReferences: the parent's}) */
    ccdk_stack_props sp = {.account = parent->account, .region = parent->region, .description = p->description,
                           .cross_region_references = parent->cross_region_references ? CCDK_TRUE : CCDK_UNSET};
    ccdk_stack *s = ccdk_stack_new(scope, id, &sp);
    if (s->node.app != app || s->node.detached)
        return s; /* a bad id: recorded, and the stack is a harmless one */
    s->node.kind = &kind_nested_stack;
    s->nested_parent = parent;
    s->qualifier = parent->qualifier;
    ccdk__nested *ns = ccdk__alloc(app, sizeof *ns);
    s->nested = ns;
    /* templateFile: `${Names.uniqueId(this)}.nested.template.json`; the artifact id names the
     * template file synth writes ("<artifact>.template.json") */
    const char *uid = ccdk__node_unique_id(&s->node);
    ns->template_file = ccdk__sprintf(app, "%s.nested.template.json", uid);
    s->artifact_id = ccdk__sprintf(app, "%s.nested", uid);
    ns->parameters = ccdk__v_obj(app);
    size_t np = CCDK__LEN(p->parameters, "NestedStack parameters");
    for (size_t i = 0; i < np; i++)
        if (p->parameters.items[i].key)
            ccdk__v_set(ns->parameters, p->parameters.items[i].key,
                        ccdk__v_str(app, p->parameters.items[i].value ? p->parameters.items[i].value : ""));
    /* the resource, in a construct of its own beside the stack */
    ccdk_construct *group = ccdk_construct_new(scope, ccdk__sprintf(app, "%s.NestedStack", id));
    ccdk_cfn_resource *r = ccdk__l1(group, ccdk__sprintf(app, "%s.NestedStackResource", id), "AWS::CloudFormation::Stack",
                                    "aws-cdk-lib.CfnStack");
    r->tag_kind = 1;
    ns->resource = r;
    size_t nn = CCDK__LEN(p->notification_arns, "NestedStack notificationArns");
    if (CCDK__GIVEN(p->notification_arns)) {
        ccdk_value *l = ccdk__v_list(app);
        for (size_t i = 0; i < nn; i++)
            ccdk__v_push(l, ccdk__v_from_string(app, p->notification_arns.items[i] ? p->notification_arns.items[i] : ""));
        ccdk__res_set(r, "NotificationARNs", l);
    }
    ccdk__res_set(r, "Parameters", ccdk__v_lazy(app, parameters_value, s));
    /* the template's URL is known once the template is (prepare): until then "<unresolved>" */
    ccdk__res_set(r, "TemplateURL", ccdk__v_str(app, "<unresolved>"));
    if (ccdk_duration_is_set(p->timeout)) {
        int ok = 1;
        double min = ccdk__duration_convert(s, p->timeout, CCDK_TIME_MINUTES, 1, &ok);
        if (ok)
            ccdk__res_set(r, "TimeoutInMinutes", ccdk__v_num_or_token(app, min, p->timeout.token));
    }
    ccdk_cfn_resource_apply_removal_policy(r, p->removal_policy ? p->removal_policy : CCDK_REMOVAL_POLICY_DESTROY);
    ccdk__ext(&s->node)->default_child_override = &r->el.node;
    ns->name_token = ccdk__token_str(app, ccdk__v_lazy(app, contextual_name, s));
    ns->id_token = ccdk__token_str(app, ccdk__v_lazy(app, contextual_id, s));
    return s;
}

ccdk_cfn_resource *ccdk_nested_stack_resource(ccdk_stack *stack)
{
    ccdk__nested *ns = nested_of(stack);
    return ns ? ns->resource : NULL;
}

void ccdk_nested_stack_set_parameter(ccdk_stack *stack, const char *name, const char *value)
{
    if (!ccdk__target_ok(stack, __func__) || !ccdk__arg_ok(name, __func__, "name") || !ccdk__arg_ok(value, __func__, "value"))
        return;
    ccdk__nested *ns = nested_of(stack);
    if (ns)
        ccdk__v_set(ns->parameters, name, ccdk__v_str(stack->node.app, value));
}

const char *ccdk_nested_stack_template_file(ccdk_stack *stack)
{
    ccdk__nested *ns = nested_of(stack);
    return ns ? ns->template_file : NULL;
}

ccdk_stack *ccdk_nested_stack_parent(ccdk_stack *stack)
{
    ccdk__nested *ns = nested_of(stack);
    return ns ? stack->nested_parent : NULL;
}

/* _prepareTemplateAsset: the template, hashed as JSON.stringify gives it, becomes a file asset of
 * the parent; the resource's TemplateURL points at its S3 object. keep_error: a rename that no
 * element used is reported (aws-cdk-lib's _toCloudFormation throws it here, at prepare); returns
 * -1 then, the asset not made. */
static int define_template_asset(ccdk_stack *s, int keep_error)
{
    ccdk_app *app = s->node.app;
    ccdk__nested *ns = s->nested;
    if (ns->template_ready)
        return 0;
    ns->template_ready = 1;
    /* the nested stack's own tags (this.tags.tagValues(): addStackTag's and the aspects' that reach
     * it) go to its resource: setTag with the default priority 0, under the tags the aspects gave
     * the resource itself */
    ccdk_value *tags = ccdk__stack_tags(s);
    for (size_t i = 0; tags && i < tags->u.obj.n; i++)
        ccdk__tags_set(&ns->resource->el.node, tags->u.obj.e[i].key, tags->u.obj.e[i].val->u.str.s, 0);
    /* render it as the final synth will (errors met now are met again then: dropped here) */
    size_t nerrors = app->nerrors;
    ccdk__scratch_begin(app);
    /* aws-cdk-lib's JSON.stringify(this._toCloudFormation()) resolves the uncached Lazy logical
     * ids now (fn.currentVersion's: the hash of its function as it renders now), as the final
     * render will give them (cfn.c) */
    int was = app->resolve_user;
    app->resolve_user = 1;
    ccdk_value *tpl = ccdk__stack_render(s);
    app->resolve_user = was;
    s->rendered = NULL;
    ccdk__buf b = {0};
    ccdk__json_write(&b, tpl, 0);
    char hash[65];
    ccdk__sha256_hex(b.data ? b.data : "", b.len, hash);
    ccdk__buf_free(&b);
    ccdk__scratch_end(app);
    for (size_t i = nerrors; i < app->nerrors; i++)
        free(app->errors[i]);
    app->nerrors = nerrors;
    /* assertAllRenamesApplied (the end of that _toCloudFormation): a rename no element used is
     * thrown now, ending the synth. (ccdk meets some errors of this render -- a reference still
     * to be passed down -- that the references made next resolve: those stay dropped.) */
    if (keep_error) {
        ccdk__stack_check_renames(s);
        if (app->nerrors > nerrors)
            return -1;
    }
    /* free the cached element list: the final render collects it again */
    ccdk_stack *parent = s->nested_parent;
    const char *display = ccdk__sprintf(app, "%s Nested Stack Template", top_relative_path(&s->node));
    /* the display name is relative to the top-level stack already: register on it directly */
    ccdk_stack *top = ccdk__nested_asset_owner(parent, NULL);
    ccdk__asset_location loc = ccdk__stack_add_file_asset(top, hash, ns->template_file, 0, display, NULL);
    for (ccdk__file_asset *a = top->assets; a; a = a->next)
        if (!strcmp(a->hash, hash) && !strcmp(a->source_path, ns->template_file)) {
            /* written by synth beside the parent's template, not staged */
            a->not_staged = 1;
            a->in_assembly_dir = 1;
            a->staged_name = ns->template_file;
        }
    /* addResourceMetadata(resource, "TemplateURL") under the asset metadata context */
    ccdk_value *am = ccdk__node_context(&s->node, "aws:cdk:enable-asset-metadata");
    if (am && ccdk__truthy(am)) {
        ccdk_cfn_resource_add_metadata(ns->resource, "aws:asset:path", ccdk__v_str(app, ns->template_file));
        ccdk_cfn_resource_add_metadata(ns->resource, "aws:asset:property", ccdk__v_str(app, "TemplateURL"));
    }
    /* `https://s3.${parent.region}.${parent.urlSuffix}/${bucketName}/${objectKey}` */
    const char *bucket = loc.bucket_name->kind == CCDK__V_STR ? loc.bucket_name->u.str.s : ccdk__token_str(app, loc.bucket_name);
    const char *key = loc.object_key->kind == CCDK__V_STR ? loc.object_key->u.str.s : ccdk__token_str(app, loc.object_key);
    const char *url = ccdk__sprintf(app, "https://s3.%s.%s/%s/%s", ccdk_stack_region(parent), ccdk_stack_url_suffix(parent),
                                    bucket, key);
    ccdk__res_set(ns->resource, "TemplateURL", ccdk__v_from_string(app, url));
    return 0;
}

/* findAllNestedStacks: depth-first, post-order (a nested stack's own nested stacks first); their
 * resources, in that order, into *res */
typedef struct {
    ccdk__node **items;
    size_t n, cap;
    int keep_error; /* keep the first error of a template's render, and stop there */
    int failed;
} node_list;

static void prepare_tree(ccdk__node *n, node_list *res)
{
    for (size_t i = 0; i < n->nchildren && !res->failed; i++)
        prepare_tree(n->children[i], res);
    if (!res->failed && n->kind->is_stack && ((ccdk_stack *)n)->nested && !n->detached) {
        if (define_template_asset((ccdk_stack *)n, res->keep_error) != 0) {
            res->failed = 1;
            return;
        }
        if (res->n == res->cap)
            res->items = ccdk__grow(res->items, &res->cap, sizeof *res->items, 8);
        res->items[res->n++] = &((ccdk_stack *)n)->nested->resource->el.node;
    }
}

void ccdk__nested_stacks_prepare(ccdk_app *app)
{
    int any = 0;
    for (size_t i = 0; i < app->nstacks && !any; i++)
        any = app->stacks[i]->nested != NULL;
    if (!any)
        return;
    /* an error recorded before stands for aws-cdk-lib's throw there (resolveReferences', ...): the
     * templates' errors are then not added */
    node_list res = {.keep_error = app->nerrors == 0};
    prepare_tree(&app->node, &res);
    /* resolveReferencesInElements(the nested stacks' resources): a resource's TemplateURL may now
     * reference asset parameters of the top-level stack (the LegacyStackSynthesizer's, for a
     * nested stack three deep), passed down as parameters. The templates already hashed are not
     * hashed again, as in aws-cdk-lib: such a template's asset hash does not cover them. */
    if (!res.failed)
        ccdk__resolve_references_in(app, res.items, res.n);
    free(res.items);
    /* the templates were rendered: element lists are collected again by the final synth */
    for (size_t i = 0; i < app->nstacks; i++) {
        free(app->stacks[i]->dfs_elements);
        app->stacks[i]->dfs_elements = NULL;
        app->stacks[i]->ndfs_elements = 0;
    }
}
