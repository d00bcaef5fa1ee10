/* construct.c - the construct tree: App, Stack, plain constructs, ids and paths, context,
 * feature flags, errors and annotations. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "node.h"

/* what sanitizeId turns into "--" in a construct id: Node.PATH_SEP and ADDR_SEP */
#define ID_SEPS "/\n"

struct ccdk_construct {
    ccdk__node node;
};

static const ccdk__kind kind_app = {.fqn = "aws-cdk-lib.App"};
static const ccdk__kind kind_construct = {.fqn = "constructs.Construct"};
static const ccdk__kind kind_stack = {.fqn = "aws-cdk-lib.Stack", .is_stack = 1, .class_name = "Stack2"};
static const ccdk__kind kind_stage = {.fqn = "aws-cdk-lib.Stage"};

int ccdk__is_stage(const ccdk__node *n) { return n && n->kind == &kind_stage; }

/* Stage.of(n): the nearest Stage above n, NULL for the App */
static ccdk_stage *stage_of(ccdk__node *n)
{
    for (ccdk__node *p = n->parent; p; p = p->parent)
        if (p->kind == &kind_stage)
            return (ccdk_stage *)p;
    return NULL;
}

static int valid_stage_name(const char *id)
{
    if (!((*id >= 'a' && *id <= 'z') || (*id >= 'A' && *id <= 'Z')))
        return 0;
    for (const char *c = id + 1; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || *c == '-' || *c == '_' ||
              *c == '.'))
            return 0;
    return 1;
}

/* PermissionsBoundary._bind(scope): the context {name, arn} on scope (undefined members left out,
 * as JSON.stringify leaves them) */
static void bind_permissions_boundary(ccdk__node *n, const ccdk_permissions_boundary *pb)
{
    if (!pb->name && !pb->arn)
        return;
    ccdk_app *app = n->app;
    ccdk_value *v = ccdk__v_obj(app);
    if (pb->name)
        ccdk__v_set(v, "name", ccdk__v_str(app, pb->name));
    if (pb->arn)
        ccdk__v_set(v, "arn", ccdk__v_str(app, pb->arn));
    ccdk__node_ext *x = ccdk__ext(n);
    if (!x->context)
        x->context = ccdk__v_obj(app);
    ccdk__v_set(x->context, "@aws-cdk/core:permissionsBoundary", v);
}

ccdk_stage *ccdk_stage_new(void *scope, const char *id, const ccdk_stage_props *props)
{
    ccdk_stage *st = ccdk__construct(ccdk_stage, &kind_stage, scope, id);
    ccdk_app *app = st->node.app;
    if (id && *id && !valid_stage_name(id))
        ccdk__error(st, "invalid stage name \"%s\". Stage name must start with a letter and contain only alphanumeric "
                        "characters, hypens ('-'), underscores ('_') and periods ('.')",
                    id);
    if (props)
        bind_permissions_boundary(&st->node, &props->permissions_boundary);
    st->parent_stage = stage_of(&st->node);
    st->account = ccdk__strdup(app, props && props->account ? props->account
                                    : st->parent_stage ? st->parent_stage->account : NULL);
    st->region = ccdk__strdup(app, props && props->region ? props->region : st->parent_stage ? st->parent_stage->region : NULL);
    const char *name = props && props->stage_name ? props->stage_name : st->node.id;
    st->stage_name = st->parent_stage && *st->parent_stage->stage_name
                         ? ccdk__sprintf(app, "%s-%s", st->parent_stage->stage_name, name)
                         : ccdk__strdup(app, name);
    /* artifactId: `assembly-${path.replace(/\//g, '-').replace(/^-+|-+$/g, '')}` */
    ccdk__buf b = {0};
    ccdk__buf_puts(&b, "assembly-");
    const char *p = st->node.path;
    while (*p == '/' || *p == '-')
        p++;
    for (; *p; p++)
        ccdk__buf_putc(&b, *p == '/' ? '-' : *p);
    while (b.len > 9 && b.data[b.len - 1] == '-')
        b.len--;
    st->artifact_id = ccdk__strndup(app, b.data, b.len);
    ccdk__buf_free(&b);
    st->dir = ccdk__sprintf(app, "%s%s/", st->parent_stage ? st->parent_stage->dir : "", st->artifact_id);
    st->up = ccdk__sprintf(app, "%s../", st->parent_stage ? st->parent_stage->up : "");
    if (app->nstages == app->capstages)
        app->stages = ccdk__grow(app->stages, &app->capstages, sizeof *app->stages, 4);
    app->stages[app->nstages++] = st;
    return st;
}

const char *ccdk_stage_name(const ccdk_stage *stage) { return ccdk__handle_ok(stage, __func__) ? stage->stage_name : NULL; }
const char *ccdk_stage_artifact_id(const ccdk_stage *stage)
{
    return ccdk__handle_ok(stage, __func__) ? stage->artifact_id : NULL;
}


/* ------------------------------------------------------------------ scopes that are not constructs
 *
 * A NULL scope (a ccdk_node_try_find_child that found nothing) or a pointer that is not a construct
 * has no App to record the error on: it goes to a process-wide list that every ccdk_app_synth
 * reports and fails on. The call still returns a handle, made in an App of its own that is never
 * synthesized (one per thread, so that two threads never share an arena), and kept until the process
 * exits: its tokens are then another App's tokens to any real App (token.c). */

static pthread_mutex_t orphan_mu = PTHREAD_MUTEX_INITIALIZER;
static ccdk_app **orphan_apps; /* every thread's orphan App, freed at exit */
static size_t norphan_apps, caporphan_apps;
static _Thread_local ccdk_app *tl_orphan;
static _Thread_local ccdk_stack *tl_orphan_stack;

/* At exit: what the orphan Apps hold in malloc'd memory (errors, annotations) is pointed to only
 * from their arenas, which leak checkers do not scan. */
static void free_orphans(void)
{
    pthread_mutex_lock(&orphan_mu);
    for (size_t i = 0; i < norphan_apps; i++)
        ccdk_app_free(orphan_apps[i]);
    free(orphan_apps);
    orphan_apps = NULL;
    norphan_apps = caporphan_apps = 0;
    pthread_mutex_unlock(&orphan_mu);
}

/* this thread's orphan App and its stack, made on first use */
static ccdk_app *orphan_app(void)
{
    if (!tl_orphan) {
        ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
        app->prefetch_off = 1;
        tl_orphan_stack = ccdk_stack_new(app, "Orphans", NULL);
        app->orphan_stack = tl_orphan_stack;
        tl_orphan = app;
        pthread_mutex_lock(&orphan_mu);
        if (!orphan_apps)
            atexit(free_orphans);
        if (norphan_apps == caporphan_apps)
            orphan_apps = ccdk__grow(orphan_apps, &caporphan_apps, sizeof *orphan_apps, 4);
        orphan_apps[norphan_apps++] = app;
        pthread_mutex_unlock(&orphan_mu);
    }
    return tl_orphan;
}

ccdk_stack *ccdk__nil_stack(void)
{
    orphan_app();
    return tl_orphan_stack;
}

void *ccdk__construct_at(ccdk__node *scope, const ccdk__kind *kind, const char *id, size_t size)
{
    ccdk__node *n = ccdk__alloc(scope->app, size);
    ccdk__node_init(n, kind, scope, id);
    return n;
}

ccdk__node *ccdk__bad_scope(const void *scope, const char *func)
{
    if (scope)
        ccdk__process_error("%s: the scope is not a construct handle", func);
    else
        ccdk__process_error("%s: the scope is NULL, not a construct", func);
    orphan_app();
    return &tl_orphan_stack->node;
}

/* a metadata type, annotation id or message must be text: one that is not UTF-8 is an error on
 * the construct (a JavaScript string cannot hold it) and is kept as shown, so that the metadata
 * file stays JSON even where the synth goes on to print what it has */
static const char *utf8_text(ccdk__node *n, const char *what, const char *s)
{
    if (!s || ccdk__utf8_valid(s, strlen(s)))
        return s;
    const char *shown = ccdk__utf8_show(n->app, s, strlen(s));
    ccdk__error(n, "Invalid UTF-8 in %s \"%s\"", what, shown);
    return shown;
}

/* addMessage keeps a message out when the construct's metadata has an entry of that text, whatever
 * its type: an info, warning or error blocks the others of the same text; other metadata types
 * (error-code, ...) dedupe by type and text */
static int is_message_level(const char *l) { return !strcmp(l, "info") || !strcmp(l, "warning") || !strcmp(l, "error"); }
static int same_entry_kind(const char *a, const char *b)
{
    return !strcmp(a, b) || (is_message_level(a) && is_message_level(b));
}

static void add_annotation(ccdk__node *n, const char *level, const char *id, const char *msg)
{
    ccdk_app *app = n->app;
    id = utf8_text(n, "an annotation's id", id);
    msg = utf8_text(n, "an annotation", msg);
    /* aws-cdk-lib de-duplicates identical messages of one construct (Annotations.addMessage looks
     * in scope.node.metadata): the node is compared, not the path (a thousand functions' warnings
     * compared by path were a million string comparisons) */
    for (size_t i = 0; i < app->nannotations; i++) {
        ccdk__annotation *a = &app->annotations[i];
        if (a->node == n && !strcmp(a->msg, msg) && same_entry_kind(a->level, level))
            return;
    }
    if (app->nannotations == app->capannotations)
        app->annotations = ccdk__grow(app->annotations, &app->capannotations, sizeof *app->annotations, 8);
    ccdk__annotation *a = &app->annotations[app->nannotations++];
    a->path = n->path;
    a->node = n;
    a->level = level;
    a->id = id ? strdup(id) : NULL; /* malloc'd: annotations may be added while a template is */
    a->msg = strdup(msg);          /* resolved in the scratch arena (synth.c render_stack) */
    a->late = app->synthesized;
    a->json = 0;
    a->data = NULL;
    a->raw = 0;
    a->synth_goes_on = 0;
}

void ccdk__add_metadata_value(ccdk__node *n, const char *type, ccdk_value *data)
{
    ccdk_app *app = n->app;
    if (app->nannotations == app->capannotations)
        app->annotations = ccdk__grow(app->annotations, &app->capannotations, sizeof *app->annotations, 8);
    ccdk__annotation *a = &app->annotations[app->nannotations++];
    memset(a, 0, sizeof *a);
    a->path = n->path;
    a->node = n;
    a->level = type;
    a->msg = strdup("");
    a->data = data;
    a->late = app->synthesized;
}

void ccdk__add_metadata_json(ccdk__node *n, const char *type, const char *json)
{
    ccdk_app *app = n->app;
    add_annotation(n, type, NULL, json);
    for (size_t i = app->nannotations; i-- > 0;)
        if (app->annotations[i].level == type && !strcmp(app->annotations[i].msg, json)) {
            app->annotations[i].json = 1;
            break;
        }
}

/* is the warning id acknowledged at n or above (Acknowledgements.has: the node and its ancestors)? */
static int acknowledged(ccdk__node *n, const char *id)
{
    ccdk_app *app = n->app;
    for (size_t i = 0; i < app->nacks; i++) {
        size_t pl = strlen(app->acks[i].path);
        if (strcmp(app->acks[i].id, id))
            continue;
        /* Acknowledgements.has searches the path and its prefixes, never the App's "" below it */
        if (!strncmp(n->path, app->acks[i].path, pl) && (!n->path[pl] || (pl && n->path[pl] == '/')))
            return 1;
    }
    return 0;
}

/* Acknowledgements.add and removeWarningDeep / removeInfoDeep: the id is acknowledged at n (for
 * warnings and infos alike: aws-cdk-lib keeps one map of acknowledgements), and the messages of
 * `level` on n or below it that carry the id go */
static void acknowledge(ccdk__node *n, const char *level, const char *id)
{
    ccdk_app *app = n->app;
    if (app->nacks == app->capacks)
        app->acks = ccdk__grow(app->acks, &app->capacks, sizeof *app->acks, 4);
    ccdk__annotation *a = &app->acks[app->nacks++];
    memset(a, 0, sizeof *a);
    a->path = n->path;
    a->id = strdup(id);
    /* removeWarningDeep / removeInfoDeep: the messages of that level on the construct or below it
     * whose text holds the tag "[ack: <id>]" go (m.data.includes(ackTag(id))): addWarningV2's of
     * the id, and any other message written with the tag */
    char *tag = NULL;
    if (asprintf(&tag, "[ack: %s]", id) < 0)
        abort();
    size_t pl = strlen(n->path), k = 0;
    for (size_t i = 0; i < app->nannotations; i++) {
        ccdk__annotation *w = &app->annotations[i];
        int below = !pl || (!strncmp(w->path, n->path, pl) && (!w->path[pl] || w->path[pl] == '/'));
        if (below && !strcmp(w->level, level) && !w->json && !w->data && strstr(w->msg, tag)) {
            free((char *)w->id);
            free((char *)w->msg);
            continue;
        }
        app->annotations[k++] = *w;
    }
    app->nannotations = k;
    free(tag);
}

void ccdk_annotations_acknowledge_warning(void *construct, const char *id, const char *message)
{
    ccdk__node *n = ccdk__scope(construct);
    (void)message; /* aws-cdk-lib keeps the reason nowhere either */
    if (!n || !ccdk__arg_ok(id, __func__, "id"))
        return;
    acknowledge(n, "warning", utf8_text(n, "an acknowledged warning's id", id));
}

