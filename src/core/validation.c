/* validation.c - the lint rules (lint.c) at synth: validation-report.json as aws-cdk-lib writes it,
 * its findings printed as aws-cdk-lib prints them, and strict mode. synth.c calls the entry points
 * declared in synth.h. Layer 6. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lint.h"
#include "synth.h"

/* ------------------------------------------------------------------ lint: validation-report.json, strict mode
 *
 * aws-cdk-lib 2.276.0 runs @aws/cloudformation-validate over every template at synth (unless the
 * App's builtinCloudFormationValidation is false or CDK_VALIDATION=false) and always writes
 * validation-report.json, findings or not. ccdk runs the rules of src/core/lint.c that the
 * validator also has (F0001, F0003/4/7/8, F0006, F0018, F2003, F3006, F3016, F3020, F3031, F3032/3/4,
 * F6004, W3030, E1150/E1151/E1154, E3510, E3663, E3677, E3717, W2531/E2531/E2533, W2530, W3694,
 * W2001, W7001, W8001, W9012: the same ids and messages; the schema ones on the properties lint.c
 * lists) and writes the report as aws-cdk-lib does for them (W2530 with its suggestedFix); the
 * validator's other rules (schemas: F3002, F3003, E3016, ...; F1018, W1019, W8003, ...) are not
 * implemented. Nested stacks' templates are not validated (they are assets, not stack artifacts).
 *
 * Strict mode (context "@ccdk/core:strict": true, e.g. ccdk_app_props.context or cdk.json): every
 * finding of every lint rule (ccdk lint's, limits overridable by "ccdk:lint:<limit>") is a synth
 * error on its construct, and nothing is written. */

typedef struct {
    ccdk_stack *s;
    ccdk__node *el; /* the resource, or NULL: the stack */
    ccdk__lint_finding f;
    size_t group;   /* its violation (same rule, severity and description), by first appearance */
    const ccdk__ack_rule *ack; /* Validations.acknowledge of its rule nearest its construct, or NULL */
} lint_entry;

struct ccdk__lint_report {
    int report, strict;
    int no_cfn; /* CDK_VALIDATION=false: a report of the annotations' plugin only (or none) */
    lint_entry *e;
    size_t n, cap;
    size_t ngroups;
    int acked; /* the entries' ack found (mark_acknowledged) */
    struct ann_report *ann; /* the annotations' plugin report (collected once), or NULL */
    int ann_done;
};

/* getBooleanContext: absent -1; else true unless false or "false" */
static int ctx_bool(const ccdk__node *n, const char *key)
{
    ccdk_value *v = ccdk__node_context(n, key);
    if (!v || v->kind == CCDK__V_UNDEF)
        return -1;
    return !(v->kind == CCDK__V_BOOL && !v->u.b) && !(v->kind == CCDK__V_STR && !strcmp(v->u.str.s, "false"));
}

static ccdk_value *stack_context(void *ctx, const char *key) { return ccdk__node_context(ctx, key); }


/* strict mode: the size of a directory asset's source (a .zip or a file: not known, not checked) */
static int64_t asset_code_size(ccdk__lint *l, const ccdk_value *code)
{
    ccdk_stack *s = l->ctx;
    ccdk_value *k = ccdk__v_get(code, "S3Key");
    if (!k || k->kind != CCDK__V_STR)
        return -1;
    for (ccdk__file_asset *a = s->assets; a; a = a->next)
        if (a->is_dir && !a->mem && !a->docker && a->source_path && !strncmp(k->u.str.s, a->hash, strlen(a->hash)))
            return ccdk__lint_dir_bytes(a->source_path);
    return -1;
}

void ccdk__lint_init_app(ccdk_app *app)
{
    const char *env = getenv("CDK_VALIDATION");
    int report = !(env && !strcmp(env, "false"));
    int strict = ctx_bool(&app->node, "@ccdk/core:strict") == 1;
    /* without the validator (CDK_VALIDATION=false) the annotations' plugin still reports */
    int annotations_only = !report && ccdk__feature_flag(&app->node, "@aws-cdk/core:annotationsInValidationReport");
    if (!report && !strict && !annotations_only) {
        app->lint = NULL;
        return;
    }
    app->lint = ccdk__alloc(app, sizeof *app->lint);
    memset(app->lint, 0, sizeof *app->lint);
    app->lint->report = report || annotations_only;
    app->lint->no_cfn = !report;
    app->lint->strict = strict;
}

int ccdk__lint_strict(const ccdk_app *app)
{
    return app->lint && app->lint->strict;
}

static void lint_keep(ccdk_app *app, ccdk_stack *s, ccdk__node *el, const ccdk__lint_finding *f)
{
    struct ccdk__lint_report *r = app->lint;
    if (r->strict) {
        ccdk__error(el ? (void *)el : (void *)s, "%s [%s] (@ccdk/core:strict)", f->message, f->rule);
        return;
    }
    if (r->n == r->cap)
        r->e = ccdk__arena_grow(app, r->e, r->n, &r->cap, sizeof *r->e, 16);
    lint_entry *e = &r->e[r->n++];
    e->s = s;
    e->el = el;
    e->f = *f;
    e->f.logical_id = f->logical_id ? ccdk__strdup(app, f->logical_id) : NULL;
    e->f.type = NULL;
    e->f.prop_path = f->prop_path ? ccdk__strdup(app, f->prop_path) : NULL;
    e->f.message = ccdk__strdup(app, f->message);
}

