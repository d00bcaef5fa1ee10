/* customize_roles.c - Role.customizeRoles: precreated roles, and the policy report they write into the
 * cloud assembly (aws-iam/lib/private/precreated-role.ts, core/lib/helpers-internal/customize-roles.ts). */
#include <string.h>

#include "iam_internal.h"

#define CUSTOMIZE_ROLES_KEY "@aws-cdk/iam:customizeRoles"

/* ------------------------------------------------------------------ customizeRoles */

void ccdk_iam_role_customize_roles(void *scope, const ccdk_iam_customize_roles_options *options)
{
    ccdk__node *n = ccdk__scope(scope);
    ccdk_app *app = n->app;
    ccdk_value *roles = ccdk__v_obj(app);
    size_t count = options ? CCDK__LEN(options->use_precreated_roles, "customizeRoles usePrecreatedRoles") : 0;
    for (size_t i = 0; i < count; i++) {
        const ccdk_kv *kv = &options->use_precreated_roles.items[i];
        if (!ccdk__arg_ok(kv->key, __func__, "use_precreated_roles key") ||
            !ccdk__arg_ok(kv->value, __func__, "use_precreated_roles value"))
            continue;
        /* a path taken under the scope unless it starts with the scope's path (a plain prefix test) */
        const char *abs = !strncmp(kv->key, n->path, strlen(n->path)) ? kv->key : ccdk__sprintf(app, "%s/%s", n->path, kv->key);
        ccdk__v_set(roles, abs, ccdk__v_str(app, kv->value));
    }
    ccdk_value *config = ccdk__v_obj(app);
    ccdk__v_set(config, "preventSynthesis", ccdk__v_bool(app, !(options && ccdk__tri_false(options->prevent_synthesis))));
    ccdk__v_set(config, "usePrecreatedRoles", roles);
    ccdk__buf b = {0};
    ccdk__json_write(&b, config, 0);
    ccdk__buf_putc(&b, 0);
    ccdk_node_set_context(n, CUSTOMIZE_ROLES_KEY, b.data);
    ccdk__buf_free(&b);
}

ccdk__precreated_config ccdk__precreated_role_config(ccdk__node *n, const char *role_path)
{
    ccdk__precreated_config cfg = {0};
    ccdk_value *c = ccdk__node_context(n, CUSTOMIZE_ROLES_KEY);
    if (!c)
        return cfg;
    cfg.enabled = 1;
    ccdk_value *prevent = c->kind == CCDK__V_OBJ ? ccdk__v_get(c, "preventSynthesis") : NULL;
    if (prevent && prevent->kind == CCDK__V_BOOL && !prevent->u.b)
        return cfg; /* preventSynthesis === false: no name, no error */
    cfg.prevent_synthesis = 1;
    ccdk_value *roles = c->kind == CCDK__V_OBJ ? ccdk__v_get(c, "usePrecreatedRoles") : NULL;
    ccdk_value *name = roles && roles->kind == CCDK__V_OBJ ? ccdk__v_get(roles, role_path) : NULL;
    if (!name) {
        ccdk__add_reported_error(n, "MissingPrecreatedRoleName",
                                 ccdk__sprintf(n->app,
                                               "IAM Role is being created at path \"%s\" and customizeRoles.preventSynthesis "
                                               "is enabled. You must provide a precreated role name in "
                                               "customizeRoles.precreatedRoles",
                                               role_path));
    } else if (name->kind == CCDK__V_STR && ccdk__is_unresolved(name->u.str.s)) {
        ccdk__add_reported_error(n, "UnresolvablePrecreatedRoleName",
                                 ccdk__sprintf(n->app,
                                               "Cannot resolve precreated role name at path \"%s\". The value may be a token.",
                                               role_path));
    } else if (name->kind == CCDK__V_STR) {
        cfg.name = name->u.str.s;
    }
    return cfg;
}

/* ------------------------------------------------------------------ the report */

