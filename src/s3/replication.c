/* replication.c - a bucket's replication rules and intelligent tiering (aws-cdk-lib/aws-s3/lib/bucket.js
 * renderReplicationConfiguration, addReplicationPolicy, parseTieringConfig). Objects are built in
 * the template's key order; tree.json's (aws-cdk-lib's object literals) is in
 * scripts/gen-tree-props-table.js. */
#include <string.h>

#include "ccdk/kms.h"
#include "s3_internal.h"

static void set_status(ccdk_app *app, ccdk_value *o, const char *key, int enabled)
{
    ccdk_value *s = ccdk__v_obj(app);
    ccdk__v_set(s, "Status", ccdk__v_str(app, enabled ? "Enabled" : "Disabled"));
    ccdk__v_set(o, key, s);
}

static ccdk_value *minutes(ccdk_app *app, ccdk_opt_num n)
{
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, "Minutes", ccdk__v_opt_num(app, n));
    return o;
}

/* [{Key, Value}] of tags */
static ccdk_value *tag_list(ccdk_app *app, ccdk_kvs tags, const char *what)
{
    ccdk_value *l = ccdk__v_list(app);
    for (size_t i = 0, n = CCDK__LEN(tags, what); i < n; i++) {
        ccdk_value *t = ccdk__v_obj(app);
        ccdk__v_set(t, "Key", ccdk__v_from_string(app, tags.items[i].key));
        ccdk__v_set(t, "Value", ccdk__v_from_string(app, tags.items[i].value));
        ccdk__v_push(l, t);
    }
    return l;
}

/* the checks renderReplicationConfiguration makes before it makes the role; 0 after an error */
static int check_rules(ccdk_s3_bucket *b, const ccdk_s3_bucket_props *p, size_t n)
{
    if (!n && p->replication_role) {
        ccdk__error(b, "cannot specify replicationRole when replicationRules is empty");
        return 0;
    }
    if (!n)
        return 0;
    if (!ccdk__tri_true(p->versioned)) {
        ccdk__error(b, "Replication rules require versioning to be enabled on the bucket");
        return 0;
    }
    for (size_t i = 0; i < n; i++)
        if (n > 1 && !p->replication_rules.items[i].priority.set) {
            ccdk__error(b, "'priority' must be specified for all replication rules when there are multiple rules");
            return 0;
        }
    for (size_t i = 0; i < n; i++) {
        const ccdk_s3_replication_rule *r = &p->replication_rules.items[i];
        if (r->replication_time_control.set && !r->metrics.set) {
            ccdk__error(b, "'replicationTimeControlMetrics' must be enabled when 'replicationTimeControl' is enabled.");
            return 0;
        }
        if (ccdk__tri_true(r->delete_marker_replication) && CCDK__GIVEN(r->filter.tags)) {
            ccdk__error(b, "tag filter cannot be specified when 'deleteMarkerReplication' is enabled.");
            return 0;
        }
        if (!ccdk__node_of(r->destination)) {
            ccdk__error(b, "replicationRules[%zu].destination is required", i);
            return 0;
        }
    }
    return 1;
}

int ccdk__s3_replication_prepare(ccdk_s3_bucket *b, const ccdk_s3_bucket_props *p)
{
    size_t n = CCDK__GIVEN(p->replication_rules) ? CCDK__LEN(p->replication_rules, "replication_rules") : 0;
    if (p->replication_role && !ccdk__node_of(p->replication_role)) {
        ccdk__error(b, "replication_role is not a role");
        return 0;
    }
    if (!check_rules(b, p, n))
        return 0;
    if (p->replication_role) {
        b->replication_role = p->replication_role;
        return 1;
    }
    int unique = ccdk__feature_flag(&b->node, "@aws-cdk/aws-s3:setUniqueReplicationRoleName");
    b->replication_role = ccdk_iam_role_new(b, "ReplicationRole", &(ccdk_iam_role_props){
        .assumed_by = ccdk_iam_service_principal(b, "s3.amazonaws.com"),
        /* the flag's PhysicalName.GENERATE_IF_NEEDED: a name made when another account's stack reads the
         * role (a destination's addReplicationPolicy(replicationRoleArn)) */
        .role_name = unique ? CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED : "CDKReplicationRole",
    });
    b->replication_role_made = 1;
    return 1;
}

