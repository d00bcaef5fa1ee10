/* config.c - a bucket's lifecycle rules, CORS rules and metrics configurations (aws-cdk-lib's
 * Bucket.addLifecycleRule / addCorsRule / addMetric and parseLifecycleConfiguration /
 * parseCorsConfiguration / parseMetricConfiguration in aws-s3/lib/bucket.js): kept as added, and
 * rendered by lazies when the template is, so that their errors are resolution errors there too. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "s3_internal.h"

/* ------------------------------------------------------------------ copies */

static void *dup_items(ccdk_app *app, const void *items, size_t n, size_t elem)
{
    if (!n)
        return NULL;
    void *p = ccdk__alloc(app, n * elem);
    memcpy(p, items, n * elem);
    return p;
}

/* a list copied into the arena (its mark kept: given stays given), strings kept */
static ccdk_strs copy_strs(ccdk_app *app, ccdk_strs l, const char *what)
{
    ccdk_strs out = l;
    if (!CCDK__GIVEN(l))
        return out;
    size_t n = CCDK__LEN(l, what);
    const char **items = n ? ccdk__alloc(app, n * sizeof *items) : NULL;
    for (size_t i = 0; i < n; i++)
        items[i] = ccdk__keep(app, l.items[i]);
    out.items = items;
    out.count = n;
    return out;
}

static ccdk_kvs copy_kvs(ccdk_app *app, ccdk_kvs l, const char *what)
{
    ccdk_kvs out = l;
    if (!CCDK__GIVEN(l))
        return out;
    size_t n = CCDK__LEN(l, what);
    ccdk_kv *items = n ? ccdk__alloc(app, n * sizeof *items) : NULL;
    for (size_t i = 0; i < n; i++) {
        items[i].key = ccdk__keep(app, l.items[i].key);
        items[i].value = ccdk__keep(app, l.items[i].value);
    }
    out.items = items;
    out.count = n;
    return out;
}

static const char *keep(ccdk_app *app, const char *s) { return s ? ccdk__keep(app, s) : NULL; }

static int imported_error(ccdk_s3_bucket *b, const char *func)
{
    if (!b->imported)
        return 0;
    ccdk__error(b, "%s: an imported bucket has no such method (aws-cdk-lib's IBucket)", func);
    return 1;
}

/* ------------------------------------------------------------------ dates */

/* A JavaScript Date given as UTC text ("YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SS[.sss]Z"), as
 * dateToCloudFormation writes it: "YYYY-MM-DDTHH:MM:SSZ" (the milliseconds dropped). NULL (with the
 * error on the bucket) for another form. */
static const char *cfn_date(ccdk_s3_bucket *b, const char *s, const char *what)
{
    int y, mo, d, h = 0, mi = 0, sec = 0, n = 0;
    size_t len = strlen(s);
    int ok = 0;
    if (len == 10 && sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &n) == 3 && n == 10)
        ok = 1;
    else if ((len == 20 || len == 24) && sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &sec, &n) == 6 &&
             n == 19 && s[4] == '-' && s[7] == '-') {
        if (len == 20 && s[19] == 'Z')
            ok = 1;
        else if (len == 24 && s[19] == '.' && s[20] >= '0' && s[20] <= '9' && s[21] >= '0' && s[21] <= '9' &&
                 s[22] >= '0' && s[22] <= '9' && s[23] == 'Z')
            ok = 1;
    }
    if (ok && (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59))
        ok = 0;
    if (!ok) {
        ccdk__error(b, "%s must be a UTC date, \"YYYY-MM-DD\" or \"YYYY-MM-DDTHH:MM:SSZ\" (got '%s')", what, s);
        return NULL;
    }
    return ccdk_fmt(b, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, mo, d, h, mi, sec);
}

/* ------------------------------------------------------------------ add */