/* managedPolicyReport's entry of a ManagedPolicy made under customizeRoles */
typedef struct managed_report {
    const char *path;
    ccdk_value *statements;   /* document.toJSON().Statement at validation */
    const char **role_paths;  /* the roles it is attached to */
    size_t nroles;
    struct managed_report *next;
} managed_report;

/* PolicySynthesizer: a construct at the App's root, made with the first precreated role; it writes
 * iam-policy-report.{txt,json} when the assembly is written */
typedef struct {
    ccdk__node node;
    ccdk__precreated_role **roles; /* roleReport, in the order added */
    size_t n, cap;
    managed_report *managed, **managed_tail; /* managedPolicyReport, in the order added */
} policy_synthesizer;

static const ccdk__kind kind_policy_synthesizer = {.fqn = "constructs.Construct", .class_name = "PolicySynthesizer"};
/* PrecreatedRole extends Resource */
const ccdk__kind ccdk__kind_precreated_role = {.fqn = "aws-cdk-lib.Resource", .class_name = "PrecreatedRole2"};


struct ccdk__precreated_role {
    ccdk_app *app;
    const char *path;   /* rolePath: the Role's */
    const char *name;   /* the precreated role's name */
    int missing;        /* -1: not said (Role.fromRoleArn's), no "missing" in the report */
    ccdk_value *assume; /* the trust policy's statements, resolved when the role was made; NULL: none */
    ccdk_iam_managed_policy **managed;
    size_t nmanaged, capmanaged;
    ccdk_value *statements; /* the identity statements' JSON, as they were when added */
};

static const char *pseudo_label(const ccdk_value *v)
{
    ccdk_value *ref = v->kind == CCDK__V_OBJ && v->u.obj.n == 1 ? ccdk__v_get(v, "Ref") : NULL;
    if (!ref || ref->kind != CCDK__V_STR)
        return NULL;
    static const char *const names[][2] = {{"AWS::AccountId", "(ACCOUNT)"},
                                           {"AWS::Partition", "(PARTITION)"},
                                           {"AWS::Region", "(REGION)"},
                                           {"AWS::NoValue", "(NOVALUE)"}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(ref->u.str.s, names[i][0]))
            return names[i][1];
    return NULL;
}

static void report_string(ccdk_app *app, ccdk__buf *out, const char *s);

/* what the report writes for one token (PolicySynthesizer.resolveReferences' mapToken): a reference
 * "(<target path>.<attribute or Ref>)", a pseudo parameter "(ACCOUNT)" ..., a Lazy what it gives;
 * else the token as it is */
static void report_token(ccdk_app *app, ccdk__buf *out, ccdk_value *v, const char *marker, size_t len)
{
    if ((v->kind == CCDK__V_REF || v->kind == CCDK__V_GETATT) && v->u.ref.target) {
        ccdk__buf_puts(out, "(");
        ccdk__buf_puts(out, v->u.ref.target->path);
        ccdk__buf_puts(out, ".");
        /* displayName: a stack's stackId is CfnReference.forPseudo('AWS::StackId', stack) */
        ccdk__buf_puts(out, v->kind == CCDK__V_GETATT        ? v->u.ref.attr
                            : v->u.ref.target->kind->is_stack ? "AWS::StackId"
                                                              : "Ref");
        ccdk__buf_puts(out, ")");
        return;
    }
    const char *label = pseudo_label(v);
    if (label) {
        ccdk__buf_puts(out, label);
        return;
    }
    if (v->kind == CCDK__V_LAZY) {
        ccdk_value *r = v->u.lazy.fn(v->u.lazy.ctx);
        if (r && r->kind == CCDK__V_STR) {
            report_string(app, out, r->u.str.s);
            return;
        }
        if (r) {
            report_token(app, out, r, marker, len);
            return;
        }
    }
    if (v->kind == CCDK__V_STR) {
        report_string(app, out, v->u.str.s);
        return;
    }
    ccdk__buf_put(out, marker, len);
}

