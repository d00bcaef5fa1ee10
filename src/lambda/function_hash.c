/* function_hash.c - calculateFunctionHash (function-hash.js): the MD5 that names a function's
 * currentVersion and that FunctionVersionUpgrade writes into the description. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "lambda_internal.h"

/* VERSION_LOCKED: true = the property is locked to a version, false = it is not. */
static const struct {
    const char *name;
    int locked;
} version_locked[] = {
    {"Architectures", 1}, {"Code", 1}, {"DeadLetterConfig", 1}, {"Description", 1}, {"Environment", 1},
    {"EphemeralStorage", 1}, {"FileSystemConfigs", 1}, {"FunctionName", 1}, {"Handler", 1}, {"ImageConfig", 1},
    {"KmsKeyArn", 1}, {"Layers", 1}, {"MemorySize", 1}, {"PackageType", 1}, {"RecursiveLoop", 1}, {"Role", 1},
    {"Runtime", 1}, {"RuntimeManagementConfig", 1}, {"SnapStart", 1}, {"Timeout", 1}, {"TracingConfig", 1},
    {"VpcConfig", 1}, {"LoggingConfig", 1}, {"CapacityProviderConfig", 1}, {"FunctionScalingConfig", 1},
    {"PublishToLatestPublished", 1}, {"DurableConfig", 1}, {"CodeSigningConfigArn", 0},
    {"ReservedConcurrentExecutions", 0}, {"Tags", 0}, {"TenancyConfig", 0}, {NULL, 0}};

/* Function._VER_PROPS (classifyVersionProperty): a static of the class, so process-wide here too. */
static struct classified {
    char *name;
    int locked;
} *ver_props;
static size_t nver_props;
/* Function.classifyVersionProperty is process-wide, as in aws-cdk-lib: two Apps in two threads may
 * classify and hash at the same time. Readers skip the lock while nothing was ever classified. */
static pthread_rwlock_t ver_props_lock = PTHREAD_RWLOCK_INITIALIZER;

void ccdk_lambda_function_classify_version_property(const char *name, int locked)
{
    if (!name)
        return;
    pthread_rwlock_wrlock(&ver_props_lock);
    for (size_t i = 0; i < nver_props; i++)
        if (!strcmp(ver_props[i].name, name)) {
            ver_props[i].locked = !!locked;
            pthread_rwlock_unlock(&ver_props_lock);
            return;
        }
    struct classified *n = realloc(ver_props, (nver_props + 1) * sizeof *n);
    if (!n)
        abort();
    ver_props = n;
    size_t len = strlen(name);
    ver_props[nver_props].name = malloc(len + 1);
    if (!ver_props[nver_props].name)
        abort();
    memcpy(ver_props[nver_props].name, name, len + 1);
    ver_props[nver_props].locked = !!locked;
    __atomic_store_n(&nver_props, nver_props + 1, __ATOMIC_RELEASE);
    pthread_rwlock_unlock(&ver_props_lock);
}

static const char *const function_order[] = {
    "Code", "Handler", "Role", "Runtime", "Architectures", "CodeSigningConfigArn", "DeadLetterConfig", "Description",
    "Environment", "EphemeralStorage", "FileSystemConfigs", "FunctionName", "ImageConfig", "KmsKeyArn", "Layers",
    "MemorySize", "PackageType", "ReservedConcurrentExecutions", "RuntimeManagementConfig", "SnapStart", "Tags",
    "Timeout", "TracingConfig", "VpcConfig", NULL};

/* The keys of VERSION_LOCKED and of the function's PropertySort order, found by hash: each key of
 * every function's definition is looked up in both (a thousand functions, a dozen keys each).
 * Built once, never changed after; user classifications (_VER_PROPS) are looked up before it. */
#define KNOWN_CAP 128
static struct known {
    const char *name; /* NULL: an empty slot */
    signed char locked; /* -1: not in VERSION_LOCKED */
    signed char order;  /* -1: not in function_order */
} known[KNOWN_CAP];
static pthread_once_t known_once = PTHREAD_ONCE_INIT;

static struct known *known_slot(const char *key)
{
    size_t at = ccdk__str_hash(key) & (KNOWN_CAP - 1);
    while (known[at].name && strcmp(known[at].name, key))
        at = (at + 1) & (KNOWN_CAP - 1);
    return &known[at];
}

static void known_build(void)
{
    for (size_t i = 0; version_locked[i].name; i++) {
        struct known *k = known_slot(version_locked[i].name);
        k->name = version_locked[i].name;
        k->locked = (signed char)version_locked[i].locked;
        k->order = -1;
    }
    for (int i = 0; function_order[i]; i++) {
        struct known *k = known_slot(function_order[i]);
        if (!k->name) {
            k->name = function_order[i];
            k->locked = -1;
        }
        k->order = (signed char)i;
    }
}