void ccdk_s3_bucket_add_lifecycle_rule(ccdk_s3_bucket *b, const ccdk_s3_lifecycle_rule *rule)
{
    if (!ccdk__target_ok(b, __func__) || !ccdk__arg_ok(rule, __func__, "rule") || imported_error(b, __func__))
        return;
    ccdk_app *app = b->node.app;
    ccdk_s3_lifecycle_rule r = *rule;
    /* new Duration(...) throws for a negative amount where the user makes it */
    if (!ccdk__duration_check(b, r.abort_incomplete_multipart_upload_after) || !ccdk__duration_check(b, r.expiration) ||
        !ccdk__duration_check(b, r.noncurrent_version_expiration))
        return;
    r.id = keep(app, r.id);
    r.prefix = keep(app, r.prefix);
    if (r.expiration_date && !(r.expiration_date = cfn_date(b, r.expiration_date, "expirationDate")))
        return;
    r.tag_filters = copy_kvs(app, r.tag_filters, "tag_filters");
    if (CCDK__GIVEN(r.transitions)) {
        size_t n = CCDK__LEN(r.transitions, "transitions");
        ccdk_s3_transition *t = dup_items(app, r.transitions.items, n, sizeof *t);
        for (size_t i = 0; i < n; i++) {
            if (!ccdk__arg_ok(t[i].storage_class, __func__, "transition storage_class") ||
                !ccdk__duration_check(b, t[i].transition_after))
                return;
            t[i].storage_class = keep(app, t[i].storage_class);
            if (t[i].transition_date && !(t[i].transition_date = cfn_date(b, t[i].transition_date, "transitionDate")))
                return;
        }
        r.transitions.items = t;
        r.transitions.count = n;
    }
    if (CCDK__GIVEN(r.noncurrent_version_transitions)) {
        size_t n = CCDK__LEN(r.noncurrent_version_transitions, "noncurrent_version_transitions");
        ccdk_s3_noncurrent_version_transition *t = dup_items(app, r.noncurrent_version_transitions.items, n, sizeof *t);
        for (size_t i = 0; i < n; i++) {
            if (!ccdk__arg_ok(t[i].storage_class, __func__, "noncurrent version transition storage_class") ||
                !ccdk__duration_check(b, t[i].transition_after))
                return;
            t[i].storage_class = keep(app, t[i].storage_class);
        }
        r.noncurrent_version_transitions.items = t;
        r.noncurrent_version_transitions.count = n;
    }
    if (b->nlifecycle == b->caplifecycle)
        b->lifecycle = ccdk__arena_grow(app, b->lifecycle, b->nlifecycle, &b->caplifecycle, sizeof *b->lifecycle, 4);
    b->lifecycle[b->nlifecycle++] = r;
    /* aws-cdk-lib tests objectSizeLessThan twice (`lessThan !== undefined || lessThan !== undefined`) */
    if (r.object_size_less_than.set && !b->suppressed_type_check) {
        ccdk_validations_acknowledge(b, "CloudFormation-Validate::W9003",
                                     "LifecycleRule.objectSizeLessThan and LifecycleRule.objectSizeGreaterThan are "
                                     "numbers for historical reasons");
        b->suppressed_type_check = 1;
    }
}

void ccdk_s3_bucket_add_cors_rule(ccdk_s3_bucket *b, const ccdk_s3_cors_rule *rule)
{
    if (!ccdk__target_ok(b, __func__) || !ccdk__arg_ok(rule, __func__, "rule") || imported_error(b, __func__))
        return;
    ccdk_app *app = b->node.app;
    ccdk_s3_cors_rule r = *rule;
    r.id = keep(app, r.id);
    r.allowed_headers = copy_strs(app, r.allowed_headers, "allowed_headers");
    r.allowed_methods = copy_strs(app, r.allowed_methods, "allowed_methods");
    r.allowed_origins = copy_strs(app, r.allowed_origins, "allowed_origins");
    r.exposed_headers = copy_strs(app, r.exposed_headers, "exposed_headers");
    if (b->ncors == b->capcors)
        b->cors = ccdk__arena_grow(app, b->cors, b->ncors, &b->capcors, sizeof *b->cors, 4);
    b->cors[b->ncors++] = r;
}

void ccdk_s3_bucket_add_metric(ccdk_s3_bucket *b, const ccdk_s3_bucket_metrics *metric)
{
    if (!ccdk__target_ok(b, __func__) || !ccdk__arg_ok(metric, __func__, "metric") || imported_error(b, __func__))
        return;
    ccdk_app *app = b->node.app;
    ccdk_s3_bucket_metrics m = *metric;
    m.id = keep(app, m.id);
    m.prefix = keep(app, m.prefix);
    m.tag_filters = copy_kvs(app, m.tag_filters, "tag_filters");
    if (b->nmetrics == b->capmetrics)
        b->metrics = ccdk__arena_grow(app, b->metrics, b->nmetrics, &b->capmetrics, sizeof *b->metrics, 4);
    b->metrics[b->nmetrics++] = m;
}

static ccdk_value *inventories_lazy(void *ctx);

