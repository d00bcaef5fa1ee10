/* arn.c - ARNs (core/lib/arn.ts): Arn.format as stack.formatArn calls it, Arn.split / parse /
 * extractResourceName, and the pieces of them that the modules' fromXxxArn imports use. */
#include <string.h>

#include "node.h"

static const char *or_empty(const char *s) { return s ? s : ""; }

/* Arn.format(components, stack): a component not given is the stack's (without a stack all three
 * must be given: aws-cdk-lib's UnscopedValidationError); the separator (sep, else ":" for
 * COLON_RESOURCE_NAME and "/" for the others) is checked whether or not there is a resource name;
 * SLASH_RESOURCE_SLASH_RESOURCE_NAME puts a "/" before the resource. A component left undefined in
 * aws-cdk-lib is "" (values.join("")). */
static const char *arn_format(ccdk_app *app, const void *scope, const ccdk_arn_components *c, ccdk_stack *s)
{
    if (!CCDK__ENUM_OK(scope, c->arn_format, ccdk_arn_format, CCDK_ARN_FORMAT_UNSET,
                       CCDK_ARN_FORMAT_SLASH_RESOURCE_SLASH_RESOURCE_NAME, "ArnComponents.arnFormat"))
        return NULL;
    const char *partition = c->partition ? c->partition : s ? ccdk__stack_partition(s) : NULL;
    const char *region = c->region ? c->region : s ? ccdk_stack_region(s) : NULL;
    const char *account = c->account ? c->account : s ? ccdk_stack_account(s) : NULL;
    if (!partition || !region || !account) {
        ccdk__unscoped_error(app,
                             "Arn.format: partition (%s), region (%s), and account (%s) must all be passed if stack is not passed.",
                             partition ? partition : "undefined", region ? region : "undefined", account ? account : "undefined");
        return NULL;
    }
    const char *sep = c->sep ? c->sep : c->arn_format == CCDK_ARN_FORMAT_COLON_RESOURCE_NAME ? ":" : "/";
    if (strcmp(sep, "/") && strcmp(sep, ":") && *sep) {
        ccdk__unscoped_error(app, "resourcePathSep may only be \":\", \"/\" or an empty string");
        return NULL;
    }
    const char *res = c->resource_name ? ccdk__sprintf(app, "%s%s%s", or_empty(c->resource), sep, c->resource_name)
                                       : or_empty(c->resource);
    return ccdk__sprintf(app, "arn:%s:%s:%s:%s:%s%s", partition, or_empty(c->service), region, account,
                         c->arn_format == CCDK_ARN_FORMAT_SLASH_RESOURCE_SLASH_RESOURCE_NAME ? "/" : "", res);
}

const char *ccdk_stack_format_arn_components(ccdk_stack *s, const ccdk_arn_components *c)
{
    if (!s || !c)
        return NULL;
    return arn_format(s->node.app, s, c, s);
}

const char *ccdk_arn_format_components(void *owner, const ccdk_arn_components *components, ccdk_stack *stack)
{
    ccdk_app *app = ccdk__app_of(owner);
    if (!components) {
        ccdk__error(owner, "ccdk_arn_format_components: the components are NULL");
        return NULL;
    }
    if (stack && !ccdk__handle_ok(stack, __func__))
        return NULL;
    return arn_format(app, owner, components, stack);
}

const char *ccdk_stack_format_arn(ccdk_stack *s, const char *service, const char *resource, const char *sep,
                                  const char *resource_name)
{
    return ccdk_stack_format_arn_components(
        s, &(ccdk_arn_components){.service = service, .resource = resource, .sep = sep, .resource_name = resource_name});
}