/* key's entry (a slot with no name when it is none of them) */
static const struct known *known_of(const char *key)
{
    pthread_once(&known_once, known_build);
    return known_slot(key);
}

/* -1: not classified, 0: not locked, 1: locked ({...VERSION_LOCKED, ..._VER_PROPS}); k: key's
 * entry in the known keys */
static int classification(const char *key, const struct known *k)
{
    if (__atomic_load_n(&nver_props, __ATOMIC_ACQUIRE)) {
        int r = -1;
        pthread_rwlock_rdlock(&ver_props_lock);
        for (size_t i = 0; i < nver_props && r < 0; i++)
            if (!strcmp(ver_props[i].name, key))
                r = ver_props[i].locked;
        pthread_rwlock_unlock(&ver_props_lock);
        if (r >= 0)
            return r;
    }
    return k->name ? k->locked : -1;
}
static const char *const layer_order[] = {"Content", "CompatibleArchitectures", "CompatibleRuntimes", "Description",
                                          "LayerName", "LicenseInfo", NULL};

static int order_index(const char *const *order, const char *key)
{
    for (int i = 0; order[i]; i++)
        if (order[i][0] == key[0] && !strcmp(order[i], key))
            return i;
    return -1;
}

/* PropertySort.sortObject, fed key by key: the keys with an order index in that order (insertion
 * by index: an object's keys are unique), then the others sorted by name. (One pass over an
 * object's few keys: this runs for every currentVersion.) */
typedef struct {
    struct keyed {
        int idx;
        ccdk__entry e;
    } small[32], *k;
    ccdk__entry rsmall[32], *rest;
    size_t nk, nrest;
} key_sorter;

/* cap: at most that many keys will be added (s must not move afterwards) */
static void sorter_init(key_sorter *s, size_t cap)
{
    s->k = cap <= 32 ? s->small : malloc(cap * sizeof *s->k);
    s->rest = cap <= 32 ? s->rsmall : malloc(cap * sizeof *s->rest);
    if (!s->k || !s->rest)
        abort();
    s->nk = s->nrest = 0;
}

/* idx: the key's place in the known order, or -1 */
static void sorter_add(key_sorter *s, const ccdk__entry *e, int idx)
{
    if (idx < 0) {
        s->rest[s->nrest++] = *e;
        return;
    }
    size_t j = s->nk++;
    while (j > 0 && s->k[j - 1].idx > idx) {
        s->k[j] = s->k[j - 1];
        j--;
    }
    s->k[j].idx = idx;
    s->k[j].e = *e;
}

/* the sorted object (NULL when app is NULL: only frees) */
static ccdk_value *sorter_finish(key_sorter *s, ccdk_app *app)
{
    ccdk_value *ret = NULL;
    if (app) {
        ccdk__entries_sort(s->rest, s->nrest);
        ret = ccdk__v_obj_sized(app, s->nk + s->nrest);
        for (size_t i = 0; i < s->nk; i++)
            ccdk__v_append_unique(ret, s->k[i].e.key, s->k[i].e.val);
        for (size_t i = 0; i < s->nrest; i++)
            ccdk__v_append_unique(ret, s->rest[i].key, s->rest[i].val);
    }
    if (s->k != s->small)
        free(s->k);
    if (s->rest != s->rsmall)
        free(s->rest);
    return ret;
}

/* PropertySort.sortObject with a list of known keys */
static ccdk_value *property_sort(ccdk_app *app, const ccdk_value *props, const char *const *order)
{
    if (!props || props->kind != CCDK__V_OBJ)
        return ccdk__v_obj(app);
    key_sorter s;
    sorter_init(&s, props->u.obj.n);
    for (size_t i = 0; i < props->u.obj.n; i++)
        sorter_add(&s, &props->u.obj.e[i], order_index(order, props->u.obj.e[i].key));
    return sorter_finish(&s, app);
}

ccdk_lambda_function *ccdk__as_function(const void *construct)
{
    ccdk__node *n = ccdk__node_of(construct);
    if (!n || !n->kind || !n->kind->fqn)
        return NULL;
    const char *fqn = n->kind->fqn;
    if (strncmp(fqn, "aws-cdk-lib.aws_lambda", 22) || !ccdk__ends_with(fqn, "Function"))
        return NULL;
    ccdk_lambda_function *fn = (ccdk_lambda_function *)n;
    if (fn->base.fn_magic != CCDK__FN_MAGIC || fn->base.fkind != CCDK__FN_FUNCTION || !fn->resource)
        return NULL;
    return fn;
}

static int cmp_layer_path(const void *a, const void *b)
{
    const ccdk_lambda_layer_version *x = *(ccdk_lambda_layer_version *const *)a;
    const ccdk_lambda_layer_version *y = *(ccdk_lambda_layer_version *const *)b;
    return strcmp(x->node.path, y->node.path);
}