void ccdk_annotations_acknowledge_info(void *construct, const char *id, const char *message)
{
    ccdk__node *n = ccdk__scope(construct);
    (void)message; /* as acknowledgeWarning's, kept nowhere */
    if (!n || !ccdk__arg_ok(id, __func__, "id"))
        return;
    acknowledge(n, "info", utf8_text(n, "an acknowledged info's id", id));
}

void ccdk__warning(const void *scope, const char *id, const char *fmt, ...)
{
    ccdk__node *n = ccdk__node_of(scope);
    if (!n)
        return;
    if (id && acknowledged(n, id))
        return; /* addWarningV2 of an acknowledged id adds nothing */
    /* whole, however long; malloc'd, not the App's arena (which may be another thread's now) */
    char *msg = NULL, *full = NULL;
    va_list ap;
    va_start(ap, fmt);
    int len = vasprintf(&msg, fmt, ap);
    va_end(ap);
    /* addWarningV2 appends the acknowledgement hint, as aws-cdk-lib does */
    if (len < 0 || (id && asprintf(&full, "%s [ack: %s]", msg, id) < 0))
        abort();
    add_annotation(n, "warning", id, full ? full : msg);
    free(full);
    free(msg);
}

/* a NULL message: an error of the process (aws-cdk-lib's message is a required string) */
static int message_ok(const char *message, const char *func)
{
    if (!message)
        ccdk__process_error("%s: the message is NULL", func);
    return message != NULL;
}

void ccdk_annotations_add_warning(void *scope, const char *id, const char *message)
{
    ccdk__node *n = ccdk__scope(scope);
    if (!message_ok(message, __func__))
        return;
    if (id)
        ccdk__warning(n, id, "%s", message);
    else
        ccdk__warning(n, NULL, "%s", message);
}

void ccdk_annotations_add_deprecation(void *scope, const char *api, const char *message)
{
    ccdk__node *n = ccdk__scope(scope);
    if (!api) {
        ccdk__process_error("%s: the api is NULL", __func__);
        return;
    }
    if (!message_ok(message, __func__))
        return;
    const char *text = ccdk__sprintf(n->app, "The API %s is deprecated: %s. This API will be removed in the next major release",
                                     api, message);
    /* (aws-cdk-lib tests the variable as JavaScript does: any non-empty value blocks) */
    const char *block = getenv("CDK_BLOCK_DEPRECATIONS");
    if (block && *block) {
        ccdk__unscoped_error(n->app, "%s: %s", n->path, text);
        return;
    }
    ccdk__warning(n, ccdk__sprintf(n->app, "Deprecated:%s", api), "%s", text);
}

void ccdk_annotations_add_error(void *scope, const char *message)
{
    ccdk__node *n = ccdk__scope(scope);
    if (message_ok(message, __func__))
        add_annotation(n, "error", NULL, message);
}

static void trackable_error(ccdk__node *n, const char *id, const char *message, int synth_goes_on)
{
    ccdk_app *app = n->app;
    size_t before = app->nannotations;
    add_annotation(n, "error", id, message);
    if (app->nannotations > before)
        app->annotations[before].synth_goes_on = synth_goes_on;
    /* the id once per construct, after the first such error (node.metadata.find by type and data) */
    ccdk_value *v = ccdk__v_str(app, id);
    ccdk__buf b = {0};
    ccdk__json_write(&b, v, 0);
    ccdk__buf_putc(&b, 0);
    ccdk__add_metadata_json(n, "error-code", b.data);
    ccdk__buf_free(&b);
}

void ccdk__add_trackable_error(ccdk__node *n, const char *id, const char *message) { trackable_error(n, id, message, 0); }

void ccdk__add_reported_error(ccdk__node *n, const char *id, const char *message) { trackable_error(n, id, message, 1); }

void ccdk__attach_custom_synthesis(ccdk__node *n, ccdk__custom_synth_fn fn)
{
    ccdk_app *app = n->app;
    if (app->ncustom_synths == app->capcustom_synths)
        app->custom_synths = ccdk__grow(app->custom_synths, &app->capcustom_synths, sizeof *app->custom_synths, 4);
    app->custom_synths[app->ncustom_synths++] = (ccdk__custom_synth){n, fn};
}

void ccdk_annotations_add_info(void *scope, const char *message)
{
    ccdk__node *n = ccdk__scope(scope);
    if (message_ok(message, __func__))
        add_annotation(n, "info", NULL, message);
}

void ccdk_annotations_add_info_v2(void *scope, const char *id, const char *message)
{
    ccdk__node *n = ccdk__scope(scope);
    if (!message_ok(message, __func__) || !n || !ccdk__arg_ok(id, __func__, "id"))
        return;
    id = utf8_text(n, "an annotation's id", id);
    if (acknowledged(n, id))
        return; /* addInfoV2 of an acknowledged id adds nothing */
    char *full = NULL;
    if (asprintf(&full, "%s [ack: %s]", message, id) < 0) /* ackTag, as addWarningV2's */
        abort();
    add_annotation(n, "info", id, full);
    free(full);
}

size_t ccdk_app_error_count(const ccdk_app *app) { return ccdk__handle_ok(app, __func__) ? app->nerrors : 0; }

const char *ccdk_app_error(const ccdk_app *app, size_t i)
{
    return app && i < app->nerrors ? app->errors[i] : NULL;
}

size_t ccdk_app_warning_count(const ccdk_app *app)
{
    size_t n = 0;
    for (size_t i = 0; app && i < app->nannotations; i++)
        n += !strcmp(app->annotations[i].level, "warning");
    return n;
}

const char *ccdk_app_warning(const ccdk_app *app, size_t i)
{
    for (size_t k = 0; app && k < app->nannotations; k++)
        if (!strcmp(app->annotations[k].level, "warning") && i-- == 0)
            return app->annotations[k].msg;
    return NULL;
}

/* ------------------------------------------------------------------ nodes */

/* A node's children by id, once it has more than CHILDMAP_FROM of them (a stack of a thousand
 * functions, each found by id when the next is added): open addressing, linear probing; slot[] holds
 * the children themselves (NULL: empty), cap is a power of two at least twice the count. Order lives
 * in node->children alone; this is only the lookup. */
#define CHILDMAP_FROM 16

struct ccdk__childmap {
    uint32_t cap;
    ccdk__node *slot[];
};

static void childmap_put(ccdk__childmap *m, ccdk__node *child)
{
    size_t mask = m->cap - 1, at = ccdk__str_hash(child->id) & mask;
    while (m->slot[at])
        at = (at + 1) & mask;
    m->slot[at] = child;
}

/* (re)builds parent's map for its children, or drops it when they are few */
static void childmap_build(ccdk__node *parent)
{
    parent->childmap = NULL;
    if (parent->nchildren <= CHILDMAP_FROM)
        return;
    size_t cap = 64;
    while (cap < parent->nchildren * 4)
        cap *= 2;
    ccdk__childmap *m = ccdk__alloc(parent->app, sizeof *m + cap * sizeof m->slot[0]);
    m->cap = (uint32_t)cap;
    for (size_t i = 0; i < parent->nchildren; i++)
        childmap_put(m, parent->children[i]);
    parent->childmap = m;
}

/* constructs keeps children in an object ({[id]: child}): a child whose id is an array index ("0",
 * "10") comes first, in ascending order, whenever it was added -- and so in node.children, the
 * templates, tree.json and the metadata files */
static void add_child(ccdk__node *parent, ccdk__node *child)
{
    if (parent->nchildren == parent->capchildren)
        parent->children = ccdk__arena_grow(parent->app, parent->children, parent->nchildren, &parent->capchildren, sizeof *parent->children, 4);
    size_t at = parent->nchildren;
    uint64_t num, other;
    if ((unsigned)(child->id[0] - '0') <= 9u && ccdk__array_index_key(child->id, &num)) {
        at = 0;
        while (at < parent->nchildren && ccdk__array_index_key(parent->children[at]->id, &other) && other < num)
            at++;
        memmove(&parent->children[at + 1], &parent->children[at], (parent->nchildren - at) * sizeof *parent->children);
    }
    parent->children[at] = child;
    parent->nchildren++;
    if (parent->childmap && parent->nchildren * 2 <= parent->childmap->cap)
        childmap_put(parent->childmap, child);
    else if (parent->nchildren > CHILDMAP_FROM)
        childmap_build(parent);
}

void ccdk__node_move_after(ccdk__node *n, const ccdk__node *prev)
{
    ccdk__node *p = n->parent;
    if (!p || (prev && prev->parent != p) || prev == n)
        return;
    size_t from = 0;
    while (from < p->nchildren && p->children[from] != n)
        from++;
    if (from == p->nchildren)
        return;
    memmove(&p->children[from], &p->children[from + 1], (p->nchildren - from - 1) * sizeof *p->children);
    size_t to = 0;
    if (prev) {
        while (to < p->nchildren - 1 && p->children[to] != prev)
            to++;
        to += to < p->nchildren - 1;
    }
    memmove(&p->children[to + 1], &p->children[to], (p->nchildren - 1 - to) * sizeof *p->children);
    p->children[to] = n;
}

static ccdk__node *find_child_sanitized(const ccdk__node *n, const char *id);

/* the child of id, an id without separators */
static ccdk__node *find_child_plain(const ccdk__node *n, const char *id)
{
    if (n->childmap) {
        size_t mask = n->childmap->cap - 1;
        for (size_t at = ccdk__str_hash(id) & mask; n->childmap->slot[at]; at = (at + 1) & mask)
            if (!strcmp(n->childmap->slot[at]->id, id))
                return n->childmap->slot[at];
        return NULL;
    }
    for (size_t i = 0; i < n->nchildren; i++)
        if (!strcmp(n->children[i]->id, id))
            return n->children[i];
    return NULL;
}

/* node.tryFindChild(id): the id sanitized as the children keep theirs (constructs' sanitizeId) */
ccdk__node *ccdk__node_find_child(const ccdk__node *n, const char *id)
{
    if (__builtin_expect(strpbrk(id, ID_SEPS) != NULL, 0))
        return find_child_sanitized(n, id);
    return find_child_plain(n, id);
}

static ccdk__node *find_child_sanitized(const ccdk__node *n, const char *id)
{
    char small[1024];
    size_t len = strlen(id);
    char *tmp = 2 * len + 1 <= sizeof small ? small : malloc(2 * len + 1);
    if (!tmp)
        abort();
    size_t k = 0;
    for (const char *p = id; *p; p++) {
        if (strchr(ID_SEPS, *p)) {
            tmp[k++] = '-';
            tmp[k++] = '-';
        } else {
            tmp[k++] = *p;
        }
    }
    tmp[k] = 0;
    ccdk__node *r = ccdk__node_find_child(n, tmp);
    if (tmp != small)
        free(tmp);
    return r;
}

int ccdk__node_try_remove_child(ccdk__node *n, const char *id)
{
    for (size_t i = 0; i < n->nchildren; i++) {
        if (strcmp(n->children[i]->id, id))
            continue;
        ccdk_app *app = n->app;
        if (app->tree_mu)
            pthread_mutex_lock(app->tree_mu);
        n->children[i]->detached = 1;
        memmove(&n->children[i], &n->children[i + 1], (n->nchildren - i - 1) * sizeof *n->children);
        n->nchildren--;
        if (n->childmap)
            childmap_build(n);
        if (app->tree_mu) {
            app->tree_stale = 1;
            pthread_mutex_unlock(app->tree_mu);
        }
        return 1;
    }
    return 0;
}

void ccdk__no_stack_error(ccdk__node *n)
{
    ccdk__node *top = n;
    while (top->parent && !ccdk__is_stage(top))
        top = top->parent;
    ccdk__error(top, "%s at '%s' should be created in the scope of a Stack, but no Stack found", ccdk__class_name(n),
                n->path);
}

/* constructor.name of the construct's class, for messages ("... in Stack2 [TestStack]"): the kind's
 * class_name, which each module sets where aws-cdk-lib 2.276's bundled class is renamed (a "2"
 * suffix on classes with decorators), else the fqn's last segment. */
const char *ccdk__class_name(const ccdk__node *n)
{
    if (n->kind->class_name)
        return n->kind->class_name;
    const char *fqn = n->kind->fqn;
    const char *dot = strrchr(fqn, '.');
    return dot ? dot + 1 : fqn;
}