ccdk_value *ccdk__s3_replication_configuration(ccdk_s3_bucket *b, const ccdk_s3_bucket_props *p)
{
    if (!b->replication_role)
        return NULL;
    ccdk_app *app = b->node.app;
    size_t n = CCDK__LEN(p->replication_rules, "replication_rules");
    if (b->replication_role_made) { /* this.grantReplicationPermission(role, {destinations}) */
        ccdk_s3_replication_destination *d = ccdk__alloc(app, n * sizeof *d);
        for (size_t i = 0; i < n; i++) {
            d[i].bucket = p->replication_rules.items[i].destination;
            d[i].encryption_key = p->replication_rules.items[i].kms_key;
        }
        ccdk_s3_bucket_grant_replication_permission(b, ccdk_iam_role_principal(b->replication_role),
                                                    &(ccdk_s3_grant_replication_permission_props){
                                                        .destinations = CCDK_LIST_N(d, n)});
    }
    ccdk_value *rules = ccdk__v_list(app);
    const char *source_account = ccdk_stack_account(b->node.stack);
    for (size_t i = 0; i < n; i++) {
        const ccdk_s3_replication_rule *r = &p->replication_rules.items[i];
        const char *dest_account = r->destination->account;
        int cross = strcmp(source_account, dest_account) != 0;
        if (cross)
            ccdk_annotations_add_info(CCDK_CONSTRUCT(b), "For Cross-account S3 replication, ensure to set up permissions on "
                                                         "destination bucket using method addReplicationPolicy() ");
        else if (ccdk__tri_true(r->access_control_transition)) {
            ccdk__error(b, "accessControlTranslation is only supported for cross-account replication");
            return NULL;
        }
        ccdk_value *dest = ccdk__v_obj(app);
        if (ccdk__tri_true(r->access_control_transition)) {
            ccdk_value *owner = ccdk__v_obj(app);
            ccdk__v_set(owner, "Owner", ccdk__v_str(app, "Destination"));
            ccdk__v_set(dest, "AccessControlTranslation", owner);
        }
        if (cross)
            ccdk__v_set(dest, "Account", ccdk__v_from_string(app, dest_account));
        ccdk__v_set(dest, "Bucket", ccdk__v_from_string(app, r->destination->arn));
        if (r->kms_key) {
            ccdk_value *enc = ccdk__v_obj(app);
            ccdk__v_set(enc, "ReplicaKmsKeyID", ccdk__v_from_string(app, ccdk_kms_key_arn(r->kms_key)));
            ccdk__v_set(dest, "EncryptionConfiguration", enc);
        }
        if (r->metrics.set) { /* the event threshold only with time control */
            ccdk_value *m = ccdk__v_obj(app);
            if (r->replication_time_control.set)
                ccdk__v_set(m, "EventThreshold", minutes(app, r->metrics));
            ccdk__v_set(m, "Status", ccdk__v_str(app, "Enabled"));
            ccdk__v_set(dest, "Metrics", m);
        }
        if (r->replication_time_control.set) {
            ccdk_value *t = ccdk__v_obj(app);
            ccdk__v_set(t, "Status", ccdk__v_str(app, "Enabled"));
            ccdk__v_set(t, "Time", minutes(app, r->replication_time_control));
            ccdk__v_set(dest, "ReplicationTime", t);
        }
        if (r->storage_class)
            ccdk__v_set(dest, "StorageClass", ccdk__v_from_string(app, r->storage_class));
        /* filter: {and: {prefix, tagFilters}} with tags, else {prefix}; prefix ?? "" */
        ccdk_value *filter = ccdk__v_obj(app);
        ccdk_value *prefix = ccdk__v_from_string(app, r->filter.prefix ? r->filter.prefix : "");
        size_t ntags = CCDK__GIVEN(r->filter.tags) ? CCDK__LEN(r->filter.tags, "filter.tags") : 0;
        if (ntags) {
            ccdk_value *and = ccdk__v_obj(app);
            ccdk__v_set(and, "Prefix", prefix);
            ccdk__v_set(and, "TagFilters", tag_list(app, r->filter.tags, "filter.tags"));
            ccdk__v_set(filter, "And", and);
        } else {
            ccdk__v_set(filter, "Prefix", prefix);
        }
        ccdk_value *rule = ccdk__v_obj(app);
        set_status(app, rule, "DeleteMarkerReplication", ccdk__tri_true(r->delete_marker_replication));
        ccdk__v_set(rule, "Destination", dest);
        ccdk__v_set(rule, "Filter", filter);
        if (r->id)
            ccdk__v_set(rule, "Id", ccdk__v_from_string(app, r->id));
        if (r->priority.set)
            ccdk__v_set(rule, "Priority", ccdk__v_opt_num(app, r->priority));
        if (ccdk__tri_set(r->replica_modifications) || ccdk__tri_set(r->sse_kms_encrypted_objects)) {
            ccdk_value *c = ccdk__v_obj(app);
            if (ccdk__tri_set(r->replica_modifications))
                set_status(app, c, "ReplicaModifications", ccdk__tri_true(r->replica_modifications));
            if (ccdk__tri_set(r->sse_kms_encrypted_objects))
                set_status(app, c, "SseKmsEncryptedObjects", ccdk__tri_true(r->sse_kms_encrypted_objects));
            ccdk__v_set(rule, "SourceSelectionCriteria", c);
        }
        ccdk__v_set(rule, "Status", ccdk__v_str(app, "Enabled"));
        ccdk__v_push(rules, rule);
    }
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, "Role", ccdk__v_from_string(app, ccdk_iam_role_arn(b->replication_role)));
    ccdk__v_set(o, "Rules", rules);
    return o;
}