const char *ccdk__format_arn(ccdk_stack *s, const char *service, const char *region, const char *resource,
                             const char *sep, const char *resource_name)
{
    ccdk_app *app = s->node.app;
    if (!sep)
        sep = "/";
    const char *res = resource_name ? ccdk__sprintf(app, "%s%s%s", resource, sep, resource_name) : resource;
    return ccdk__sprintf(app, "arn:%s:%s:%s:%s:%s", ccdk__stack_partition(s), service, region ? region : ccdk_stack_region(s),
                         ccdk_stack_account(s), res);
}

/* parseArnShape (core/lib/arn.ts), behind Arn.split and a Resource's environmentFromArn: a literal
 * ARN starts with "arn:" and has a partition, a service and a resource (components 2, 3 and 6,
 * split at ':'); a string that holds a token passes (it is split in the template). The errors
 * are aws-cdk-lib's UnscopedValidationErrors, recorded on scope for the path. */
int ccdk__arn_check(const void *scope, const char *arn)
{
    if (!arn)
        arn = "";
    if (strncmp(arn, "arn:", 4)) {
        if (ccdk__is_unresolved(arn))
            return 1;
        ccdk__error(scope, "ARNs must start with \"arn:\" and have at least 6 components: %s", arn);
        return 0;
    }
    static const char *const what[6] = {NULL, "The `partition` component (2nd component)",
                                        "The `service` component (3rd component)", NULL, NULL,
                                        "The `resource` component (6th component)"};
    const char *p = arn;
    for (int i = 0; i < 6; i++) {
        /* p: the start of component i, or NULL past the last one */
        size_t len = p ? strcspn(p, ":") : 0;
        if (what[i] && len == 0) {
            ccdk__error(scope, "%s of an ARN is required: %s", what[i], arn);
            return 0;
        }
        p = p && p[len] == ':' ? p + len + 1 : NULL;
    }
    return 1;
}

/* A token ARN as parseArnShape sees it: one that does not start with a literal "arn:" (one that
 * does is split here, the tokens in it kept whole: a marker holds no ':') */
static int token_arn(const char *arn) { return ccdk__is_unresolved(arn) && strncmp(arn, "arn:", 4) != 0; }

const char *ccdk__arn_component(void *owner, const char *arn, int i)
{
    if (token_arn(arn))
        return ccdk_fn_select(owner, i, ccdk_fn_split(owner, ":", arn));
    const char *p = arn;
    for (int k = 0; k < i && p; k++) {
        p = strchr(p, ':');
        p = p ? p + 1 : NULL;
    }
    if (!p)
        return "";
    return ccdk__strndup(ccdk__node_of(owner)->app, p, i == 5 ? strlen(p) : strcspn(p, ":"));
}

/* parseTokenArn: each component a Fn::Select of Fn::Split(":", arn); the resource part split again
 * at "/" for the slash formats. arnFormat is the one asked for, and the other fields are all set
 * (undefined where the format has none). */
static ccdk_arn_components split_token(void *owner, const char *arn, ccdk_arn_format format)
{
    ccdk_arn_components c = {.arn_format = format};
    ccdk_value *parts = ccdk_fn_split(owner, ":", arn);
    c.partition = ccdk_fn_select(owner, 1, parts);
    c.service = ccdk_fn_select(owner, 2, parts);
    c.region = ccdk_fn_select(owner, 3, parts);
    c.account = ccdk_fn_select(owner, 4, parts);
    if (format == CCDK_ARN_FORMAT_NO_RESOURCE_NAME || format == CCDK_ARN_FORMAT_COLON_RESOURCE_NAME) {
        c.resource = ccdk_fn_select(owner, 5, parts);
        if (format == CCDK_ARN_FORMAT_COLON_RESOURCE_NAME) {
            c.resource_name = ccdk_fn_select(owner, 6, parts);
            c.sep = ":";
        }
    } else {
        ccdk_value *last = ccdk_fn_split(owner, "/", ccdk_fn_select(owner, 5, parts));
        int first = format == CCDK_ARN_FORMAT_SLASH_RESOURCE_NAME ? 0 : 1;
        c.resource = ccdk_fn_select(owner, first, last);
        c.resource_name = ccdk_fn_select(owner, first + 1, last);
        c.sep = "/";
    }
    return c;
}