void ccdk__node_init(ccdk__node *n, const ccdk__kind *kind, void *scope, const char *id)
{
    ccdk__node *parent = ccdk__node_of(scope);
    n->magic = CCDK__MAGIC;
    n->kind = kind;
    if (!parent) {
        /* not a construct: the public function that took the scope recorded the process-wide error
         * (ccdk__scope / ccdk__app_of, which give the orphan stack as the scope) */
        orphan_app();
        parent = &tl_orphan_stack->node;
    }
    /* a construct of a bad scope goes into the orphan App, detached (two of them may have the same
     * id), a stack right under the orphan App; its own children are a normal tree */
    ccdk_stack *os = parent->app->orphan_stack;
    int orphan = os && (parent == &os->node || parent == &parent->app->node);
    if (orphan && kind->is_stack)
        parent = &parent->app->node;
    ccdk_app *app = parent->app;
    n->app = app;
    n->parent = parent;
    app->nnodes++;
    /* constructs' sanitizeId: '/' (PATH_SEP) and '\n' (ADDR_SEP) in an id become "--" */
    if (!id)
        id = "";
    /* one pass: the length, a separator, a byte past ASCII (every construct comes here) */
    size_t il = 0;
    unsigned char seps = 0, high = 0;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++, il++) {
        seps |= *p == '/' || *p == '\n';
        high |= *p & 0x80;
    }
    if (!seps) {
        n->id = ccdk__immutable(app, id) ? id : ccdk__strndup(app, id, il); /* ccdk__keep */
    } else {
        ccdk__buf b = {0};
        for (const char *p = id; *p; p++) {
            if (strchr(ID_SEPS, *p))
                ccdk__buf_puts(&b, "--");
            else
                ccdk__buf_putc(&b, *p);
        }
        n->id = ccdk__strndup(app, b.data, b.len);
        ccdk__buf_free(&b);
    }
    if (seps)
        il = strlen(n->id);
    if (high && !ccdk__utf8_valid(n->id, il)) { /* ASCII is valid UTF-8 */
        /* the error is on the scope, and the construct keeps the id as shown, so that no path
         * in a later message holds the bad bytes either */
        n->id = ccdk__utf8_show(app, n->id, il);
        il = strlen(n->id);
        ccdk__error(parent, "Invalid UTF-8 in construct id \"%s\"", n->id);
    }
    /* stackOf: the nearest Stack above, and none past a Stage (a Stage in a Stack starts a new scope) */
    n->stack = kind->is_stack ? (ccdk_stack *)n : kind == &kind_stage ? NULL : parent->stack;
    if (*parent->path) {
        size_t pl = parent->path_len ? parent->path_len : strlen(parent->path);
        char *path = ccdk__alloc(app, pl + il + 2);
        memcpy(path, parent->path, pl);
        path[pl] = '/';
        memcpy(path + pl + 1, n->id, il + 1);
        n->path = path;
        n->path_len = (uint32_t)(pl + 1 + il);
    } else {
        n->path = n->id;
        n->path_len = (uint32_t)il;
    }
    if (orphan) {
        n->detached = 1;
        return;
    }
    if (!*n->id) {
        ccdk__error(parent, "Only root constructs may have an empty ID");
        n->detached = 1;
        return;
    }
    /* A token in an id is allowed (as in constructs); computing a logical id from it is the error
     * (ccdk__make_unique_id). */
    if (app->synthesized && !(app->synth_done && !app->in_synth)) {
        ccdk__error(parent, "Cannot add children to \"%s\" during synthesis", parent->path);
        n->detached = 1;
        return;
    }
    for (const ccdk__node *p = parent; p; p = p->parent)
        if (p->ext && p->ext->locked) { /* node.lock() on the parent or above */
            if (*parent->path)
                ccdk__error(parent, "Cannot add children to \"%s\" during synthesis", parent->path);
            else
                ccdk__error(parent, "Cannot add children during synthesis");
            n->detached = 1;
            return;
        }
    if (app->tree_mu) {
        /* the writer thread may be reading the tree (synth.c): wait until it is done */
        pthread_mutex_lock(app->tree_mu);
        app->tree_stale = 1;
        pthread_mutex_unlock(app->tree_mu);
    }
    if (find_child_plain(parent, n->id)) { /* (the id is sanitized already) */
        const char *pid = parent->id ? parent->id : "";
        ccdk__error(parent, "There is already a Construct with name '%s' in %s%s%s%s", n->id, ccdk__class_name(parent),
                    *pid ? " [" : "", pid, *pid ? "]" : "");
        n->detached = 1;
        return;
    }
    if (app->synthesized) {
        /* after a successful synth (above: not inside one). aws-cdk-lib adds it and fails its next
         * synth, listing it unless a Stage is on its path (listAllConstructPaths skips Stages) or
         * its parent is new too (its path then covers this one); ccdk fails the next synth the same
         * way and leaves the synthesized tree as it is */
        int listed = !parent->detached && !ccdk__is_stage(n);
        for (const ccdk__node *p = parent; listed && p; p = p->parent)
            listed = !ccdk__is_stage(p);
        if (listed) {
            if (app->nadded_after == app->capadded_after) {
                app->capadded_after = app->capadded_after ? 2 * app->capadded_after : 8;
                app->added_after = realloc(app->added_after, app->capadded_after * sizeof *app->added_after);
                if (!app->added_after)
                    abort();
            }
            app->added_after[app->nadded_after++] = n;
        }
        n->detached = 1;
        return;
    }
    add_child(parent, n);
}

ccdk_construct *ccdk_construct_new(void *scope, const char *id)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_construct *c = ccdk__alloc(app, sizeof *c);
    ccdk__node_init(&c->node, &kind_construct, scope, id);
    return c;
}

/* Resource (core/lib/resource.ts): the bundled class is Resource2 (decorated getters); its
 * constructor does not call Stack.of (the stack getter is memoized, read on demand), so one outside
 * a Stack is no error of its own */
static const ccdk__kind kind_resource = {.fqn = "aws-cdk-lib.Resource", .class_name = "Resource2"};

ccdk_construct *ccdk_resource_new_with_props(void *scope, const char *id, const ccdk_resource_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    const ccdk__kind *kind = &kind_resource;
    if (props && props->class_name) { /* a subclass: constructor.name is the user's */
        ccdk__kind *k = ccdk__alloc(app, sizeof *k);
        *k = kind_resource;
        k->class_name = ccdk__strdup(app, props->class_name);
        kind = k;
    }
    ccdk_construct *c = ccdk__alloc(app, sizeof *c);
    ccdk__node_init(&c->node, kind, scope, id);
    return c;
}

ccdk_construct *ccdk_resource_new(void *scope, const char *id) { return ccdk_resource_new_with_props(scope, id, NULL); }

const char *ccdk_node_id(const void *c)
{
    ccdk__node *n = ccdk__node_of(c);
    return n ? n->id : NULL;
}

const char *ccdk_node_path(const void *c)
{
    ccdk__node *n = ccdk__node_of(c);
    return n ? n->path : NULL;
}

/* constructs' node-addr.js addressOf: SHA-1 over the ids from the root down, each followed by "\n",
 * ids "Default" left out; "c8" before the hex digest. */
const char *ccdk_node_addr(const void *c)
{
    ccdk__node *n = ccdk__node_of(c);
    if (!n)
        return NULL;
    size_t depth = 0;
    for (ccdk__node *p = n; p; p = p->parent)
        depth++;
    const char **ids = ccdk__alloc(n->app, depth * sizeof *ids);
    size_t k = depth;
    for (ccdk__node *p = n; p; p = p->parent)
        ids[--k] = p->id ? p->id : "";
    ccdk__buf b = {0};
    for (size_t i = 0; i < depth; i++)
        if (strcmp(ids[i], "Default")) {
            ccdk__buf_puts(&b, ids[i]);
            ccdk__buf_putc(&b, '\n');
        }
    unsigned char d[20];
    char hex[41];
    ccdk__sha1(b.data ? b.data : "", b.len, d);
    ccdk__buf_free(&b);
    ccdk__hex(d, 20, hex);
    return ccdk__sprintf(n->app, "c8%s", hex);
}

ccdk_construct *ccdk_node_scope(const void *c)
{
    ccdk__node *n = ccdk__node_of(c);
    return n ? (ccdk_construct *)n->parent : NULL;
}

size_t ccdk_node_child_count(const void *c)
{
    ccdk__node *n = ccdk__node_of(c);
    return n ? n->nchildren : 0;
}

ccdk_construct *ccdk_node_child(const void *c, size_t i)
{
    ccdk__node *n = ccdk__node_of(c);
    return n && i < n->nchildren ? (ccdk_construct *)n->children[i] : NULL;
}

ccdk_construct *ccdk_node_try_find_child(const void *c, const char *id)
{
    ccdk__node *n = ccdk__node_of(c);
    if (!n || !id)
        return NULL;
    return (ccdk_construct *)ccdk__node_find_child(n, id); /* the id sanitized as the construct keeps it */
}

ccdk_construct *ccdk_node_find_child(const void *c, const char *id)
{
    ccdk__node *n = ccdk__node_of(c);
    if (!ccdk__handle_ok(c, __func__) || !n || !ccdk__arg_ok(id, __func__, "id"))
        return NULL;
    ccdk__node *r = ccdk__node_find_child(n, id);
    if (!r)
        ccdk__error(n, "No child with id: '%s'", id);
    return (ccdk_construct *)r;
}

/* everything below n is out of the tree too: no stack of it is synthesized, no element rendered */
static void detach_subtree(ccdk__node *n)
{
    n->detached = 1;
    for (size_t i = 0; i < n->nchildren; i++)
        detach_subtree(n->children[i]);
}

int ccdk_node_try_remove_child(void *c, const char *id)
{
    ccdk__node *n = ccdk__node_of(c);
    if (!ccdk__target_ok(c, __func__) || !n || !ccdk__arg_ok(id, __func__, "id"))
        return 0;
    ccdk__node *child = ccdk__node_find_child(n, id);
    if (!child)
        return 0;
    detach_subtree(child);
    return ccdk__node_try_remove_child(n, id);
}

void ccdk_node_set_default_child(void *c, void *child)
{
    ccdk__node *n = ccdk__node_of(c);
    if (!ccdk__target_ok(c, __func__) || !n)
        return;
    ccdk__node *d = child ? ccdk__node_of(child) : NULL;
    if (child && !ccdk__arg_handle_ok(child, __func__, "child"))
        return;
    ccdk__ext(n)->default_child_override = d;
}

void ccdk_node_lock(void *c)
{
    ccdk__node *n = ccdk__node_of(c);
    if (ccdk__target_ok(c, __func__) && n)
        ccdk__ext(n)->locked = 1;
}

static void find_all(ccdk__node *n, ccdk_construct_order order, ccdk_construct **out, size_t cap, size_t *len)
{
    if (order == CCDK_CONSTRUCT_ORDER_PREORDER && (*len)++ < cap)
        out[*len - 1] = (ccdk_construct *)n;
    for (size_t i = 0; i < n->nchildren; i++)
        find_all(n->children[i], order, out, cap, len);
    if (order == CCDK_CONSTRUCT_ORDER_POSTORDER && (*len)++ < cap)
        out[*len - 1] = (ccdk_construct *)n;
}

size_t ccdk_node_find_all(const void *c, ccdk_construct_order order, ccdk_construct **out, size_t cap)
{
    ccdk__node *n = ccdk__node_of(c);
    if (!ccdk__handle_ok(c, __func__) || !n ||
        !CCDK__ENUM_OK(n, order, ccdk_construct_order, CCDK_CONSTRUCT_ORDER_PREORDER, CCDK_CONSTRUCT_ORDER_POSTORDER,
                       "order"))
        return 0;
    size_t len = 0;
    find_all(n, order, out, out ? cap : 0, &len);
    return len;
}

ccdk__node_ext *ccdk__ext(ccdk__node *n)
{
    if (!n->ext)
        n->ext = ccdk__alloc(n->app, sizeof *n->ext);
    return n->ext;
}

ccdk__node *ccdk__node_default_child(const ccdk__node *n)
{
    if (n->ext && n->ext->default_child_override)
        return n->ext->default_child_override;
    ccdk__node *r = ccdk__node_find_child(n, "Resource");
    ccdk__node *d = ccdk__node_find_child(n, "Default");
    if (r && d)
        ccdk__error(n, "Cannot determine default child for %s. There is both a child with id \"Resource\" and id \"Default\"", n->path);
    return r ? r : d;
}

ccdk_construct *ccdk_node_default_child(const void *c)
{
    ccdk__node *n = ccdk__node_of(c);
    return n ? (ccdk_construct *)ccdk__node_default_child(n) : NULL;
}

/* ------------------------------------------------------------------ context and feature flags */

ccdk_value *ccdk__node_context(const ccdk__node *n, const char *key)
{
    for (const ccdk__node *p = n; p; p = p->parent) {
        ccdk_value *v = p->ext ? ccdk__v_get(p->ext->context, key) : NULL;
        if (v)
            return v;
    }
    return NULL;
}

void ccdk_node_set_context(void *c, const char *key, const char *json)
{
    ccdk__node *n = ccdk__scope(c);
    if (!n || !ccdk__arg_ok(key, __func__, "key") || !ccdk__arg_ok(json, __func__, "json"))
        return;
    if (n->nchildren > 0) {
        const char *names = n->children[0]->id;
        for (size_t i = 1; i < n->nchildren; i++)
            names = ccdk__sprintf(n->app, "%s,%s", names, n->children[i]->id);
        ccdk__error(n, "Cannot set context after children have been added: %s", names);
        return;
    }
    if (!ccdk__utf8_valid(key, strlen(key))) {
        ccdk__error(n, "Invalid UTF-8 in context key \"%s\"", ccdk__utf8_show(n->app, key, strlen(key)));
        return;
    }
    const char *err;
    ccdk_value *v = ccdk__json_parse(n->app, json, strlen(json), &err);
    if (!v) {
        ccdk__error(n, "Invalid JSON for context key '%s': %s", key, err);
        return;
    }
    ccdk__node_ext *x = ccdk__ext(n);
    if (!x->context)
        x->context = ccdk__v_obj(n->app);
    ccdk__v_set(x->context, key, v);
}

const char *ccdk_node_try_get_context(const void *c, const char *key)
{
    ccdk__node *n = ccdk__node_of(c);
    if (!n)
        return NULL;
    ccdk_value *v = ccdk__node_context(n, key);
    if (!v)
        return NULL;
    ccdk__buf b = {0};
    ccdk__json_write(&b, v, 0);
    const char *s = ccdk__strndup(n->app, b.data, b.len);
    ccdk__buf_free(&b);
    return s;
}

/* aws-cdk-lib v2 (2.276.0) defaults for flags that are not set in context: the flags whose
 * unconfiguredBehavesLike.v2 is true, plus the expired flags (always on). */