void ccdk_s3_bucket_add_replication_policy(ccdk_s3_bucket *b, const char *role_arn, ccdk_tristate access_control_transition,
                                           const char *account)
{
    if (!ccdk__target_ok(b, __func__) || !ccdk__arg_ok(role_arn, __func__, "role_arn"))
        return;
    int added = !b->imported;
    ccdk__s3_add_to_resource_policy(b, ccdk_iam_policy_statement_new(b, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:GetBucketVersioning", "s3:PutBucketVersioning"),
        .resources = CCDK_STRS(b->arn),
        .principals = CCDK_LIST(ccdk_iam_arn_principal(b, role_arn)),
    }));
    ccdk__s3_add_to_resource_policy(b, ccdk_iam_policy_statement_new(b, &(ccdk_iam_policy_statement_props){
        .actions = CCDK_STRS("s3:ReplicateObject", "s3:ReplicateDelete"),
        .resources = CCDK_STRS(ccdk_s3_bucket_arn_for_objects(b, "*")),
        .principals = CCDK_LIST(ccdk_iam_arn_principal(b, role_arn)),
    }));
    if (ccdk__tri_true(access_control_transition)) {
        if (!account) {
            ccdk__error(b, "account must be specified to override ownership access control transition");
            return;
        }
        ccdk__s3_add_to_resource_policy(b, ccdk_iam_policy_statement_new(b, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:ObjectOwnerOverrideToBucketOwner"),
            .resources = CCDK_STRS(ccdk_s3_bucket_arn_for_objects(b, "*")),
            .principals = CCDK_LIST(ccdk_iam_account_principal(b, account)),
        }));
    }
    if (!added)
        ccdk_annotations_add_info(CCDK_CONSTRUCT(b),
                                  ccdk_fmt(b, "Cross-account S3 replication for a referenced destination bucket is set up. In "
                                              "the destination bucket's bucket policy, please grant access permissions from %s.",
                                           /* `${stack.resolve(roleArn)}`: a token resolves to an object */
                                           ccdk__is_unresolved(role_arn) ? "[object Object]" : role_arn));
}

const char *ccdk_s3_bucket_replication_role_arn(ccdk_s3_bucket *b)
{
    if (!ccdk__handle_ok(b, __func__) || !b->replication_role)
        return NULL;
    return ccdk_iam_role_arn(b->replication_role);
}

/* ------------------------------------------------------------------ intelligent tiering */

ccdk_value *ccdk__s3_tiering_configurations(ccdk_s3_bucket *b, const ccdk_s3_bucket_props *p)
{
    if (!CCDK__GIVEN(p->intelligent_tiering_configurations))
        return NULL;
    ccdk_app *app = b->node.app;
    ccdk_value *list = ccdk__v_list(app);
    for (size_t i = 0, n = CCDK__LEN(p->intelligent_tiering_configurations, "intelligent_tiering_configurations"); i < n; i++) {
        const ccdk_s3_intelligent_tiering_configuration *c = &p->intelligent_tiering_configurations.items[i];
        ccdk_value *tierings = ccdk__v_list(app);
        const ccdk_duration *times[] = {&c->archive_access_tier_time, &c->deep_archive_access_tier_time};
        static const char *const tiers[] = {"ARCHIVE_ACCESS", "DEEP_ARCHIVE_ACCESS"};
        for (int t = 0; t < 2; t++) {
            if (times[t]->unit == CCDK_TIME_UNSET)
                continue;
            int ok = 1;
            double days = ccdk__duration_convert(b, *times[t], CCDK_TIME_DAYS, 1, &ok);
            if (!ok)
                return NULL;
            ccdk_value *tier = ccdk__v_obj(app);
            ccdk__v_set(tier, "AccessTier", ccdk__v_str(app, tiers[t]));
            ccdk__v_set(tier, "Days", ccdk__v_num_or_token(app, days, times[t]->token));
            ccdk__v_push(tierings, tier);
        }
        ccdk_value *o = ccdk__v_obj(app);
        if (c->name)
            ccdk__v_set(o, "Id", ccdk__v_from_string(app, c->name));
        if (c->prefix)
            ccdk__v_set(o, "Prefix", ccdk__v_from_string(app, c->prefix));
        ccdk__v_set(o, "Status", ccdk__v_str(app, "Enabled"));
        if (CCDK__GIVEN(c->tags))
            ccdk__v_set(o, "TagFilters", tag_list(app, c->tags, "tags"));
        ccdk__v_set(o, "Tierings", tierings);
        ccdk__v_push(list, o);
    }
    return list;
}