/* A stack's lint: the rules run over its resolved template (ccdk__lint_job_run), on the writer
 * thread as it writes the template, or on the calling thread; what they find is kept in the report
 * by ccdk__lint_job_finish, on the calling thread, in the stacks' order. The rules allocate their
 * messages in an arena of the job's own (`own`: an App that is only an arena, so that the thread
 * never allocates from the App's arena, which the calling thread is using). */
struct ccdk__lint_job {
    ccdk__lint l;
    ccdk_app *own;
    int ran;
};

ccdk__lint_job *ccdk__lint_job_new(ccdk_app *app, ccdk_stack *s)
{
    struct ccdk__lint_report *r = app->lint;
    const char *bad = NULL;
    if (!r || (r->no_cfn && !r->strict))
        return NULL;
    if (!r->strict && s->nested_parent)
        return NULL; /* the validator reads the stack artifacts' templates only: a nested stack's is an asset */
    ccdk__lint_job *j = calloc(1, sizeof *j);
    if (!j)
        abort();
    if (ccdk__lint_init(&j->l, app, stack_context, &s->node, &bad) != 0) {
        ccdk__error(s, "The context key %s must be a number", bad);
        free(j);
        return NULL;
    }
    if (r->strict) {
        /* strict mode runs on the calling thread (ccdk__lint_job_threadable): the code sizes read
         * the stack's assets, and the messages may go into the App's arena */
        j->l.code_size = asset_code_size;
        j->l.ctx = s;
    } else {
        j->own = calloc(1, sizeof *j->own);
        if (!j->own)
            abort();
        j->own->prefetch_off = 1; /* an arena only: no helper thread of its own */
        j->l.app = j->own;
    }
    /* (not in strict mode: an unused parameter is no reason to fail a synth, and a legacy
     * synthesizer's asset parameters are never all used) */
    j->l.unused_rules = !r->strict;
    if (!r->strict && !ccdk__stack_is_env_agnostic_account(s))
        j->l.account = s->account;
    if (!r->strict && !ccdk__stack_is_env_agnostic_region(s))
        j->l.region = s->region;
    return j;
}

int ccdk__lint_job_threadable(const ccdk__lint_job *j) { return j && j->own != NULL; }

void ccdk__lint_job_run(ccdk__lint_job *j, const ccdk_value *tpl)
{
    if (!j || j->ran)
        return;
    ccdk__lint_template(&j->l, tpl);
    j->ran = 1;
    if (!j->own)
        return;
    /* a finding's logical id (and maybe its path) is the template's own key, in the template's
     * scratch, which goes back once written: copied into the job's arena, which outlives it */
    for (size_t i = 0; i < j->l.n; i++) {
        ccdk__lint_finding *f = &j->l.f[i];
        if (f->logical_id)
            f->logical_id = ccdk__strndup(j->own, f->logical_id, strlen(f->logical_id));
        if (f->prop_path)
            f->prop_path = ccdk__strndup(j->own, f->prop_path, strlen(f->prop_path));
        f->type = NULL; /* (not kept: lint_keep drops it) */
    }
}

void ccdk__lint_job_free(ccdk__lint_job *j)
{
    if (!j)
        return;
    ccdk__lint_free(&j->l);
    if (j->own) {
        ccdk__arena_free(&j->own->arena);
        free(j->own);
    }
    free(j);
}

void ccdk__lint_job_finish(ccdk_app *app, ccdk_stack *s, ccdk__lint_job *j, ccdk__node **els, size_t nels)
{
    struct ccdk__lint_report *r = app->lint;
    if (!j)
        return;
    ccdk__arena cur;
    ccdk__persistent_enter(app, &cur);
    for (size_t i = 0; j->ran && i < j->l.n; i++) {
        const ccdk__lint_finding *f = &j->l.f[i];
        if (!r->strict && !f->cfn)
            continue;
        ccdk__node *el = NULL;
        for (size_t k = 0; f->logical_id && !el && k < nels; k++)
            if (els[k]->kind->element == CCDK__EL_RESOURCE && !strcmp(ccdk__element_logical_id(els[k]), f->logical_id))
                el = els[k];
        lint_keep(app, s, el, f);
    }
    ccdk__persistent_leave(app, &cur);
    ccdk__lint_job_free(j);
}

/* strict mode: the template sizes, once the templates are written */
void ccdk__lint_sizes(ccdk_app *app)
{
    for (size_t i = 0; app->lint && app->lint->strict && i < app->nstacks; i++) {
        ccdk_stack *s = app->stacks[i];
        if (s->node.detached)
            continue;
        ccdk__lint l;
        const char *bad = NULL;
        if (ccdk__lint_init(&l, app, stack_context, &s->node, &bad) != 0)
            continue; /* reported by lint_stack */
        l.template_bytes = s->template_len;
        l.template_is_asset = 1; /* the DefaultStackSynthesizer uploads it */
        ccdk_value *empty = ccdk__v_obj(app);
        ccdk__lint_template(&l, empty);
        for (size_t k = 0; k < l.n; k++)
            lint_keep(app, s, NULL, &l.f[k]);
        ccdk__lint_free(&l);
    }
}

typedef struct {
    const lint_entry *first;
    ccdk_value *constructs;
} violation;

/* aws-cdk-lib validates the stacks of the stages in post-order (a nested stage's before its
 * parent's, the App's last), and within an assembly in the CloudAssembly's order: its
 * topologicalSort of the artifacts, in waves (those whose dependencies are all placed), each wave
 * by artifact id. A stack of the DefaultStackSynthesizer depends on its asset manifest artifact (in
 * the first wave), so it is in the second wave at least; a legacy one is not. The entries, stably,
 * so. */