static const char *const flags_default_true[] = {
    "@aws-cdk/core:enableStackNameDuplicates",
    "aws-cdk:enableDiffNoFail",
    "@aws-cdk/core:newStyleStackSynthesis",
    "@aws-cdk/core:stackRelativeExports",
    "@aws-cdk/aws-ecr-assets:dockerIgnoreSupport",
    "@aws-cdk/aws-secretsmanager:parseOwnedSecretName",
    "@aws-cdk/aws-kms:defaultKeyPolicies",
    "@aws-cdk/aws-s3:grantWriteWithoutAcl",
    "@aws-cdk/aws-ecs-patterns:removeDefaultDesiredCount",
    "@aws-cdk/aws-rds:lowercaseDbIdentifier",
    "@aws-cdk/aws-apigateway:usagePlanKeyOrderInsensitiveId",
    "@aws-cdk/aws-efs:defaultEncryptionAtRest",
    "@aws-cdk/aws-lambda:recognizeVersionProps",
    "@aws-cdk/aws-cloudfront:defaultSecurityPolicyTLSv1.2_2021",
    "@aws-cdk/pipelines:reduceAssetRoleTrustScope",
    "@aws-cdk/aws-stepfunctions-tasks:useNewS3UriParametersForBedrockInvokeModelTask",
    "@aws-cdk/core:aspectStabilization",
    "@aws-cdk/pipelines:reduceStageRoleTrustScope",
    "@aws-cdk/pipelines:reduceCrossAccountActionRoleTrustScope",
    "@aws-cdk/aws-stepfunctions-tasks:httpInvokeDynamicJsonPathEndpoint",
    "@aws-cdk/core:automaticL1Traits",
    "@aws-cdk/aws-stepfunctions-tasks:evaluateExpressionDedicatedFunction",
    NULL,
};

/* A synthesizer's string property, by its aws-cdk-lib name (NULL: not given) */
struct synth_prop {
    const char *name, *value;
};

/* The synthesizers' validateNoToken: the first property holding a token is an error (unscoped: the
 * synthesizer is made before the stack). */
static void synth_props_no_tokens(ccdk_app *app, const char *cls, const struct synth_prop *ps, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (ps[i].value && ccdk__is_unresolved(ps[i].value)) {
            ccdk__unscoped_error(app, "%s property '%s' cannot contain tokens; only the following placeholder "
                                      "strings are allowed: ${Qualifier}, ${AWS::Region}, ${AWS::AccountId}, "
                                      "${AWS::Partition}", cls, ps[i].name);
            return;
        }
}

/* DefaultStackSynthesizer's `additionalOptions?.Tags`, truthy */
static int has_session_tags(const ccdk_value *options)
{
    const ccdk_value *tags = options && options->kind == CCDK__V_OBJ ? ccdk__v_get(options, "Tags") : NULL;
    return tags && ccdk__truthy(tags);
}

int ccdk__truthy(const ccdk_value *v)
{
    switch (v->kind) {
    case CCDK__V_BOOL: return v->u.b;
    case CCDK__V_NUM: return v->u.n != 0 && v->u.n == v->u.n;
    case CCDK__V_STR: return v->u.str.len > 0;
    case CCDK__V_NULL:
    case CCDK__V_UNDEF: return 0;
    default: return 1;
    }
}

int ccdk__feature_flag(const ccdk__node *n, const char *flag)
{
    ccdk_value *v = ccdk__node_context(n, flag);
    if (v)
        return ccdk__truthy(v);
    /* the same few flags are asked for every function: remember the last answers, found by
     * pointer (callers mostly pass literals) and confirmed against a copy of the text */
    static _Thread_local const char *seen[8];
    static _Thread_local char seen_text[8][96];
    static _Thread_local int seen_val[8];
    static _Thread_local unsigned seen_next;
    for (int i = 0; i < 8; i++)
        if (seen[i] == flag && !strcmp(seen_text[i], flag))
            return seen_val[i];
    int r = 0;
    for (const char *const *f = flags_default_true; *f; f++)
        if (!strcmp(*f, flag)) {
            r = 1;
            break;
        }
    if (strlen(flag) < sizeof seen_text[0]) {
        unsigned k = seen_next++ & 7;
        seen[k] = flag;
        strcpy(seen_text[k], flag);
        seen_val[k] = r;
    }
    return r;
}

/* cx-api's CURRENT_VERSION_EXPIRED_FLAGS: flags of CDK v1 that v2 always has on */
static const char *const flags_expired[] = {
    "@aws-cdk/aws-ecr-assets:dockerIgnoreSupport", "@aws-cdk/aws-ecs-patterns:removeDefaultDesiredCount",
    "@aws-cdk/aws-efs:defaultEncryptionAtRest",    "@aws-cdk/aws-kms:defaultKeyPolicies",
    "@aws-cdk/aws-s3:grantWriteWithoutAcl",        "@aws-cdk/aws-secretsmanager:parseOwnedSecretName",
    "@aws-cdk/core:enableStackNameDuplicates",     "aws-cdk:enableDiffNoFail",
};

int ccdk_feature_flag_enabled(const void *scope, const char *flag)
{
    ccdk__node *n = ccdk__node_of(scope);
    if (!n || !flag)
        return 0;
    /* FeatureFlags.isEnabled: an expired flag is on, and set in the context at all (true or false)
     * it is an error without a path */
    for (size_t i = 0; i < sizeof flags_expired / sizeof *flags_expired; i++) {
        if (strcmp(flag, flags_expired[i]))
            continue;
        if (ccdk__node_context(n, flag))
            ccdk__unscoped_error(n->app, "Unsupported feature flag '%s'. This flag existed on CDKv1 but has been removed "
                                         "in CDKv2. CDK will now behave as the same as when the flag is enabled.", flag);
        return 1;
    }
    return ccdk__feature_flag(n, flag);
}

/* ------------------------------------------------------------------ unique ids */

static void strip_nonalnum(ccdk__buf *b, const char *s)
{
    for (; *s; s++)
        if ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9'))
            ccdk__buf_putc(b, *s);
}

/* The 8 upper-case hex digits of the MD5 of the k components (of lengths l) joined with '/'
 * (pathHash). */
static void path_hash8(const char *const *c, const size_t *l, size_t k, char out[9])
{
    char small[1024];
    small[0] = 0;
    size_t len = 0;
    for (size_t i = 0; i < k; i++)
        len += l[i] + 1;
    char *path = len <= sizeof small ? small : malloc(len);
    if (!path)
        abort();
    size_t o = 0;
    for (size_t i = 0; i < k; i++) {
        if (i)
            path[o++] = '/';
        memcpy(path + o, c[i], l[i]);
        o += l[i];
    }
    unsigned char md5[16];
    ccdk__md5(path, o, md5);
    if (path != small)
        free(path);
    static const char hexdigits[] = "0123456789ABCDEF"; /* the first four bytes only */
    for (int i = 0; i < 4; i++) {
        out[2 * i] = hexdigits[md5[i] >> 4];
        out[2 * i + 1] = hexdigits[md5[i] & 15];
    }
    out[8] = 0;
}

