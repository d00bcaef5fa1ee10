/* stack_inspect.c - what tests ask of a stack: stack.resolve(value) at any time, and after synth
 * the stack artifact's messages (cloud-assembly-api's CloudFormationStackArtifact.messages), read
 * back from the metadata file synth wrote. Layer 5 (it resolves). */
#include <stdlib.h>
#include <string.h>

#include "cfn.h"

/* ------------------------------------------------------------------ stack.resolve */

ccdk_value *ccdk__stack_resolve_now(ccdk_stack *stack, ccdk_value *value)
{
    ccdk_app *app = stack->node.app;
    ccdk__arena cur;
    ccdk__persistent_enter(app, &cur); /* the result outlives a synth phase's scratch arena */
    ccdk__resolve_ctx ctx = {app, stack, 0, 0, NULL};
    int was = app->resolve_direct;
    ccdk_stack *was_stack = app->cur_stack; /* what a Lazy reads as the stack it resolves in */
    app->resolve_direct = 1;
    app->cur_stack = stack;
    ccdk_value *r = ccdk__resolve(&ctx, value);
    app->resolve_direct = was;
    app->cur_stack = was_stack;
    ccdk__persistent_leave(app, &cur);
    return r;
}

const char *ccdk_stack_resolve_value(ccdk_stack *stack, ccdk_value *value)
{
    if (!stack || !value || !ccdk__handle_ok(stack, __func__))
        return NULL;
    ccdk_app *app = stack->node.app;
    int was = app->resolve_user;
    app->resolve_user = 1; /* logical ids of uncached lazies are computed now (cfn.c) */
    ccdk_value *r = ccdk__stack_resolve_now(stack, value);
    app->resolve_user = was;
    if (r->kind == CCDK__V_UNDEF)
        return NULL;
    ccdk__arena cur;
    ccdk__persistent_enter(app, &cur);
    ccdk__buf b = {0};
    ccdk__json_write(&b, r, 0);
    const char *out = ccdk__strndup(app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    ccdk__persistent_leave(app, &cur);
    return out;
}

const char *ccdk_stack_resolve(ccdk_stack *stack, const char *value)
{
    if (!stack || !value || !ccdk__handle_ok(stack, __func__))
        return NULL;
    return ccdk_stack_resolve_value(stack, ccdk__v_str(stack->node.app, value));
}

/* ------------------------------------------------------------------ messages */

/* the id of addWarningV2 / addInfoV2's "<message> [ack: <id>]", in the App; NULL without one */
static const char *ack_id(ccdk_app *app, const char *text)
{
    size_t n = strlen(text);
    if (!n || text[n - 1] != ']')
        return NULL;
    const char *tag = NULL;
    for (const char *p = strstr(text, "[ack: "); p; p = strstr(p + 1, "[ack: "))
        tag = p;
    if (!tag)
        return NULL;
    tag += strlen("[ack: ");
    return ccdk__strndup(app, tag, (size_t)(text + n - 1 - tag));
}

/* renderMessages: each info, warning and error entry of the metadata file, in its order */
static void read_messages(ccdk_stack *s)
{
    ccdk_app *app = s->node.app;
    char path[4200];
    snprintf(path, sizeof path, "%s/%s%s.metadata.json", app->outdir_abs, s->assembly_dir, s->artifact_id);
    size_t len = 0;
    char *text = ccdk__read_file(path, &len);
    if (!text)
        return;
    s->messages_read = 1;
    ccdk__arena cur;
    ccdk__persistent_enter(app, &cur);
    const char *err = NULL;
    ccdk_value *meta = ccdk__json_parse(app, text, len, &err);
    free(text);
    static const struct {
        const char *type;
        ccdk_synthesis_message_level level;
    } levels[] = {{"aws:cdk:info", CCDK_MESSAGE_INFO}, {"aws:cdk:warning", CCDK_MESSAGE_WARNING}, {"aws:cdk:error", CCDK_MESSAGE_ERROR}};
    size_t cap = 0;
    for (size_t i = 0; meta && meta->kind == CCDK__V_OBJ && i < meta->u.obj.n; i++) {
        const ccdk_value *entries = meta->u.obj.e[i].val;
        for (size_t k = 0; entries->kind == CCDK__V_LIST && k < entries->u.list.n; k++) {
            const ccdk_value *type = ccdk__v_get(entries->u.list.items[k], "type");
            const ccdk_value *data = ccdk__v_get(entries->u.list.items[k], "data");
            size_t l = 0;
            while (type && type->kind == CCDK__V_STR && l < 3 && strcmp(type->u.str.s, levels[l].type))
                l++;
            if (!type || type->kind != CCDK__V_STR || l == 3 || !data)
                continue;
            const char *t;
            if (data->kind == CCDK__V_STR) {
                t = data->u.str.s;
            } else {
                ccdk__buf b = {0};
                ccdk__json_write(&b, data, 0);
                t = ccdk__strndup(app, b.data ? b.data : "", b.len);
                ccdk__buf_free(&b);
            }
            if (s->nmessages == cap)
                s->messages = ccdk__arena_grow(app, s->messages, s->nmessages, &cap, sizeof *s->messages, 8);
            ccdk_synthesis_message *m = &s->messages[s->nmessages++];
            m->level = levels[l].level;
            m->path = meta->u.obj.e[i].key;
            m->id = ack_id(app, t);
            m->text = t;
        }
    }
    ccdk__persistent_leave(app, &cur);
}

size_t ccdk_stack_message_count(const ccdk_stack *cs)
{
    if (!cs || !cs->synth_ok || cs->nested_parent)
        return 0;
    ccdk_stack *s = (ccdk_stack *)cs;
    if (!s->messages_read)
        read_messages(s);
    return s->nmessages;
}

const ccdk_synthesis_message *ccdk_stack_message(const ccdk_stack *stack, size_t i)
{
    return i < ccdk_stack_message_count(stack) ? &stack->messages[i] : NULL;
}
