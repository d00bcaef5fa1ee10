/* cfn_fn.c - the intrinsic functions of core/lib/cfn-fn.ts that go beyond one intrinsic each:
 * Fn.split with an assumed length, Fn.importListValue, and Fn.len / Fn.toJsonString, whose tokens
 * add the AWS::LanguageExtensions transform to the stack that resolves them. */
#include <string.h>

#include "cfn.h"

/* Fn.split(delimiter, source, assumedLength): a literal source split at once (the length ignored);
 * a token one the list [Fn.select(0, split), ..., Fn.select(n - 1, split)]. */
static ccdk_value *split_assumed(void *owner, const char *delimiter, const char *source, ccdk_opt_num assumed_length)
{
    ccdk_app *app = ccdk__node_of(owner)->app;
    ccdk_value *split = ccdk_fn_split(owner, delimiter, source);
    if (!delimiter || !source || !ccdk__is_unresolved(source) || !assumed_length.set)
        return split;
    if (assumed_length.token) {
        ccdk__unscoped_error(app, "Fn.split: 'assumedLength' may not be a token value");
        return split;
    }
    ccdk_value *list = ccdk__v_list(app);
    for (int i = 0; i < assumed_length.value; i++) /* range(n): none for 0 or less */
        ccdk__v_push(list, ccdk__v_str(app, ccdk_fn_select(owner, i, split)));
    return list;
}

ccdk_value *ccdk_fn_split_assumed_length(void *owner, const char *delimiter, const char *source, int assumed_length)
{
    ccdk__scope(owner);
    return split_assumed(owner, delimiter, source, CCDK_NUM(assumed_length));
}

ccdk_value *ccdk_fn_import_list_value(void *owner, const char *shared_value_to_import, ccdk_opt_num assumed_length,
                                      const char *delimiter)
{
    ccdk__scope(owner);
    if (!shared_value_to_import) {
        ccdk__error(owner, "ccdk_fn_import_list_value: the name to import is NULL");
        return ccdk__v_list(ccdk__node_of(owner)->app);
    }
    return split_assumed(owner, delimiter ? delimiter : ",", ccdk_fn_import_value(owner, shared_value_to_import),
                         assumed_length);
}

/* FnLength / FnToJsonString: resolved, they add AWS::LanguageExtensions to the stack resolving them
 * (stackOf(context.scope).addTransform: once per resolution, as aws-cdk-lib pushes it each time) and
 * are {fn: arg}. An effectful lazy, so that synth's prepare resolves it once before any template is
 * rendered, as findAllReferences does: the Transform is there when the template is written. */
typedef struct {
    ccdk__node *owner;
    const char *fn;
    ccdk_value *arg;
} language_extension;

static ccdk_value *produce_language_extension(void *ctx)
{
    language_extension *le = ctx;
    ccdk_app *app = le->owner->app;
    ccdk_stack *stack = app->cur_stack ? app->cur_stack : le->owner->stack;
    /* aws-cdk-lib's findAllReferences resolves each element once before the templates are
     * rendered, and the Transform is taken as the render starts: in a synth, ccdk's pass that
     * produces every lazy (produce_all) is that one; its other passes over the elements (the search
     * for cross-stack references) add nothing, nor the render (too late for its template). Outside
     * a synth (ccdk_stack_resolve) it is stack.resolve's. */
    if (stack && (!app->in_synth || app->produce_all)) {
        ccdk__arena cur; /* the stack keeps it: not in the scratch arena of a render */
        ccdk__persistent_enter(app, &cur);
        ccdk_stack_add_transform(stack, "AWS::LanguageExtensions");
        ccdk__persistent_leave(app, &cur);
    }
    return ccdk__v_intrinsic(app, le->fn, le->arg);
}