void ccdk_s3_bucket_add_inventory(ccdk_s3_bucket *b, const ccdk_s3_inventory *inventory)
{
    if (!ccdk__target_ok(b, __func__) || !ccdk__arg_ok(inventory, __func__, "inventory") || imported_error(b, __func__))
        return;
    if (!ccdk__node_of(inventory->destination.bucket)) {
        ccdk__error(b, "%s: the inventory's destination bucket is NULL or not a bucket", __func__);
        return;
    }
    ccdk_app *app = b->node.app;
    ccdk_s3_inventory v = *inventory;
    v.destination.prefix = keep(app, v.destination.prefix);
    v.destination.bucket_owner = keep(app, v.destination.bucket_owner);
    v.objects_prefix = keep(app, v.objects_prefix);
    v.format = keep(app, v.format);
    v.inventory_id = keep(app, v.inventory_id);
    v.frequency = keep(app, v.frequency);
    v.include_object_versions = keep(app, v.include_object_versions);
    v.optional_fields = copy_strs(app, v.optional_fields, "optional_fields");
    if (!b->ninventories) /* effectful: made with the first, so that an App without any skips that pass */
        ccdk__res_set(b->resource, "InventoryConfigurations", ccdk__v_lazy_effectful(app, inventories_lazy, b));
    if (b->ninventories == b->capinventories) {
        size_t cap = b->capinventories;
        b->inventories = ccdk__arena_grow(app, b->inventories, b->ninventories, &b->capinventories, sizeof *b->inventories, 4);
        b->inventory_policy_added = ccdk__arena_grow(app, b->inventory_policy_added, b->ninventories, &cap,
                                                     sizeof *b->inventory_policy_added, 4);
    }
    b->inventory_policy_added[b->ninventories] = 0;
    b->inventories[b->ninventories++] = v;
}

/* ------------------------------------------------------------------ render */

static void set_str(ccdk_app *app, ccdk_value *o, const char *key, const char *s)
{
    if (s)
        ccdk__v_set(o, key, ccdk__v_from_string(app, s));
}

static void set_strs(ccdk_app *app, ccdk_value *o, const char *key, ccdk_strs l)
{
    if (!CCDK__GIVEN(l))
        return;
    ccdk_value *list = ccdk__v_list(app);
    for (size_t i = 0; i < l.count; i++)
        ccdk__v_push(list, ccdk__v_from_string(app, l.items[i] ? l.items[i] : ""));
    ccdk__v_set(o, key, list);
}

/* parseTagFilters: [{Key, Value}] of the given pairs (an empty map is an empty list, given) */
static ccdk_value *tag_filters(ccdk_app *app, ccdk_kvs tags)
{
    if (!CCDK__GIVEN(tags))
        return NULL;
    ccdk_value *list = ccdk__v_list(app);
    for (size_t i = 0; i < tags.count; i++) {
        ccdk_value *t = ccdk__v_obj(app);
        ccdk__v_set(t, "Key", ccdk__v_from_string(app, tags.items[i].key ? tags.items[i].key : ""));
        ccdk__v_set(t, "Value", ccdk__v_from_string(app, tags.items[i].value ? tags.items[i].value : ""));
        ccdk__v_push(list, t);
    }
    return list;
}

/* duration.toDays() inside the lazy: its errors are thrown there (a resolution error); NULL then */
static ccdk_value *days(ccdk_app *app, ccdk_duration d)
{
    double from = ccdk__time_unit_ms(d.unit), to = ccdk__time_unit_ms(CCDK_TIME_DAYS);
    if (d.token) {
        if (from == to)
            return ccdk__v_from_string(app, d.token);
        ccdk__lazy_error(app,
                         "Duration must be specified as 'Duration.%s()' here since its value comes from a token and "
                         "cannot be converted (got Duration.%s)",
                         ccdk__time_unit_label(CCDK_TIME_DAYS), ccdk__time_unit_label(d.unit));
        return NULL;
    }
    double v = from == to ? d.amount : d.amount * from / to;
    if (!(isfinite(v) && v == floor(v))) {
        if (from == to)
            ccdk__lazy_error(app, "%s must be a whole number of %s.", ccdk__num_string(app, d.amount),
                             ccdk__time_unit_label(CCDK_TIME_DAYS));
        else
            ccdk__lazy_error(app, "'%s %s' cannot be converted into a whole number of %s.", ccdk__num_string(app, d.amount),
                             ccdk__time_unit_label(d.unit), ccdk__time_unit_label(CCDK_TIME_DAYS));
        return NULL;
    }
    return ccdk__v_num(app, v);
}