/* [A-Za-z0-9], by table: every character of every logical id's path is tested */
static const unsigned char alnum_table[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
    ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
    ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1,
    ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
    ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

static int alnum(char ch) { return alnum_table[(unsigned char)ch]; }

/* Appends the letters and digits of s to out[*o], up to cap; returns the number it had to drop. */
static size_t put_alnum(char *out, size_t *o, size_t cap, const char *s)
{
    size_t dropped = 0;
    for (; *s; s++)
        if (alnum(*s)) {
            if (*o < cap)
                out[(*o)++] = *s;
            else
                dropped++;
        }
    return dropped;
}

/* The human part of an id: removeDupes, without "Resource", letters and digits only, joined --
 * at most cap characters into out; returns how many it wrote. */
static size_t human_part(const char *const *c, const size_t *l, size_t k, char *out, size_t cap)
{
    size_t o = 0;
    const char *prev = NULL;
    size_t prevl = 0;
    for (size_t i = 0; i < k; i++) {
        if (prev && prevl >= l[i] && !memcmp(prev + prevl - l[i], c[i], l[i])) /* prev ends with c[i] */
            continue;
        prev = c[i];
        prevl = l[i];
        if (l[i] == 8 && !memcmp(c[i], "Resource", 8))
            continue;
        put_alnum(out, &o, cap, c[i]);
    }
    return o;
}

/* makeUniqueId (core/lib/private/uniqueid.js): the human part -- removeDupes, without "Default"
 * and "Resource", letters and digits only, at most 240 characters -- then the path hash; a single
 * component of at most 255 such characters is the id itself. */
const char *ccdk__make_unique_id(ccdk_app *app, const char *const *components, size_t n)
{
    const char *err = NULL;
    const char *r = ccdk__make_unique_id_or_error(app, components, n, &err);
    if (err)
        ccdk__unscoped_error(app, "%s", err);
    return r;
}

const char *ccdk__make_unique_id_or_error(ccdk_app *app, const char *const *components, size_t n, const char **err)
{
    *err = NULL;
    const char *csmall[32];
    size_t lsmall[32];
    const char **c = n <= 32 ? csmall : malloc(n * sizeof *c);
    size_t *l = n <= 32 ? lsmall : malloc(n * sizeof *l);
    if (!c || !l)
        abort();
    /* the components but "Default", their lengths, and whether any may hold a token marker
     * ("${Token[" or "#{Token["): one pass over each (every element's logical id comes here) */
    size_t k = 0;
    int brace = 0;
    for (size_t i = 0; i < n; i++) {
        const char *s = components[i];
        if (s[0] == 'D' && !strcmp(s, "Default"))
            continue;
        size_t len = 0;
        for (; s[len]; len++)
            brace |= s[len] == '{' && len > 0 && (s[len - 1] == '$' || s[len - 1] == '#');
        c[k] = s;
        l[k++] = len;
    }
    const char *r = NULL;
    if (k == 0) {
        *err = "Unable to calculate a unique id for an empty set of components";
        r = "";
        goto out;
    }
    int unresolved = 0;
    for (size_t i = 0; brace && i < k; i++)
        unresolved |= ccdk__is_unresolved(c[i]);
    if (unresolved) {
        ccdk__buf tok = {0};
        for (size_t i = 0; i < k; i++)
            if (ccdk__is_unresolved(c[i])) {
                if (tok.len)
                    ccdk__buf_putc(&tok, ',');
                ccdk__buf_puts(&tok, c[i]);
            }
        *err = ccdk__sprintf(app, "ID components may not include unresolved tokens: %s", tok.data);
        ccdk__buf_free(&tok);
        r = "";
        goto out;
    }
    char id[256 + 8];
    size_t o = 0;
    if (k == 1 && put_alnum(id, &o, 255, c[0]) == 0) {
        r = ccdk__strndup(app, id, o);
        goto out;
    }
    char hash[9];
    path_hash8((const char *const *)c, l, k, hash);
    o = human_part((const char *const *)c, l, k, id, 240); /* MAX_HUMAN_LEN */
    memcpy(id + o, hash, 8);
    r = ccdk__strndup(app, id, o + 8);
out:
    if (c != csmall)
        free(c);
    if (l != lsmall)
        free(l);
    return r;
}

const char *ccdk__node_unique_id(ccdk__node *n)
{
    size_t depth = 0;
    for (ccdk__node *p = n; p->parent; p = p->parent)
        depth++;
    if (depth == 0)
        return "";
    const char **comps = malloc(depth * sizeof *comps);
    size_t i = depth;
    for (ccdk__node *p = n; p->parent; p = p->parent)
        comps[--i] = p->id;
    const char *r = ccdk__make_unique_id(n->app, comps, depth);
    free(comps);
    return r;
}

/* ------------------------------------------------------------------ dependencies, metadata */

void ccdk_node_add_dependency(void *c, void *on)
{
    ccdk__node *n = ccdk__scope(c), *o = ccdk__scope(on);
    if (n->app != o->app) /* an orphan's; or two Apps, which aws-cdk-lib cannot express either */
        return;
    ccdk__node_ext *x = ccdk__ext(n);
    if (x->ndeps == x->capdeps)
        x->deps = ccdk__arena_grow(n->app, x->deps, x->ndeps, &x->capdeps, sizeof *x->deps, 4);
    for (size_t i = 0; i < x->ndeps; i++)
        if (x->deps[i] == o)
            return;
    x->deps[x->ndeps++] = o;
}

void ccdk_node_add_metadata(void *c, const char *key, ccdk_value *value)
{
    ccdk__node *n = ccdk__scope(c);
    if (!n || !ccdk__arg_ok(key, __func__, "key") || !ccdk__arg_ok(value, __func__, "value"))
        return;
    /* constructs' addMetadata: `if (data == null) return` (null and undefined); the entry goes into
     * the stack's metadata file, resolved, among the construct's other entries in call order */
    if (!value || value->kind == CCDK__V_NULL || value->kind == CCDK__V_UNDEF)
        return;
    key = utf8_text(n, "a metadata type", key);
    ccdk__add_metadata_value(n, ccdk__strdup(n->app, key), value);
    n->app->annotations[n->app->nannotations - 1].raw = 1;
}

/* ------------------------------------------------------------------ aspects */

/* Aspects.of(scope).add(aspect, {priority}): appended in insertion order; the same aspect (fn and
 * ctx) with the same priority again on the same scope is not added twice (aws-cdk-lib's add). */
static void aspects_add(ccdk__node *n, ccdk_aspect_fn fn, void *ctx, int priority)
{
    ccdk__aspect **pp = &ccdk__ext(n)->aspects;
    for (; *pp; pp = &(*pp)->next)
        if ((*pp)->fn == fn && (*pp)->ctx == ctx && (*pp)->priority == priority)
            return;
    ccdk__aspect *a = ccdk__alloc(n->app, sizeof *a);
    a->fn = fn;
    a->ctx = ctx;
    a->priority = priority;
    a->scope = n;
    a->next = NULL;
    *pp = a;
    n->app->aspect_revision++; /* bumpAspectTreeRevision: the synth's stabilization loop starts over */
}

const char **ccdk__strs_dup(ccdk_app *app, ccdk_strs s, size_t *n)
{
    *n = s.count;
    if (!s.count)
        return NULL;
    const char **out = ccdk__alloc(app, s.count * sizeof *out);
    for (size_t i = 0; i < s.count; i++)
        out[i] = s.items[i] ? ccdk__strdup(app, s.items[i]) : "";
    return out;
}

int ccdk__mutating_aspect_priority(const ccdk__node *n)
{
    return ccdk__feature_flag(n, "@aws-cdk/core:aspectPrioritiesMutating") ? CCDK_ASPECT_PRIORITY_MUTATING
                                                                            : CCDK_ASPECT_PRIORITY_DEFAULT;
}

void ccdk_aspects_add(void *scope, ccdk_aspect_fn fn, void *ctx)
{
    ccdk__node *n = ccdk__scope(scope);
    if (!n || !ccdk__arg_ok(fn ? "" : NULL, __func__, "fn"))
        return;
    aspects_add(n, fn, ctx, CCDK_ASPECT_PRIORITY_DEFAULT);
}

void ccdk_aspects_add_with_priority(void *scope, ccdk_aspect_fn fn, void *ctx, int priority)
{
    ccdk__node *n = ccdk__scope(scope);
    if (!n || !ccdk__arg_ok(fn ? "" : NULL, __func__, "fn"))
        return;
    aspects_add(n, fn, ctx, priority);
}

void ccdk_node_add_validation(void *scope, ccdk_validate_fn fn, void *ctx)
{
    ccdk__node *n = ccdk__scope(scope);
    if (!n || !ccdk__arg_ok(fn ? "" : NULL, __func__, "fn"))
        return;
    ccdk__validation *v = ccdk__alloc(n->app, sizeof *v);
    v->fn = fn;
    v->ctx = ctx;
    ccdk__validation **pp = &ccdk__ext(n)->validations;
    while (*pp)
        pp = &(*pp)->next;
    *pp = v;
}

void ccdk_validation_errors_add(ccdk_validation_errors *errors, const char *message)
{
    if (!errors) {
        ccdk__process_error("%s: errors is NULL", __func__);
        return;
    }
    if (!message_ok(message, __func__))
        return;
    /* a line of "Validation failed with the following errors:", as the built-in validations' */
    ccdk__unscoped_error(errors->node->app, "[%s] %s", errors->node->path, message);
}

/* ------------------------------------------------------------------ App */

/* Sets each key of the JSON object text (from `source`) as App context, over what is there. */
static void merge_context(ccdk_app *app, const char *source, const char *text, size_t len)
{
    const char *err = NULL;
    ccdk_value *v = ccdk__json_parse(app, text, len, &err);
    if (!v || v->kind != CCDK__V_OBJ) {
        ccdk__unscoped_error(app, "%s is not a JSON object: %s", source, err ? err : "not an object");
        return;
    }
    for (size_t i = 0; i < v->u.obj.n; i++)
        ccdk__v_set(app->context, v->u.obj.e[i].key, v->u.obj.e[i].val);
}

/* Sets each pair of key and JSON text (App props' context or postCliContext) as App context. */
static void set_code_context(ccdk_app *app, const ccdk_kv *kv)
{
    for (; kv && kv->key; kv++) {
        if (!ccdk__utf8_valid(kv->key, strlen(kv->key))) {
            ccdk__unscoped_error(app, "Invalid UTF-8 in context key \"%s\"", ccdk__utf8_show(app, kv->key, strlen(kv->key)));
            continue;
        }
        const char *err;
        ccdk_value *v = ccdk__json_parse(app, kv->value, strlen(kv->value), &err);
        if (!v)
            ccdk__unscoped_error(app, "Invalid JSON for context key '%s': %s", kv->key, err);
        else
            ccdk__v_set(app->context, kv->key, v);
    }
}

ccdk_app *ccdk_app_new(const ccdk_app_props *props)
{
    ccdk_app tmp = {0};
    ccdk_app *app = ccdk__alloc(&tmp, sizeof *app);
    *app = tmp;
    /* the first block now holds the app itself; keep the arena in the app */
    app->node.magic = CCDK__MAGIC;
    app->node.kind = &kind_app;
    app->node.app = app;
    app->node.id = "";
    app->node.path = "";
    app->no_print = props && props->quiet;
    app->context = ccdk__v_obj(app);
    const char *outdir = props && props->outdir ? props->outdir : getenv("CDK_OUTDIR");
    app->outdir = ccdk__strdup(app, outdir && *outdir ? outdir : "cdk.out");
    /* App.loadContext: context given in code is a default, $CDK_CONTEXT_JSON (the CLI's) overrides it */
    if (props)
        set_code_context(app, CCDK__NT(app, props->context, "App context"));
    /* then {...$CDK_CONTEXT_JSON, ...the JSON file at $CONTEXT_OVERFLOW_LOCATION_ENV}: the cdk CLI
     * passes what does not fit in the environment (~128 KiB) in that file (App.loadContext) */
    const char *cj = getenv("CDK_CONTEXT_JSON");
    if (cj && *cj)
        merge_context(app, "CDK_CONTEXT_JSON", cj, strlen(cj));
    const char *overflow = getenv("CONTEXT_OVERFLOW_LOCATION_ENV");
    if (overflow && *overflow) {
        size_t len = 0;
        char *text = ccdk__read_file(overflow, &len);
        if (!text)
            ccdk__unscoped_error(app, "%s: %s: %s, open '%s'", overflow, errno == ENOENT ? "ENOENT" : "error",
                                 errno == ENOENT ? "no such file or directory" : strerror(errno), overflow);
        else
            merge_context(app, overflow, text, len);
        free(text);
    }
    /* and postCliContext overrides everything */
    if (props)
        set_code_context(app, CCDK__NT(app, props->post_cli_context, "App postCliContext"));
    /* App's constructor sets these after loadContext, so they win over every source */
    if (props && ccdk__tri_false(props->stack_traces))
        ccdk__v_set(app->context, "aws:cdk:disable-stack-trace", ccdk__v_bool(app, 1));
    if (props && ccdk__tri_set(props->analytics_reporting))
        ccdk__v_set(app->context, "aws:cdk:version-reporting", ccdk__v_bool(app, ccdk__tri_true(props->analytics_reporting)));
    app->no_tree = props && ccdk__tri_false(props->tree_metadata);
    ccdk__ext(&app->node)->context = app->context;
    app->t_start = ccdk__now();
    return app;
}

void ccdk_app_free(ccdk_app *app)
{
    if (!app)
        return;
    for (size_t i = 0; i < app->nerrors; i++)
        free(app->errors[i]);
    free(app->errors);
    free(app->added_after);
    free(app->lazy_error);
    /* app->tokens is in the arena */
    for (size_t i = 0; i < app->nannotations; i++) {
        free((char *)app->annotations[i].id);
        free((char *)app->annotations[i].msg);
    }
    free(app->annotations);
    free(app->custom_synths);
    for (size_t i = 0; i < app->nacks; i++)
        free((char *)app->acks[i].id);
    free(app->acks);
    for (size_t i = 0; i < app->nstacks; i++) {
        free((char *)app->stacks[i]->template_json);
        free(app->stacks[i]->dfs_elements);
        free(app->stacks[i]->stack_deps);
        free(app->stacks[i]->stack_dep_reasons);
    }
    free(app->stacks);
    free(app->stages);
    free(app->xrefs);
    free(app->xref_slots);
    if (app->spec_free)
        app->spec_free(app); /* before anything its thread reads goes */
    ccdk__asset_cache_free(app);
    ccdk__prefetch_stop(app);
    ccdk__spares_free(app);
    ccdk__arena a = app->arena;
    ccdk__arena_free(&a);
}

/* ------------------------------------------------------------------ Stack */

static int valid_stack_name(const char *s)
{
    if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z')))
        return 0;
    for (s++; *s; s++)
        if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
            return 0;
    return 1;
}

/* Stack.generateStackId: makeStackName over the path below the App (makeUniqueResourceName with
 * maxLength 128, no separator), prefix (a stage's "<name>-" under
 * @aws-cdk/core:includePrefixInUniqueNameGeneration, else "") before the human part as it is. */
static const char *make_stack_name(ccdk_app *app, const char *const *ids, size_t n, const char *prefix)
{
    size_t pl = strlen(prefix);
    if (n == 1 && pl + strlen(ids[0]) <= 128)
        return pl ? ccdk__sprintf(app, "%s%s", prefix, ids[0]) : ids[0];
    const char **c = malloc((n ? n : 1) * sizeof *c);
    size_t *l = malloc((n ? n : 1) * sizeof *l);
    if (!c || !l)
        abort();
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(ids[i], "Default")) {
            l[k] = strlen(ids[i]);
            c[k++] = ids[i];
        }
    if (k == 0) {
        free(c);
        free(l);
        ccdk__unscoped_error(app, "Unable to calculate a unique resource name for an empty set of components");
        return "";
    }
    ccdk__buf b = {0};
    if (k == 1) {
        ccdk__buf_puts(&b, prefix);
        strip_nonalnum(&b, c[0]);
        if (b.len <= 128) {
            const char *r = ccdk__strndup(app, b.data ? b.data : "", b.len);
            ccdk__buf_free(&b);
            free(c);
            free(l);
            return r;
        }
        b.len = 0;
    }
    char hash[9];
    path_hash8((const char *const *)c, l, k, hash); /* of the components, not the prefix */
    size_t total = pl + 1;
    for (size_t i = 0; i < k; i++)
        total += l[i];
    char *human = malloc(total);
    if (!human)
        abort();
    memcpy(human, prefix, pl);
    size_t hl = pl + human_part((const char *const *)c, l, k, human + pl, total - pl);
    const size_t max_human = 128 - 8;
    if (hl > max_human) { /* splitInMiddle */
        memmove(human + max_human / 2, human + hl - max_human / 2, max_human / 2);
        hl = max_human;
    }
    const char *r = ccdk__sprintf(app, "%.*s%.8s", (int)hl, human, hash);
    free(human);
    ccdk__buf_free(&b);
    free(c);
    free(l);
    return r;
}