static void stage_postorder(ccdk_app *app, const ccdk_stage *parent, const char **order, size_t *n)
{
    for (size_t i = 0; i < app->nstages; i++)
        if (app->stages[i]->parent_stage == parent && !app->stages[i]->node.detached) {
            stage_postorder(app, app->stages[i], order, n);
            order[(*n)++] = app->stages[i]->dir;
        }
}

static size_t stage_rank(const char **order, size_t n, const char *dir)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(order[i], dir))
            return i;
    return n; /* the App's own stacks */
}

/* the stack's wave in its assembly's topological sort (dependencies of other assemblies ignored).
 * Kept in s->wave_memo (order_entries clears it first): without it every path was walked again, and
 * 40 stacks that each depend on the two before took seconds (2^n paths), and a limit of 100 on the
 * depth cut longer chains short. Stack dependencies have no cycles (ccdk__stack_add_dependency
 * refuses them); were there one, the stack being computed reads as wave 0. */
static size_t stack_wave(ccdk_stack *s)
{
    if (s->wave_memo)
        return s->wave_memo - 1;
    s->wave_memo = 1;
    size_t w = s->syn_legacy || s->syn_bootstrapless ? 0 : 1; /* after its asset manifest, if any */
    for (size_t i = 0; i < s->nstack_deps; i++) {
        ccdk_stack *d = s->stack_deps[i];
        if (d->node.detached || d->nested_parent || strcmp(d->assembly_dir, s->assembly_dir))
            continue;
        size_t dw = stack_wave(d) + 1;
        if (dw > w)
            w = dw;
    }
    s->wave_memo = w + 1;
    return w;
}

typedef struct {
    size_t stage, wave, index;
    const char *id;
} entry_key;

static int entry_key_cmp(const void *a, const void *b)
{
    const entry_key *x = a, *y = b;
    if (x->stage != y->stage)
        return x->stage < y->stage ? -1 : 1;
    if (x->wave != y->wave)
        return x->wave < y->wave ? -1 : 1;
    int c = strcmp(x->id, y->id);
    if (c)
        return c;
    return x->index < y->index ? -1 : x->index > y->index;
}

static void order_entries(ccdk_app *app)
{
    struct ccdk__lint_report *r = app->lint;
    if (r->n < 2)
        return;
    const char **order = malloc((app->nstages + 1) * sizeof *order);
    entry_key *keys = malloc(r->n * sizeof *keys);
    lint_entry *tmp = malloc(r->n * sizeof *tmp);
    if (!order || !keys || !tmp)
        abort();
    size_t n = 0;
    stage_postorder(app, NULL, order, &n);
    for (size_t i = 0; i < app->nstacks; i++)
        app->stacks[i]->wave_memo = 0;
    const ccdk_stack *last = NULL;
    size_t wave = 0;
    for (size_t i = 0; i < r->n; i++) {
        ccdk_stack *s = r->e[i].s;
        if (s != last) {
            wave = stack_wave(s);
            last = s;
        }
        keys[i] = (entry_key){stage_rank(order, n, s->assembly_dir), wave, i, s->artifact_id};
    }
    qsort(keys, r->n, sizeof *keys, entry_key_cmp);
    for (size_t i = 0; i < r->n; i++)
        tmp[i] = r->e[keys[i].index];
    memcpy(r->e, tmp, r->n * sizeof *tmp);
    free(order);
    free(keys);
    free(tmp);
}

/* each entry's violation: a hash of (rule, severity, description) -> group, in order */
static void group_entries(ccdk_app *app)
{
    struct ccdk__lint_report *r = app->lint;
    ccdk_value *seen = ccdk__v_obj(app);
    r->ngroups = 0;
    for (size_t i = 0; i < r->n; i++) {
        lint_entry *e = &r->e[i];
        const char *key = ccdk__sprintf(app, "%s\x01%d\x01%s", e->f.rule, e->f.error, e->f.message);
        ccdk_value *g = ccdk__v_get(seen, key);
        if (g) {
            e->group = (size_t)g->u.n;
        } else {
            e->group = r->ngroups++;
            ccdk__v_set(seen, key, ccdk__v_num(app, (double)e->group));
        }
    }
}

/* the construct a finding is reported on: its resource, else (no logical id) its stack */
static ccdk__node *entry_node(const lint_entry *e) { return e->el ? e->el : e->f.logical_id ? NULL : &e->s->node; }

/* collectSuppressions: the acknowledgement of "CloudFormation-Validate::<rule>" nearest each
 * finding's construct path (findClosestAck) suppresses it. Every severity ccdk reports is
 * suppressible (isSuppressibleViolation refuses only "fatal" ones and error annotations). */
static void mark_acknowledged(ccdk_app *app)
{
    struct ccdk__lint_report *r = app->lint;
    if (r->acked)
        return;
    r->acked = 1;
    size_t nrules = 0;
    ccdk__ack_rule *rules = ccdk__acknowledged_rules(app, &nrules);
    for (size_t i = 0; nrules && i < r->n; i++) {
        ccdk__node *n = entry_node(&r->e[i]);
        const char *id = ccdk__sprintf(app, "CloudFormation-Validate::%s", r->e[i].f.rule);
        r->e[i].ack = ccdk__find_acknowledgement(rules, nrules, id, n ? n->path : "");
    }
}