static void report_string(ccdk_app *app, ccdk__buf *out, const char *s)
{
    const char *p = s;
    size_t len, idx;
    int st;
    for (const char *m; (m = ccdk__next_marker(app, p, BEGIN_STR, &len, &idx, &st));) {
        ccdk__buf_put(out, p, (size_t)(m - p));
        ccdk_value *tok = st == TOK_OK ? app->tokens[idx] : st == TOK_PSEUDO ? ccdk__pseudo_value(app, idx) : NULL;
        if (tok)
            report_token(app, out, tok, m, len);
        else
            ccdk__buf_put(out, m, len);
        p = m + len;
    }
    ccdk__buf_puts(out, p);
}

/* resolveReferences: an empty list and a falsy value ("", 0, false, null) are [] (an empty
 * string's place too: Fn::Join's "" delimiter becomes []), lists and objects item by item, strings
 * with their tokens shown */
static ccdk_value *report_value(ccdk_app *app, ccdk_value *v)
{
    if (!v || v->kind == CCDK__V_UNDEF || v->kind == CCDK__V_NULL || (v->kind == CCDK__V_LIST && !v->u.list.n) ||
        (v->kind == CCDK__V_BOOL && !v->u.b) || (v->kind == CCDK__V_NUM && v->u.n == 0) ||
        (v->kind == CCDK__V_STR && !v->u.str.s[0]))
        return ccdk__v_list(app);
    if (v->kind == CCDK__V_LIST) {
        ccdk_value *l = ccdk__v_list(app);
        for (uint32_t i = 0; i < v->u.list.n; i++)
            ccdk__v_push(l, report_value(app, v->u.list.items[i]));
        return l;
    }
    if (v->kind == CCDK__V_OBJ) {
        ccdk_value *o = ccdk__v_obj(app);
        for (uint32_t i = 0; i < v->u.obj.n; i++)
            ccdk__v_set(o, v->u.obj.e[i].key, report_value(app, v->u.obj.e[i].val));
        return o;
    }
    if (v->kind == CCDK__V_STR) {
        ccdk__buf b = {0};
        report_string(app, &b, v->u.str.s);
        ccdk_value *r = ccdk__v_str(app, ccdk__strndup(app, b.data ? b.data : "", b.len));
        ccdk__buf_free(&b);
        return r;
    }
    if (v->kind == CCDK__V_BOOL || v->kind == CCDK__V_NUM)
        return v;
    /* an intrinsic value in place of a string: the token it would be */
    return report_value(app, ccdk__v_str(app, ccdk__token_str(app, v)));
}

static const managed_report *managed_report_at(const policy_synthesizer *ps, const char *path)
{
    for (const managed_report *m = ps->managed; path && m; m = m->next)
        if (!strcmp(m->path, path))
            return m;
    return NULL;
}

static void push_all(ccdk_value *list, const ccdk_value *items)
{
    for (uint32_t i = 0; items && i < items->u.list.n; i++)
        ccdk__v_push(list, items->u.list.items[i]);
}

/* createJsonReport's entry of one role: renderManagedPoliciesForRole gives the statements of the
 * reported ManagedPolicies attached to the role, then of those it was given, and the ARNs of the
 * others */
static ccdk_value *role_report(ccdk_app *app, const policy_synthesizer *ps, ccdk__precreated_role *r)
{
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, "roleConstructPath", ccdk__v_str(app, r->path));
    ccdk__v_set(o, "roleName", ccdk__v_str(app, r->missing == 1 ? "missing role" : r->name));
    if (r->missing >= 0)
        ccdk__v_set(o, "missing", ccdk__v_bool(app, r->missing));
    ccdk__v_set(o, "assumeRolePolicy", report_value(app, r->assume));
    ccdk_value *arns = ccdk__v_list(app), *statements = ccdk__v_list(app);
    for (const managed_report *m = ps->managed; m; m = m->next)
        for (size_t i = 0; i < m->nroles; i++)
            if (!strcmp(m->role_paths[i], r->path))
                push_all(statements, m->statements);
    for (size_t i = 0; i < r->nmanaged; i++) {
        const managed_report *m = managed_report_at(ps, ccdk__managed_policy_path(r->managed[i]));
        if (m)
            push_all(statements, m->statements);
        else
            ccdk__v_push(arns, ccdk__v_str(app, ccdk__managed_policy_arn(r->managed[i])));
    }
    ccdk__v_set(o, "managedPolicyArns", report_value(app, arns));
    ccdk__v_set(o, "managedPolicyStatements", report_value(app, statements));
    ccdk__v_set(o, "identityPolicyStatements", report_value(app, r->statements));
    return o;
}