#define DAYS_OR_FAIL(dst, d)                                                                       \
    do {                                                                                           \
        if (!((dst) = days(app, (d))))                                                             \
            return NULL;                                                                           \
    } while (0)

/* parseLifecycleRule: its checks, then the rule in aws-cdk-lib's key order (tree.json keeps it) */
static ccdk_value *render_rule(ccdk_app *app, const ccdk_s3_lifecycle_rule *r)
{
    int has_expiration = ccdk_duration_is_set(r->expiration);
    ccdk_value *tags = tag_filters(app, r->tag_filters);
    if (ccdk__tri_true(r->expired_object_delete_marker) && (has_expiration || r->expiration_date || tags)) {
        ccdk__lazy_error(app, "ExpiredObjectDeleteMarker cannot be specified with expiration, ExpirationDate, or TagFilters.");
        return NULL;
    }
    if (!ccdk_duration_is_set(r->abort_incomplete_multipart_upload_after) && !has_expiration && !r->expiration_date &&
        !ccdk__tri_set(r->expired_object_delete_marker) && !ccdk_duration_is_set(r->noncurrent_version_expiration) &&
        !r->noncurrent_versions_to_retain.set && !CCDK__GIVEN(r->noncurrent_version_transitions) &&
        !CCDK__GIVEN(r->transitions)) {
        ccdk__lazy_error(app, "All rules for `lifecycleRules` must have at least one of the following properties: "
                              "`abortIncompleteMultipartUploadAfter`, `expiration`, `expirationDate`, "
                              "`expiredObjectDeleteMarker`, `noncurrentVersionExpiration`, `noncurrentVersionsToRetain`, "
                              "`noncurrentVersionTransitions`, or `transitions`");
        return NULL;
    }
    for (size_t i = 0; i < r->transitions.count; i++)
        if (!r->transitions.items[i].transition_date == !ccdk_duration_is_set(r->transitions.items[i].transition_after)) {
            ccdk__lazy_error(app, "Exactly one of transitionDate or transitionAfter must be specified in lifecycle rule transition");
            return NULL;
        }
    ccdk_value *o = ccdk__v_obj(app), *v;
    if (ccdk_duration_is_set(r->abort_incomplete_multipart_upload_after)) {
        DAYS_OR_FAIL(v, r->abort_incomplete_multipart_upload_after);
        ccdk_value *a = ccdk__v_obj(app);
        ccdk__v_set(a, "DaysAfterInitiation", v);
        ccdk__v_set(o, "AbortIncompleteMultipartUpload", a);
    }
    set_str(app, o, "ExpirationDate", r->expiration_date);
    if (has_expiration) {
        DAYS_OR_FAIL(v, r->expiration);
        ccdk__v_set(o, "ExpirationInDays", v);
    }
    set_str(app, o, "Id", r->id);
    if (ccdk_duration_is_set(r->noncurrent_version_expiration)) {
        DAYS_OR_FAIL(v, r->noncurrent_version_expiration);
        ccdk_value *e = ccdk__v_obj(app);
        ccdk__v_set(e, "NoncurrentDays", v);
        if (r->noncurrent_versions_to_retain.set)
            ccdk__v_set(e, "NewerNoncurrentVersions", ccdk__v_opt_num(app, r->noncurrent_versions_to_retain));
        ccdk__v_set(o, "NoncurrentVersionExpiration", e);
    }
    if (r->noncurrent_version_transitions.count) { /* mapOrUndefined: an empty list is left out */
        ccdk_value *list = ccdk__v_list(app);
        for (size_t i = 0; i < r->noncurrent_version_transitions.count; i++) {
            const ccdk_s3_noncurrent_version_transition *t = &r->noncurrent_version_transitions.items[i];
            ccdk_value *e = ccdk__v_obj(app);
            ccdk__v_set(e, "StorageClass", ccdk__v_from_string(app, t->storage_class));
            DAYS_OR_FAIL(v, t->transition_after); /* transitionAfter.toDays(): required */
            ccdk__v_set(e, "TransitionInDays", v);
            if (t->noncurrent_versions_to_retain.set)
                ccdk__v_set(e, "NewerNoncurrentVersions", ccdk__v_opt_num(app, t->noncurrent_versions_to_retain));
            ccdk__v_push(list, e);
        }
        ccdk__v_set(o, "NoncurrentVersionTransitions", list);
    }
    set_str(app, o, "Prefix", r->prefix);
    ccdk__v_set(o, "Status", ccdk__v_str(app, ccdk__tri_set(r->enabled) && !ccdk__tri_true(r->enabled) ? "Disabled" : "Enabled"));
    if (r->transitions.count) {
        ccdk_value *list = ccdk__v_list(app);
        for (size_t i = 0; i < r->transitions.count; i++) {
            const ccdk_s3_transition *t = &r->transitions.items[i];
            ccdk_value *e = ccdk__v_obj(app);
            ccdk__v_set(e, "StorageClass", ccdk__v_from_string(app, t->storage_class));
            set_str(app, e, "TransitionDate", t->transition_date);
            if (ccdk_duration_is_set(t->transition_after)) {
                DAYS_OR_FAIL(v, t->transition_after);
                ccdk__v_set(e, "TransitionInDays", v);
            }
            ccdk__v_push(list, e);
        }
        ccdk__v_set(o, "Transitions", list);
    }
    if (ccdk__tri_set(r->expired_object_delete_marker))
        ccdk__v_set(o, "ExpiredObjectDeleteMarker", ccdk__v_bool(app, ccdk__tri_true(r->expired_object_delete_marker)));
    if (tags)
        ccdk__v_set(o, "TagFilters", tags);
    if (r->object_size_less_than.set)
        ccdk__v_set(o, "ObjectSizeLessThan", ccdk__v_opt_num(app, r->object_size_less_than));
    if (r->object_size_greater_than.set)
        ccdk__v_set(o, "ObjectSizeGreaterThan", ccdk__v_opt_num(app, r->object_size_greater_than));
    return o;
}

