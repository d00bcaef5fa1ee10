/* tags.c - Tags.of(scope).add/remove: tag operations recorded on constructs and rendered into the
 * Tags property of taggable resources, sorted by key as aws-cdk-lib's TagManager does. */
#include <stdlib.h>
#include <string.h>

#include "cfn.h"

typedef struct ccdk__tagop {
    const char *key, *value; /* value NULL: remove */
    int priority;
    /* Tags.add under @aws-cdk/core:explicitStackTags (read at the scope when added): the tag
     * excludes the "aws:cdk:stack" resource type, so stacks' own tags (the manifest) miss it */
    int not_stack;
    /* TagProps' includeResourceTypes / excludeResourceTypes (applyTagAspectHere) */
    const char **include, **exclude;
    size_t ninclude, nexclude;
    struct ccdk__tagop *next;
} ccdk__tagop;

static int has_type(const char *const *types, size_t n, const char *type)
{
    for (size_t i = 0; i < n; i++)
        if (type && !strcmp(types[i], type))
            return 1;
    return 0;
}

static ccdk__tagop *add_op_fn(void *scope, const char *key, const char *value, int priority, const char *func)
{
    ccdk__node *n = ccdk__scope_((scope), func);
    if (!n || !key)
        return NULL;
    /* an empty key is no error, as in aws-cdk-lib (the template validation reports it: lint.c) */
    /* tags reach the manifest as well as templates: refused here, with the scope's path */
    if (!ccdk__utf8_valid(key, strlen(key)) || (value && !ccdk__utf8_valid(value, strlen(value)))) {
        int bad_key = !ccdk__utf8_valid(key, strlen(key));
        const char *s = bad_key ? key : value;
        ccdk__error(n, "Invalid UTF-8 in a tag %s: \"%s\"", bad_key ? "key" : "value", ccdk__utf8_show(n->app, s, strlen(s)));
        return NULL;
    }
    ccdk__tagop *op = ccdk__alloc(n->app, sizeof *op);
    op->key = ccdk__strdup(n->app, key);
    op->value = value ? ccdk__strdup(n->app, value) : NULL;
    op->priority = priority;
    op->not_stack = value && ccdk__feature_flag(n, "@aws-cdk/core:explicitStackTags");
    ccdk__node_ext *x = ccdk__ext(n);
    if (x->tagops_tail)
        x->tagops_tail->next = op;
    else
        x->tagops = op;
    x->tagops_tail = op;
    return op;
}
/* the public function that calls it names itself in a bad-scope error */
#define add_op(scope, key, value, priority) add_op_fn((scope), (key), (value), (priority), __func__)

void ccdk_tags_add(void *scope, const char *key, const char *value)
{
    if (ccdk__arg_ok(key, __func__, "key"))
        add_op(scope, key, value ? value : "", 100);
}
void ccdk__tags_set(ccdk__node *n, const char *key, const char *value, int priority) { add_op(n, key, value, priority); }
void ccdk_tags_remove(void *scope, const char *key)
{
    if (ccdk__arg_ok(key, __func__, "key"))
        add_op(scope, key, NULL, 200);
}

/* TagProps on an operation: its priority (else the default given), the resource types */
static void with_props(ccdk__tagop *op, ccdk__node *n, const ccdk_tag_props *props, int default_priority)
{
    if (!op)
        return;
    op->priority = props && props->priority.set ? (int)props->priority.value : default_priority;
    if (!props)
        return;
    op->include = ccdk__strs_dup(n->app, props->include_resource_types, &op->ninclude);
    op->exclude = ccdk__strs_dup(n->app, props->exclude_resource_types, &op->nexclude);
    /* explicitStackTags adds "aws:cdk:stack" to the exclusions unless it is included */
    if (op->not_stack && has_type(op->include, op->ninclude, "aws:cdk:stack"))
        op->not_stack = 0;
}

void ccdk_tags_add_with(void *scope, const char *key, const char *value, const ccdk_tag_props *props)
{
    if (!ccdk__arg_ok(key, __func__, "key"))
        return;
    ccdk__tagop *op = add_op(scope, key, value ? value : "", 100);
    if (op)
        with_props(op, ccdk__node_of(scope), props, 100);
}

/* Aspects.of(scope).add(new Tag(key, value, props)): the Tag aspect without Tags.of, whose add() is
 * where aws-cdk-lib puts "aws:cdk:stack" into the exclusions under explicitStackTags: this tag
 * reaches stacks whatever that flag says. (Its aspect priority, DEFAULT rather than Tags.of's
 * MUTATING, has no counterpart here: ccdk renders tags from these operations, not in the walk.) */
void ccdk_aspects_add_tag(void *scope, const char *key, const char *value, const ccdk_tag_props *props)
{
    if (!ccdk__arg_ok(key, __func__, "key"))
        return;
    ccdk__tagop *op = add_op(scope, key, value ? value : "", 100);
    if (op) {
        with_props(op, ccdk__node_of(scope), props, 100);
        op->not_stack = 0;
    }
}

void ccdk_tags_remove_with(void *scope, const char *key, const ccdk_tag_props *props)
{
    if (!ccdk__arg_ok(key, __func__, "key"))
        return;
    ccdk__tagop *op = add_op(scope, key, NULL, 200);
    if (op)
        with_props(op, ccdk__node_of(scope), props, 200);
}