/* toJsonString: "NONE" for an empty list, else JSON.stringify(value, undefined, 2) */
static void put_json_or_none(ccdk__buf *b, const ccdk_value *v)
{
    if (v->kind == CCDK__V_LIST && !v->u.list.n)
        ccdk__buf_puts(b, "NONE");
    else
        ccdk__json_write(b, v, 2);
}

/* createHumanReport */
static void human_report(ccdk__buf *b, const ccdk_value *roles)
{
    for (uint32_t i = 0; i < roles->u.list.n; i++) {
        const ccdk_value *r = roles->u.list.items[i];
        if (i)
            ccdk__buf_puts(b, "\n\n");
        ccdk__buf_puts(b, "<");
        ccdk__buf_puts(b, ccdk__v_get(r, "roleName")->u.str.s);
        ccdk__buf_puts(b, "> (");
        ccdk__buf_puts(b, ccdk__v_get(r, "roleConstructPath")->u.str.s);
        ccdk__buf_puts(b, ")\n\nAssumeRole Policy:\n");
        put_json_or_none(b, ccdk__v_get(r, "assumeRolePolicy"));
        ccdk__buf_puts(b, "\n\nManaged Policy ARNs:\n");
        put_json_or_none(b, ccdk__v_get(r, "managedPolicyArns"));
        ccdk__buf_puts(b, "\n\nManaged Policies Statements:\n");
        put_json_or_none(b, ccdk__v_get(r, "managedPolicyStatements"));
        ccdk__buf_puts(b, "\n\nIdentity Policy Statements:\n");
        put_json_or_none(b, ccdk__v_get(r, "identityPolicyStatements"));
    }
}

static int write_text(const char *dir, const char *name, const ccdk__buf *b)
{
    char path[4400];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return ccdk__write_file(path, b->data ? b->data : "", b->len);
}

/* onSynthesize: the two report files in the assembly's directory, when there is a role to report */
static int write_report(ccdk__node *n, const char *dir)
{
    policy_synthesizer *ps = (policy_synthesizer *)n;
    ccdk_app *app = n->app;
    if (!ps->n)
        return 0;
    ccdk_value *roles = ccdk__v_list(app);
    for (size_t i = 0; i < ps->n; i++)
        ccdk__v_push(roles, role_report(app, ps, ps->roles[i]));
    ccdk_value *report = ccdk__v_obj(app);
    ccdk__v_set(report, "roles", roles);
    ccdk__buf txt = {0}, json = {0};
    human_report(&txt, roles);
    ccdk__json_write(&json, report, 2);
    int rc = write_text(dir, "iam-policy-report.txt", &txt) || write_text(dir, "iam-policy-report.json", &json);
    ccdk__buf_free(&txt);
    ccdk__buf_free(&json);
    return rc ? -1 : 0;
}

/* PolicySynthesizer.getOrCreate(scope) */
static policy_synthesizer *policy_synthesizer_of(ccdk_app *app)
{
    ccdk__node *found = ccdk__node_find_child(&app->node, "PolicySynthesizer");
    if (found && found->kind == &kind_policy_synthesizer)
        return (policy_synthesizer *)found;
    policy_synthesizer *ps = ccdk__alloc(app, sizeof *ps);
    ccdk__node_init(&ps->node, &kind_policy_synthesizer, app, "PolicySynthesizer");
    ccdk__attach_custom_synthesis(&ps->node, write_report);
    return ps;
}

/* ------------------------------------------------------------------ PrecreatedRole */