static ccdk_value *lifecycle_lazy(void *ctx)
{
    ccdk_s3_bucket *b = ctx;
    ccdk_app *app = b->node.app;
    if (!b->nlifecycle)
        return ccdk__v_undef(app);
    ccdk_value *rules = ccdk__v_list(app);
    for (size_t i = 0; i < b->nlifecycle; i++) {
        ccdk_value *r = render_rule(app, &b->lifecycle[i]);
        if (!r)
            return ccdk__v_undef(app);
        ccdk__v_push(rules, r);
    }
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, "Rules", rules);
    set_str(app, o, "TransitionDefaultMinimumObjectSize", b->transition_default_minimum_object_size);
    return o;
}

static ccdk_value *cors_lazy(void *ctx)
{
    ccdk_s3_bucket *b = ctx;
    ccdk_app *app = b->node.app;
    if (!b->ncors)
        return ccdk__v_undef(app);
    ccdk_value *rules = ccdk__v_list(app);
    for (size_t i = 0; i < b->ncors; i++) {
        const ccdk_s3_cors_rule *r = &b->cors[i];
        ccdk_value *o = ccdk__v_obj(app);
        set_str(app, o, "Id", r->id);
        if (r->max_age.set)
            ccdk__v_set(o, "MaxAge", ccdk__v_opt_num(app, r->max_age));
        set_strs(app, o, "AllowedHeaders", r->allowed_headers);
        set_strs(app, o, "AllowedMethods", r->allowed_methods);
        set_strs(app, o, "AllowedOrigins", r->allowed_origins);
        set_strs(app, o, "ExposedHeaders", r->exposed_headers);
        ccdk__v_push(rules, o);
    }
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, "CorsRules", rules);
    return o;
}

static ccdk_value *metrics_lazy(void *ctx)
{
    ccdk_s3_bucket *b = ctx;
    ccdk_app *app = b->node.app;
    if (!b->nmetrics)
        return ccdk__v_undef(app);
    ccdk_value *list = ccdk__v_list(app);
    for (size_t i = 0; i < b->nmetrics; i++) {
        const ccdk_s3_bucket_metrics *m = &b->metrics[i];
        ccdk_value *o = ccdk__v_obj(app);
        set_str(app, o, "Id", m->id);
        set_str(app, o, "Prefix", m->prefix);
        ccdk_value *tags = tag_filters(app, m->tag_filters);
        if (tags)
            ccdk__v_set(o, "TagFilters", tags);
        ccdk__v_push(list, o);
    }
    return list;
}

/* /[^\w\.\-]/: a character an inventory id may not have */
static int bad_id_char(unsigned char c)
{
    return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-');
}

/* parseInventoryConfiguration: renders the inventories, and (once each here: aws-cdk-lib adds it at
 * every render, and the policy document drops the duplicates) gives each destination bucket of the
 * App's own its bucket policy statement */