char *ccdk__stack_specialize(ccdk_app *app, const ccdk_stack *s, const char *tmpl)
{
    ccdk__buf b = {0};
    for (const char *p = tmpl; *p;) {
        const char *d = strchr(p, '$');
        if (d != p) { /* the text up to the next placeholder, in one piece */
            size_t n = d ? (size_t)(d - p) : strlen(p);
            ccdk__buf_put(&b, p, n);
            p += n;
            continue;
        }
        if (!strncmp(p, "${Qualifier}", 12)) {
            ccdk__buf_puts(&b, s->qualifier);
            p += 12;
        } else if (!strncmp(p, "${AWS::AccountId}", 17) && !ccdk__stack_is_env_agnostic_account(s)) {
            ccdk__buf_puts(&b, s->account);
            p += 17;
        } else if (!strncmp(p, "${AWS::Region}", 14) && !ccdk__stack_is_env_agnostic_region(s)) {
            ccdk__buf_puts(&b, s->region);
            p += 14;
        } else {
            ccdk__buf_putc(&b, *p++);
        }
    }
    char *r = ccdk__strndup(app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    return r;
}

/* stack.permissionsBoundaryArn: the context's arn, else the ARN of the policy of its name
 * (formatArn with region ""), specialized as the synthesizer's templates are; NULL for none */
static const char *permissions_boundary_arn(ccdk_stack *s)
{
    ccdk_app *app = s->node.app;
    ccdk_value *c = ccdk__node_context(&s->node, "@aws-cdk/core:permissionsBoundary");
    if (!c || c->kind != CCDK__V_OBJ)
        return NULL;
    ccdk_value *arn = ccdk__v_get(c, "arn"), *name = ccdk__v_get(c, "name");
    if (arn && ccdk__truthy(arn))
        return ccdk__stack_specialize(app, s, ccdk__js_string(app, arn));
    if (name && ccdk__truthy(name))
        return ccdk__stack_specialize(app, s, ccdk__format_arn(s, "iam", "", "policy", "/", ccdk__js_string(app, name)));
    return NULL;
}

/* the permissions boundary aspect: node.addPropertyOverride('PermissionsBoundary', arn) on every
 * CfnResource of type AWS::IAM::Role or AWS::IAM::User. The ARN is made again here, at synth: a
 * nested stack takes its parent's qualifier after its constructor (NestedStackSynthesizer's
 * bootstrapQualifier), and the placeholders other than ${Qualifier} come out the same. */
static void permissions_boundary_visit(void *node, void *ctx)
{
    ccdk_cfn_resource *r = ccdk_cfn_resource_of(node);
    const char *type = r ? ccdk_cfn_resource_type(r) : NULL;
    if (type && (!strcmp(type, "AWS::IAM::Role") || !strcmp(type, "AWS::IAM::User"))) {
        const char *arn = permissions_boundary_arn(ctx);
        if (arn)
            ccdk_cfn_resource_add_property_override(r, "PermissionsBoundary", ccdk__v_from_string(r->el.node.app, arn));
    }
}

/* addPermissionsBoundaryAspect: a placeholder left in the ARN is aws-cdk-lib's error */
static void add_permissions_boundary_aspect(ccdk_stack *s)
{
    const char *a = permissions_boundary_arn(s);
    if (!a)
        return;
    if (strstr(a, "${Qualifier}") || strstr(a, "${AWS::AccountId}") || strstr(a, "${AWS::Region}") ||
        strstr(a, "${AWS::Partition}")) {
        ccdk__error(s, "The permissions boundary %s includes a pseudo parameter, which is not supported for "
                       "environment agnostic stacks", a);
        return;
    }
    ccdk_aspects_add_with_priority(s, permissions_boundary_visit, s, ccdk__mutating_aspect_priority(&s->node));
}

ccdk_stack *ccdk_stack_new(void *scope, const char *id, const ccdk_stack_props *props)
{
    ccdk_app *app = ccdk__app_of(scope);
    ccdk_stack *s = ccdk__alloc(app, sizeof *s);
    /* new Stack(scope) without an id: aws-cdk-lib's `id = id ?? 'Default'` */
    ccdk__node_init(&s->node, &kind_stack, scope, id ? id : "Default");
    s->node.stack = s;
    if (props) {
        /* these go into manifest.json as they are: JSON, so UTF-8 (see core.h; found by
         * tests/fuzz/fuzz_ids). The description is the template's, checked when it is resolved. */
        const char *texts[][2] = {{"account", props->account}, {"region", props->region},
                                  {"stack name", props->stack_name}};
        for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
            if (texts[i][1] && !ccdk__utf8_valid(texts[i][1], strlen(texts[i][1])))
                ccdk__error(s, "Invalid UTF-8 in the stack's %s \"%s\"", texts[i][0],
                            ccdk__utf8_show(app, texts[i][1], strlen(texts[i][1])));
        s->account = ccdk__strdup(app, props->account);
        s->region = ccdk__strdup(app, props->region);
        s->description = ccdk__strdup(app, props->description);
        s->termination_protection = ccdk__tri_true(props->termination_protection);
        s->cross_region_references = ccdk__tri_true(props->cross_region_references);
    }
    /* Stage.of(this): the environment's defaults, the name's prefix, where the files go */
    ccdk_stage *stage = stage_of(&s->node);
    s->stage = stage;
    s->assembly_dir = stage ? stage->dir : "";
    s->asset_up = stage ? stage->up : "";
    if (stage && !s->account)
        s->account = stage->account;
    if (stage && !s->region)
        s->region = stage->region;
    /* stack name: the id for a top-level stack, else the path's unique name */
    const char *name = props && props->stack_name ? props->stack_name : NULL;
    size_t depth = 0;
    for (ccdk__node *p = &s->node; p->parent; p = p->parent)
        depth++;
    const char **path_ids = malloc((depth ? depth : 1) * sizeof *path_ids);
    {
        size_t i = depth;
        for (ccdk__node *p = &s->node; p->parent; p = p->parent)
            path_ids[--i] = p->id;
    }
    const char *generated = make_stack_name(app, path_ids, depth, "");
    if (!name && stage) {
        /* generateStackName: `${stageName}-` + the ids below the stage (one id: as it is); under
         * @aws-cdk/core:includePrefixInUniqueNameGeneration the prefix is part of the name that
         * is made (so that it stays within 128 characters), and a path of more than one id is
         * hashed however short it is */
        size_t sdepth = 0;
        for (ccdk__node *p = &stage->node; p->parent; p = p->parent)
            sdepth++;
        const char *prefix = *stage->stage_name ? ccdk__sprintf(app, "%s-", stage->stage_name) : "";
        if (ccdk__feature_flag(&s->node, "@aws-cdk/core:includePrefixInUniqueNameGeneration"))
            name = make_stack_name(app, path_ids + sdepth, depth - sdepth, prefix);
        else
            name = ccdk__sprintf(app, "%s%s", prefix, make_stack_name(app, path_ids + sdepth, depth - sdepth, ""));
    }
    free(path_ids);
    if (!name)
        name = generated;
    s->stack_name = ccdk__strdup(app, name);
    if (strlen(s->stack_name) > 128)
        ccdk__error(s, "Stack name must be <= 128 characters. Stack name: '%s'", s->stack_name);
    /* a token fails the pattern too, as in aws-cdk-lib: the name goes into the manifest as it is */
    if (!valid_stack_name(s->stack_name))
        ccdk__error(s, "Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got '%s'",
                    s->stack_name);
    /* aws-cdk-lib tests description.length > 512 (UTF-16 code units), whatever its message says */
    if (s->description && ccdk__js_length(s->description) > 512)
        ccdk__error(s, "Stack description must be <= 1024 bytes. Received description: '%s'", s->description);
    if (props && CCDK__GIVEN(props->notification_arns)) {
        /* props.notificationArns: literals only (they go into manifest.json as they are); the
         * message shows the array as JavaScript's String() does, its items joined with "," */
        size_t n = CCDK__LEN(props->notification_arns, "Stack notificationArns");
        const char **arns = ccdk__alloc(app, (n ? n : 1) * sizeof *arns);
        int tokens = 0;
        ccdk__buf shown = {0};
        for (size_t i = 0; i < n; i++) {
            const char *a = props->notification_arns.items[i] ? props->notification_arns.items[i] : "";
            arns[i] = ccdk__strdup(app, a);
            tokens |= ccdk_token_is_unresolved(a);
            ccdk__buf_printf(&shown, "%s%s", i ? "," : "", a);
        }
        if (tokens)
            ccdk__error(s, "Stack '%s' includes one or more tokens in its notification ARNs: %s", s->node.id,
                        shown.data ? shown.data : "");
        ccdk__buf_free(&shown);
        s->notification_arns = arns;
        s->nnotification_arns = n;
    }
    /* artifact id: generateStackArtifactId (the generated name: no stages here, so no prefix), with
     * non [A-Za-z0-9_.-] replaced by '_' */
    {
        char *a = ccdk__strdup(app, generated);
        for (char *c = a; *c; c++)
            if (!((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_' ||
                  *c == '-' || *c == '.'))
                *c = '_';
        s->artifact_id = a;
    }
    s->tags = ccdk__v_obj(app);
    s->tag_prios = ccdk__v_obj(app);
    for (const ccdk_kv *kv = props ? CCDK__NT(app, props->tags, "Stack tags") : NULL; kv && kv->key; kv++) {
        /* Stack tags go to the stack's own TagManager (the manifest), not to the resources: the
         * deployment applies them. */
        const char *val = kv->value ? kv->value : "";
        int bad_key = !ccdk__utf8_valid(kv->key, strlen(kv->key));
        if (bad_key || !ccdk__utf8_valid(val, strlen(val))) {
            const char *bad = bad_key ? kv->key : val;
            ccdk__error(s, "Invalid UTF-8 in a tag %s: \"%s\"", bad_key ? "key" : "value",
                        ccdk__utf8_show(app, bad, strlen(bad)));
            continue;
        }
        ccdk__v_set(s->tags, kv->key, ccdk__v_str(app, val));
        ccdk__v_set(s->tag_prios, kv->key, ccdk__v_num(app, 50)); /* TagManager's externalTagPriority */
    }
    /* props.qualifier ?? tryGetContext(BOOTSTRAP_QUALIFIER_CONTEXT) ?? DEFAULT_QUALIFIER, then
     * interpolated into names: 123 is "123", "" stays "", only null falls back */
    ccdk_value *q = ccdk__node_context(&s->node, "@aws-cdk/core:bootstrapQualifier");
    s->qualifier = q && q->kind != CCDK__V_NULL ? ccdk__js_string(app, q) : "hnb659fds";
    const ccdk_default_stack_synthesizer_props *syn = props ? props->synthesizer : NULL;
    const ccdk_cli_credentials_stack_synthesizer_props *cli = props ? props->cli_credentials_synthesizer : NULL;
    const ccdk_bootstrapless_synthesizer_props *bsl = props ? props->bootstrapless_synthesizer : NULL;
    /* the synthesizers' constructors: a string property holding a token is an error (the
     * placeholders are all they take); in the props' order, as `for (const key in props)` goes */
    if (syn) {
        const struct synth_prop ps[] = {
            {"qualifier", syn->qualifier},
            {"fileAssetsBucketName", syn->file_assets_bucket_name},
            {"imageAssetsRepositoryName", syn->image_assets_repository_name},
            {"deployRoleArn", syn->deploy_role_arn},
            {"cloudFormationExecutionRole", syn->cloud_formation_execution_role},
            {"fileAssetPublishingRoleArn", syn->file_asset_publishing_role_arn},
            {"imageAssetPublishingRoleArn", syn->image_asset_publishing_role_arn},
            {"lookupRoleArn", syn->lookup_role_arn},
            {"bootstrapStackVersionSsmParameter", syn->bootstrap_stack_version_ssm_parameter},
            {"deployRoleExternalId", syn->deploy_role_external_id},
            {"lookupRoleExternalId", syn->lookup_role_external_id},
            {"fileAssetPublishingExternalId", syn->file_asset_publishing_external_id},
            {"imageAssetPublishingExternalId", syn->image_asset_publishing_external_id},
            {"bucketPrefix", syn->bucket_prefix},
            {"dockerTagPrefix", syn->docker_tag_prefix},
        };
        synth_props_no_tokens(app, "DefaultStackSynthesizer", ps, sizeof ps / sizeof *ps);
    }
    if (cli) {
        const struct synth_prop ps[] = {
            {"qualifier", cli->qualifier},
            {"fileAssetsBucketName", cli->file_assets_bucket_name},
            {"imageAssetsRepositoryName", cli->image_assets_repository_name},
            {"bucketPrefix", cli->bucket_prefix},
            {"dockerTagPrefix", cli->docker_tag_prefix},
        };
        synth_props_no_tokens(app, "CliCredentialsStackSynthesizer", ps, sizeof ps / sizeof *ps);
    }
    if (bsl) {
        /* checked by the DefaultStackSynthesizer it builds: its props' names and order */
        const struct synth_prop ps[] = {
            {"deployRoleArn", bsl->deploy_role_arn},
            {"cloudFormationExecutionRole", bsl->cloud_formation_execution_role_arn},
            {"qualifier", bsl->qualifier},
        };
        synth_props_no_tokens(app, "DefaultStackSynthesizer", ps, sizeof ps / sizeof *ps);
    }
    {
        /* props.synthesizer ?? (newStyleStackSynthesis ? DefaultStackSynthesizer : LegacyStackSynthesizer):
         * the legacy one takes file assets as template parameters and has no bootstrap version, no
         * roles and no asset manifest (synth.c) */
        ccdk_value *ns = ccdk__node_context(&s->node, "@aws-cdk/core:newStyleStackSynthesis");
        int given = !!syn + !!cli + !!bsl;
        if (given + (props && ccdk__tri_true(props->legacy_synthesizer)) > 1)
            ccdk__error(s, "A stack has one synthesizer: give synthesizer, cli_credentials_synthesizer, "
                           "bootstrapless_synthesizer or legacy_synthesizer, not two");
        else if (props && ccdk__tri_set(props->legacy_synthesizer) ? ccdk__tri_true(props->legacy_synthesizer)
                                                                    : !given && ns && !ccdk__truthy(ns)) {
            s->syn_legacy = 1;
            s->syn_no_bootstrap_rule = 1;
        }
    }
    if (syn && syn->qualifier)
        s->qualifier = ccdk__strdup(app, syn->qualifier);
#define SYN(field, dflt) (syn && syn->field ? ccdk__strdup(app, syn->field) : (dflt))
    s->syn_bucket = SYN(file_assets_bucket_name, "cdk-${Qualifier}-assets-${AWS::AccountId}-${AWS::Region}");
    s->syn_repository = SYN(image_assets_repository_name, "cdk-${Qualifier}-container-assets-${AWS::AccountId}-${AWS::Region}");
    s->syn_deploy_role = SYN(deploy_role_arn, "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-deploy-role-${AWS::AccountId}-${AWS::Region}");
    s->syn_exec_role = SYN(cloud_formation_execution_role, "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-cfn-exec-role-${AWS::AccountId}-${AWS::Region}");
    s->syn_file_role = SYN(file_asset_publishing_role_arn, "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-file-publishing-role-${AWS::AccountId}-${AWS::Region}");
    s->syn_image_role = SYN(image_asset_publishing_role_arn, "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-image-publishing-role-${AWS::AccountId}-${AWS::Region}");
    s->syn_lookup_role = SYN(lookup_role_arn, "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-${Qualifier}-lookup-role-${AWS::AccountId}-${AWS::Region}");
    s->syn_ssm = SYN(bootstrap_stack_version_ssm_parameter, "/cdk-bootstrap/${Qualifier}/version");
    /* the roles' external ids and AssumeRole options, written as given (the options copied) */
    s->syn_deploy_ext = SYN(deploy_role_external_id, NULL);
    s->syn_lookup_ext = SYN(lookup_role_external_id, NULL);
    s->syn_file_ext = SYN(file_asset_publishing_external_id, NULL);
    s->syn_image_ext = SYN(image_asset_publishing_external_id, NULL);
    /* DEFAULT_FILE_ASSET_PREFIX and DEFAULT_DOCKER_ASSET_PREFIX are "" */
    s->syn_bucket_prefix = SYN(bucket_prefix, "");
    s->syn_docker_prefix = SYN(docker_tag_prefix, "");
#undef SYN
#define SYN_OPTS(field) (syn && syn->field ? ccdk__v_copy(app, syn->field) : NULL)
    s->syn_deploy_opts = SYN_OPTS(deploy_role_additional_options);
    s->syn_lookup_opts = SYN_OPTS(lookup_role_additional_options);
    s->syn_file_opts = SYN_OPTS(file_asset_publishing_role_additional_options);
    s->syn_image_opts = SYN_OPTS(image_asset_publishing_role_additional_options);
#undef SYN_OPTS
    /* useLookupRoleForStackOperations ?? true */
    s->syn_no_lookup_role = syn && ccdk__tri_set(syn->use_lookup_role_for_stack_operations) &&
                            !ccdk__tri_true(syn->use_lookup_role_for_stack_operations);
    /* the bootstrap stack versions: 6 (the lookup role 8), or 22 for a role assumed with session tags
     * (aws-cdk-lib's `options?.Tags`, truthy: an empty list too) */
    s->syn_deploy_version = has_session_tags(s->syn_deploy_opts) ? 22 : 6;
    s->syn_lookup_version = has_session_tags(s->syn_lookup_opts) ? 22 : 8;
    s->syn_assets_version = has_session_tags(s->syn_file_opts) || has_session_tags(s->syn_image_opts) ? 22 : 6;
    s->syn_no_bootstrap_rule = s->syn_legacy || (syn && ccdk__tri_set(syn->generate_bootstrap_version_rule) && !ccdk__tri_true(syn->generate_bootstrap_version_rule));
    if (cli && !syn && !bsl) {
        /* CliCredentialsStackSynthesizer: the bucket and repository of the bootstrap stack, and no
         * roles nor bootstrap version (the CLI's credentials do everything) */
        if (cli->qualifier)
            s->qualifier = ccdk__strdup(app, cli->qualifier);
        if (cli->file_assets_bucket_name)
            s->syn_bucket = ccdk__strdup(app, cli->file_assets_bucket_name);
        if (cli->image_assets_repository_name)
            s->syn_repository = ccdk__strdup(app, cli->image_assets_repository_name);
        if (cli->bucket_prefix)
            s->syn_bucket_prefix = ccdk__strdup(app, cli->bucket_prefix);
        if (cli->docker_tag_prefix)
            s->syn_docker_prefix = ccdk__strdup(app, cli->docker_tag_prefix);
        s->syn_deploy_role = s->syn_exec_role = s->syn_file_role = s->syn_image_role = s->syn_lookup_role = NULL;
        s->syn_cli_credentials = 1;
        s->syn_no_bootstrap_rule = 1;
    }
    if (bsl && !syn && !cli) {
        /* BootstraplessSynthesizer: a DefaultStackSynthesizer of these props (its other roles the
         * defaults: the lookup role stays a lookup's lookupRoleArn), without a bootstrap version
         * rule; its artifact has the two roles only (synth.c) */
        if (bsl->qualifier)
            s->qualifier = ccdk__strdup(app, bsl->qualifier);
        if (bsl->deploy_role_arn)
            s->syn_deploy_role = ccdk__strdup(app, bsl->deploy_role_arn);
        if (bsl->cloud_formation_execution_role_arn)
            s->syn_exec_role = ccdk__strdup(app, bsl->cloud_formation_execution_role_arn);
        s->syn_bootstrapless = 1;
        s->syn_no_bootstrap_rule = 1;
    }
    if (s->syn_legacy) /* LegacyStackSynthesizer: no roles (a lookup has no lookupRoleArn) */
        s->syn_deploy_role = s->syn_exec_role = s->syn_file_role = s->syn_image_role = s->syn_lookup_role = NULL;
    /* props.suppressTemplateIndentation ?? tryGetContext(SUPPRESS_TEMPLATE_INDENTATION_CONTEXT), truthy */
    if (props && ccdk__tri_set(props->suppress_template_indentation)) {
        s->suppress_indent = ccdk__tri_true(props->suppress_template_indentation);
    } else {
        ccdk_value *si = ccdk__node_context(&s->node, "@aws-cdk/core:suppressTemplateIndentation");
        s->suppress_indent = si && ccdk__truthy(si);
    }
    /* (props.analyticsReporting ?? tryGetContext(ANALYTICS_REPORTING_ENABLED_CONTEXT)), truthy */
    if (props && ccdk__tri_set(props->analytics_reporting)) {
        s->version_reporting = ccdk__tri_true(props->analytics_reporting);
    } else {
        ccdk_value *vr = ccdk__node_context(&s->node, "aws:cdk:version-reporting");
        s->version_reporting = vr && ccdk__truthy(vr);
    }
    if (props)
        bind_permissions_boundary(&s->node, &props->permissions_boundary);
    add_permissions_boundary_aspect(s);
    if (app->nstacks == app->capstacks)
        app->stacks = ccdk__grow(app->stacks, &app->capstacks, sizeof *app->stacks, 8);
    app->stacks[app->nstacks++] = s;
    return s;
}

ccdk_stack *ccdk_stack_of(const void *construct)
{
    ccdk__node *n = ccdk__node_of(construct);
    if (!n)
        return NULL;
    if (!n->stack)
        ccdk__no_stack_error(n);
    return n->stack;
}

const char *ccdk_stack_name(const ccdk_stack *s)
{
    if (!ccdk__handle_ok(s, __func__))
        return NULL;
    return s->nested ? s->nested->name_token : s->stack_name; /* a nested stack's: contextual */
}

/* The template is streamed into the outdir at synth and not kept: read back on first use, from
 * the outdir as an absolute path at synth (a later chdir does not lose it). */
const char *ccdk_stack_template_json(const ccdk_stack *cs)
{
    if (!cs || !cs->synth_ok)
        return NULL;
    ccdk_stack *s = (ccdk_stack *)cs;
    if (!s->template_json) {
        char path[4200];
        snprintf(path, sizeof path, "%s/%s%s.template.json", s->node.app->outdir_abs, s->assembly_dir, s->artifact_id);
        size_t len = 0;
        s->template_json = ccdk__read_file(path, &len);
        s->template_len = len;
    }
    return s->template_json;
}

int ccdk__stack_is_env_agnostic_account(const ccdk_stack *s) { return !s->account || ccdk__is_unresolved(s->account); }
int ccdk__stack_is_env_agnostic_region(const ccdk_stack *s) { return !s->region || ccdk__is_unresolved(s->region); }

const char *ccdk_stack_account(ccdk_stack *s)
{
    if (!s)
        return NULL;
    return s->account ? s->account : ccdk_aws_account_id(s);
}

/* the stack's TagManager: setTag / removeTag at `priority` take effect when it is at least the
 * priority of the key's last change (0 for a key never changed) */
static int stack_tag_op_applies(ccdk_stack *s, const char *key, int priority)
{
    const ccdk_value *p = ccdk__v_get(s->tag_prios, key);
    int last = p && p->kind == CCDK__V_NUM ? (int)p->u.n : 0;
    if (priority < last)
        return 0;
    ccdk__v_set(s->tag_prios, key, ccdk__v_num(s->node.app, priority));
    return 1;
}

void ccdk_stack_add_stack_tag(ccdk_stack *s, const char *key, const char *value)
{
    if (!ccdk__target_ok(s, __func__) || !ccdk__arg_ok(key, __func__, "key") || !ccdk__arg_ok(value, __func__, "value"))
        return;
    ccdk_app *app = s->node.app;
    int bad_key = !ccdk__utf8_valid(key, strlen(key));
    if (bad_key || !ccdk__utf8_valid(value, strlen(value))) {
        const char *bad = bad_key ? key : value;
        ccdk__error(s, "Invalid UTF-8 in a tag %s: \"%s\"", bad_key ? "key" : "value", ccdk__utf8_show(app, bad, strlen(bad)));
        return;
    }
    /* addStackTag: this.tags.setTag(name, value), at setTag's default priority 0 -- below the props
     * tags (50) and Tags.of()'s (100): it neither replaces those nor survives a Tags.of().remove */
    if (stack_tag_op_applies(s, key, 0))
        ccdk__v_set(s->tags, key, ccdk__v_str(app, value));
}

void ccdk_stack_remove_stack_tag(ccdk_stack *s, const char *key)
{
    if (!ccdk__target_ok(s, __func__) || !ccdk__arg_ok(key, __func__, "key"))
        return;
    /* removeStackTag: this.tags.removeTag(name, 0): a props tag (50) stays */
    if (stack_tag_op_applies(s, key, 0))
        ccdk__v_del(s->tags, key);
}

void ccdk_stack_add_transform(ccdk_stack *s, const char *transform)
{
    if (!ccdk__target_ok(s, __func__) || !ccdk__arg_ok(transform, __func__, "transform"))
        return;
    if (s->ntransforms == s->captransforms) {
        size_t cap = s->captransforms ? 2 * s->captransforms : 4;
        const char **grown = ccdk__alloc(s->node.app, cap * sizeof *grown);
        if (s->ntransforms)
            memcpy(grown, s->transforms, s->ntransforms * sizeof *grown);
        s->transforms = grown;
        s->captransforms = cap;
    }
    s->transforms[s->ntransforms++] = ccdk__strdup(s->node.app, transform);
}

void ccdk_stack_set_termination_protection(ccdk_stack *s, int enabled)
{
    if (!ccdk__target_ok(s, __func__))
        return;
    s->termination_protection = enabled != 0;
}

void ccdk_stack_add_metadata(ccdk_stack *s, const char *key, ccdk_value *value)
{
    if (!ccdk__target_ok(s, __func__) || !ccdk__arg_ok(key, __func__, "key") || !ccdk__arg_ok(value, __func__, "value"))
        return;
    if (!s->template_metadata)
        s->template_metadata = ccdk__v_obj(s->node.app);
    ccdk__v_set(s->template_metadata, key, value);
}

void ccdk_stack_set_template_format_version(ccdk_stack *s, const char *version)
{
    if (!ccdk__target_ok(s, __func__))
        return;
    s->template_format_version = ccdk__strdup(s->node.app, version);
}

const char *ccdk_stack_region(ccdk_stack *s)
{
    if (!s)
        return NULL;
    return s->region ? s->region : ccdk_aws_region(s);
}

/* region-info's partition of each region aws-cdk-lib 2.276.0 knows (RegionInfo.regions, sorted by
 * name: bsearch) */
static const struct region_partition {
    const char *region, *partition;
} region_partitions[] = {
    {"af-south-1", "aws"},
    {"ap-east-1", "aws"},
    {"ap-east-2", "aws"},
    {"ap-northeast-1", "aws"},
    {"ap-northeast-2", "aws"},
    {"ap-northeast-3", "aws"},
    {"ap-south-1", "aws"},
    {"ap-south-2", "aws"},
    {"ap-southeast-1", "aws"},
    {"ap-southeast-2", "aws"},
    {"ap-southeast-3", "aws"},
    {"ap-southeast-4", "aws"},
    {"ap-southeast-5", "aws"},
    {"ap-southeast-6", "aws"},
    {"ap-southeast-7", "aws"},
    {"ca-central-1", "aws"},
    {"ca-west-1", "aws"},
    {"cn-north-1", "aws-cn"},
    {"cn-northwest-1", "aws-cn"},
    {"eu-central-1", "aws"},
    {"eu-central-2", "aws"},
    {"eu-isoe-west-1", "aws-iso-e"},
    {"eu-north-1", "aws"},
    {"eu-south-1", "aws"},
    {"eu-south-2", "aws"},
    {"eu-west-1", "aws"},
    {"eu-west-2", "aws"},
    {"eu-west-3", "aws"},
    {"eusc-de-east-1", "aws-eusc"},
    {"il-central-1", "aws"},
    {"me-central-1", "aws"},
    {"me-south-1", "aws"},
    {"me-west-1", "aws"},
    {"mx-central-1", "aws"},
    {"sa-east-1", "aws"},
    {"us-east-1", "aws"},
    {"us-east-2", "aws"},
    {"us-gov-east-1", "aws-us-gov"},
    {"us-gov-west-1", "aws-us-gov"},
    {"us-iso-east-1", "aws-iso"},
    {"us-iso-west-1", "aws-iso"},
    {"us-isob-east-1", "aws-iso-b"},
    {"us-isob-west-1", "aws-iso-b"},
    {"us-isof-east-1", "aws-iso-f"},
    {"us-isof-south-1", "aws-iso-f"},
    {"us-west-1", "aws"},
    {"us-west-2", "aws"},
};

static int region_partition_cmp(const void *key, const void *elem)
{
    return strcmp(key, ((const struct region_partition *)elem)->region);
}

/* Stack.partition: when @aws-cdk/core:enablePartitionLiterals is on and the region is a literal,
 * RegionInfo.get(region).partition -- a literal for a region region-info knows; for any other
 * ("invalid-region", a region newer than aws-cdk-lib) {"Ref": "AWS::Partition"}, as otherwise. */
const char *ccdk__stack_partition(ccdk_stack *s)
{
    if (!ccdk__stack_is_env_agnostic_region(s) && ccdk__feature_flag(&s->node, "@aws-cdk/core:enablePartitionLiterals")) {
        const struct region_partition *rp =
            bsearch(s->region, region_partitions, sizeof region_partitions / sizeof *region_partitions,
                    sizeof *region_partitions, region_partition_cmp);
        if (rp)
            return rp->partition;
    }
    return ccdk_aws_partition(s);
}

const char *ccdk_stack_partition(ccdk_stack *s) { return ccdk__handle_ok(s, __func__) ? ccdk__stack_partition(s) : NULL; }
const char *ccdk_stack_url_suffix(ccdk_stack *s) { return ccdk__handle_ok(s, __func__) ? ccdk_aws_url_suffix(s) : NULL; }
/* new ScopedAws(stack).<pseudo>: CfnReference.forPseudo(name, stack), a reference whose target is
 * the stack and whose attribute is the pseudo parameter's name (the reference's displayName):
 * {"Ref": name} in the stack itself (resolve.c), in another stack a cross-stack reference exported
 * and imported as any attribute is (refs.c). Made in the persistent arena (a producer may ask at
 * synth). */
static const char *scoped_pseudo(ccdk_stack *s, const char *name, const char *func)
{
    if (!ccdk__handle_ok(s, func))
        return NULL;
    ccdk__arena cur;
    ccdk__persistent_enter(s->node.app, &cur);
    const char *t = ccdk__token_str(s->node.app, ccdk__v_getatt(s->node.app, &s->node, name));
    ccdk__persistent_leave(s->node.app, &cur);
    return t;
}

const char *ccdk_scoped_aws_account_id(ccdk_stack *stack)
{
    return scoped_pseudo(stack, "AWS::AccountId", __func__);
}

const char *ccdk_scoped_aws_region(ccdk_stack *stack)
{
    return scoped_pseudo(stack, "AWS::Region", __func__);
}

const char *ccdk_scoped_aws_partition(ccdk_stack *stack)
{
    return scoped_pseudo(stack, "AWS::Partition", __func__);
}

const char *ccdk_scoped_aws_url_suffix(ccdk_stack *stack)
{
    return scoped_pseudo(stack, "AWS::URLSuffix", __func__);
}

const char *ccdk_scoped_aws_stack_name(ccdk_stack *stack)
{
    return scoped_pseudo(stack, "AWS::StackName", __func__);
}

const char *ccdk_stack_stack_id(ccdk_stack *s)
{
    if (!ccdk__handle_ok(s, __func__))
        return NULL;
    if (s->nested)
        return s->nested->id_token;
    /* new ScopedAws(stack).stackId: CfnReference.forPseudo('AWS::StackId', stack), a reference whose
     * target is the stack: {"Ref": "AWS::StackId"} in the stack itself, and in another stack a
     * cross-stack reference (exported and imported) as any element's Ref (resolve.c, refs.c) */
    if (!s->stack_id_token) {
        ccdk__arena cur; /* (a producer may ask at synth, in a scratch arena: the token is kept) */
        ccdk__persistent_enter(s->node.app, &cur);
        s->stack_id_token = ccdk__token_str(s->node.app, ccdk__v_ref(s->node.app, &s->node));
        ccdk__persistent_leave(s->node.app, &cur);
    }
    return s->stack_id_token;
}

/* String(v) of JavaScript for a JSON value: numbers as JS prints them, true/false, null as
 * "null", a list as its items' strings joined by "," (null items empty), an object as
 * "[object Object]". */
const char *ccdk__js_string(ccdk_app *app, const ccdk_value *v)
{
    switch (v->kind) {
    case CCDK__V_STR: return v->u.str.s;
    case CCDK__V_NUM: return ccdk__num_string(app, v->u.n);
    case CCDK__V_BOOL: return v->u.b ? "true" : "false";
    case CCDK__V_NULL: return "null";
    case CCDK__V_UNDEF: return "undefined";
    case CCDK__V_LIST: {
        ccdk__buf b = {0};
        ccdk__buf_put(&b, "", 0);
        for (uint32_t i = 0; i < v->u.list.n; i++) {
            const ccdk_value *it = v->u.list.items[i];
            if (i)
                ccdk__buf_putc(&b, ',');
            if (it && it->kind != CCDK__V_NULL && it->kind != CCDK__V_UNDEF)
                ccdk__buf_puts(&b, ccdk__js_string(app, it));
        }
        const char *r = ccdk__strndup(app, b.data, b.len);
        ccdk__buf_free(&b);
        return r;
    }
    default: return "[object Object]";
    }
}

/* AssetStaging's fingerprint extraHash: props.extraHash || salt ? `${props.extraHash ?? ""}${salt ?? ""}`
 * : undefined, salt being the context value "@aws-cdk/core:assetHashSalt" at n. A falsy salt
 * (0, "", false) counts only when extraHash is set, and then as its string ("0", "false"). */
const char *ccdk__asset_extra_hash(const ccdk__node *n, const char *extra_hash)
{
    ccdk_value *salt = ccdk__node_context(n, "@aws-cdk/core:assetHashSalt");
    if (!(extra_hash && *extra_hash) && !(salt && ccdk__truthy(salt)))
        return NULL;
    const char *s = salt && salt->kind != CCDK__V_NULL ? ccdk__js_string(n->app, salt) : "";
    return ccdk__sprintf(n->app, "%s%s", extra_hash ? extra_hash : "", s);
}

/* ------------------------------------------------------------------ pseudo parameters */

/* Aws.ACCOUNT_ID and the other pseudo parameters are one token each per app, as in aws-cdk-lib
 * (where they are module-level constants): every stack.account used to make a new one. */
static const char *pseudo_fn(void *scope, const char *name, const char *func)
{
    ccdk__scope_((scope), func); /* the tokens are process-wide (token.c); a bad scope is still an error */
    return ccdk__pseudo_token(name);
}
/* the public function that calls it names itself in a bad-scope error */
#define pseudo(scope, name) pseudo_fn((scope), (name), __func__)

const char *ccdk_aws_account_id(void *scope) { return pseudo(scope, "AWS::AccountId"); }
const char *ccdk_aws_region(void *scope) { return pseudo(scope, "AWS::Region"); }
const char *ccdk_aws_partition(void *scope) { return pseudo(scope, "AWS::Partition"); }
const char *ccdk_aws_url_suffix(void *scope) { return pseudo(scope, "AWS::URLSuffix"); }
const char *ccdk_aws_stack_name(void *scope) { return pseudo(scope, "AWS::StackName"); }
const char *ccdk_aws_stack_id(void *scope) { return pseudo(scope, "AWS::StackId"); }
const char *ccdk_aws_no_value(void *scope) { return pseudo(scope, "AWS::NoValue"); }

/* Names.uniqueResourceName(construct, {maxLength, separator}): the ids from the nearest top-level
 * stack (its stackName) down to the construct, "Default" left out; the human part drops
 * repeated suffixes and "Resource" ids, keeps [A-Za-z0-9] of each, joins them with the separator
 * (and one after), is cut in the middle past maxLength - 8, and ends with the first 8 hex digits
 * (upper case) of the md5 of the components joined with "/". */
/* Names' isTopLevelStack: a stack whose name is no token (a nested stack's is) */
static int is_top_level_stack(ccdk__node *p)
{
    return p->stack == (ccdk_stack *)p && !ccdk_token_is_unresolved(ccdk_stack_name(p->stack));
}

/* c is in allowedSpecialCharacters, read as aws-cdk-lib reads it: inside a regular expression's
 * character class, where "a-b" is a range (".-_" is "." to "_") and "\\x" is x */
static int in_class(const char *allowed, char c)
{
    for (const char *a = allowed; a && *a;) {
        char lo = *a;
        if (lo == '\\' && a[1])
            lo = *++a;
        a++;
        if (*a == '-' && a[1]) {
            char hi = a[1];
            a += 2;
            if (hi == '\\' && *a)
                hi = *a++;
            if (c >= lo && c <= hi)
                return 1;
        } else if (c == lo) {
            return 1;
        }
    }
    return 0;
}

/* removeNonAllowedSpecialCharacters: letters, digits and the allowed characters, appended to b;
 * how many */
static size_t put_allowed(ccdk__buf *b, const char *s, const char *allowed)
{
    size_t kept = 0;
    for (const char *c = s; *c; c++)
        if ((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || in_class(allowed, *c)) {
            ccdk__buf_put(b, c, 1);
            kept++;
        }
    return kept;
}

/* String.prototype.slice's index: a fractional one truncated, a negative one from the end */
static size_t js_slice_index(double i, size_t len)
{
    double t = i < 0 ? -floor(-i) : floor(i);
    if (t < 0)
        return t + (double)len < 0 ? 0 : (size_t)(t + (double)len);
    return t > (double)len ? len : (size_t)t;
}

static const char *unique_resource_name_with(ccdk__node *n, double max_length, const char *sep, const char *allowed,
                                         const char **err)
{
    ccdk_app *app = n->app;
    *err = NULL;
    size_t depth = 0;
    for (ccdk__node *p = n; p; p = p->parent)
        depth++;
    const char **comps = ccdk__alloc(app, (depth + 1) * sizeof *comps);
    size_t nc = 0;
    /* the scopes from the last top-level stack (by its stack name), or from the root */
    for (ccdk__node *p = n; p; p = p->parent) {
        int top_stack = is_top_level_stack(p);
        const char *c = top_stack ? ccdk_stack_name(p->stack) : p->id;
        if (strcmp(c, "Default"))
            comps[nc++] = c;
        if (top_stack)
            break;
    }
    if (nc == 0) {
        *err = "Unable to calculate a unique resource name for an empty set of components";
        return "";
    }
    /* reverse into path order */
    for (size_t i = 0; i < nc / 2; i++) {
        const char *t = comps[i];
        comps[i] = comps[nc - 1 - i];
        comps[nc - 1 - i] = t;
    }
    ccdk__buf path = {0}, human = {0};
    if (nc == 1) {
        put_allowed(&human, comps[0], allowed);
        if ((double)human.len <= max_length) {
            const char *out = ccdk__strndup(app, human.data ? human.data : "", human.len);
            free(human.data);
            return out;
        }
        human.len = 0;
    }
    for (size_t i = 0; i < nc; i++) {
        if (i)
            ccdk__buf_put(&path, "/", 1);
        ccdk__buf_put(&path, comps[i], strlen(comps[i]));
    }
    char hex[33];
    ccdk__md5_hex(path.data ? path.data : "", path.len, hex);
    for (int i = 0; i < 8; i++)
        hex[i] = (char)(hex[i] >= 'a' && hex[i] <= 'f' ? hex[i] - 'a' + 'A' : hex[i]);
    hex[8] = 0;
    const char *last = NULL;
    int first = 1;
    for (size_t i = 0; i < nc; i++) {
        size_t cl = strlen(comps[i]);
        /* removeDupes: skip a component the previous kept one ends with */
        if (last) {
            size_t ll = strlen(last);
            if (ll >= cl && !strcmp(last + ll - cl, comps[i]))
                continue;
        }
        last = comps[i];
        if (!strcmp(comps[i], "Resource"))
            continue;
        size_t start = human.len;
        if (!first)
            ccdk__buf_put(&human, sep, strlen(sep));
        if (!put_allowed(&human, comps[i], allowed))
            human.len = start; /* an element left empty is dropped */
        else
            first = 0;
    }
    ccdk__buf_put(&human, sep, strlen(sep));
    const char *h = human.data ? human.data : "";
    size_t hl = human.len;
    double max_human = max_length - 8;
    const char *out;
    if ((double)hl > max_human) {
        /* splitInMiddle: s.slice(0, half) + s.slice(-half), half = maxHumanLength / 2 */
        double half = max_human / 2;
        size_t end1 = js_slice_index(half, hl), start2 = js_slice_index(-half, hl);
        out = ccdk__sprintf(app, "%.*s%s%s", (int)end1, h, h + start2, hex);
    } else {
        out = ccdk__sprintf(app, "%.*s%s", (int)hl, h, hex);
    }
    free(path.data);
    free(human.data);
    return out;
}

const char *ccdk__unique_resource_name(ccdk__node *n, size_t max_length, const char *sep)
{
    const char *err;
    const char *r = unique_resource_name_with(n, (double)max_length, sep, NULL, &err);
    if (err)
        ccdk__unscoped_error(n->app, "%s", err);
    return r;
}

/* ------------------------------------------------------------------ Names */

const char *ccdk_names_unique_id(const void *construct)
{
    ccdk__node *n = ccdk__node_of(construct);
    if (!ccdk__handle_ok(construct, __func__) || !n)
        return NULL;
    return ccdk__node_unique_id(n);
}

const char *ccdk_names_unique_resource_name(const void *construct, const ccdk_unique_resource_name_options *options)
{
    ccdk__node *n = ccdk__node_of(construct);
    if (!ccdk__handle_ok(construct, __func__) || !n)
        return NULL;
    double max_length = options && options->max_length.set ? options->max_length.value : 256;
    const char *sep = options && options->separator ? options->separator : "";
    const char *err;
    const char *r = unique_resource_name_with(n, max_length, sep, options ? options->allowed_special_characters : NULL,
                                                    &err);
    if (err)
        ccdk__unscoped_error(n->app, "%s", err);
    return r;
}

const char *ccdk_names_stack_relative_construct_path(const void *construct)
{
    ccdk__node *n = ccdk__node_of(construct);
    if (!ccdk__handle_ok(construct, __func__) || !n)
        return NULL;
    /* the scopes after the last top-level stack (all of them, the root's "" first, without one) */
    size_t len = 0;
    ccdk__node *p = n;
    for (; p && !is_top_level_stack(p); p = p->parent)
        len += strlen(p->id) + 1;
    char *out = ccdk__alloc(n->app, len + 1);
    size_t at = len ? len - 1 : 0;
    out[at] = 0;
    for (ccdk__node *q = n; q != p; q = q->parent) {
        size_t il = strlen(q->id);
        at -= il;
        memcpy(out + at, q->id, il);
        if (at)
            out[--at] = '/';
    }
    return out;
}