ccdk__precreated_role *ccdk__precreated_role_new(ccdk_iam_role *role, const char *path, const char *name, int missing,
                                                ccdk_iam_policy_document *assume)
{
    ccdk_app *app = role->node.app;
    ccdk__precreated_role *p = ccdk__alloc(app, sizeof *p);
    p->app = app;
    p->path = path;
    p->name = name;
    p->missing = missing;
    p->statements = ccdk__v_list(app);
    /* Stack.of(this).resolve(assumeRolePolicy.toJSON().Statement), now */
    ccdk_value *st = ccdk__v_list(app);
    for (size_t i = 0; assume && i < assume->n; i++)
        ccdk__v_push(st, ccdk__statement_json(assume->st[i]));
    if (st->u.list.n && role->node.stack) {
        const char *text = ccdk_stack_resolve_value(role->node.stack, st);
        const char *err = NULL;
        p->assume = text ? ccdk__json_parse(app, text, strlen(text), &err) : NULL;
    }
    policy_synthesizer *ps = policy_synthesizer_of(app);
    for (size_t i = 0; i < ps->n; i++)
        if (!strcmp(ps->roles[i]->path, p->path)) {
            ccdk__error(&ps->node, "IAM Policy Report already has an entry for role: %s", p->path);
            return p;
        }
    if (ps->n == ps->cap)
        ps->roles = ccdk__arena_grow(app, ps->roles, ps->n, &ps->cap, sizeof *ps->roles, 4);
    ps->roles[ps->n++] = p;
    return p;
}

void ccdk__precreated_report_managed_policy(ccdk__node *policy, ccdk_iam_policy_document *doc, ccdk_iam_role *const *roles,
                                            size_t nroles)
{
    ccdk_app *app = policy->app;
    policy_synthesizer *ps = policy_synthesizer_of(app);
    if (managed_report_at(ps, policy->path)) {
        ccdk__error(&ps->node, "IAM Policy Report already has an entry for managed policy: %s", policy->path);
        return;
    }
    managed_report *m = ccdk__alloc(app, sizeof *m);
    m->path = policy->path;
    m->statements = ccdk__v_list(app);
    for (size_t i = 0; doc && i < doc->n; i++)
        ccdk__v_push(m->statements, ccdk__statement_json(doc->st[i]));
    m->role_paths = ccdk__alloc(app, (nroles + 1) * sizeof *m->role_paths);
    for (size_t i = 0; i < nroles; i++)
        m->role_paths[m->nroles++] = roles[i]->node.path;
    if (!ps->managed_tail)
        ps->managed_tail = &ps->managed;
    *ps->managed_tail = m;
    ps->managed_tail = &m->next;
}

int ccdk__customize_roles_enabled(const ccdk__node *n, int *prevent_synthesis)
{
    ccdk_value *c = ccdk__node_context(n, CUSTOMIZE_ROLES_KEY);
    ccdk_value *prevent = c && c->kind == CCDK__V_OBJ ? ccdk__v_get(c, "preventSynthesis") : NULL;
    if (prevent_synthesis)
        *prevent_synthesis = c && !(prevent && prevent->kind == CCDK__V_BOOL && !prevent->u.b);
    return c != NULL;
}

void ccdk__precreated_add_statement(ccdk__precreated_role *p, ccdk_iam_policy_statement *s)
{
    ccdk__v_push(p->statements, ccdk__statement_json(s));
}

void ccdk__precreated_add_managed_policy(ccdk__precreated_role *p, ccdk_iam_managed_policy *policy)
{
    if (p->nmanaged == p->capmanaged)
        p->managed = ccdk__arena_grow(p->app, p->managed, p->nmanaged, &p->capmanaged, sizeof *p->managed, 4);
    p->managed[p->nmanaged++] = policy;
}

void ccdk__precreated_attach_inline_policy(ccdk__precreated_role *p, ccdk_iam_policy *policy)
{
    /* policy.document.toJSON().Statement: the statements as they are now */
    for (size_t i = 0; policy->doc && i < policy->doc->n; i++)
        ccdk__precreated_add_statement(p, policy->doc->st[i]);
}