/* calculateLayersHash([...fn._layers].sort()) */
static void layers_hash(ccdk_lambda_function *fn, ccdk__resolve_ctx *ctx, char out[33])
{
    ccdk_app *app = fn->base.node.app;
    size_t n = 0;
    ccdk_lambda_layer_version **layers = ccdk__function_layers(fn, &n);
    if (n > 1)
        qsort(layers, n, sizeof *layers, cmp_layer_path);
    ccdk_value *config = ccdk__v_obj(app);
    for (size_t i = 0; i < n; i++) {
        ccdk_lambda_layer_version *l = layers[i];
        const ccdk_lambda_runtime **rts = ccdk__layer_runtimes(app, l);
        /* stack.resolve in the layer's own stack (Stack.of(layer)) */
        ccdk__resolve_ctx lctx = *ctx;
        lctx.stack = l->node.stack;
        if (!l->resource) {
            if (ccdk__is_unresolved(l->arn)) {
                ccdk_value *o = ccdk__v_obj(app);
                ccdk__v_set(o, "arn", ccdk__resolve(&lctx, ccdk__v_from_string(app, l->arn)));
                if (rts) {
                    ccdk_value *names = ccdk__v_list(app);
                    for (size_t k = 0; rts[k]; k++)
                        ccdk__v_push(names, ccdk__v_str(app, rts[k]->name));
                    ccdk__v_set(o, "runtimes", names);
                }
                ccdk__v_set(config, l->node.id, o);
            } else if (rts) {
                ccdk_value *lst = ccdk__v_list(app);
                for (size_t k = 0; rts[k]; k++)
                    ccdk__v_push(lst, ccdk__runtime_value(app, rts[k]));
                ccdk__v_set(config, l->arn, lst);
            } else {
                /* layerConfig[arn] = undefined: the key keeps its place but JSON.stringify drops it */
                ccdk__v_del(config, l->arn);
            }
            continue;
        }
        ccdk_value *def = ccdk__cfn_resource_render(l->resource, &lctx);
        ccdk__v_set(config, l->node.id, property_sort(app, ccdk__v_get(def, "Properties"), layer_order));
    }
    free(layers);
    ccdk__buf b = {0};
    ccdk__json_write(&b, config, 0);
    ccdk__md5_hex(b.data ? b.data : "", b.len, out);
    ccdk__buf_free(&b);
}

/* The hash of the function's rendered definition `def` (not changed), in the current arena; NULL
 * after an error. */
const char *ccdk__function_hash_of(ccdk_lambda_function *fn, const ccdk_value *def, ccdk__resolve_ctx *ctx,
                               const char *additional, int in_resolution)
{
    ccdk_app *app = fn->base.node.app;
    ccdk_value *props = ccdk__v_get(def, "Properties");
    ccdk__buf b = {0};
    const char *result = NULL;
    if (ccdk__feature_flag(&fn->base.node, "@aws-cdk/aws-lambda:recognizeVersionProps")) {
        /* filterUsefulKeys */
        ccdk__buf bad = {0};
        size_t nbad = 0;
        /* the locked keys, sorted as PropertySort.sortObject sorts them (property_sort): those of
         * function_order in its order (insertion by index), then the others by name */
        size_t n = props && props->kind == CCDK__V_OBJ ? props->u.obj.n : 0;
        key_sorter ks;
        sorter_init(&ks, n);
        for (size_t i = 0; i < n; i++) {
            const char *k = props->u.obj.e[i].key;
            ccdk_value *v = props->u.obj.e[i].val;
            const struct known *kn = known_of(k);
            int c = classification(k, kn);
            if (c < 0 && v->kind != CCDK__V_NULL && v->kind != CCDK__V_UNDEF) {
                if (nbad++)
                    ccdk__buf_putc(&bad, ',');
                ccdk__buf_puts(&bad, k);
            }
            if (c == 1)
                sorter_add(&ks, &props->u.obj.e[i], kn->name ? kn->order : -1);
        }
        ccdk_value *sorted = sorter_finish(&ks, nbad ? NULL : app);
        if (nbad) {
            /* from the currentVersion's lazy logical id, aws-cdk-lib's resolver wraps the message twice */
            ccdk__error(fn, "%sThe following properties are not recognized as version properties: [%s]. See the README of "
                            "the aws-lambda module to learn more about this and to fix it.%s",
                        in_resolution ? "Resolution error: Resolution error: " : "", bad.data, in_resolution ? ".." : "");
            ccdk__buf_free(&bad);
            goto out;
        }
        ccdk__json_write(&b, sorted, 0);
    } else {
        /* {...def, Properties: sorted}: a copy, as def may be the template's own */
        ccdk_value *sorted = property_sort(app, props, function_order), *copy = ccdk__v_obj_sized(app, def->u.obj.n + 1);
        for (size_t i = 0; i < def->u.obj.n; i++)
            ccdk__v_append_unique(copy, def->u.obj.e[i].key,
                                  strcmp(def->u.obj.e[i].key, "Properties") ? def->u.obj.e[i].val : sorted);
        if (!props)
            ccdk__v_append_unique(copy, "Properties", sorted);
        ccdk_value *resources = ccdk__v_obj(app);
        ccdk__v_set(resources, ccdk__element_logical_id(&fn->resource->el.node), copy);
        ccdk_value *tpl = ccdk__v_obj(app);
        ccdk__v_set(tpl, "Resources", resources);
        ccdk__json_write(&b, tpl, 0);
    }
    if (ccdk__feature_flag(&fn->base.node, "@aws-cdk/aws-lambda:recognizeLayerVersion")) {
        char lh[33];
        int tree_props = app->tree_props_on; /* (a layer's tree.json props are its template render's) */
        app->tree_props_on = 0;
        layers_hash(fn, ctx, lh);
        app->tree_props_on = tree_props;
        ccdk__buf_puts(&b, lh);
    }
    if (additional)
        ccdk__buf_puts(&b, additional);
    char h[33];
    ccdk__md5_hex(b.data ? b.data : "", b.len, h);
    result = h;
out:
    ccdk__buf_free(&b);
    return result ? ccdk__strdup(app, result) : NULL;
}