/* ------------------------------------------------------------------ the annotations' plugin report
 *
 * Under @aws-cdk/core:annotationsInValidationReport (a flag `cdk init` writes), aws-cdk-lib's App
 * adds a "Construct Annotations" plugin report (annotation-plugin.js collectAnnotationReport): the
 * warning and error annotations of every construct, in depth-first pre-order of the tree (a
 * construct's in the order added), one violation per (rule, severity, description). The rule is
 * the id of an addWarningV2 ("[ack: <id>]", taken out of the description) or a trailing
 * "(Namespace::Rule)", under the namespace "Annotation" when it has none, else
 * "Annotation::<severity>-annotation". Acknowledged rules (Validations.acknowledge) suppress
 * warnings, not errors. */

typedef struct {
    ccdk__node *node;
    const char *rule; /* as found ("Annotation::" added when it has no namespace), or NULL */
    const char *desc;
    int error;
    const ccdk__ack_rule *ack;
    size_t group;
} ann_item;

struct ann_report {
    ann_item *it;
    size_t n;
    size_t ngroups;
    int failure; /* an unsuppressed error */
};

/* String.prototype.trim of s[0..n), into the arena */
static const char *trim_n(ccdk_app *app, const char *s, size_t n)
{
    ccdk__js_trim_span(&s, &n);
    return ccdk__strndup(app, s, n);
}

/* splitDescriptionAndId: /\[ack: ([^\]]+)\]/ anywhere (the first), else /\(([^()]+::[^()]+)\)$/ */
static void split_description(ccdk_app *app, const char *msg, const char **desc, const char **rule)
{
    *rule = NULL;
    for (const char *p = strstr(msg, "[ack: "); p; p = strstr(p + 1, "[ack: ")) {
        const char *id = p + 6, *end = strchr(id, ']');
        if (!end || end == id)
            continue;
        *rule = ccdk__strndup(app, id, (size_t)(end - id));
        ccdk__buf b = {0};
        ccdk__buf_printf(&b, "%.*s%s", (int)(p - msg), msg, end + 1);
        *desc = trim_n(app, b.data, b.len);
        ccdk__buf_free(&b);
        return;
    }
    size_t n = strlen(msg);
    if (n >= 2 && msg[n - 1] == ')') {
        const char *open = NULL;
        for (const char *q = msg + n - 2; q >= msg; q--)
            if (*q == '(' || *q == ')') {
                open = *q == '(' ? q : NULL;
                break;
            }
        if (open) {
            const char *in = open + 1, *sep = strstr(in, "::");
            size_t len = (size_t)(msg + n - 1 - in);
            /* [^()]+::[^()]+ : some "::" with text on both sides */
            int ok = 0;
            for (; sep && sep + 2 <= in + len && !ok; sep = strstr(sep + 1, "::"))
                ok = sep > in && sep + 2 < in + len;
            if (ok) {
                *rule = ccdk__strndup(app, in, len);
                *desc = trim_n(app, msg, (size_t)(open - msg));
                return;
            }
        }
    }
    *desc = msg;
}

/* normalizeValidationId(rule, "Annotation"): spaces as '-', the namespaces "annotation" and
 * "Construct-Annotations" as "Annotation" */
static const char *ann_ack_id(ccdk_app *app, const char *rule)
{
    const char *sep = strstr(rule, "::");
    char *ns = sep ? ccdk__strndup(app, rule, (size_t)(sep - rule)) : NULL;
    char *id = ccdk__sprintf(app, "%s", sep ? sep + 2 : rule);
    for (char *c = ns; c && *c; c++)
        if (*c == ' ')
            *c = '-';
    for (char *c = id; *c; c++)
        if (*c == ' ')
            *c = '-';
    if (!ns || !strcmp(ns, "annotation") || !strcmp(ns, "Construct-Annotations"))
        return ccdk__sprintf(app, "Annotation::%s", id);
    return ccdk__sprintf(app, "%s::%s", ns, id);
}

static int cmp_ann_node(const void *a, const void *b)
{
    const ccdk__annotation *x = *(ccdk__annotation *const *)a, *y = *(ccdk__annotation *const *)b;
    if (x->node != y->node)
        return (uintptr_t)x->node < (uintptr_t)y->node ? -1 : 1;
    return x < y ? -1 : x > y; /* the order added */
}

static const char *ann_rule_shown(ccdk_app *app, const ann_item *x)
{
    return x->rule ? x->rule : ccdk__sprintf(app, "Annotation::%s-annotation", x->error ? "error" : "warning");
}