/* Arn.split of a literal ARN (shape checked): the sixth ':' component is the resource, and what
 * follows its first "/" (its second when it starts with one: the format with a slash before the
 * resource) the resource name -- unless NO_RESOURCE_NAME is asked for, where a "/" is part of the
 * resource; the components after the sixth, joined by ':', are (the rest of) the resource name, and
 * with no "/" make the format COLON_RESOURCE_NAME. The format is the one detected, never the one
 * asked for. An empty partition, service or resource is undefined (filterUndefined); the region
 * and account stay "". */
static ccdk_arn_components split_literal(ccdk_app *app, const char *arn, ccdk_arn_format asked)
{
    const char *comp[6];
    size_t len[6];
    const char *p = arn;
    for (int i = 0; i < 6; i++) { /* the shape check made sure there are six */
        comp[i] = p;
        len[i] = strcspn(p, ":");
        p += len[i] + (p[len[i]] == ':');
    }
    const char *rest = comp[5][len[5]] == ':' ? comp[5] + len[5] + 1 : NULL; /* rest.join(':') */
    const char *res = comp[5];
    size_t rlen = len[5], start = 0;
    const char *slash = memchr(res, '/', rlen);
    ccdk_arn_format detected = CCDK_ARN_FORMAT_NO_RESOURCE_NAME;
    if (slash == res) {
        slash = rlen > 1 ? memchr(res + 1, '/', rlen - 1) : NULL;
        start = 1;
        detected = CCDK_ARN_FORMAT_SLASH_RESOURCE_SLASH_RESOURCE_NAME;
    }
    ccdk_arn_components c = {0};
    if (slash) {
        if (asked == CCDK_ARN_FORMAT_NO_RESOURCE_NAME) {
            slash = NULL;
            detected = CCDK_ARN_FORMAT_NO_RESOURCE_NAME;
        } else {
            c.sep = "/";
            detected = start == 0 ? CCDK_ARN_FORMAT_SLASH_RESOURCE_NAME : CCDK_ARN_FORMAT_SLASH_RESOURCE_SLASH_RESOURCE_NAME;
        }
    } else if (rest) {
        c.sep = ":";
        detected = CCDK_ARN_FORMAT_COLON_RESOURCE_NAME;
    } else {
        detected = CCDK_ARN_FORMAT_NO_RESOURCE_NAME;
    }
    const char *resource, *name = NULL;
    if (slash) {
        resource = ccdk__strndup(app, res + start, (size_t)(slash - (res + start)));
        name = ccdk__strndup(app, slash + 1, (size_t)(res + rlen - (slash + 1)));
    } else {
        resource = ccdk__strndup(app, res, rlen);
    }
    if (rest) /* `resourceName ? resourceName + ':' : ''`, then the rest */
        name = name && *name ? ccdk__sprintf(app, "%s:%s", name, rest) : ccdk__strdup(app, rest);
    c.partition = len[1] ? ccdk__strndup(app, comp[1], len[1]) : NULL;
    c.service = len[2] ? ccdk__strndup(app, comp[2], len[2]) : NULL;
    c.region = ccdk__strndup(app, comp[3], len[3]);
    c.account = ccdk__strndup(app, comp[4], len[4]);
    c.resource = *resource ? resource : NULL;
    c.resource_name = name;
    c.arn_format = detected;
    return c;
}

/* Arn.split: errors (parseArnShape's) on err_scope; *ok 0 then, and the components all NULL */
static ccdk_arn_components arn_split(void *owner, const void *err_scope, const char *arn, ccdk_arn_format format, int *ok)
{
    ccdk_arn_components none = {0};
    *ok = ccdk__arn_check(err_scope, arn);
    if (!*ok)
        return none;
    if (token_arn(arn))
        return split_token(owner, arn, format);
    return split_literal(ccdk__node_of(owner)->app, arn, format);
}