const char *ccdk__function_hash(ccdk_lambda_function *fn, const char *additional, int in_resolution)
{
    ccdk_app *app = fn->base.node.app;
    ccdk_stack *stack = fn->base.node.stack;
    ccdk_stack *saved = app->cur_stack;
    int tree_props = app->tree_props_on; /* (the function's tree.json props are its template render's) */
    app->tree_props_on = 0;
    app->cur_stack = stack;
    ccdk__scratch_begin(app); /* the rendered resource is only hashed */
    ccdk__resolve_ctx ctx = {app, stack, 0, 0, &fn->resource->el.node};
    ccdk_value *def = ccdk__cfn_resource_render(fn->resource, &ctx);
    const char *h = ccdk__function_hash_of(fn, def, &ctx, additional, in_resolution);
    char keep[33];
    if (h)
        snprintf(keep, sizeof keep, "%s", h);
    ccdk__scratch_end(app);
    app->cur_stack = saved;
    app->tree_props_on = tree_props;
    return h ? ccdk__strdup(app, keep) : NULL;
}


/* calculateFunctionHash(fn) as a user calls it (function-hash.test.ts does, without creating the
 * currentVersion): the resource as it renders now. Nothing changes: the environment keys are sorted
 * only once the currentVersion exists (renderEnvironment), and tags come from an aspect that runs at
 * synth, so before it they are left out as aws-cdk-lib has none yet. */
const char *ccdk_lambda_calculate_function_hash(ccdk_lambda_function *fn)
{
    if (!fn)
        return NULL;
    if (fn->base.fkind != CCDK__FN_FUNCTION || !fn->resource) {
        /* fn.node.defaultChild is undefined there: resolveSingleResourceProperties' TypeError */
        ccdk__error(fn, "Cannot read properties of undefined (reading '_toCloudFormation')");
        return NULL;
    }
    ccdk_app *app = fn->base.node.app;
    int tag_kind = fn->resource->tag_kind;
    if (!app->synthesized)
        fn->resource->tag_kind = 0;
    /* stack.resolve, as resolveSingleResourceProperties does: a reference to another stack's element
     * (a layer, a role) is that element's own Ref / GetAtt until a synth has made it an import */
    int was = app->resolve_direct;
    app->resolve_direct = 1;
    const char *hash = ccdk__function_hash(fn, "", 0);
    app->resolve_direct = was;
    fn->resource->tag_kind = tag_kind;
    return hash;
}

/* trimFromStart(s, maxLength): the last maxLength UTF-16 code units of s, as String.length counts
 * them (a 4-byte UTF-8 character is 2). A cut inside such a character, where JavaScript would keep a
 * lone surrogate that UTF-8 cannot hold, drops the whole character. */
const char *ccdk_lambda_trim_from_start(const char *s, size_t max_length)
{
    if (!s)
        return NULL;
    const char *p = s + strlen(s);
    size_t units = 0;
    while (p > s) {
        const char *q = p - 1;
        while (q > s && ((unsigned char)*q & 0xC0) == 0x80)
            q--;
        size_t w = ((unsigned char)*q >= 0xF0) ? 2 : 1;
        if (units + w > max_length)
            break;
        units += w;
        p = q;
    }
    return p;
}