static struct ann_report *ann_collect(ccdk_app *app)
{
    struct ccdk__lint_report *r = app->lint;
    if (r->ann_done)
        return r->ann;
    r->ann_done = 1;
    if (!ccdk__feature_flag(&app->node, "@aws-cdk/core:annotationsInValidationReport"))
        return NULL;
    /* the warnings and errors, by construct */
    size_t m = 0;
    ccdk__annotation **cand = malloc((app->nannotations + 1) * sizeof *cand);
    if (!cand)
        abort();
    for (size_t i = 0; i < app->nannotations; i++) {
        ccdk__annotation *a = &app->annotations[i];
        if (!a->raw && !a->json && !a->data && (!strcmp(a->level, "warning") || !strcmp(a->level, "error")))
            cand[m++] = a;
    }
    struct ann_report *ar = NULL;
    if (m) {
        qsort(cand, m, sizeof *cand, cmp_ann_node);
        ar = ccdk__alloc(app, sizeof *ar);
        memset(ar, 0, sizeof *ar);
        ar->it = ccdk__alloc(app, m * sizeof *ar->it);
        /* iterateDfsPreorder(root) */
        size_t cap = 64, top = 0;
        ccdk__node **st = malloc(cap * sizeof *st);
        if (!st)
            abort();
        st[top++] = &app->node;
        while (top) {
            ccdk__node *n = st[--top];
            /* its annotations: the first of n in cand, then on */
            size_t lo = 0, hi = m;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if ((uintptr_t)cand[mid]->node < (uintptr_t)n)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (; lo < m && cand[lo]->node == n; lo++) {
                ann_item *x = &ar->it[ar->n++];
                memset(x, 0, sizeof *x);
                x->node = n;
                x->error = !strcmp(cand[lo]->level, "error");
                split_description(app, cand[lo]->msg, &x->desc, &x->rule);
                if (x->rule && !strstr(x->rule, "::"))
                    x->rule = ccdk__sprintf(app, "Annotation::%s", x->rule);
            }
            if (top + n->nchildren > cap) {
                while (top + n->nchildren > cap)
                    cap *= 2;
                st = realloc(st, cap * sizeof *st);
                if (!st)
                    abort();
            }
            for (size_t k = n->nchildren; k-- > 0;)
                if (!n->children[k]->detached)
                    st[top++] = n->children[k];
        }
        free(st);
    }
    free(cand);
    if (!ar || !ar->n)
        return NULL;
    /* the violations, by (rule as found, severity, description) in order of appearance */
    for (size_t i = 0; i < ar->n; i++) {
        ann_item *x = &ar->it[i];
        size_t j = 0;
        while (j < i && !(ar->it[j].error == x->error && !strcmp(ar->it[j].desc, x->desc) &&
                          (ar->it[j].rule ? x->rule && !strcmp(ar->it[j].rule, x->rule) : !x->rule)))
            j++;
        x->group = j < i ? ar->it[j].group : ar->ngroups++;
    }
    size_t nrules = 0;
    ccdk__ack_rule *rules = ccdk__acknowledged_rules(app, &nrules);
    for (size_t i = 0; i < ar->n; i++) {
        ann_item *x = &ar->it[i];
        if (nrules && !x->error) /* an error annotation is not suppressible */
            x->ack = ccdk__find_acknowledgement(rules, nrules, ann_ack_id(app, ann_rule_shown(app, x)), x->node->path);
        ar->failure |= x->error && !x->ack;
    }
    r->ann = ar;
    return ar;
}

const char *ccdk__library_version(const char *fqn) { return strncmp(fqn, "constructs.", 11) ? "2.276.0" : "10.8.1"; }

/* a violatingConstructs item of the annotations' report */
static ccdk_value *ann_construct(ccdk_app *app, const ann_item *x)
{
    ccdk_value *c = ccdk__v_obj(app);
    ccdk__node *n = x->node;
    ccdk__v_set(c, "constructPath", ccdk__v_str(app, n->path));
    if (*n->path) {
        ccdk__v_set(c, "constructFqn", ccdk__v_str(app, n->kind->fqn));
        ccdk__v_set(c, "libraryVersion", ccdk__v_str(app, ccdk__library_version(n->kind->fqn)));
    }
    ccdk_stack *s = n->stack;
    if (ccdk_cfn_resource_of(n) && s) {
        ccdk_value *cr = ccdk__v_obj(app);
        const char *file = s->nested ? s->nested->template_file : ccdk__sprintf(app, "%s.template.json", s->artifact_id);
        ccdk__v_set(cr, "templatePath", ccdk__v_str(app, ccdk__sprintf(app, "%s%s", s->assembly_dir, file)));
        ccdk__v_set(cr, "logicalId", ccdk__v_str(app, ccdk__element_logical_id(n)));
        ccdk__v_set(c, "cloudFormationResource", cr);
    }
    return c;
}

static ccdk_value *ann_violation(ccdk_app *app, const ann_item *x)
{
    ccdk_value *v = ccdk__v_obj(app);
    ccdk__v_set(v, "ruleName", ccdk__v_str(app, ann_rule_shown(app, x)));
    ccdk__v_set(v, "description", ccdk__v_str(app, x->desc));
    ccdk__v_set(v, "severity", ccdk__v_str(app, x->error ? "error" : "warning"));
    ccdk_value *m = ccdk__v_obj(app);
    ccdk__v_set(m, "cdk:annotation", ccdk__v_str(app, "true"));
    ccdk__v_set(v, "ruleMetadata", m);
    return v;
}

/* the plugin's report (buildPluginReports) */
static ccdk_value *ann_plugin_report(ccdk_app *app, const struct ann_report *ar)
{
    ccdk_value *p = ccdk__v_obj(app);
    ccdk__v_set(p, "pluginName", ccdk__v_str(app, "Construct Annotations"));
    ccdk__v_set(p, "conclusion", ccdk__v_str(app, ar->failure ? "failure" : "success"));
    ccdk_value *meta = ccdk__v_obj(app);
    ccdk__v_set(meta, "cdk:annotations", ccdk__v_str(app, "true"));
    ccdk__v_set(p, "metadata", meta);
    ccdk_value *list = ccdk__v_list(app), *suppressed = ccdk__v_list(app);
    for (size_t g = 0; g < ar->ngroups; g++) {
        ccdk_value *v = NULL;
        for (size_t i = 0; i < ar->n; i++) {
            const ann_item *x = &ar->it[i];
            if (x->group != g || x->ack)
                continue;
            if (!v) {
                v = ann_violation(app, x);
                ccdk__v_set(v, "violatingConstructs", ccdk__v_list(app));
            }
            ccdk__v_push(ccdk__v_get(v, "violatingConstructs"), ann_construct(app, x));
        }
        if (v)
            ccdk__v_push(list, v);
        /* its suppressed resources, one violation per acknowledgement (in order of appearance) */
        for (size_t i = 0; i < ar->n; i++) {
            const ann_item *x = &ar->it[i];
            if (x->group != g || !x->ack)
                continue;
            size_t j = 0;
            while (j < i && !(ar->it[j].group == g && ar->it[j].ack && !strcmp(ar->it[j].ack->path, x->ack->path)))
                j++;
            if (j < i)
                continue;
            ccdk_value *sv = ann_violation(app, x), *vc = ccdk__v_list(app);
            for (size_t k = i; k < ar->n; k++)
                if (ar->it[k].group == g && ar->it[k].ack && !strcmp(ar->it[k].ack->path, x->ack->path))
                    ccdk__v_push(vc, ann_construct(app, &ar->it[k]));
            ccdk__v_set(sv, "violatingConstructs", vc);
            ccdk__v_set(sv, "acknowledgedId", ccdk__v_str(app, x->ack->id));
            if (*x->ack->reason)
                ccdk__v_set(sv, "reason", ccdk__v_str(app, x->ack->reason));
            if (*x->ack->path)
                ccdk__v_set(sv, "acknowledgedAt", ccdk__v_str(app, x->ack->path));
            ccdk__v_push(suppressed, sv);
        }
    }
    ccdk__v_set(p, "violations", list);
    if (suppressed->u.list.n)
        ccdk__v_set(p, "suppressedViolations", suppressed);
    return p;
}