static ccdk_value *inventories_lazy(void *ctx)
{
    ccdk_s3_bucket *b = ctx;
    ccdk_app *app = b->node.app;
    if (!b->ninventories)
        return ccdk__v_undef(app);
    ccdk_value *list = ccdk__v_list(app);
    for (size_t i = 0; i < b->ninventories; i++) {
        const ccdk_s3_inventory *inv = &b->inventories[i];
        const char *id = inv->inventory_id;
        if (id) {
            int bad = ccdk__js_length(id) > 64;
            for (const char *c = id; !bad && *c; c++)
                bad = bad_id_char((unsigned char)*c);
            if (bad) {
                ccdk__lazy_error(app, "inventoryId should not exceed 64 characters and should not contain special "
                                      "characters except . and -, got %s", id);
                return ccdk__v_undef(app);
            }
        } else { /* `${this.node.id}Inventory${index}`, cleaned, its last 64 characters */
            const char *raw = ccdk_fmt(b, "%sInventory%zu", b->node.id, i);
            char *clean = ccdk__alloc(app, strlen(raw) + 1);
            size_t n = 0;
            for (const char *c = raw; *c; c++)
                if (!bad_id_char((unsigned char)*c))
                    clean[n++] = *c;
            clean[n] = 0;
            id = n > 64 ? clean + n - 64 : clean;
        }
        ccdk_s3_bucket *dest = inv->destination.bucket;
        if (!dest->imported && !b->inventory_policy_added[i]) {
            b->inventory_policy_added[i] = 1;
            /* the statement and the policy outlive this render (the scan of synth's prepare runs it
             * in a scratch arena) */
            ccdk__arena cur;
            ccdk__persistent_enter(app, &cur);
            ccdk_value *cond = ccdk__v_obj(app), *arn_like = ccdk__v_obj(app);
            ccdk__v_set(arn_like, "aws:SourceArn", ccdk__v_from_string(app, b->arn));
            ccdk__v_set(cond, "ArnLike", arn_like);
            const char *objects = ccdk_fmt(b, "%s*", inv->destination.prefix ? inv->destination.prefix : "");
            ccdk__s3_add_to_resource_policy(dest, ccdk_iam_policy_statement_new(dest, &(ccdk_iam_policy_statement_props){
                .effect = CCDK_IAM_ALLOW,
                .actions = CCDK_STRS("s3:PutObject"),
                .resources = CCDK_STRS(dest->arn, ccdk_s3_bucket_arn_for_objects(dest, objects)),
                .principals = CCDK_LIST(ccdk_iam_service_principal(dest, "s3.amazonaws.com")),
                .conditions = cond,
            }));
            ccdk__persistent_leave(app, &cur);
        }
        ccdk_value *o = ccdk__v_obj(app), *d = ccdk__v_obj(app);
        ccdk__v_set(o, "Id", ccdk__v_from_string(app, id));
        ccdk__v_set(d, "BucketArn", ccdk__v_from_string(app, dest->arn));
        set_str(app, d, "BucketAccountId", inv->destination.bucket_owner);
        set_str(app, d, "Prefix", inv->destination.prefix);
        ccdk__v_set(d, "Format", ccdk__v_from_string(app, inv->format ? inv->format : "CSV"));
        ccdk__v_set(o, "Destination", d);
        ccdk__v_set(o, "Enabled", ccdk__v_bool(app, !ccdk__tri_set(inv->enabled) || ccdk__tri_true(inv->enabled)));
        ccdk__v_set(o, "IncludedObjectVersions",
                    ccdk__v_from_string(app, inv->include_object_versions ? inv->include_object_versions : "All"));
        ccdk__v_set(o, "ScheduleFrequency", ccdk__v_from_string(app, inv->frequency ? inv->frequency : "Weekly"));
        set_strs(app, o, "OptionalFields", inv->optional_fields);
        set_str(app, o, "Prefix", inv->objects_prefix);
        ccdk__v_push(list, o);
    }
    return list;
}

void ccdk__s3_set_config_lazies(ccdk_s3_bucket *b)
{
    ccdk_app *app = b->node.app;
    ccdk__res_set(b->resource, "CorsConfiguration", ccdk__v_lazy(app, cors_lazy, b));
    ccdk__res_set(b->resource, "LifecycleConfiguration", ccdk__v_lazy(app, lifecycle_lazy, b));
    ccdk__res_set(b->resource, "MetricsConfigurations", ccdk__v_lazy(app, metrics_lazy, b));
}