ccdk_arn_components ccdk_arn_split(void *owner, const char *arn, ccdk_arn_format format)
{
    ccdk_arn_components none = {0};
    ccdk_app *app = ccdk__app_of(owner);
    if (!CCDK__ENUM_OK(owner, format, ccdk_arn_format, CCDK_ARN_FORMAT_UNSET,
                       CCDK_ARN_FORMAT_SLASH_RESOURCE_SLASH_RESOURCE_NAME, "ccdk_arn_split format"))
        return none;
    if (format == CCDK_ARN_FORMAT_UNSET) { /* a required argument of Arn.split: TypeScript has no "unset" */
        ccdk__error(owner, "ccdk_arn_split: the ARN format is CCDK_ARN_FORMAT_UNSET (give one)");
        return none;
    }
    if (!arn) {
        ccdk__error(owner, "ccdk_arn_split: the ARN is NULL");
        return none;
    }
    int ok;
    return arn_split(owner, app, arn, format, &ok);
}

ccdk_arn_components ccdk_arn_parse(void *owner, const char *arn, const char *sep_if_token, ccdk_tristate has_name)
{
    /* Arn.parse(arn, sepIfToken = '/', hasName = true): the format these stand for, then Arn.split */
    ccdk_arn_format format = ccdk__tri_false(has_name) ? CCDK_ARN_FORMAT_NO_RESOURCE_NAME
                             : !sep_if_token || !strcmp(sep_if_token, "/") ? CCDK_ARN_FORMAT_SLASH_RESOURCE_NAME
                                                                          : CCDK_ARN_FORMAT_COLON_RESOURCE_NAME;
    return ccdk_arn_split(owner, arn, format);
}

const char *ccdk_arn_extract_resource_name(void *owner, const char *arn, const char *resource_type)
{
    ccdk_app *app = ccdk__app_of(owner);
    if (!arn || !resource_type) {
        ccdk__error(owner, "ccdk_arn_extract_resource_name: the %s is NULL", arn ? "resource type" : "ARN");
        return NULL;
    }
    if (!ccdk__arn_check(app, arn))
        return NULL;
    /* a token ARN: what follows ":<type>/", whatever the resource type really is */
    if (token_arn(arn))
        return ccdk_fn_select(owner, 1, ccdk_fn_split(owner, ccdk__sprintf(app, ":%s/", resource_type), arn));
    int ok;
    ccdk_arn_components c = arn_split(owner, app, arn, CCDK_ARN_FORMAT_SLASH_RESOURCE_NAME, &ok);
    if (!ok)
        return NULL;
    /* `got '${parsed.resource}'`: "undefined" for an empty resource, as JavaScript prints it */
    if (!(c.resource && ccdk__is_unresolved(c.resource)) && !(c.resource && !strcmp(c.resource, resource_type))) {
        ccdk__unscoped_error(app, "Expected resource type '%s' in ARN, got '%s' in '%s'", resource_type,
                             c.resource ? c.resource : "undefined", arn);
        return NULL;
    }
    if (!c.resource_name || !*c.resource_name) {
        ccdk__unscoped_error(app, "Expected resource name in ARN, didn't find one: '%s'", arn);
        return NULL;
    }
    return c.resource_name;
}

ccdk_arn_components ccdk__arn_split(void *owner, const char *arn, ccdk_arn_format format, int *ok)
{
    return arn_split(owner, ccdk__node_of(owner)->app, arn ? arn : "", format, ok);
}

const char *ccdk__arn_slash_resource_name(void *owner, const char *arn)
{
    int ok;
    ccdk_arn_components c = ccdk__arn_split(owner, arn, CCDK_ARN_FORMAT_SLASH_RESOURCE_NAME, &ok);
    return !ok ? NULL : c.resource_name ? c.resource_name : "";
}