/* formatViolationJson's head: ruleName, description, severity, ruleMetadata */
static ccdk_value *violation_head(ccdk_app *app, const ccdk__lint_finding *f, int error)
{
    ccdk_value *v = ccdk__v_obj(app);
    ccdk__v_set(v, "ruleName", ccdk__v_str(app, f->rule));
    ccdk__v_set(v, "description", ccdk__v_str(app, f->message));
    if (f->fix)
        ccdk__v_set(v, "suggestedFix", ccdk__v_str(app, f->fix));
    ccdk__v_set(v, "severity", ccdk__v_str(app, error ? "error" : "warning"));
    if (f->category) {
        ccdk_value *m = ccdk__v_obj(app);
        ccdk__v_set(m, "category", ccdk__v_str(app, f->category));
        ccdk__v_set(v, "ruleMetadata", m);
    }
    return v;
}

/* validation-report.json: JSON.stringify(report, undefined, 2), as aws-cdk-lib writes it */
int ccdk__write_validation_report(ccdk_app *app, const char *dir, const char *schema_version)
{
    struct ccdk__lint_report *r = app->lint;
    if (!r || !r->report)
        return 0;
    /* (with the validator off, no plugin, no file) */
    if (r->no_cfn && !r->n && !ann_collect(app))
        return 0;
    order_entries(app);
    group_entries(app);
    mark_acknowledged(app);
    int native = ctx_bool(&app->node, "@aws-cdk/core:validateAgainstDefaultRules") == 1;
    ccdk_value *rep = ccdk__v_obj(app);
    ccdk__v_set(rep, "version", ccdk__v_str(app, schema_version));
    ccdk__v_set(rep, "title", ccdk__v_str(app, "Validation Report"));
    ccdk_value *plugins = ccdk__v_list(app);
    ccdk__v_set(rep, "pluginReports", plugins);
    if (r->n) {
        /* one violation per (rule, severity, description), its constructs in order */
        violation *vs = calloc(r->ngroups, sizeof *vs);
        if (!vs)
            abort();
        size_t nv = r->ngroups;
        int failure = 0;
        ccdk_value **cons = calloc(r->n, sizeof *cons); /* each entry's violatingConstructs item */
        if (!cons)
            abort();
        for (size_t i = 0; i < r->n; i++) {
            const lint_entry *e = &r->e[i];
            size_t k = e->group;
            if (!vs[k].first) {
                vs[k].first = e;
                vs[k].constructs = ccdk__v_list(app);
            }
            ccdk_value *c = ccdk__v_obj(app);
            ccdk__node *n = entry_node(e);
            ccdk__v_set(c, "constructPath", ccdk__v_str(app, n ? n->path : ""));
            if (n) {
                ccdk__v_set(c, "constructFqn", ccdk__v_str(app, n->kind->fqn));
                ccdk__v_set(c, "libraryVersion", ccdk__v_str(app, ccdk__library_version(n->kind->fqn)));
            }
            if (e->f.logical_id) {
                ccdk_value *cr = ccdk__v_obj(app);
                ccdk__v_set(cr, "templatePath",
                            ccdk__v_str(app, ccdk__sprintf(app, "%s%s.template.json", e->s->assembly_dir, e->s->artifact_id)));
                ccdk__v_set(cr, "logicalId", ccdk__v_str(app, e->f.logical_id));
                if (e->f.prop_path) {
                    ccdk_value *pp = ccdk__v_list(app);
                    ccdk__v_push(pp, ccdk__v_str(app, e->f.prop_path));
                    ccdk__v_set(cr, "propertyPaths", pp);
                }
                ccdk__v_set(c, "cloudFormationResource", cr);
            }
            cons[i] = c;
            if (!e->ack)
                ccdk__v_push(vs[k].constructs, c);
        }
        ccdk_value *list = ccdk__v_list(app), *suppressed = ccdk__v_list(app);
        for (size_t k = 0; k < nv; k++) {
            const ccdk__lint_finding *f = &vs[k].first->f;
            int error = native && f->error;
            if (vs[k].constructs->u.list.n) { /* a violation whose every resource is suppressed goes */
                failure |= error;
                ccdk_value *v = violation_head(app, f, error);
                ccdk__v_set(v, "violatingConstructs", vs[k].constructs);
                ccdk__v_push(list, v);
            }
            /* its suppressed resources, one violation per acknowledgement, in order of appearance */
            for (size_t i = 0; i < r->n; i++) {
                const ccdk__ack_rule *a = r->e[i].ack;
                if (r->e[i].group != k || !a)
                    continue;
                size_t j = 0;
                while (j < i && !(r->e[j].group == k && r->e[j].ack && !strcmp(r->e[j].ack->path, a->path)))
                    j++;
                if (j < i)
                    continue; /* its group was written with the first */
                ccdk_value *v = violation_head(app, f, error), *vc = ccdk__v_list(app);
                for (size_t m = i; m < r->n; m++)
                    if (r->e[m].group == k && r->e[m].ack && !strcmp(r->e[m].ack->path, a->path))
                        ccdk__v_push(vc, cons[m]);
                ccdk__v_set(v, "violatingConstructs", vc);
                ccdk__v_set(v, "acknowledgedId", ccdk__v_str(app, a->id));
                if (*a->reason)
                    ccdk__v_set(v, "reason", ccdk__v_str(app, a->reason));
                if (*a->path)
                    ccdk__v_set(v, "acknowledgedAt", ccdk__v_str(app, a->path));
                ccdk__v_push(suppressed, v);
            }
        }
        free(vs);
        free(cons);
        ccdk_value *p = ccdk__v_obj(app);
        ccdk__v_set(p, "pluginName", ccdk__v_str(app, "CloudFormation Validate"));
        ccdk__v_set(p, "pluginVersion", ccdk__v_str(app, "1.14.0"));
        ccdk__v_set(p, "conclusion", ccdk__v_str(app, failure ? "failure" : "success"));
        ccdk__v_set(p, "violations", list);
        if (suppressed->u.list.n)
            ccdk__v_set(p, "suppressedViolations", suppressed);
        ccdk__v_push(plugins, p);
    }
    struct ann_report *ar = ann_collect(app);
    if (ar)
        ccdk__v_push(plugins, ann_plugin_report(app, ar));
    ccdk__buf b = {0};
    ccdk__json_write(&b, rep, 2);
    char path[4300];
    snprintf(path, sizeof path, "%s/validation-report.json", dir);
    int rc = ccdk__write_file(path, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    return rc;
}

/* relativeFileLocationRenderer(process.cwd()).renderAbsoluteFilePath: path.relative(cwd, abs) when
 * that is shorter than abs, else abs (into the app's arena) */
static const char *render_path(ccdk_app *app, const char *abs)
{
    char cwd[4096];
    if (abs[0] != '/' || !getcwd(cwd, sizeof cwd))
        return abs;
    /* the common leading components */
    size_t i = 0, common = 0;
    for (;; i++) {
        char a = abs[i], c = cwd[i];
        if ((a == '/' || !a) && (c == '/' || !c)) {
            common = i;
            if (!a || !c || a != c)
                break;
        }
        if (a != c || !a)
            break;
    }
    if (!cwd[common] && !abs[common])
        return "";
    ccdk__buf b = {0};
    for (const char *p = cwd + common; *p; p++)
        if (*p == '/' && p[1]) /* a component of cwd below the common part */
            ccdk__buf_printf(&b, "%s..", b.len ? "/" : "");
    const char *rest = abs + common + (abs[common] == '/');
    if (*rest)
        ccdk__buf_printf(&b, "%s%s", b.len ? "/" : "", rest);
    const char *out = strlen(b.data ? b.data : "") < strlen(abs) ? ccdk__sprintf(app, "%s", b.data ? b.data : "") : abs;
    ccdk__buf_free(&b);
    return out;
}

/* cdkAppMode: the context's "@aws-cdk/core:appMode", else $CDK_APP_MODE ("process" or "inmemory"),
 * else "inmemory" under a test runner (NODE_ENV=test, pytest: aws-cdk-lib's own test, matched),
 * else unknown: 'p', 'i' or 'u' */
static char app_mode(const ccdk_app *app)
{
    ccdk_value *v = ccdk__node_context(&app->node, "@aws-cdk/core:appMode");
    const char *m = v && v->kind == CCDK__V_STR ? v->u.str.s : NULL;
    if (!m || (strcmp(m, "process") && strcmp(m, "inmemory")))
        m = getenv("CDK_APP_MODE");
    if (m && !strcmp(m, "process"))
        return 'p';
    if (m && !strcmp(m, "inmemory"))
        return 'i';
    const char *ne = getenv("NODE_ENV"), *pv = getenv("PYTEST_VERSION"), *pc = getenv("PYTEST_CURRENT_TEST");
    return (ne && !strcmp(ne, "test")) || (pv && *pv) || (pc && *pc) ? 'i' : 'u';
}

/* What aws-cdk-lib does with the report at the end of a synth (synthesis-validation.js), the
 * assembly written: the findings printed on stderr (with a preamble when errors were reported as
 * warnings), only the preamble when the cdk CLI handles them (@aws-cdk/core:failSynthOnValidationErrors
 * false). The synth fails when an unacknowledged finding is an error (under
 * @aws-cdk/core:validateAgainstDefaultRules) or, under @aws-cdk/core:strictCfnValidateErrors, when
 * there is any: then the App throws "Validation failed. A copy of this report can be found in: ..."
 * after printing the findings (the report in the message itself when the app mode is "inmemory"),
 * or, app mode "process", prints them and sets a failing exit status. Returns 1 when the synth
 * fails (the error, if any, recorded on the App), else 0. */
int ccdk__print_validation_report(ccdk_app *app)
{
    struct ccdk__lint_report *r = app->lint;
    if (!r || !r->report)
        return 0;
    struct ann_report *ar = ann_collect(app);
    if (!r->n && !ar)
        return 0;
    mark_acknowledged(app);
    size_t shown = 0;
    for (size_t i = 0; i < r->n; i++)
        shown += !r->e[i].ack;
    for (size_t i = 0; ar && i < ar->n; i++)
        shown += !ar->it[i].ack;
    if (!shown)
        return 0; /* every finding acknowledged: no report text, no preamble, no failure */
    int native = ctx_bool(&app->node, "@aws-cdk/core:validateAgainstDefaultRules") == 1;
    int strict_cfn = ctx_bool(&app->node, "@aws-cdk/core:strictCfnValidateErrors") == 1;
    int downgraded = 0, fails = 0;
    for (size_t i = 0; i < r->n; i++) {
        downgraded |= !native && r->e[i].f.error;
        /* a violation is gone once all its resources are acknowledged (the rest count) */
        if (!r->e[i].ack)
            fails |= (native && r->e[i].f.error) || strict_cfn;
    }
    for (size_t i = 0; ar && i < ar->n; i++)
        if (!ar->it[i].ack)
            fails |= ar->it[i].error || strict_cfn;
    const char *preamble = !downgraded ? NULL
                           : strict_cfn ? "[Warning] Template validation found issues in your templates. Construct "
                                          "library strict mode considers these errors."
                                        : "[Warning] Template validation found issues in your templates (reported as "
                                          "warnings).\nSet feature flag \"@aws-cdk/core:validateAgainstDefaultRules\" "
                                          "to true to turn these into errors.";
    if (ctx_bool(&app->node, "@aws-cdk/core:failSynthOnValidationErrors") == 0) {
        if (preamble && !app->no_print)
            fprintf(stderr, "%s\n", preamble);
        return 0;
    }
    /* the blocks, joined by blank lines: a block per construct, violation after violation (entries
     * by group, stably), errors before warnings (formatReports sorts by severity, stably) */
    ccdk__buf b = {0};
    if (preamble)
        ccdk__buf_printf(&b, "%s\n\n", preamble);
    size_t *start = calloc(r->ngroups + 1, sizeof *start), *idx = malloc((r->n + 1) * sizeof *idx);
    if (!start || !idx)
        abort();
    for (size_t i = 0; i < r->n; i++)
        start[r->e[i].group + 1]++;
    for (size_t g = 0; g < r->ngroups; g++)
        start[g + 1] += start[g];
    for (size_t i = 0; i < r->n; i++)
        idx[start[r->e[i].group]++] = i;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t k = 0; k < r->n; k++) {
            const lint_entry *x = &r->e[idx[k]];
            int error = native && x->f.error;
            if (x->ack || error != !pass)
                continue;
            ccdk__buf_printf(&b, "%s %s (CloudFormation Validate)\n", error ? "ERROR" : "WARNING", x->f.message);
            ccdk__node *n = x->el ? x->el : x->f.logical_id ? NULL : &x->s->node;
            if (x->f.logical_id)
                ccdk__buf_printf(&b, "   %s (%s) %s\n", n ? n->path : "", x->f.logical_id, n ? n->kind->fqn : "");
            else
                ccdk__buf_printf(&b, "   %s %s\n", n->path, n->kind->fqn);
            ccdk__buf_printf(&b, "   Acknowledge with 'CloudFormation-Validate::%s'\n\n", x->f.rule);
        }
        for (size_t g = 0; ar && g < ar->ngroups; g++)
            for (size_t i = 0; i < ar->n; i++) {
                const ann_item *x = &ar->it[i];
                if (x->group != g || x->ack || x->error != !pass)
                    continue;
                const char *rule = ann_rule_shown(app, x), *sep = strstr(rule, "::");
                char *plugin = ccdk__strndup(app, rule, sep ? (size_t)(sep - rule) : 0);
                for (char *c = plugin; *c; c++)
                    if (*c == '-')
                        *c = ' ';
                ccdk__buf_printf(&b, "%s %s (%s)\n   ", x->error ? "ERROR" : "WARNING", x->desc, plugin);
                const ccdk__node *n = x->node;
                if (*n->path) {
                    ccdk__buf_puts(&b, n->path);
                    if (ccdk_cfn_resource_of((void *)n) && n->stack)
                        ccdk__buf_printf(&b, " (%s)", ccdk__element_logical_id((ccdk__node *)n));
                    ccdk__buf_printf(&b, " %s", n->kind->fqn);
                }
                ccdk__buf_printf(&b, x->error ? "\n   Rule %s\n\n" : "\n   Acknowledge with '%s'\n\n",
                                 ann_ack_id(app, rule));
            }
    }
    free(start);
    free(idx);
    const char *abs = app->outdir_abs ? app->outdir_abs : app->outdir;
    const char *report = render_path(app, ccdk__sprintf(app, "%s/validation-report.json", abs));
    char mode = app_mode(app);
    if (fails && mode == 'i') {
        /* the whole text is the message of the error thrown (and nothing printed) */
        ccdk__unscoped_error(app, "%sA copy of this report can be found in: %s", b.data, report);
    } else if (fails && mode == 'u') {
        if (!app->no_print)
            fprintf(stderr, "%.*s\n", (int)(b.len >= 2 ? b.len - 2 : b.len), b.data);
        ccdk__unscoped_error(app, "Validation failed. A copy of this report can be found in: %s", report);
    } else if (!app->no_print) {
        ccdk__buf_printf(&b, "A copy of this report can be found in: %s\n", report);
        fwrite(b.data, 1, b.len, stderr);
    }
    ccdk__buf_free(&b);
    return fails;
}