typedef struct {
    const char *key, *value;
    int priority;
} tag;

static int cmp_tag(const void *a, const void *b)
{
    return ccdk__locale_compare(((const tag *)a)->key, ((const tag *)b)->key);
}

/* The tags of n as its TagManager renders them after the Tags.of() aspects above it ran: `init`
 * (ninit tags, their priorities with them; a value NULL: removed) is the manager's state before
 * them -- a stack's props tags and addStackTag / removeStackTag -- and is the caller's, grown here */
static ccdk_value *tags_collect(ccdk__node *n, int tag_kind, tag *init, size_t ninit, size_t capinit);

ccdk_value *ccdk__tags_for(ccdk__node *n, int tag_kind) { return tags_collect(n, tag_kind, NULL, 0, 0); }

ccdk_value *ccdk__stack_tags(ccdk_stack *s)
{
    size_t n = s->tag_prios ? s->tag_prios->u.obj.n : 0, ct = n;
    tag *init = n ? malloc(n * sizeof *init) : NULL;
    if (n && !init)
        abort();
    for (size_t i = 0; i < n; i++) { /* every key the manager changed, the removed too */
        const ccdk__entry *e = &s->tag_prios->u.obj.e[i];
        const ccdk_value *v = ccdk__v_get(s->tags, e->key);
        init[i].key = e->key;
        init[i].value = v && v->kind == CCDK__V_STR ? v->u.str.s : NULL;
        init[i].priority = (int)e->val->u.n;
    }
    ccdk_value *out = tags_collect(&s->node, 3, init, n, ct);
    return out ? out : ccdk__v_obj(s->node.app);
}

static ccdk_value *tags_collect(ccdk__node *n, int tag_kind, tag *init, size_t ninit, size_t capinit)
{
    size_t depth = 0;
    int any = ninit > 0;
    /* Tags.of() is an aspect: one added above a Stage does not reach inside it (invoke_aspects in
     * synth.c), so the chain ends at n's stage */
    for (ccdk__node *p = n; p; p = ccdk__is_stage(p) ? NULL : p->parent) {
        depth++;
        any |= p->ext && p->ext->tagops;
    }
    if (!any) {
        free(init);
        return NULL; /* no Tags.of() on the path: no tags (and no allocation) */
    }
    const ccdk_cfn_resource *res = tag_kind == 3 ? NULL : ccdk_cfn_resource_of(n);
    const char *type = tag_kind == 3 ? "aws:cdk:stack" : res ? res->type : NULL;
    ccdk__node **chain = malloc(depth * sizeof *chain);
    size_t i = depth;
    for (ccdk__node *p = n; p; p = ccdk__is_stage(p) ? NULL : p->parent)
        chain[--i] = p;
    /* TagManager: a key's tag and the priority of its last change; a removal leaves the key (value
     * NULL) with its priority, so that a later tag of a lower priority (a Tags.of(child).add under a
     * Tags.of(parent).remove) stays out, as aws-cdk-lib's priorities map does */
    tag *tags = init;
    size_t nt = ninit, ct = capinit;
    for (i = 0; i < depth; i++) {
        for (ccdk__tagop *op = chain[i]->ext ? chain[i]->ext->tagops : NULL; op; op = op->next) {
            if (op->not_stack && tag_kind == 3)
                continue;
            /* applyTagAspectHere(include, exclude) against the resource's type ("aws:cdk:stack" for
             * a stack's own tags) */
            if (op->nexclude && has_type(op->exclude, op->nexclude, type))
                continue;
            if (op->ninclude && !has_type(op->include, op->ninclude, type))
                continue;
            size_t k;
            for (k = 0; k < nt; k++)
                if (!strcmp(tags[k].key, op->key))
                    break;
            if (k < nt && op->priority < tags[k].priority)
                continue;
            if (k == nt) {
                if (nt == ct)
                    tags = ccdk__grow(tags, &ct, sizeof *tags, 8);
                tags[nt++].key = op->key;
            }
            tags[k].value = op->value;
            tags[k].priority = op->priority;
        }
    }
    free(chain);
    size_t kept = 0; /* the removed keys out */
    for (i = 0; i < nt; i++)
        if (tags[i].value)
            tags[kept++] = tags[i];
    nt = kept;
    if (nt == 0) {
        free(tags);
        return NULL;
    }
    qsort(tags, nt, sizeof *tags, cmp_tag);
    ccdk_app *app = n->app;
    ccdk_value *out;
    if (tag_kind == 2 || tag_kind == 3) {
        out = ccdk__v_obj(app);
        for (i = 0; i < nt; i++)
            ccdk__v_set(out, tags[i].key, ccdk__v_str(app, tags[i].value));
    } else {
        out = ccdk__v_list(app);
        for (i = 0; i < nt; i++) {
            ccdk_value *t = ccdk__v_obj(app);
            ccdk__v_set(t, "Key", ccdk__v_str(app, tags[i].key));
            ccdk__v_set(t, "Value", ccdk__v_str(app, tags[i].value));
            ccdk__v_push(out, t);
        }
    }
    free(tags);
    return out;
}