const char *ccdk__language_extension_token(ccdk__node *owner, const char *fn, ccdk_value *arg)
{
    ccdk_app *app = owner->app;
    language_extension *le = ccdk__alloc(app, sizeof *le);
    le->owner = owner;
    le->fn = fn;
    le->arg = arg;
    return ccdk__token_str(app, ccdk__v_lazy_effectful(app, produce_language_extension, le));
}

/* an intrinsic as ccdk's functions make it: an object of one key, "Ref" or "Fn::..." */
static int is_intrinsic(const ccdk_value *v)
{
    return v->kind == CCDK__V_OBJ && v->u.obj.n == 1 &&
           (!strcmp(v->u.obj.e[0].key, "Ref") || !strncmp(v->u.obj.e[0].key, "Fn::", 4));
}

/* Token.isUnresolved(v) for a value of ccdk: a string with a marker, a list token, an intrinsic, a
 * reference or a lazy */
static int value_unresolved(const ccdk_value *v)
{
    switch (v->kind) {
    case CCDK__V_STR: return ccdk__is_unresolved(v->u.str.s);
    case CCDK__V_LIST:
        return v->u.list.n == 1 && v->u.list.items[0]->kind == CCDK__V_STR &&
               ccdk__has_list_marker(v->u.list.items[0]->u.str.s);
    case CCDK__V_OBJ: return is_intrinsic(v);
    case CCDK__V_UNDEF: case CCDK__V_NULL: case CCDK__V_BOOL: case CCDK__V_NUM: return 0;
    default: return 1;
    }
}

ccdk_opt_num ccdk_fn_len(void *owner, ccdk_value *array)
{
    ccdk__node *n = ccdk__scope_(owner, __func__);
    if (!array) {
        ccdk__error(n, "ccdk_fn_len: the array is NULL");
        return (ccdk_opt_num){0};
    }
    if (!value_unresolved(array)) {
        if (array->kind != CCDK__V_LIST) {
            ccdk__unscoped_error(n->app, "Fn.length() needs an array");
            return (ccdk_opt_num){0};
        }
        return CCDK_NUM(array->u.list.n);
    }
    /* a list token resolves to its value: {"Fn::Length": <the list's intrinsic>} */
    return CCDK_NUM_TOKEN(ccdk__language_extension_token(n, "Fn::Length", array));
}

/* JSON.stringify's view of a value: what is unresolved inside becomes its token string (the
 * string a JavaScript program would have put there) */
static ccdk_value *plain_value(ccdk_app *app, ccdk_value *v)
{
    if (v->kind == CCDK__V_STR || v->kind == CCDK__V_NUM || v->kind == CCDK__V_BOOL || v->kind == CCDK__V_NULL ||
        v->kind == CCDK__V_UNDEF)
        return v;
    if (value_unresolved(v))
        return ccdk__v_str(app, ccdk__token_str(app, v));
    if (v->kind == CCDK__V_LIST) {
        ccdk_value *l = ccdk__v_list(app);
        for (uint32_t i = 0; i < v->u.list.n; i++)
            ccdk__v_push(l, plain_value(app, v->u.list.items[i]));
        return l;
    }
    ccdk_value *o = ccdk__v_obj(app);
    for (uint32_t i = 0; i < v->u.obj.n; i++)
        ccdk__v_set(o, v->u.obj.e[i].key, plain_value(app, v->u.obj.e[i].val));
    return o;
}

const char *ccdk_fn_to_json_string(void *owner, ccdk_value *object)
{
    ccdk__node *n = ccdk__scope_(owner, __func__);
    if (!object) {
        ccdk__error(n, "ccdk_fn_to_json_string: the object is NULL");
        return NULL;
    }
    if (value_unresolved(object))
        return ccdk__language_extension_token(n, "Fn::ToJsonString", object);
    ccdk__buf b = {0};
    ccdk__buf_put(&b, "", 0);
    ccdk__json_write(&b, plain_value(n->app, object), 0);
    const char *r = ccdk__strndup(n->app, b.data, b.len);
    ccdk__buf_free(&b);
    return r;
}
