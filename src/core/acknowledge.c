/* acknowledge.c - Validations.of(scope).acknowledge(rule): the rule id normalized as aws-cdk-lib
 * does (core/lib/validation/private/validation-id.js), its "aws:cdk:acknowledged-rules" metadata,
 * the warnings it acknowledges, and the acknowledgements that validation-report.json reads
 * (collectAcknowledgedRules, core/lib/private/collect-acknowledged-rule-ids.js). Layer 4. */
#include <stdlib.h>
#include <string.h>

#include "node.h"

#define ANNOTATION_NS "Annotation" /* namespaceFromPluginName("Annotation") */

/* parseValidationId: the offset of the "::" that separates the namespace, -1 without one, or -2
 * after aws-cdk-lib's error (unscoped: UnscopedValidationError) */
static long parse_rule_id(ccdk_app *app, const char *id)
{
    long sep = -1;
    char braces[256];
    size_t depth = 0, overflow = 0;
    for (size_t i = 0; id[i]; i++) {
        char c = id[i];
        if (c == ':' && id[i + 1] == ':' && depth == 0 && overflow == 0) {
            if (sep >= 0) {
                ccdk__unscoped_error(app,
                                     "Invalid validation rule ID '%s'. The '::' delimiter is reserved for separating the "
                                     "prefix from the rule name (e.g. 'prefix::RuleName').",
                                     id);
                return -2;
            }
            sep = (long)i;
            i++;
        } else if (c == ']' || c == ')' || c == '}') {
            if (depth == 0 && overflow == 0) {
                ccdk__unscoped_error(app, "Invalid validation rule ID '%s'. Unmatched closing brace '%c' at position %zu.",
                                     id, c, i);
                return -2;
            }
            if (overflow) {
                overflow--;
                continue;
            }
            char open = braces[--depth];
            char want = open == '(' ? ')' : open == '[' ? ']' : '}';
            if (c != want) {
                ccdk__unscoped_error(app,
                                     "Invalid validation rule ID '%s'. Mismatched closing brace '%c' at position %zu. "
                                     "Expected '%c'.",
                                     id, c, i, want);
                return -2;
            }
        } else if (c == '[' || c == '(' || c == '{') {
            if (depth < sizeof braces)
                braces[depth++] = c;
            else
                overflow++; /* deeper than any real id: matched without checking the kind */
        }
    }
    if (sep == 0) {
        ccdk__unscoped_error(app, "Invalid validation rule ID '%s'. Missing plugin name before '::'.", id);
        return -2;
    }
    return sep;
}

/* s with each space as "-" (String.replaceAll(/ /g, "-")), in the App */
static char *dashes(ccdk_app *app, const char *s, size_t n)
{
    char *r = ccdk__strndup(app, s, n);
    for (char *p = r; *p; p++)
        if (*p == ' ')
            *p = '-';
    return r;
}

/* normalizeValidationIdForAnnotations(parseValidationId(id)); NULL after an error */
static const char *qualified_rule_id(ccdk_app *app, const char *id)
{
    long sep = parse_rule_id(app, id);
    if (sep == -2)
        return NULL;
    const char *rule = sep < 0 ? id : id + sep + 2;
    char *r = dashes(app, rule, strlen(rule));
    const char *ns = ANNOTATION_NS;
    if (sep > 0) {
        char *n = dashes(app, id, (size_t)sep);
        if (strcmp(n, "annotation") && strcmp(n, "Construct-Annotations"))
            ns = n;
    }
    return ccdk__sprintf(app, "%s::%s", ns, r);
}

void ccdk_validations_acknowledge(void *construct, const char *id, const char *reason)
{
    ccdk__node *n = ccdk__scope(construct);
    if (!n || !ccdk__arg_ok(id, __func__, "id"))
        return;
    ccdk_app *app = n->app;
    for (int k = 0; k < 2; k++) {
        const char *t = k ? reason : id;
        if (t && !ccdk__utf8_valid(t, strlen(t))) {
            ccdk__error(n, "Invalid UTF-8 in an acknowledged rule's %s \"%s\"", k ? "reason" : "id",
                        ccdk__utf8_show(app, t, strlen(t)));
            return;
        }
    }
    const char *qid = qualified_rule_id(app, id);
    if (!qid)
        return;
    /* recordAcknowledgment: node.addMetadata, an entry per call; {[id]: undefined} acknowledges
     * the rule and is {} in the metadata file */
    ccdk_value *data = ccdk__v_obj(app);
    ccdk__v_set(data, qid, reason ? ccdk__v_str(app, reason) : ccdk__v_undef(app));
    ccdk__add_metadata_value(n, "acknowledged-rules", data);
    ccdk_annotations_acknowledge_warning(n, qid, reason);
    size_t nl = strlen(ANNOTATION_NS "::");
    if (!strncmp(qid, ANNOTATION_NS "::", nl))
        ccdk_annotations_acknowledge_warning(n, qid + nl, reason);
}

/* collectAcknowledgedRules: every "aws:cdk:acknowledged-rules" entry of the App, as
 * (id, construct path, reason); a later entry at the same path replaces an earlier one of the
 * same id. The list is in the App; *n gets its length. */
ccdk__ack_rule *ccdk__acknowledged_rules(ccdk_app *app, size_t *count)
{
    size_t n = 0, cap = 0;
    ccdk__ack_rule *out = NULL;
    for (size_t i = 0; i < app->nannotations; i++) {
        const ccdk__annotation *a = &app->annotations[i];
        if (a->raw || strcmp(a->level, "acknowledged-rules"))
            continue;
        const ccdk_value *data = a->data;
        if (a->json)
            data = ccdk__json_parse(app, a->msg, strlen(a->msg), NULL);
        if (!data || data->kind != CCDK__V_OBJ)
            continue;
        for (size_t k = 0; k < data->u.obj.n; k++) {
            const ccdk_value *v = data->u.obj.e[k].val;
            const char *reason = v && v->kind == CCDK__V_STR ? v->u.str.s : "";
            size_t j = 0;
            while (j < n && !(!strcmp(out[j].id, data->u.obj.e[k].key) && !strcmp(out[j].path, a->path)))
                j++;
            if (j == n) {
                if (n == cap)
                    out = ccdk__arena_grow(app, out, n, &cap, sizeof *out, 8);
                n++;
            }
            out[j].id = data->u.obj.e[k].key;
            out[j].path = a->path;
            out[j].reason = reason;
        }
    }
    *count = n;
    return out;
}

const ccdk__ack_rule *ccdk__find_acknowledgement(const ccdk__ack_rule *rules, size_t n, const char *id, const char *path)
{
    size_t len = strlen(path);
    for (;;) {
        for (size_t i = 0; i < n; i++)
            if (!strcmp(rules[i].id, id) && strlen(rules[i].path) == len && !strncmp(rules[i].path, path, len))
                return &rules[i];
        if (!len)
            return NULL;
        while (len && path[len - 1] != '/')
            len--;
        if (len)
            len--; /* the parent's path, without the "/" */
    }
}
