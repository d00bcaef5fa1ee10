/* dynamodb.c - dynamodb.Table (aws-cdk-lib/aws-dynamodb/lib/table.ts) and TableV2 (table-v2.ts): keys,
 * billing, stream, encryption, point-in-time recovery, TTL, removal policy, secondary indexes, auto
 * scaling (core/scalable.h), TableV2 replicas and encryption, grants and grantStreamRead for
 * Lambda's DynamoEventSource, metrics (the *ForOperations ones as MathExpressions). */
#include <ctype.h>
#include <string.h>

#include "ccdk/cloudwatch.h"
#include "ccdk/dynamodb.h"
#include "internal.h"

struct ccdk_dynamodb_table {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *arn, *name, *stream_arn;
    int v2; /* a TableV2 */
    ccdk_iam_policy_document *policy; /* table.resourcePolicy, made by the first addToResourcePolicy */
    ccdk_value *replica;              /* a TableV2's replica in its stack's region */
    ccdk_iam_policy_document *stream_policy; /* a TableV2's streamResourcePolicy */
    ccdk_kvs replica_key_arns;        /* a TableV2's customer-managed encryption: the other regions' keys */
    ccdk_value *replicas;             /* a TableV2's Replicas: the added ones, then the stack region's */
    struct dyn_name *replica_regions; /* the added replicas' regions */
    int dynamo_stream, cmk;           /* a TableV2's props.dynamoStream given; customer-managed encryption */
    ccdk_value *read_provisioning, *write_provisioning; /* a provisioned TableV2's, else NULL */
    ccdk_value *v2_cci, *v2_deletion, *v2_pitr, *v2_class; /* a TableV2's table options every replica takes */
    ccdk_opt_num v2_max_read;         /* an on-demand TableV2's maxReadRequestUnits */
    ccdk_kms_key *key;                /* table.encryptionKey (CUSTOMER_MANAGED) */
    /* secondary indexes (a Table's): */
    int pay;                          /* billingMode PAY_PER_REQUEST */
    ccdk_dynamodb_attribute pk, sk;   /* tablePartitionKey, tableSortKey (sk.name NULL: none) */
    ccdk_value *defs;                 /* AttributeDefinitions, which the indexes' keys extend */
    ccdk_value *gsis, *lsis;          /* GlobalSecondaryIndexes / LocalSecondaryIndexes (NULL: none) */
    size_t n_lsi, n_gsi;
    struct dyn_name *index_names;     /* the schemas' names: the indexes' */
    struct dyn_name *non_key;         /* nonKeyAttributes: the Set across all indexes */
    struct dyn_name *attrs;           /* the attributes defined, with their types */
    size_t n_non_key;
    ccdk_iam_role *scaling_role;      /* Role.fromRoleArn(this, "ScalingRole", the service-linked role) */
    ccdk_dynamodb_scalable_attribute *read_scaling, *write_scaling; /* tableScaling */
    struct dyn_index_scaling *index_scaling; /* indexScaling: one per global secondary index */
    struct dyn_schema *schemas;       /* schemas: the table's (name NULL) and its indexes' keys */
    int import_has_index;             /* an import's hasIndex (grantIndexPermissions, globalIndexes, localIndexes) */
    /* a TableV2 import's region (metrics) and account (grants), from its ARN (environmentFromArn) */
    const char *import_region, *import_account;
};

/* an entry of Table.schemas: the keys of the table (name NULL) or of one of its indexes */
struct dyn_schema {
    const char *name;
    ccdk_dynamodb_schema keys;
    struct dyn_schema *next;
};

/* a global secondary index's scalable attributes (indexScaling's entry) */
struct dyn_index_scaling {
    const char *index_name;
    ccdk_dynamodb_scalable_attribute *read, *write;
    ccdk_opt_num max_read; /* a TableV2's index's maxReadRequestUnits (globalSecondaryIndexMaxReadUnits) */
    struct dyn_index_scaling *next;
};

/* ScalableTableAttribute (aws-dynamodb/lib/scalable-table-attribute.ts) */
struct ccdk_dynamodb_scalable_attribute {
    ccdk__node node;
    ccdk__scalable s;
    int read; /* the dimension names ReadCapacity: DynamoDBReadCapacityUtilization */
};

/* a singly linked list of names (index names, the non-key attribute Set) */
struct dyn_name {
    const char *name;
    const char *type; /* an attribute's ("S", "N", "B"); NULL for other names */
    struct dyn_name *next;
};

static int has_name(const struct dyn_name *l, const char *name)
{
    for (; l; l = l->next)
        if (!strcmp(l->name, name))
            return 1;
    return 0;
}

static void add_name(ccdk_app *app, struct dyn_name **l, const char *name)
{
    struct dyn_name *n = ccdk__alloc(app, sizeof *n);
    n->name = ccdk__strdup(app, name);
    n->type = NULL;
    n->next = *l;
    *l = n;
}

/* Table.validateTable, at synth: local secondary indexes need the table's sort key (a node
 * validation: the message comes with the path in brackets) */
static void validate_table(ccdk__node *n)
{
    ccdk_dynamodb_table *t = (ccdk_dynamodb_table *)n;
    if (t->n_lsi && !t->sk.name)
        ccdk__unscoped_error(n->app, "[%s] a sort key of the table must be specified to add local secondary indexes", n->path);
}

static const ccdk__kind kind_table = {.fqn = "aws-cdk-lib.aws_dynamodb.Table", .validate = validate_table, .class_name = "Table2"};
static const ccdk__kind kind_table_v2 = {.fqn = "aws-cdk-lib.aws_dynamodb.TableV2", .class_name = "TableV22"};

static ccdk_value *replica_gsis(void *ctx);
static ccdk_value *replica_stream_spec(void *ctx);
static ccdk_value *replica_tags(void *ctx);
static ccdk_value *replica_sse(void *ctx);
static void *replica_ctx(ccdk_dynamodb_table *t, const char *region);

static ccdk_value *one_key(ccdk_app *app, const char *key, ccdk_value *v)
{
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, key, v);
    return o;
}

/* this.resourcePolicy = doc: a Table's CfnTable ResourcePolicy {PolicyDocument}, a TableV2's in its
 * replica (the one in the stack's region: its only one), after Region */
static void set_resource_policy(ccdk_dynamodb_table *t, ccdk_iam_policy_document *doc)
{
    t->policy = doc;
    ccdk_value *rp = one_key(t->node.app, "PolicyDocument", ccdk_iam_policy_document_value(doc));
    if (t->v2)
        ccdk__v_set(t->replica, "ResourcePolicy", rp);
    else
        ccdk__res_set(t->resource, "ResourcePolicy", rp);
}

static const char *attr_type(ccdk_dynamodb_attribute_type t)
{
    switch (t) {
    case CCDK_DYNAMODB_ATTRIBUTE_NUMBER: return "N";
    case CCDK_DYNAMODB_ATTRIBUTE_BINARY: return "B";
    default: return "S";
    }
}

/* Table.addKey / TableV2.addKey: a KeySchema entry, and an AttributeDefinitions entry unless one of
 * that name exists (of another type: aws-cdk-lib's error, and 0). */
static int add_key(ccdk_dynamodb_table *t, ccdk_value *schema, ccdk_value *defs, const ccdk_dynamodb_attribute *a,
                   const char *key_type, const ccdk_dynamodb_attribute *earlier)
{
    ccdk_app *app = t->node.app;
    if (!CCDK__ENUM_OK(t, a->type, ccdk_dynamodb_attribute_type, CCDK_DYNAMODB_ATTRIBUTE_STRING,
                       CCDK_DYNAMODB_ATTRIBUTE_BINARY, earlier ? "sortKey.type" : "partitionKey.type"))
        return 0;
    if (earlier && earlier->name && !strcmp(earlier->name, a->name)) {
        if (strcmp(attr_type(earlier->type), attr_type(a->type)) != 0) {
            ccdk__error(t, "Unable to specify %s as %s because it was already defined as %s", a->name, attr_type(a->type),
                        attr_type(earlier->type));
            return 0;
        }
    } else {
        ccdk_value *d = ccdk__v_obj(app);
        ccdk__v_set(d, "AttributeName", ccdk__v_from_string(app, a->name));
        ccdk__v_set(d, "AttributeType", ccdk__v_str(app, attr_type(a->type)));
        ccdk__v_push(defs, d);
    }
    ccdk_value *k = ccdk__v_obj(app);
    ccdk__v_set(k, "AttributeName", ccdk__v_from_string(app, a->name));
    ccdk__v_set(k, "KeyType", ccdk__v_str(app, key_type));
    ccdk__v_push(schema, k);
    return 1;
}

/* the table's keys and AttributeDefinitions, which its secondary indexes extend */
static void record_keys(ccdk_dynamodb_table *t, ccdk_value *defs, const ccdk_dynamodb_attribute *pk, const ccdk_dynamodb_attribute *sk)
{
    ccdk_app *app = t->node.app;
    t->defs = defs;
    t->pk = *pk;
    t->pk.name = ccdk__strdup(app, pk->name);
    add_name(app, &t->attrs, t->pk.name);
    t->attrs->type = attr_type(t->pk.type);
    if (sk->name) {
        t->sk = *sk;
        t->sk.name = ccdk__strdup(app, sk->name);
        if (!has_name(t->attrs, t->sk.name)) {
            add_name(app, &t->attrs, t->sk.name);
            t->attrs->type = attr_type(t->sk.type);
        }
    }
}

/* Table.parseEncryption: the SSESpecification (NULL: none) and, for CUSTOMER_MANAGED, the key --
 * the given one or a new kms.Key "Key" under the table, made before the table's resource. 0 after
 * aws-cdk-lib's error. */
static int parse_encryption(ccdk_dynamodb_table *t, const ccdk_dynamodb_table_props *p, ccdk_value **sse)
{
    ccdk_app *app = t->node.app;
    static const char *const names[] = {"undefined", "AWS_OWNED", "AWS_MANAGED", "CUSTOMER_MANAGED"};
    ccdk_dynamodb_table_encryption e = p->encryption;
    if (e > CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED) {
        ccdk__error(t, "Unexpected 'encryptionType': %d", (int)e);
        return 0;
    }
    if (!e && p->encryption_key)
        e = CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED;
    if (e != CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED && p->encryption_key) {
        ccdk__error(t, "encryptionKey cannot be specified unless encryption is set to TableEncryption.CUSTOMER_MANAGED (it was set to %s)",
                    names[e]);
        return 0;
    }
    switch (e) {
    case CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED: {
        ccdk_kms_key *key = p->encryption_key;
        if (!key) {
            const char *desc = ccdk__sprintf(app, "Customer-managed key auto-created for encrypting DynamoDB table at %s", t->node.path);
            key = ccdk_kms_key_new(t, "Key", &(ccdk_kms_key_props){.description = desc, .enable_key_rotation = CCDK_TRUE});
        }
        t->key = key;
        /* in the template's order: tree.json's is aws-cdk-lib's (scripts/gen-tree-props-table.js) */
        *sse = one_key(app, "KMSMasterKeyId", ccdk__v_from_string(app, ccdk_kms_key_arn(key)));
        ccdk__v_set(*sse, "SSEEnabled", ccdk__v_bool(app, 1));
        ccdk__v_set(*sse, "SSEType", ccdk__v_str(app, "KMS"));
        return 1;
    }
    case CCDK_DYNAMODB_ENCRYPTION_AWS_MANAGED: *sse = one_key(app, "SSEEnabled", ccdk__v_bool(app, 1)); return 1;
    case CCDK_DYNAMODB_ENCRYPTION_DEFAULT: *sse = one_key(app, "SSEEnabled", ccdk__v_bool(app, 0)); return 1;
    default: return 1;
    }
}

/* Table.validatePitr: the PointInTimeRecoverySpecification (NULL: none); 0 after aws-cdk-lib's error */
static int validate_pitr(ccdk_dynamodb_table *t, const ccdk_dynamodb_point_in_time_recovery_specification *spec,
                         ccdk_tristate pitr_bool, ccdk_value **out)
{
    ccdk_app *app = t->node.app;
    if (spec && ccdk__tri_set(pitr_bool)) {
        ccdk__error(t, "`pointInTimeRecoverySpecification` and `pointInTimeRecovery` are set. Use `pointInTimeRecoverySpecification` only.");
        return 0;
    }
    if (spec) {
        ccdk_opt_num days = spec->recovery_period_in_days;
        /* `!enabled && recoveryPeriodInDays`: a period of 0 passes */
        if (!ccdk__tri_true(spec->point_in_time_recovery_enabled) && days.set && (days.token || days.value)) {
            ccdk__error(t, "Cannot set `recoveryPeriodInDays` while `pointInTimeRecoveryEnabled` is set to false.");
            return 0;
        }
        if (days.set && !days.token && (days.value < 1 || days.value > 35)) {
            ccdk__error(t, "`recoveryPeriodInDays` must be a value between `1` and `35`.");
            return 0;
        }
        *out = ccdk__v_obj(app);
        if (ccdk__tri_set(spec->point_in_time_recovery_enabled))
            ccdk__v_set(*out, "PointInTimeRecoveryEnabled", ccdk__v_bool(app, ccdk__tri_true(spec->point_in_time_recovery_enabled)));
        if (days.set)
            ccdk__v_set(*out, "RecoveryPeriodInDays", ccdk__v_opt_num(app, days));
    } else if (ccdk__tri_set(pitr_bool)) {
        *out = one_key(app, "PointInTimeRecoveryEnabled", ccdk__v_bool(app, ccdk__tri_true(pitr_bool)));
    }
    return 1;
}

static const char *const stream_views[] = {"", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"};
static const char *const table_classes[] = {"", "STANDARD", "STANDARD_INFREQUENT_ACCESS"};

/* this.schemas.set(name, {partitionKey, sortKey}) */
static void add_schema(ccdk_dynamodb_table *t, const char *name, const ccdk_dynamodb_attribute *pk, const ccdk_dynamodb_attribute *sk)
{
    ccdk_app *app = t->node.app;
    struct dyn_schema *e = ccdk__alloc(app, sizeof *e);
    e->name = name ? ccdk__strdup(app, name) : NULL;
    e->keys.partition_key = *pk;
    e->keys.partition_key.name = ccdk__strdup(app, pk->name);
    if (sk->name) {
        e->keys.sort_key = *sk;
        e->keys.sort_key.name = ccdk__strdup(app, sk->name);
    }
    e->next = t->schemas;
    t->schemas = e;
}

/* `n || undefined`: a number given and not 0 */
static int truthy_num(ccdk_opt_num n) { return n.set && (n.token || n.value); }

/* {maxReadRequestUnits: r || undefined, maxWriteRequestUnits: w || undefined}: OnDemandThroughput
 * when either is truthy, else NULL */
static ccdk_value *on_demand_throughput(ccdk_app *app, ccdk_opt_num r, ccdk_opt_num w)
{
    if (!truthy_num(r) && !truthy_num(w))
        return NULL;
    ccdk_value *o = ccdk__v_obj(app);
    if (truthy_num(r))
        ccdk__v_set(o, "MaxReadRequestUnits", ccdk__v_opt_num(app, r));
    if (truthy_num(w))
        ccdk__v_set(o, "MaxWriteRequestUnits", ccdk__v_opt_num(app, w));
    return o;
}

/* warmThroughput as given (NULL: not given) */
static ccdk_value *warm_throughput(ccdk_app *app, const ccdk_dynamodb_warm_throughput *w)
{
    if (!w->read_units_per_second.set && !w->write_units_per_second.set)
        return NULL;
    ccdk_value *o = ccdk__v_obj(app);
    if (w->read_units_per_second.set)
        ccdk__v_set(o, "ReadUnitsPerSecond", ccdk__v_opt_num(app, w->read_units_per_second));
    if (w->write_units_per_second.set)
        ccdk__v_set(o, "WriteUnitsPerSecond", ccdk__v_opt_num(app, w->write_units_per_second));
    return o;
}

/* InputFormat.csv's check of the delimiter (`options?.delimiter && ...`): an UnscopedValidationError,
 * thrown before the table exists; 0 after it */
static int input_format_ok(ccdk_app *app, const ccdk_dynamodb_import_source_specification *is)
{
    const char *d = is->input_format.csv_delimiter;
    if (is->input_format.kind != CCDK_DYNAMODB_INPUT_FORMAT_CSV || !d || !*d)
        return 1;
    if (strlen(d) == 1 && strchr(",\t:;| ", d[0]))
        return 1;
    ccdk__unscoped_error(app, "Delimiter must be a single character and one of the following: comma (,), tab (\\t), colon (:), "
                              "semicolon (;), pipe (|), space ( ), got '%s'", d);
    return 0;
}

/* Table.renderImportSourceSpecification: {...inputFormat._render(), inputCompressionType,
 * s3BucketSource {s3Bucket: bucket.bucketName, s3BucketOwner, s3KeyPrefix}}, in the template's order */
static ccdk_value *import_source_spec(ccdk_dynamodb_table *t, const ccdk_dynamodb_import_source_specification *is)
{
    ccdk_app *app = t->node.app;
    static const char *const compressions[] = {"", "GZIP", "ZSTD", "NONE"};
    static const char *const formats[] = {"", "DYNAMODB_JSON", "ION", "CSV"};
    ccdk_value *o = ccdk__v_obj(app);
    if (is->compression_type)
        ccdk__v_set(o, "InputCompressionType", ccdk__v_str(app, compressions[is->compression_type]));
    ccdk__v_set(o, "InputFormat", ccdk__v_str(app, formats[is->input_format.kind]));
    if (is->input_format.kind == CCDK_DYNAMODB_INPUT_FORMAT_CSV) {
        ccdk_value *csv = ccdk__v_obj(app);
        if (is->input_format.csv_delimiter)
            ccdk__v_set(csv, "Delimiter", ccdk__v_from_string(app, is->input_format.csv_delimiter));
        if (CCDK__GIVEN(is->input_format.csv_header_list)) {
            ccdk_value *l = ccdk__v_list(app);
            size_t n = CCDK__LEN(is->input_format.csv_header_list, "csv_header_list");
            for (size_t i = 0; i < n; i++)
                ccdk__v_push(l, ccdk__v_from_string(app, is->input_format.csv_header_list.items[i]
                                                             ? is->input_format.csv_header_list.items[i] : ""));
            ccdk__v_set(csv, "HeaderList", l);
        }
        ccdk__v_set(o, "InputFormatOptions", one_key(app, "Csv", csv));
    }
    ccdk_value *src = one_key(app, "S3Bucket", ccdk__v_from_string(app, ccdk_s3_bucket_name(is->bucket)));
    if (is->bucket_owner)
        ccdk__v_set(src, "S3BucketOwner", ccdk__v_from_string(app, is->bucket_owner));
    if (is->key_prefix)
        ccdk__v_set(src, "S3KeyPrefix", ccdk__v_from_string(app, is->key_prefix));
    ccdk__v_set(o, "S3BucketSource", src);
    return o;
}

static const char *table_arn_of(ccdk__node *table, const char *name)
{
    return ccdk__format_arn(table->stack, "dynamodb", NULL, "table", "/", name);
}

ccdk_dynamodb_table *ccdk_dynamodb_table_new(void *scope, const char *id, const ccdk_dynamodb_table_props *props)
{
    ccdk_dynamodb_table *t = ccdk__construct(ccdk_dynamodb_table, &kind_table, scope, id);
    ccdk_app *app = t->node.app;
    static const ccdk_dynamodb_table_props none;
    const ccdk_dynamodb_table_props *p = props ? props : &none;
    t->arn = t->name = "";
    if (p->import_source && !input_format_ok(app, p->import_source)) /* InputFormat.csv(), before the table */
        return t;
    if (!p->partition_key.name) {
        ccdk__error(t, "partitionKey is required for Table");
        return t;
    }
    /* encryption: parse_encryption's "Unexpected 'encryptionType'", as aws-cdk-lib */
    if (!CCDK__ENUM_OK(t, p->billing_mode, ccdk_dynamodb_billing_mode, CCDK_DYNAMODB_BILLING_MODE_UNSET,
                       CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST, "billingMode") ||
        !CCDK__ENUM_OK(t, p->stream, ccdk_dynamodb_stream_view_type, CCDK_DYNAMODB_STREAM_UNSET,
                       CCDK_DYNAMODB_STREAM_KEYS_ONLY, "stream") ||
        !CCDK__ENUM_OK(t, p->table_class, ccdk_dynamodb_table_class, CCDK_DYNAMODB_TABLE_CLASS_UNSET,
                       CCDK_DYNAMODB_TABLE_CLASS_STANDARD_INFREQUENT_ACCESS, "tableClass"))
        return t;
    if (p->import_source &&
        (!CCDK__ENUM_OK(t, p->import_source->compression_type, ccdk_dynamodb_input_compression_type,
                        CCDK_DYNAMODB_INPUT_COMPRESSION_UNSET, CCDK_DYNAMODB_INPUT_COMPRESSION_NONE, "importSource.compressionType") ||
         !CCDK__ENUM_OK(t, p->import_source->input_format.kind, ccdk_dynamodb_input_format_kind,
                        CCDK_DYNAMODB_INPUT_FORMAT_UNSET, CCDK_DYNAMODB_INPUT_FORMAT_CSV, "importSource.inputFormat") ||
         !ccdk__arg_ok(p->import_source->bucket, "ccdk_dynamodb_table_new", "importSource.bucket") ||
         !ccdk__handle_ok(p->import_source->bucket, "ccdk_dynamodb_table_new")))
        return t;
    if (p->import_source && !p->import_source->input_format.kind) { /* inputFormat._render(): a TypeError */
        ccdk__error(t, "Cannot read properties of undefined (reading '_render')");
        return t;
    }
    ccdk_value *sse = NULL, *pitr = NULL;
    if (!parse_encryption(t, p, &sse) ||
        !validate_pitr(t, p->point_in_time_recovery_specification, p->point_in_time_recovery, &pitr))
        return t;
    int pay = p->billing_mode == CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST;
    if (pay && (p->read_capacity.set || p->write_capacity.set)) {
        ccdk__error(t, "you cannot provision read and write capacity for a table with PAY_PER_REQUEST billing mode");
        return t;
    }
    ccdk_value *schema = ccdk__v_list(app), *defs = ccdk__v_list(app);
    if (!add_key(t, schema, defs, &p->partition_key, "HASH", NULL) ||
        (p->sort_key.name && !add_key(t, schema, defs, &p->sort_key, "RANGE", &p->partition_key)))
        return t;
    ccdk_cfn_resource *r = ccdk__l1(t, "Resource", "AWS::DynamoDB::Table", "aws-cdk-lib.aws_dynamodb.CfnTable");
    r->tag_kind = 1;
    t->resource = r;
    t->pay = pay;
    record_keys(t, defs, &p->partition_key, &p->sort_key);
    add_schema(t, NULL, &p->partition_key, &p->sort_key);
    ccdk__res_set(r, "AttributeDefinitions", defs);
    if (pay)
        ccdk__res_set(r, "BillingMode", ccdk__v_str(app, t->write_provisioning ? "PROVISIONED" : "PAY_PER_REQUEST"));
    if (t->write_provisioning)
        ccdk__res_set(r, "WriteProvisionedThroughputSettings", t->write_provisioning);
    ccdk__res_set(r, "KeySchema", schema);
    if (!pay) {
        /* readCapacity || 5: a 0 is 5 too, as in aws-cdk-lib */
        ccdk_value *pt = ccdk__v_obj(app);
        ccdk_opt_num rc = p->read_capacity, wc = p->write_capacity;
        ccdk__v_set(pt, "ReadCapacityUnits", rc.set && (rc.token || rc.value) ? ccdk__v_opt_num(app, rc) : ccdk__v_num(app, 5));
        ccdk__v_set(pt, "WriteCapacityUnits", wc.set && (wc.token || wc.value) ? ccdk__v_opt_num(app, wc) : ccdk__v_num(app, 5));
        ccdk__res_set(r, "ProvisionedThroughput", pt);
    }
    ccdk_value *odt = pay ? on_demand_throughput(app, p->max_read_request_units, p->max_write_request_units) : NULL;
    if (odt)
        ccdk__res_set(r, "OnDemandThroughput", odt);
    ccdk_value *warm = warm_throughput(app, &p->warm_throughput);
    if (warm)
        ccdk__res_set(r, "WarmThroughput", warm);
    if (p->import_source)
        ccdk__res_set(r, "ImportSourceSpecification", import_source_spec(t, p->import_source));
    if (pitr)
        ccdk__res_set(r, "PointInTimeRecoverySpecification", pitr);
    if (sse)
        ccdk__res_set(r, "SSESpecification", sse);
    if (p->stream)
        ccdk__res_set(r, "StreamSpecification", one_key(app, "StreamViewType", ccdk__v_str(app, stream_views[p->stream])));
    /* tableArn / tableName: getResourceArnAttribute(attrArn, {service: 'dynamodb', resource:
     * 'table', resourceName: physicalName}), getResourceNameAttribute(ref); the physical name
     * tableName as given or generated (PhysicalName.GENERATE_IF_NEEDED) */
    ccdk__physical pn;
    ccdk__physical_new(&pn, t, r, p->table_name, NULL, "Arn", table_arn_of);
    if (pn.value)
        ccdk__res_set(r, "TableName", pn.value);
    if (p->time_to_live_attribute) {
        ccdk_value *ttl = one_key(app, "AttributeName", ccdk__v_from_string(app, p->time_to_live_attribute));
        ccdk__v_set(ttl, "Enabled", ccdk__v_bool(app, 1));
        ccdk__res_set(r, "TimeToLiveSpecification", ttl);
    }
    if (p->kinesis_stream && ccdk__handle_ok(p->kinesis_stream, "ccdk_dynamodb_table_new"))
        ccdk__res_set(r, "KinesisStreamSpecification",
                      one_key(app, "StreamArn", ccdk__v_from_string(app, ccdk_kinesis_stream_arn(p->kinesis_stream))));
    if (ccdk__tri_set(p->deletion_protection))
        ccdk__res_set(r, "DeletionProtectionEnabled", ccdk__v_bool(app, ccdk__tri_true(p->deletion_protection)));
    if (p->table_class)
        ccdk__res_set(r, "TableClass", ccdk__v_str(app, table_classes[p->table_class]));
    if (ccdk__tri_set(p->contributor_insights_enabled)) /* validateCCI: {enabled} */
        ccdk__res_set(r, "ContributorInsightsSpecification",
                      one_key(app, "Enabled", ccdk__v_bool(app, ccdk__tri_true(p->contributor_insights_enabled))));
    ccdk_cfn_resource_apply_removal_policy(r, p->removal_policy ? p->removal_policy : CCDK_REMOVAL_POLICY_RETAIN);
    if (p->resource_policy)
        set_resource_policy(t, p->resource_policy);
    /* memoized getters: made (and numbered) by aws-cdk-lib at their first read (token.c) */
    t->arn = ccdk__token_mark_unread(app, pn.arn);
    t->name = ccdk__token_mark_unread(app, pn.name);
    if (p->stream)
        t->stream_arn = ccdk__token_mark_unread(app, ccdk_cfn_resource_get_att(r, "StreamArn"));
    if (p->table_name)
        ccdk__add_metadata_value(&t->node, "hasPhysicalName", ccdk__v_from_string(app, t->name));
    /* makeScalingRole: iam.Role.fromRoleArn(this, 'ScalingRole', the service-linked role of
     * Application Auto Scaling for DynamoDB tables) */
    ccdk_stack *st = t->node.stack;
    t->scaling_role = ccdk_iam_role_from_role_arn(
        t, "ScalingRole",
        ccdk__sprintf(app, "arn:%s:iam::%s:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/"
                           "AWSServiceRoleForApplicationAutoScaling_DynamoDBTable",
                      ccdk_stack_partition(st), ccdk_stack_account(st)));
    return t;
}

/* ------------------------------------------------------------------ secondary indexes */

/* Table.registerAttribute: an AttributeDefinitions entry unless the name is defined (of another
 * type: aws-cdk-lib's error, and 0) */
static int register_attribute(ccdk_dynamodb_table *t, const ccdk_dynamodb_attribute *a)
{
    ccdk_app *app = t->node.app;
    const char *type = attr_type(a->type);
    for (struct dyn_name *d = t->attrs; d; d = d->next)
        if (!strcmp(d->name, a->name)) {
            if (strcmp(d->type, type) != 0) {
                ccdk__error(t, "Unable to specify %s as %s because it was already defined as %s", a->name, type, d->type);
                return 0;
            }
            return 1;
        }
    add_name(app, &t->attrs, a->name);
    t->attrs->type = type;
    ccdk_value *d = ccdk__v_obj(app);
    ccdk__v_set(d, "AttributeName", ccdk__v_from_string(app, a->name));
    ccdk__v_set(d, "AttributeType", ccdk__v_str(app, type));
    ccdk__v_push(t->defs, d);
    return 1;
}

/* Table.buildIndexKeySchema: the keys registered, the index's KeySchema (NULL after an error) */
static ccdk_value *index_key_schema(ccdk_dynamodb_table *t, const ccdk_dynamodb_attribute *pk, const ccdk_dynamodb_attribute *sk)
{
    ccdk_app *app = t->node.app;
    if (!register_attribute(t, pk) || (sk->name && !register_attribute(t, sk)))
        return NULL;
    ccdk_value *schema = ccdk__v_list(app);
    const ccdk_dynamodb_attribute *keys[2] = {pk, sk};
    for (int i = 0; i < 2; i++) {
        if (!keys[i]->name)
            continue;
        ccdk_value *k = ccdk__v_obj(app);
        ccdk__v_set(k, "AttributeName", ccdk__v_from_string(app, keys[i]->name));
        ccdk__v_set(k, "KeyType", ccdk__v_str(app, i ? "RANGE" : "HASH"));
        ccdk__v_push(schema, k);
    }
    return schema;
}

/* Table.buildIndexProjection / TableV2.configureIndexProjection: {ProjectionType,
 * NonKeyAttributes} (NULL after aws-cdk-lib's error); the non-key attributes join the table's Set,
 * at most 100 across all indexes: a Table checks the Set's size plus the list's length before
 * adding (a RangeError: no construct path), a TableV2 the Set's size after adding them */
static ccdk_value *index_projection(ccdk_dynamodb_table *t, ccdk_dynamodb_projection_type type, ccdk_strs non_key)
{
    ccdk_app *app = t->node.app;
    static const char *const names[] = {"ALL", "ALL", "KEYS_ONLY", "INCLUDE"};
    int include = type == CCDK_DYNAMODB_PROJECTION_INCLUDE;
    /* `!props.nonKeyAttributes`: an empty list is given (truthy) */
    if (include && !CCDK__GIVEN(non_key)) {
        ccdk__error(t, "%con-key attributes should be specified when using INCLUDE projection type", t->v2 ? 'N' : 'n');
        return NULL;
    }
    if (!include && CCDK__GIVEN(non_key)) {
        ccdk__error(t, "%con-key attributes should not be specified when not using INCLUDE projection type", t->v2 ? 'N' : 'n');
        return NULL;
    }
    size_t n = CCDK__LEN(non_key, "nonKeyAttributes");
    if (CCDK__GIVEN(non_key)) {
        if (!t->v2 && t->n_non_key + n > 100) {
            ccdk__unscoped_error(app, "a maximum number of nonKeyAttributes across all of secondary indexes is 100");
            return NULL;
        }
        for (size_t i = 0; i < n; i++)
            if (non_key.items[i] && !has_name(t->non_key, non_key.items[i])) {
                add_name(app, &t->non_key, non_key.items[i]);
                t->n_non_key++;
            }
        if (t->v2 && t->n_non_key > 100) {
            ccdk__error(t, "The maximum number of 'nonKeyAttributes' across all secondary indexes is 100");
            return NULL;
        }
    }
    /* in the template's order: tree.json's ({projectionType, nonKeyAttributes}) comes from
     * scripts/gen-tree-props-table.js */
    ccdk_value *proj = ccdk__v_obj(app);
    if (CCDK__GIVEN(non_key)) {
        ccdk_value *l = ccdk__v_list(app);
        for (size_t i = 0; i < n; i++)
            ccdk__v_push(l, ccdk__v_from_string(app, non_key.items[i] ? non_key.items[i] : ""));
        ccdk__v_set(proj, "NonKeyAttributes", l);
    }
    ccdk__v_set(proj, "ProjectionType", ccdk__v_str(app, names[type]));
    return proj;
}

/* Table.validateIndexName / TableV2's: 0 after the duplicate's error */
static int index_name_ok(ccdk_dynamodb_table *t, const char *name)
{
    if (has_name(t->index_names, name)) {
        if (t->v2)
            ccdk__error(t, "Duplicate secondary index name, %s, is not allowed", name);
        else
            ccdk__error(t, "a duplicate index name, %s, is not allowed", name);
        return 0;
    }
    return 1;
}

/* the resource's list property, made (and set) with the first index */
static ccdk_value *index_list(ccdk_dynamodb_table *t, ccdk_value **list, const char *prop)
{
    if (!*list) {
        *list = ccdk__v_list(t->node.app);
        ccdk__res_set(t->resource, prop, *list);
    }
    return *list;
}

/* a Table or a TableV2 made without error (an import: an error on it), else NULL */
static ccdk_dynamodb_table *indexed_table(ccdk_dynamodb_table *t, const void *props, const char *func)
{
    if (!ccdk__target_ok(t, func) || !ccdk__arg_ok(props, func, "props"))
        return NULL;
    ccdk__node *n = ccdk__node_of(t);
    if (n->kind != &kind_table && n->kind != &kind_table_v2) {
        ccdk__error(t, "%s: not a dynamodb.Table or TableV2 (an import has no secondary indexes to add)", func);
        return NULL;
    }
    return t->resource ? t : NULL;
}

/* TableV2's replica: GlobalSecondaryIndexes [{IndexName}] for each index (on-demand, without
 * per-replica options: configureReplicaGlobalSecondaryIndexes), absent while there is none */
static ccdk_value *replica_gsis(void *ctx)
{
    ccdk_dynamodb_table *t = ctx;
    ccdk_app *app = t->node.app;
    if (!t->gsis)
        return ccdk__v_undef(app);
    ccdk_value *l = ccdk__v_list(app);
    for (uint32_t i = 0; i < t->gsis->u.list.n; i++)
    {
        ccdk_value *g = ccdk__v_obj(app);
        if (t->v2_cci) /* contributorInsights: the table's */
            ccdk__v_set(g, "ContributorInsightsSpecification", t->v2_cci);
        ccdk__v_set(g, "IndexName", ccdk__v_get(t->gsis->u.list.items[i], "IndexName"));
        /* the index's entry of indexScaling (newest first: one per index, in the indexes' order) */
        struct dyn_index_scaling *is = t->index_scaling;
        for (uint32_t k = t->gsis->u.list.n - 1; is && k > i; k--)
            is = is->next;
        if (is && truthy_num(is->max_read)) /* maxReadRequestUnits ? {maxReadRequestUnits} */
            ccdk__v_set(g, "ReadOnDemandThroughputSettings", one_key(app, "MaxReadRequestUnits", ccdk__v_opt_num(app, is->max_read)));
        if (t->read_provisioning) /* readCapacity ?? this.readProvisioning */
            ccdk__v_set(g, "ReadProvisionedThroughputSettings", t->read_provisioning);
        ccdk__v_push(l, g);
    }
    return l;
}

int ccdk_dynamodb_table_add_global_secondary_index(ccdk_dynamodb_table *t, const ccdk_dynamodb_global_secondary_index_props *props)
{
    if (!indexed_table(t, props, __func__) || !ccdk__arg_ok(props->index_name, __func__, "indexName"))
        return 0;
    ccdk_app *app = t->node.app;
    const ccdk_dynamodb_global_secondary_index_props *p = props;
    if (!CCDK__ENUM_OK(t, p->projection_type, ccdk_dynamodb_projection_type, CCDK_DYNAMODB_PROJECTION_UNSET,
                       CCDK_DYNAMODB_PROJECTION_INCLUDE, "projectionType"))
        return 0;
    if (t->v2) {
        /* validateGlobalSecondaryIndex: the name, the keys, at most 20, no capacities on demand */
        if (!index_name_ok(t, p->index_name))
            return 0;
        if (!p->partition_key.name) {
            ccdk__error(t, "Exactly one of 'partitionKey', 'partitionKeys' must be specified");
            return 0;
        }
        if (t->n_gsi == 20) {
            ccdk__error(t, "You may not provide more than 20 global secondary indexes");
            return 0;
        }
        if ((p->read_capacity.set || p->write_capacity.set) && t->pay) {
            ccdk__error(t, "You cannot configure 'readCapacity' or 'writeCapacity' on a global secondary index when the billing "
                           "mode is PAY_PER_REQUEST");
            return 0;
        }
        if (p->read_capacity.set || p->write_capacity.set) { /* Capacity objects in aws-cdk-lib */
            ccdk__error(t, "%s: a TableV2 index's own capacities are not supported", __func__);
            return 0;
        }
        if (ccdk__tri_set(p->contributor_insights_enabled)) { /* no such prop: a TableV2's is per replica */
            ccdk__error(t, "%s: contributor_insights_enabled is not supported on a TableV2's index", __func__);
            return 0;
        }
    } else {
        /* validateProvisioning, validateIndexName, parseKeySchema, validateCCI, then the index */
        if (t->pay && (p->read_capacity.set || p->write_capacity.set)) {
            ccdk__error(t, "you cannot provision read and write capacity for a table with PAY_PER_REQUEST billing mode");
            return 0;
        }
        if (!index_name_ok(t, p->index_name))
            return 0;
        if (!p->partition_key.name) {
            ccdk__error(t, "Exactly one of 'partitionKey', 'partitionKeys' must be specified");
            return 0;
        }
    }
    ccdk_value *schema = index_key_schema(t, &p->partition_key, &p->sort_key);
    ccdk_value *proj = schema ? index_projection(t, p->projection_type, p->non_key_attributes) : NULL;
    if (!proj)
        return 0;
    ccdk_value *gsi = ccdk__v_obj(app);
    if (ccdk__tri_set(p->contributor_insights_enabled))
        ccdk__v_set(gsi, "ContributorInsightsSpecification",
                    one_key(app, "Enabled", ccdk__v_bool(app, ccdk__tri_true(p->contributor_insights_enabled))));
    ccdk__v_set(gsi, "IndexName", ccdk__v_from_string(app, p->index_name));
    ccdk__v_set(gsi, "KeySchema", schema);
    /* onDemandThroughput: undefined on a PROVISIONED table */
    ccdk_value *odt = t->pay && !t->v2 ? on_demand_throughput(app, p->max_read_request_units, p->max_write_request_units) : NULL;
    if (odt)
        ccdk__v_set(gsi, "OnDemandThroughput", odt);
    ccdk__v_set(gsi, "Projection", proj);
    if (t->v2) { /* warmThroughput, writeOnDemandThroughputSettings, writeCapacity ?? this.writeProvisioning */
        ccdk_value *w = warm_throughput(app, &p->warm_throughput);
        if (w)
            ccdk__v_set(gsi, "WarmThroughput", w);
        if (truthy_num(p->max_write_request_units))
            ccdk__v_set(gsi, "WriteOnDemandThroughputSettings",
                        one_key(app, "MaxWriteRequestUnits", ccdk__v_opt_num(app, p->max_write_request_units)));
        if (t->write_provisioning)
            ccdk__v_set(gsi, "WriteProvisionedThroughputSettings", t->write_provisioning);
    }
    if (!t->pay && !t->v2) { /* readCapacity || 5, as the table's */
        ccdk_value *pt = ccdk__v_obj(app);
        ccdk_opt_num rc = p->read_capacity, wc = p->write_capacity;
        ccdk__v_set(pt, "ReadCapacityUnits", rc.set && (rc.token || rc.value) ? ccdk__v_opt_num(app, rc) : ccdk__v_num(app, 5));
        ccdk__v_set(pt, "WriteCapacityUnits", wc.set && (wc.token || wc.value) ? ccdk__v_opt_num(app, wc) : ccdk__v_num(app, 5));
        ccdk__v_set(gsi, "ProvisionedThroughput", pt);
    }
    ccdk_value *warm = t->v2 ? NULL : warm_throughput(app, &p->warm_throughput);
    if (warm)
        ccdk__v_set(gsi, "WarmThroughput", warm);
    ccdk__v_push(index_list(t, &t->gsis, "GlobalSecondaryIndexes"), gsi);
    add_schema(t, p->index_name, &p->partition_key, &p->sort_key);
    t->n_gsi++;
    add_name(app, &t->index_names, p->index_name);
    struct dyn_index_scaling *is = ccdk__alloc(app, sizeof *is);
    *is = (struct dyn_index_scaling){t->index_names->name, NULL, NULL, p->max_read_request_units, t->index_scaling};
    t->index_scaling = is;
    return 1;
}

int ccdk_dynamodb_table_add_local_secondary_index(ccdk_dynamodb_table *t, const ccdk_dynamodb_local_secondary_index_props *props)
{
    if (!indexed_table(t, props, __func__) || !ccdk__arg_ok(props->index_name, __func__, "indexName"))
        return 0;
    ccdk_app *app = t->node.app;
    const ccdk_dynamodb_local_secondary_index_props *p = props;
    if (!CCDK__ENUM_OK(t, p->projection_type, ccdk_dynamodb_projection_type, CCDK_DYNAMODB_PROJECTION_UNSET,
                       CCDK_DYNAMODB_PROJECTION_INCLUDE, "projectionType"))
        return 0;
    if (t->v2) { /* validateLocalSecondaryIndex */
        if (!index_name_ok(t, p->index_name))
            return 0;
        if (!t->sk.name) {
            ccdk__error(t, "The table must have a sort key in order to add a local secondary index");
            return 0;
        }
        if (t->n_lsi == 5) {
            ccdk__error(t, "You may not provide more than 5 local secondary indexes");
            return 0;
        }
    } else {
        if (t->n_lsi >= 5) { /* a RangeError: no construct path */
            ccdk__unscoped_error(app, "a maximum number of local secondary index per table is 5");
            return 0;
        }
        /* parseKeySchema({...props, partitionKey: tablePartitionKey}), validateIndexName */
        if (!index_name_ok(t, p->index_name))
            return 0;
    }
    /* without a sort key (which TypeScript requires) the index has the table's partition key only */
    ccdk_value *schema = index_key_schema(t, &t->pk, &p->sort_key);
    ccdk_value *proj = schema ? index_projection(t, p->projection_type, p->non_key_attributes) : NULL;
    if (!proj)
        return 0;
    ccdk_value *lsi = ccdk__v_obj(app);
    ccdk__v_set(lsi, "IndexName", ccdk__v_from_string(app, p->index_name));
    ccdk__v_set(lsi, "KeySchema", schema);
    ccdk__v_set(lsi, "Projection", proj);
    ccdk__v_push(index_list(t, &t->lsis, "LocalSecondaryIndexes"), lsi);
    add_schema(t, p->index_name, &t->pk, &p->sort_key);
    t->n_lsi++;
    add_name(app, &t->index_names, p->index_name);
    return 1;
}

/* ------------------------------------------------------------------ auto scaling */

static const ccdk__kind kind_scalable = {.fqn = "aws-cdk-lib.aws_applicationautoscaling.BaseScalableAttribute",
                                         .class_name = "ScalableTableAttribute"};

/* the Table (a TableV2 or an import: an error on it), else NULL */
static ccdk_dynamodb_table *provisioned_table(ccdk_dynamodb_table *t, const char *func)
{
    if (!ccdk__target_ok(t, func))
        return NULL;
    if (ccdk__node_of(t)->kind != &kind_table) {
        ccdk__error(t, "%s: not a dynamodb.Table (a TableV2 or an import does not scale here)", func);
        return NULL;
    }
    return t->resource ? t : NULL;
}

/* new ScalableTableAttribute(table, id, {serviceNamespace: DYNAMODB, resourceId, dimension, role:
 * scalingRole, ...props}) */
static ccdk_dynamodb_scalable_attribute *scalable_attribute(ccdk_dynamodb_table *t, const char *id, const char *resource_id,
                                                            const char *dimension, const ccdk_dynamodb_enable_scaling_props *p)
{
    ccdk_app *app = t->node.app;
    static const ccdk_dynamodb_enable_scaling_props none;
    if (!p)
        p = &none;
    ccdk_dynamodb_scalable_attribute *sa = ccdk__alloc(app, sizeof *sa);
    memset(sa, 0, sizeof *sa);
    ccdk__node_init(&sa->node, &kind_scalable, t, id);
    sa->read = strstr(dimension, "ReadCapacity") != NULL;
    ccdk__scalable_init(&sa->s, &sa->node, p->min_capacity.set ? p->min_capacity : CCDK_NUM(1), p->max_capacity, resource_id,
                        dimension, "dynamodb", ccdk_iam_role_arn(t->scaling_role));
    if (!p->max_capacity.set) /* requireProperty(props, 'maxCapacity', this), when the template is rendered */
        ccdk__error(sa->s.resource, "%s [AWS::ApplicationAutoScaling::ScalableTarget] is missing required property: maxCapacity",
                    sa->s.resource->el.node.path);
    return sa;
}

static ccdk_dynamodb_scalable_attribute *table_scaling(ccdk_dynamodb_table *t, int read, const ccdk_dynamodb_enable_scaling_props *p,
                                                        const char *func)
{
    if (!provisioned_table(t, func))
        return NULL;
    ccdk_dynamodb_scalable_attribute **slot = read ? &t->read_scaling : &t->write_scaling;
    if (*slot) {
        ccdk__error(t, "%s AutoScaling already enabled for this table", read ? "Read" : "Write");
        return NULL;
    }
    if (t->pay) {
        ccdk__error(t, "AutoScaling is not available for tables with PAY_PER_REQUEST billing mode");
        return NULL;
    }
    *slot = scalable_attribute(t, read ? "ReadScaling" : "WriteScaling", ccdk__sprintf(t->node.app, "table/%s", t->name),
                               read ? "dynamodb:table:ReadCapacityUnits" : "dynamodb:table:WriteCapacityUnits", p);
    return *slot;
}

ccdk_dynamodb_scalable_attribute *ccdk_dynamodb_table_auto_scale_read_capacity(ccdk_dynamodb_table *t,
                                                                              const ccdk_dynamodb_enable_scaling_props *props)
{
    return table_scaling(t, 1, props, __func__);
}

ccdk_dynamodb_scalable_attribute *ccdk_dynamodb_table_auto_scale_write_capacity(ccdk_dynamodb_table *t,
                                                                               const ccdk_dynamodb_enable_scaling_props *props)
{
    return table_scaling(t, 0, props, __func__);
}

static ccdk_dynamodb_scalable_attribute *index_scaling(ccdk_dynamodb_table *t, const char *index_name, int read,
                                                        const ccdk_dynamodb_enable_scaling_props *p, const char *func)
{
    if (!provisioned_table(t, func) || !ccdk__arg_ok(index_name, func, "indexName"))
        return NULL;
    if (t->pay) {
        ccdk__error(t, "AutoScaling is not available for tables with PAY_PER_REQUEST billing mode");
        return NULL;
    }
    struct dyn_index_scaling *is = t->index_scaling;
    while (is && strcmp(is->index_name, index_name) != 0)
        is = is->next;
    if (!is) {
        ccdk__error(t, "No global secondary index with name %s", index_name);
        return NULL;
    }
    ccdk_dynamodb_scalable_attribute **slot = read ? &is->read : &is->write;
    if (*slot) {
        ccdk__error(t, "%s AutoScaling already enabled for this index", read ? "Read" : "Write");
        return NULL;
    }
    ccdk_app *app = t->node.app;
    *slot = scalable_attribute(t, ccdk__sprintf(app, "%s%s", index_name, read ? "ReadScaling" : "WriteScaling"),
                               ccdk__sprintf(app, "table/%s/index/%s", t->name, index_name),
                               read ? "dynamodb:index:ReadCapacityUnits" : "dynamodb:index:WriteCapacityUnits", p);
    return *slot;
}

ccdk_dynamodb_scalable_attribute *ccdk_dynamodb_table_auto_scale_global_secondary_index_read_capacity(
    ccdk_dynamodb_table *t, const char *index_name, const ccdk_dynamodb_enable_scaling_props *props)
{
    return index_scaling(t, index_name, 1, props, __func__);
}

ccdk_dynamodb_scalable_attribute *ccdk_dynamodb_table_auto_scale_global_secondary_index_write_capacity(
    ccdk_dynamodb_table *t, const char *index_name, const ccdk_dynamodb_enable_scaling_props *props)
{
    return index_scaling(t, index_name, 0, props, __func__);
}

void ccdk_dynamodb_scalable_attribute_scale_on_utilization(ccdk_dynamodb_scalable_attribute *sa,
                                                           const ccdk_dynamodb_utilization_scaling_props *props)
{
    if (!ccdk__target_ok(sa, __func__) || !ccdk__arg_ok(props, __func__, "props"))
        return;
    ccdk_app *app = sa->node.app;
    ccdk_opt_num u = props->target_utilization_percent;
    /* a RangeError (no construct path); a token is not checked here (aws-cdk-lib compares its
     * encoded number) */
    if (u.set && !u.token && (u.value < 10 || u.value > 90)) {
        ccdk__unscoped_error(app, "targetUtilizationPercent for DynamoDB scaling must be between 10 and 90 percent, got: %s",
                             ccdk__num_string(app, u.value));
        return;
    }
    ccdk__scalable_track(&sa->s, "Tracking", &(ccdk__scalable_tracking){
        .predefined_metric = sa->read ? "DynamoDBReadCapacityUtilization" : "DynamoDBWriteCapacityUtilization",
        .policy_name = props->policy_name,
        .disable_scale_in = props->disable_scale_in,
        .scale_in_cooldown = props->scale_in_cooldown,
        .scale_out_cooldown = props->scale_out_cooldown,
        .target_value = u,
    });
}

void ccdk_dynamodb_scalable_attribute_scale_on_schedule(ccdk_dynamodb_scalable_attribute *sa, const char *id,
                                                        const ccdk_appscaling_scaling_schedule *action)
{
    if (!ccdk__target_ok(sa, __func__) || !ccdk__arg_ok(id, __func__, "id") || !ccdk__arg_ok(action, __func__, "action"))
        return;
    ccdk__scalable_schedule(&sa->s, id, action);
}

/* capacity._renderReadCapacity() / _renderWriteCapacity(): {ReadCapacityUnits} for a fixed read
 * capacity, {Read/WriteCapacityAutoScalingSettings {MaxCapacity, MinCapacity, SeedCapacity,
 * TargetTrackingScalingPolicyConfiguration {TargetValue}}} (the template's order; tree.json's from
 * gen-tree-props-table.js) for an autoscaled one; NULL after aws-cdk-lib's error (Capacity's own
 * are UnscopedValidationErrors) */
static ccdk_value *render_capacity(ccdk_dynamodb_table *t, const ccdk_dynamodb_capacity *c, int read)
{
    ccdk_app *app = t->node.app;
    if (!CCDK__ENUM_OK(t, c->mode, ccdk_dynamodb_capacity_mode, CCDK_DYNAMODB_CAPACITY_UNSET, CCDK_DYNAMODB_CAPACITY_AUTOSCALED,
                       read ? "billing.readCapacity" : "billing.writeCapacity"))
        return NULL;
    if (c->mode == CCDK_DYNAMODB_CAPACITY_UNSET) { /* props.readCapacity._render...: a TypeError in aws-cdk-lib */
        ccdk__error(t, "Cannot read properties of undefined (reading '_render%sCapacity')", read ? "Read" : "Write");
        return NULL;
    }
    if (c->mode == CCDK_DYNAMODB_CAPACITY_FIXED) {
        if (!read) {
            ccdk__unscoped_error(app, "You cannot configure 'writeCapacity' with FIXED capacity mode");
            return NULL;
        }
        return one_key(app, "ReadCapacityUnits", ccdk__v_opt_num(app, c->units));
    }
    const ccdk_dynamodb_autoscaled_capacity_options *o = &c->scaled;
    double min = o->min_capacity.set && !o->min_capacity.token ? o->min_capacity.value : 1;
    if (o->max_capacity.set && !o->max_capacity.token && !(o->min_capacity.set && o->min_capacity.token) && min > o->max_capacity.value) {
        ccdk__unscoped_error(app, "`minCapacity` must be less than or equal to `maxCapacity`");
        return NULL;
    }
    ccdk_opt_num tu = o->target_utilization_percent;
    if (tu.set && !tu.token && (tu.value < 20 || tu.value > 90)) {
        ccdk__unscoped_error(app, "`targetUtilizationPercent` cannot be less than 20 or greater than 90");
        return NULL;
    }
    if (o->seed_capacity.set && !o->seed_capacity.token && o->seed_capacity.value < 1) {
        ccdk__unscoped_error(app, "'seedCapacity' cannot be less than 1 - received %s", ccdk__num_string(app, o->seed_capacity.value));
        return NULL;
    }
    if (!o->max_capacity.set) {
        ccdk__error(t, "Capacity.autoscaled: maxCapacity is required");
        return NULL;
    }
    ccdk_value *settings = ccdk__v_obj(app);
    ccdk__v_set(settings, "MaxCapacity", ccdk__v_opt_num(app, o->max_capacity));
    ccdk__v_set(settings, "MinCapacity", o->min_capacity.set ? ccdk__v_opt_num(app, o->min_capacity) : ccdk__v_num(app, 1));
    if (o->seed_capacity.set)
        ccdk__v_set(settings, "SeedCapacity", ccdk__v_opt_num(app, o->seed_capacity));
    ccdk__v_set(settings, "TargetTrackingScalingPolicyConfiguration",
                one_key(app, "TargetValue", tu.set ? ccdk__v_opt_num(app, tu) : ccdk__v_num(app, 70)));
    return one_key(app, read ? "ReadCapacityAutoScalingSettings" : "WriteCapacityAutoScalingSettings", settings);
}

ccdk_dynamodb_capacity ccdk_dynamodb_capacity_fixed(ccdk_opt_num iops)
{
    return (ccdk_dynamodb_capacity){.mode = CCDK_DYNAMODB_CAPACITY_FIXED, .units = iops};
}

ccdk_dynamodb_capacity ccdk_dynamodb_capacity_autoscaled(ccdk_dynamodb_autoscaled_capacity_options options)
{
    return (ccdk_dynamodb_capacity){.mode = CCDK_DYNAMODB_CAPACITY_AUTOSCALED, .scaled = options};
}

ccdk_dynamodb_billing ccdk_dynamodb_billing_on_demand(void)
{
    return (ccdk_dynamodb_billing){.mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST};
}

ccdk_dynamodb_billing ccdk_dynamodb_billing_on_demand_max(ccdk_opt_num max_read_request_units, ccdk_opt_num max_write_request_units)
{
    return (ccdk_dynamodb_billing){.mode = CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST,
                                   .max_read_request_units = max_read_request_units,
                                   .max_write_request_units = max_write_request_units};
}

ccdk_dynamodb_billing ccdk_dynamodb_billing_provisioned(ccdk_dynamodb_capacity read_capacity, ccdk_dynamodb_capacity write_capacity)
{
    return (ccdk_dynamodb_billing){.mode = CCDK_DYNAMODB_BILLING_MODE_PROVISIONED, .read_capacity = read_capacity,
                                   .write_capacity = write_capacity};
}

/* a generated TableV2 name's tableArn in another environment: formatArn({service: 'dynamodb',
 * resource: 'table', resourceName}) in the table's stack */
/* aws-dynamodb/lib/table-v2.ts: an AWS::DynamoDB::GlobalTable with one replica, in the stack's region */
/* a replica's first properties in the template's order (configureReplicaTable): the table options,
 * its index list, its Kinesis stream (the stack region's: the table's kinesisStream); the caller
 * adds the rest (ReadProvisionedThroughputSettings, Region, ...), which sort after these, and
 * TableClass last */
static ccdk_value *replica_options(ccdk_dynamodb_table *t, ccdk_kinesis_stream *kinesis)
{
    ccdk_app *app = t->node.app;
    ccdk_value *rep = ccdk__v_obj(app);
    if (t->v2_cci)
        ccdk__v_set(rep, "ContributorInsightsSpecification", t->v2_cci);
    if (t->v2_deletion)
        ccdk__v_set(rep, "DeletionProtectionEnabled", t->v2_deletion);
    ccdk__v_set(rep, "GlobalSecondaryIndexes", ccdk__v_lazy(app, replica_gsis, t));
    if (kinesis && ccdk__handle_ok(kinesis, "ccdk_dynamodb_table_v2_new"))
        ccdk__v_set(rep, "KinesisStreamSpecification", one_key(app, "StreamArn", ccdk__v_from_string(app, ccdk_kinesis_stream_arn(kinesis))));
    if (t->v2_pitr)
        ccdk__v_set(rep, "PointInTimeRecoverySpecification", t->v2_pitr);
    if (truthy_num(t->v2_max_read)) /* this.maxReadRequestUnits ? {maxReadRequestUnits} */
        ccdk__v_set(rep, "ReadOnDemandThroughputSettings", one_key(app, "MaxReadRequestUnits", ccdk__v_opt_num(app, t->v2_max_read)));
    return rep;
}

ccdk_dynamodb_table *ccdk_dynamodb_table_v2_new(void *scope, const char *id, const ccdk_dynamodb_table_v2_props *props)
{
    ccdk_dynamodb_table *t = ccdk__construct(ccdk_dynamodb_table, &kind_table_v2, scope, id);
    ccdk_app *app = t->node.app;
    static const ccdk_dynamodb_table_v2_props none;
    const ccdk_dynamodb_table_v2_props *p = props ? props : &none;
    t->v2 = 1;
    t->arn = t->name = "";
    if (!p->partition_key.name) { /* a TypeError in aws-cdk-lib (`const {name, type} = attribute`) */
        ccdk__error(t, "partitionKey is required for TableV2");
        return t;
    }
    if (!CCDK__ENUM_OK(t, p->dynamo_stream, ccdk_dynamodb_stream_view_type, CCDK_DYNAMODB_STREAM_UNSET,
                       CCDK_DYNAMODB_STREAM_KEYS_ONLY, "dynamoStream") ||
        !CCDK__ENUM_OK(t, p->encryption.type, ccdk_dynamodb_table_encryption, CCDK_DYNAMODB_ENCRYPTION_UNSET,
                       CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED, "encryption.type") ||
        !CCDK__ENUM_OK(t, p->table_class, ccdk_dynamodb_table_class, CCDK_DYNAMODB_TABLE_CLASS_UNSET,
                       CCDK_DYNAMODB_TABLE_CLASS_STANDARD_INFREQUENT_ACCESS, "tableClass"))
        return t;
    if (p->encryption.type == CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED) {
        if (!ccdk__arg_handle_ok(p->encryption.table_key, "ccdk_dynamodb_table_v2_new", "encryption.table_key"))
            return t;
        t->key = p->encryption.table_key; /* this.encryptionKey = encryption.tableKey */
        size_t nk = CCDK__LEN(p->encryption.replica_key_arns, "replicaKeyArns");
        ccdk_kv *kv = ccdk__alloc(app, (nk + 1) * sizeof *kv);
        for (size_t i = 0; i < nk; i++)
            kv[i] = (ccdk_kv){ccdk__strdup(app, p->encryption.replica_key_arns.items[i].key ? p->encryption.replica_key_arns.items[i].key : ""),
                              ccdk__strdup(app, p->encryption.replica_key_arns.items[i].value ? p->encryption.replica_key_arns.items[i].value : "")};
        t->replica_key_arns = (ccdk_kvs){&ccdk__list_mark, kv, nk};
        /* configureReplicaKeys: kms.Key.fromKeyArn(this, `ReplicaKey${region}`, arn) each (for the
         * other regions' replicas, which ccdk does not make) */
        for (size_t i = 0; i < nk; i++)
            ccdk_kms_key_from_key_arn(t, ccdk__sprintf(app, "ReplicaKey%s", kv[i].key), kv[i].value);
    }
    ccdk_value *schema = ccdk__v_list(app), *defs = ccdk__v_list(app);
    if (!add_key(t, schema, defs, &p->partition_key, "HASH", NULL) ||
        (p->sort_key.name && !add_key(t, schema, defs, &p->sort_key, "RANGE", &p->partition_key)))
        return t;
    /* validatePitr (after the keys); configureReplicaTable's options, the same for every replica */
    if (!validate_pitr(t, p->point_in_time_recovery_specification, p->point_in_time_recovery, &t->v2_pitr))
        return t;
    if (ccdk__tri_set(p->contributor_insights))
        t->v2_cci = one_key(app, "Enabled", ccdk__v_bool(app, ccdk__tri_true(p->contributor_insights)));
    if (ccdk__tri_set(p->deletion_protection))
        t->v2_deletion = ccdk__v_bool(app, ccdk__tri_true(p->deletion_protection));
    if (p->table_class)
        t->v2_class = ccdk__v_str(app, table_classes[p->table_class]);
    if (!CCDK__ENUM_OK(t, p->billing.mode, ccdk_dynamodb_billing_mode, CCDK_DYNAMODB_BILLING_MODE_UNSET,
                       CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST, "billing.mode"))
        return t;
    if (p->billing.mode == CCDK_DYNAMODB_BILLING_MODE_PROVISIONED) {
        /* billing._renderReadCapacity(), _renderWriteCapacity() */
        t->read_provisioning = render_capacity(t, &p->billing.read_capacity, 1);
        t->write_provisioning = t->read_provisioning ? render_capacity(t, &p->billing.write_capacity, 0) : NULL;
        if (!t->write_provisioning)
            return t;
    }
    if (p->billing.mode != CCDK_DYNAMODB_BILLING_MODE_PROVISIONED)
        t->v2_max_read = p->billing.max_read_request_units;
    ccdk_cfn_resource *r = ccdk__l1(t, "Resource", "AWS::DynamoDB::GlobalTable", "aws-cdk-lib.aws_dynamodb.CfnGlobalTable");
    t->resource = r; /* tags of a GlobalTable go into its replicas: not supported here */
    ccdk__res_set(r, "AttributeDefinitions", defs);
    ccdk__res_set(r, "BillingMode", ccdk__v_str(app, t->write_provisioning ? "PROVISIONED" : "PAY_PER_REQUEST"));
    if (t->write_provisioning)
        ccdk__res_set(r, "WriteProvisionedThroughputSettings", t->write_provisioning);
    else if (truthy_num(p->billing.max_write_request_units))
        ccdk__res_set(r, "WriteOnDemandThroughputSettings",
                      one_key(app, "MaxWriteRequestUnits", ccdk__v_opt_num(app, p->billing.max_write_request_units)));
    ccdk__res_set(r, "KeySchema", schema);
    t->pay = !t->write_provisioning;
    record_keys(t, defs, &p->partition_key, &p->sort_key);
    ccdk_value *replicas = ccdk__v_list(app);
    /* the replica's GlobalSecondaryIndexes come before Region in the template's order */
    t->replica = replica_options(t, p->kinesis_stream);
    if (t->read_provisioning)
        ccdk__v_set(t->replica, "ReadProvisionedThroughputSettings", t->read_provisioning);
    ccdk__v_set(t->replica, "Region", ccdk__v_from_string(app, ccdk_stack_region(t->node.stack)));
    /* renderReplicaStreamSpecification: the stream's resource policy, absent until one is added */
    ccdk__v_set(t->replica, "ReplicaStreamSpecification", ccdk__v_lazy(app, replica_stream_spec, t));
    /* the template's order: ResourcePolicy (set by set_resource_policy, in place), then SSESpecification */
    ccdk__v_set(t->replica, "ResourcePolicy", ccdk__v_undef(app));
    t->cmk = p->encryption.type == CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED;
    t->dynamo_stream = p->dynamo_stream != CCDK_DYNAMODB_STREAM_UNSET;
    if (t->cmk)
        ccdk__v_set(t->replica, "SSESpecification", ccdk__v_lazy(app, replica_sse, replica_ctx(t, NULL)));
    if (t->v2_class)
        ccdk__v_set(t->replica, "TableClass", t->v2_class);
    ccdk__v_set(t->replica, "Tags", ccdk__v_lazy(app, replica_tags, t));
    ccdk__v_push(replicas, t->replica);
    ccdk__res_set(r, "Replicas", replicas);
    t->replicas = replicas;
    if (p->resource_policy)
        set_resource_policy(t, p->resource_policy);
    if (p->dynamo_stream)
        ccdk__res_set(r, "StreamSpecification", one_key(app, "StreamViewType", ccdk__v_str(app, stream_views[p->dynamo_stream])));
    if (p->time_to_live_attribute) {
        ccdk_value *ttl = one_key(app, "AttributeName", ccdk__v_from_string(app, p->time_to_live_attribute));
        ccdk__v_set(ttl, "Enabled", ccdk__v_bool(app, 1));
        ccdk__res_set(r, "TimeToLiveSpecification", ttl);
    }
    ccdk_value *warm = warm_throughput(app, &p->warm_throughput);
    if (warm)
        ccdk__res_set(r, "WarmThroughput", warm);
    if (p->encryption.type) { /* encryption._renderSseSpecification() */
        ccdk_value *sse = one_key(app, "SSEEnabled", ccdk__v_bool(app, p->encryption.type != CCDK_DYNAMODB_ENCRYPTION_DEFAULT));
        if (p->encryption.type != CCDK_DYNAMODB_ENCRYPTION_DEFAULT)
            ccdk__v_set(sse, "SSEType", ccdk__v_str(app, "KMS"));
        ccdk__res_set(r, "SSESpecification", sse);
    }
    /* physicalName: tableName ?? PhysicalName.GENERATE_IF_NEEDED (a name made only when the table is
     * used in another environment) */
    /* tableArn / tableName as a Table's, from the physical name: tableName as given, or the one
     * generated for another environment's use */
    ccdk__physical pn;
    ccdk__physical_new(&pn, t, r, p->table_name ? p->table_name : CCDK_PHYSICAL_NAME_GENERATE_IF_NEEDED, NULL, "Arn",
                       table_arn_of);
    ccdk__res_set(r, "TableName", pn.value);
    ccdk_cfn_resource_apply_removal_policy(r, p->removal_policy ? p->removal_policy : CCDK_REMOVAL_POLICY_RETAIN);
    /* memoized getters (token.c): tableArn and tableName made at their first read, the constructor's
     * own (below); tableStreamArn, the StreamArn attribute whether or not a stream is configured, at
     * the first read of the getter */
    t->arn = ccdk__token_mark_unread(app, pn.arn);
    t->name = ccdk__token_mark_unread(app, pn.name);
    t->stream_arn = ccdk__token_mark_unread(app, ccdk_cfn_resource_get_att(r, "StreamArn"));
    if (p->table_name)
        ccdk__add_metadata_value(&t->node, "hasPhysicalName", ccdk__v_from_string(app, t->name));
    /* props.globalSecondaryIndexes / localSecondaryIndexes: added as addGlobalSecondaryIndex and
     * addLocalSecondaryIndex would (aws-cdk-lib adds them before its resource: the same output) */
    size_t ng = CCDK__LEN(p->global_secondary_indexes, "globalSecondaryIndexes");
    for (size_t i = 0; i < ng; i++)
        ccdk_dynamodb_table_add_global_secondary_index(t, &p->global_secondary_indexes.items[i]);
    size_t nl = CCDK__LEN(p->local_secondary_indexes, "localSecondaryIndexes");
    for (size_t i = 0; i < nl; i++)
        ccdk_dynamodb_table_add_local_secondary_index(t, &p->local_secondary_indexes.items[i]);
    size_t nr = CCDK__LEN(p->replicas, "replicas"); /* props.replicas?.forEach(r => this.addReplica(r)) */
    for (size_t i = 0; i < nr; i++)
        ccdk_dynamodb_table_add_replica(t, &p->replicas.items[i]);
    /* the constructor's TableGrants reads tableRef: {tableName, tableArn} (an addReplica the name
     * before) */
    ccdk__token_read(app, t->name);
    ccdk__token_read(app, t->arn);
    return t;
}

/* ------------------------------------------------------------------ imports */

static const ccdk__kind kind_import = {.fqn = "aws-cdk-lib.aws_dynamodb.TableBase", .class_name = "Import"};

/* what Table's and TableV2's imports take alike from the attributes: the stream, the key, hasIndex */
static ccdk_dynamodb_table *import_rest(ccdk_dynamodb_table *t, const ccdk_dynamodb_table_attributes *a, const char *fn)
{
    if (a->table_stream_arn)
        t->stream_arn = ccdk__strdup(t->node.app, a->table_stream_arn);
    if (a->encryption_key && ccdk__handle_ok(a->encryption_key, fn))
        t->key = a->encryption_key;
    /* hasIndex: (grantIndexPermissions ?? false) || globalIndexes.length > 0 || localIndexes.length > 0 */
    t->import_has_index = ccdk__tri_true(a->grant_index_permissions) || (CCDK__GIVEN(a->global_indexes) && CCDK__LEN(a->global_indexes, "globalIndexes")) ||
                          (CCDK__GIVEN(a->local_indexes) && CCDK__LEN(a->local_indexes, "localIndexes"));
    return t;
}

ccdk_dynamodb_table *ccdk_dynamodb_table_from_table_attributes(void *scope, const char *id,
                                                              const ccdk_dynamodb_table_attributes *attrs)
{
    ccdk__node *sn = ccdk__scope(scope);
    ccdk_app *app = sn->app;
    static const ccdk_dynamodb_table_attributes none;
    const ccdk_dynamodb_table_attributes *a = attrs ? attrs : &none;
    const char *name = NULL, *arn = NULL;
    /* checked before the Import is made: the errors are on scope */
    if (a->table_name) {
        if (a->table_arn)
            ccdk__error(sn, "Only one of tableArn or tableName can be provided");
        else {
            name = ccdk__strdup(app, a->table_name);
            arn = ccdk_stack_format_arn(sn->stack, "dynamodb", "table", "/", name);
        }
    } else if (!a->table_arn) {
        ccdk__error(sn, "One of tableName or tableArn is required!");
    } else if (ccdk__arn_check(app, a->table_arn)) {
        arn = ccdk__strdup(app, a->table_arn);
        name = ccdk__arn_slash_resource_name(sn, arn);
        if (!*name) {
            ccdk__error(sn, "ARN for DynamoDB table must be in the form: ...");
            name = NULL;
        }
    }
    ccdk_dynamodb_table *t = ccdk__construct(ccdk_dynamodb_table, &kind_import, scope, id);
    t->arn = arn ? arn : "";
    t->name = name ? name : "";
    return import_rest(t, a, __func__);
}

ccdk_dynamodb_table *ccdk_dynamodb_table_from_table_arn(void *scope, const char *id, const char *table_arn)
{
    return ccdk_dynamodb_table_from_table_attributes(scope, id, &(ccdk_dynamodb_table_attributes){.table_arn = table_arn});
}

ccdk_dynamodb_table *ccdk_dynamodb_table_from_table_name(void *scope, const char *id, const char *table_name)
{
    return ccdk_dynamodb_table_from_table_attributes(scope, id, &(ccdk_dynamodb_table_attributes){.table_name = table_name});
}

/* TableV2.fromTableAttributes (table-v2.ts): a TableBaseV2 Import, whose environment comes from its
 * ARN (environmentFromArn) and whose grants are TableV2's (combinedGrant: the index ARN only when
 * hasIndex, no Lazy); its region is the ARN's */
static const ccdk__kind kind_import_v2 = {.fqn = "aws-cdk-lib.aws_dynamodb.TableBaseV2", .class_name = "Import"};

#define V2_ARN_FORM "Table ARN must be of the form: arn:<partition>:dynamodb:<region>:<account>:table/<table-name>"

ccdk_dynamodb_table *ccdk_dynamodb_table_v2_from_table_attributes(void *scope, const char *id,
                                                                 const ccdk_dynamodb_table_attributes *attrs)
{
    ccdk__node *sn = ccdk__scope(scope);
    ccdk_app *app = sn->app;
    static const ccdk_dynamodb_table_attributes none;
    const ccdk_dynamodb_table_attributes *a = attrs ? attrs : &none;
    const char *name = NULL, *arn = NULL;
    /* checked before the Import is made: the errors are on scope */
    if (a->table_arn) {
        if (a->table_name)
            ccdk__error(sn, "Only one of `tableArn` or `tableName` can be provided, but not both");
        else if (ccdk__arn_check(app, a->table_arn)) {
            arn = ccdk__strdup(app, a->table_arn);
            name = ccdk__arn_slash_resource_name(sn, arn);
            if (name && !*name) {
                ccdk__error(sn, V2_ARN_FORM);
                name = NULL;
            }
            if (!name)
                arn = NULL;
        }
    } else if (!a->table_name) {
        ccdk__error(sn, "At least one of `tableArn` or `tableName` must be provided");
    } else {
        name = ccdk__strdup(app, a->table_name);
        arn = ccdk_stack_format_arn(sn->stack, "dynamodb", "table", "/", name);
    }
    ccdk_dynamodb_table *t = ccdk__construct(ccdk_dynamodb_table, &kind_import_v2, scope, id);
    t->v2 = 1;
    t->arn = arn ? arn : "";
    t->name = name ? name : "";
    if (arn) { /* the Import's constructor: Stack.splitArn(arn).region */
        t->import_region = ccdk__arn_component(t, arn, 3);
        t->import_account = ccdk__arn_component(t, arn, 4);
        if (!*t->import_region)
            ccdk__error(t, V2_ARN_FORM);
    }
    return import_rest(t, a, __func__);
}

ccdk_dynamodb_table *ccdk_dynamodb_table_v2_from_table_arn(void *scope, const char *id, const char *table_arn)
{
    return ccdk_dynamodb_table_v2_from_table_attributes(scope, id, &(ccdk_dynamodb_table_attributes){.table_arn = table_arn});
}

ccdk_dynamodb_table *ccdk_dynamodb_table_v2_from_table_name(void *scope, const char *id, const char *table_name)
{
    return ccdk_dynamodb_table_v2_from_table_attributes(scope, id, &(ccdk_dynamodb_table_attributes){.table_name = table_name});
}

ccdk_dynamodb_schema ccdk_dynamodb_table_schema(ccdk_dynamodb_table *t, const char *index_name)
{
    ccdk_dynamodb_schema none = {0};
    if (!ccdk__target_ok(t, __func__) || !ccdk__handle_ok(t, __func__))
        return none;
    if (ccdk__node_of(t)->kind != &kind_table) {
        ccdk__error(t, "%s: not a dynamodb.Table (a TableV2 or an import has no schema())", __func__);
        return none;
    }
    for (struct dyn_schema *e = t->schemas; e; e = e->next)
        if (index_name ? e->name && !strcmp(e->name, index_name) : !e->name)
            return e->keys;
    if (t->resource) /* a table made with an error has no schema: its error is reported */
        ccdk__error(t, "Cannot find schema for index: %s. Use 'addGlobalSecondaryIndex' or 'addLocalSecondaryIndex' to add index",
                    index_name ? index_name : "undefined");
    return none;
}

const char *ccdk_dynamodb_table_arn(ccdk_dynamodb_table *t)
{
    return CCDK__MEMO_GET(t, arn);
}
const char *ccdk_dynamodb_table_name(ccdk_dynamodb_table *t)
{
    return CCDK__MEMO_GET(t, name);
}
const char *ccdk_dynamodb_table_stream_arn(ccdk_dynamodb_table *t)
{
    return CCDK__MEMO_GET(t, stream_arn);
}
ccdk_kms_key *ccdk_dynamodb_table_encryption_key(ccdk_dynamodb_table *t) { return ccdk__handle_ok(t, __func__) ? t->key : NULL; }

int ccdk_dynamodb_table_grant_stream_read(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    if (!t->stream_arn) {
        ccdk__error(t, "DynamoDB Streams must be enabled on the table %s", t->node.path);
        return 0;
    }
    /* Table: StreamGrants.read, ListStreams on "*"; TableV2: grantTableListStreams, on the stream */
    int a = ccdk_iam_grant_add_to_principal(grantee, CCDK_STRS("dynamodb:ListStreams"), CCDK_STRS(t->v2 ? t->stream_arn : "*"));
    if (t->key) /* StreamGrants.read: encryptionKey.grant(KEY_READ_ACTIONS) between the two */
        ccdk_kms_key_grant(t->key, grantee, CCDK_STRS("kms:Decrypt", "kms:DescribeKey"));
    int b = ccdk_iam_grant_add_to_principal(
        grantee, CCDK_STRS("dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"), CCDK_STRS(t->stream_arn));
    return a || b;
}

/* table.grantTableListStreams: a Table's streamGrants.list (ListStreams on "*"; the streamGrants
 * getter throws for a table without a stream), a TableV2's ListStreams on its stream (its own check
 * of tableStreamArn never fails: a TableV2's is always its StreamArn attribute) */
int ccdk_dynamodb_table_grant_table_list_streams(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    if (!t->stream_arn) {
        ccdk__error(t, "%s %s", t->v2 ? "No stream ARN found on the table" : "DynamoDB Streams must be enabled on the table",
                    t->node.path);
        return 0;
    }
    return ccdk_iam_grant_add_to_principal(grantee, CCDK_STRS("dynamodb:ListStreams"), CCDK_STRS(t->v2 ? t->stream_arn : "*"));
}

int ccdk_dynamodb_table_grant_list_streams(ccdk_iam_principal *grantee)
{
    if (!ccdk__grantee_ok(grantee, __func__))
        return 0;
    return ccdk_iam_grant_add_to_principal(grantee, CCDK_STRS("dynamodb:ListStreams"), CCDK_STRS("*"));
}

/* ------------------------------------------------------------------ TableGrants */

/* ServicePrincipal grantees are refused (principal-utils' isUnsupportedServicePrincipal): a
 * service principal other than the few DynamoDB knows, or any composite holding a service. */
static int unsupported_service(const ccdk_iam_principal *p)
{
    switch (ccdk_iam_principal_kind_of(p)) {
    case CCDK_IAM_PRINCIPAL_SERVICE: {
        const char *s = ccdk_iam_principal_value(p);
        return !s || (strcmp(s, "redshift.amazonaws.com") && strcmp(s, "replication.dynamodb.amazonaws.com") &&
                      strcmp(s, "glue.amazonaws.com"));
    }
    case CCDK_IAM_PRINCIPAL_COMPOSITE:
        for (size_t i = 0; i < ccdk_iam_principal_part_count(p); i++)
            if (ccdk_iam_principal_kind_of(ccdk_iam_principal_part(p, i)) == CCDK_IAM_PRINCIPAL_SERVICE)
                return 1; /* "Service" in its JSON, and no service name of its own */
        return 0;
    case CCDK_IAM_PRINCIPAL_LAZY_ROLE: /* isServicePrincipal reads its policyFragment: that makes the role */
        ccdk_iam_principal_policy_json(p);
        return 0;
    default:
        return 0;
    }
}

/* TableGrants' index ARN: the table's ARN + "/index/" and a wildcard when, at synth, the table has secondary
 * indexes; else the Lazy produces undefined, and the statement keeps a list of what remains (a
 * Table's resources are [arn, lazy] when the statement is made, so never collapsed to a single
 * value; a TableV2's grants have no index entry unless it has indexes, and collapse). */
static const char *index_arn(void *ctx)
{
    ccdk_dynamodb_table *t = ctx;
    return t->gsis || t->lsis || t->import_has_index ? ccdk__sprintf(t->node.app, "%s/index/*", t->arn) : NULL;
}

/* table.addToResourcePolicy: the table's resourcePolicy document, made on first use; a Table
 * writes it as the CfnTable's ResourcePolicy {PolicyDocument}, a TableV2 as its replica's (the
 * one in the stack's region: its only one), after Region; an import's adds nothing. */
static int add_to_resource_policy(void *table, ccdk_iam_policy_statement *statement)
{
    ccdk_dynamodb_table *t = table;
    if (!t->resource)
        return 0;
    if (!t->policy)
        set_resource_policy(t, ccdk_iam_policy_document_new(t, (ccdk_iam_policy_statement_list){0}));
    ccdk_iam_policy_document_add_statements(t->policy, statement);
    return 1;
}

static ccdk_value *replica_stream_spec(void *ctx)
{
    ccdk_dynamodb_table *t = ctx;
    ccdk_app *app = t->node.app;
    if (!t->stream_policy)
        return ccdk__v_undef(app);
    return one_key(app, "ResourcePolicy", one_key(app, "PolicyDocument", ccdk_iam_policy_document_value(t->stream_policy)));
}

/* a replica's Tags: the TableV2 is taggable (this.tags, a TagManager of AWS::DynamoDB::GlobalTable)
 * and configureReplicaTable writes its tag values, sorted by key, into every replica, when the
 * template is rendered (after the Tags.of aspects); none: left out */
static ccdk_value *replica_tags(void *ctx)
{
    ccdk_dynamodb_table *t = ctx;
    ccdk_value *tags = ccdk__tags_for(&t->node, 1);
    return tags ? tags : ccdk__v_undef(t->node.app);
}

/* a replica's lazy context: the table and the replica's region (NULL: the stack's) */
struct dyn_replica {
    ccdk_dynamodb_table *t;
    const char *region;
};

static void *replica_ctx(ccdk_dynamodb_table *t, const char *region)
{
    struct dyn_replica *c = ccdk__alloc(t->node.app, sizeof *c);
    c->t = t;
    c->region = region;
    return c;
}

/* customerManagedKey's _renderReplicaSseSpecification(this, region), when the template is
 * rendered: its errors are thrown inside the replicas' resolution */
static ccdk_value *replica_sse(void *ctx)
{
    struct dyn_replica *c = ctx;
    ccdk_dynamodb_table *t = c->t;
    ccdk_app *app = t->node.app;
    const char *region = ccdk_stack_region(t->node.stack);
    if (ccdk__is_unresolved(region)) {
        ccdk__lazy_error(app, "Replica SSE specification cannot be rendered in a region agnostic stack");
        return ccdk__v_undef(app);
    }
    for (size_t i = 0; i < t->replica_key_arns.count; i++)
        if (!strcmp(t->replica_key_arns.items[i].key, region)) {
            ccdk__lazy_error(app, "KMS key for deployment region %s cannot be defined in 'replicaKeyArns'", region);
            return ccdk__v_undef(app);
        }
    if (!c->region)
        return one_key(app, "KMSMasterKeyId", ccdk__v_from_string(app, ccdk_kms_key_arn(t->key)));
    for (size_t i = 0; i < t->replica_key_arns.count; i++)
        if (!strcmp(t->replica_key_arns.items[i].key, c->region))
            return one_key(app, "KMSMasterKeyId", ccdk__v_from_string(app, t->replica_key_arns.items[i].value));
    ccdk__lazy_error(app, "KMS key for %s was not found in 'replicaKeyArns'", c->region);
    return ccdk__v_undef(app);
}

/* another replica's ResourcePolicy: without @aws-cdk/aws-dynamodb:resourcePolicyPerReplica, the
 * table's (props.resourcePolicy ?? this.resourcePolicy), whenever it was given; with it, none */
static ccdk_value *replica_policy(void *ctx)
{
    ccdk_dynamodb_table *t = ctx;
    if (!t->policy || ccdk__feature_flag(&t->node, "@aws-cdk/aws-dynamodb:resourcePolicyPerReplica"))
        return ccdk__v_undef(t->node.app);
    return one_key(t->node.app, "PolicyDocument", ccdk_iam_policy_document_value(t->policy));
}

int ccdk_dynamodb_table_add_replica(ccdk_dynamodb_table *t, const ccdk_dynamodb_replica_table_props *props)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__arg_ok(props, __func__, "props") || !ccdk__arg_ok(props->region, __func__, "region"))
        return 0;
    if (ccdk__node_of(t)->kind != &kind_table_v2) {
        ccdk__error(t, "%s: not a dynamodb.TableV2 (a Table's replicationRegions are not supported here)", __func__);
        return 0;
    }
    if (!t->resource)
        return 0;
    ccdk_app *app = t->node.app;
    const char *stack_region = ccdk_stack_region(t->node.stack);
    /* validateReplica */
    if (ccdk__is_unresolved(stack_region)) {
        ccdk__error(t, "Replica tables are not supported in a region agnostic stack");
        return 0;
    }
    if (ccdk__is_unresolved(props->region)) {
        ccdk__error(t, "Replica table region must not be a token");
        return 0;
    }
    if (!strcmp(props->region, stack_region)) {
        ccdk__error(t, "You cannot add a replica table in the same region as the primary table - the primary table region is %s",
                    stack_region);
        return 0;
    }
    if (has_name(t->replica_regions, props->region)) {
        ccdk__error(t, "Duplicate replica table region, %s, is not allowed", props->region);
        return 0;
    }
    ccdk__token_read(app, t->name); /* the replica's ARN: formatArn({..., resourceName: this.tableName}) */
    add_name(app, &t->replica_regions, props->region);
    const char *region = t->replica_regions->name;
    /* configureReplicaTable(props), in the template's order */
    ccdk_value *rep = replica_options(t, NULL);
    if (t->read_provisioning)
        ccdk__v_set(rep, "ReadProvisionedThroughputSettings", t->read_provisioning);
    ccdk__v_set(rep, "Region", ccdk__v_str(app, region));
    ccdk__v_set(rep, "ResourcePolicy", ccdk__v_lazy(app, replica_policy, t));
    if (t->cmk)
        ccdk__v_set(rep, "SSESpecification", ccdk__v_lazy(app, replica_sse, replica_ctx(t, region)));
    if (t->v2_class)
        ccdk__v_set(rep, "TableClass", t->v2_class);
    ccdk__v_set(rep, "Tags", ccdk__v_lazy(app, replica_tags, t));
    /* renderReplicaTables: the added replicas, then the stack region's */
    ccdk__v_push(t->replicas, rep);
    uint32_t n = t->replicas->u.list.n;
    ccdk_value *primary = t->replicas->u.list.items[n - 2];
    t->replicas->u.list.items[n - 2] = rep;
    t->replicas->u.list.items[n - 1] = primary;
    /* renderStreamSpecification: NEW_AND_OLD_IMAGES once there are replicas, unless dynamoStream */
    if (!t->dynamo_stream)
        ccdk__res_set(t->resource, "StreamSpecification", one_key(app, "StreamViewType", ccdk__v_str(app, "NEW_AND_OLD_IMAGES")));
    return 1;
}

ccdk_dynamodb_table_encryption_v2 ccdk_dynamodb_table_encryption_v2_dynamo_owned_key(void)
{
    return (ccdk_dynamodb_table_encryption_v2){.type = CCDK_DYNAMODB_ENCRYPTION_DEFAULT};
}

ccdk_dynamodb_table_encryption_v2 ccdk_dynamodb_table_encryption_v2_aws_managed_key(void)
{
    return (ccdk_dynamodb_table_encryption_v2){.type = CCDK_DYNAMODB_ENCRYPTION_AWS_MANAGED};
}

ccdk_dynamodb_table_encryption_v2 ccdk_dynamodb_table_encryption_v2_customer_managed_key(ccdk_kms_key *table_key,
                                                                                        ccdk_kvs replica_key_arns)
{
    return (ccdk_dynamodb_table_encryption_v2){.type = CCDK_DYNAMODB_ENCRYPTION_CUSTOMER_MANAGED, .table_key = table_key,
                                               .replica_key_arns = replica_key_arns};
}

int ccdk_dynamodb_table_add_to_stream_resource_policy(ccdk_dynamodb_table *t, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__arg_ok(statement, __func__, "statement"))
        return 0;
    if (ccdk__node_of(t)->kind != &kind_table_v2) {
        ccdk__error(t, "%s: not a dynamodb.TableV2 (a Table has no addToStreamResourcePolicy)", __func__);
        return 0;
    }
    if (!t->resource)
        return 0;
    if (!t->stream_policy)
        t->stream_policy = ccdk_iam_policy_document_new(t, (ccdk_iam_policy_statement_list){0});
    ccdk_iam_policy_document_add_statements(t->stream_policy, statement);
    return 1;
}

int ccdk_dynamodb_table_add_to_resource_policy(ccdk_dynamodb_table *t, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__arg_ok(statement, __func__, "statement"))
        return 0;
    return add_to_resource_policy(t, statement);
}

/* TableGrants.actions (a TableV2's combinedGrant): Grant.addToPrincipalOrResource, the resource
 * policy's statement on "*" (resourceSelfArns; a TableV2's grant() gives none: its statement names
 * the table's ARN), then for reads the principal-only read actions (Grant.addToPrincipal): 1 when a
 * statement was added */
/* The key actions of a grant (TableGrants' encryptedResource.grantOnKey): none, KEY_READ_ACTIONS,
 * or those and KEY_WRITE_ACTIONS; granted before the table's actions for readData, after them for
 * the others, as TableGrants does. */
enum { KEY_NONE, KEY_READ_FIRST, KEY_READ_WRITE_AFTER };

static int table_grant(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee, ccdk_strs actions, int principal_only_reads,
                       int grant_fn, int key_actions)
{
    if (!t || !ccdk__grantee_ok(grantee, __func__) || !ccdk__handle_ok(t, __func__))
        return 0;
    if (unsupported_service(grantee)) {
        ccdk__error(t, "DynamoDB grant* methods do not support ServicePrincipal grantees. Use table.addToResourcePolicy() for "
                       "an explicit service-specific table policy with required service principal, actions, and conditions");
        return 0;
    }
    /* a TableV2's combinedGrant names "<arn>/index/..." when it has indexes at the time of the grant */
    ccdk_strs resources = !t->v2 ? CCDK_STRS(t->arn, ccdk_lazy_string(t, index_arn, t))
                          : t->gsis || t->lsis || t->import_has_index ? CCDK_STRS(t->arn, ccdk__sprintf(t->node.app, "%s/index/*", t->arn))
                                               : CCDK_STRS(t->arn);
    if (t->key && key_actions == KEY_READ_FIRST)
        ccdk_kms_key_grant(t->key, grantee, CCDK_STRS("kms:Decrypt", "kms:DescribeKey"));
    else if (t->key && t->v2 && key_actions == KEY_READ_WRITE_AFTER) /* combinedGrant: the key first */
        ccdk_kms_key_grant(t->key, grantee,
                           CCDK_STRS("kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"));
    int a = ccdk_iam_grant_add_to_principal_or_resource(grantee, &(ccdk_iam_grant_on_resource){
        .actions = actions,
        .resource_arns = resources,
        .resource_self_arns = grant_fn && t->v2 ? (ccdk_strs){0} : CCDK_STRS("*"),
        .resource_account = t->import_account ? t->import_account : ccdk_stack_account(t->node.stack),
        .add_to_resource_policy = add_to_resource_policy,
        .resource = t,
    });
    if (t->key && !t->v2 && key_actions == KEY_READ_WRITE_AFTER)
        ccdk_kms_key_grant(t->key, grantee,
                           CCDK_STRS("kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"));
    int b = principal_only_reads &&
            ccdk_iam_grant_add_to_principal(grantee, CCDK_STRS("dynamodb:GetRecords", "dynamodb:GetShardIterator"), resources);
    return a || b;
}

int ccdk_dynamodb_table_grant(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__grantee_ok(grantee, __func__) ||
        !CCDK__LEN(actions, "dynamodb table grant actions"))
        return 0;
    return table_grant(t, grantee, actions, 0, 1, KEY_NONE);
}

int ccdk_dynamodb_table_grant_read_data(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(t, __func__))
        return 0;
    return table_grant(t, grantee,
                       CCDK_STRS("dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:GetItem", "dynamodb:Scan",
                                 "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable"),
                       1, 0, KEY_READ_FIRST);
}

int ccdk_dynamodb_table_grant_write_data(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(t, __func__))
        return 0;
    return table_grant(t, grantee,
                       CCDK_STRS("dynamodb:BatchWriteItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem",
                                 "dynamodb:DescribeTable"),
                       0, 0, KEY_READ_WRITE_AFTER);
}

int ccdk_dynamodb_table_grant_read_write_data(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(t, __func__))
        return 0;
    return table_grant(t, grantee,
                       CCDK_STRS("dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:GetItem", "dynamodb:Scan",
                                 "dynamodb:ConditionCheckItem", "dynamodb:BatchWriteItem", "dynamodb:PutItem",
                                 "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable"),
                       1, 0, KEY_READ_WRITE_AFTER);
}

int ccdk_dynamodb_table_grant_full_access(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(t, __func__))
        return 0;
    return table_grant(t, grantee, CCDK_STRS("dynamodb:*"), 0, 0, KEY_READ_WRITE_AFTER);
}

/* table.grantOnKey(grantee, ...actions): {grant: this.encryptionKey?.grant(grantee, ...actions)} */
int ccdk_dynamodb_table_grant_on_key(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!ccdk__target_ok(t, __func__) || !ccdk__grantee_ok(grantee, __func__) || !ccdk__handle_ok(t, __func__))
        return 0;
    return t->key ? ccdk_kms_key_grant(t->key, grantee, actions) : 0;
}

/* ------------------------------------------------------------------ metrics */

/* new cloudwatch.Metric({namespace: "AWS/DynamoDB", metricName, dimensionsMap: dims, statistic,
 * ...options}) for the table: the options' statistic, period, label and unit over the defaults,
 * their dimensions (dimensionsMap) in place of dims unless fixed (a method that sets dimensionsMap
 * after the options). A Table's (and an import's) is .attachTo(this): its stack's account and
 * region where they are known. A TableV2's configureMetric instead sets the metric's own account
 * and region (props.account ?? this.stack.account, props.region ?? this.region): overrides, so
 * aws-cdk-lib renders them even in the table's own stack (tokens in an agnostic one). */
static ccdk_cloudwatch_metric *table_metric(ccdk__node *owner, const char *metric_name, const char *stat, ccdk_kvs dims, int fixed,
                                            const ccdk_cloudwatch_metric_options *o)
{
    ccdk_cloudwatch_metric_props p = {.namespace_ = "AWS/DynamoDB", .metric_name = metric_name, .statistic = stat, .dimensions = dims};
    if (o) {
        if (o->statistic)
            p.statistic = o->statistic;
        p.period = o->period;
        p.label = o->label;
        p.unit = o->unit;
        p.color = o->color;
        p.id = o->id;
        p.visible = o->visible;
        p.account = o->account;
        p.region = o->region;
        if (!fixed && o->dimensions.built_by_ccdk_list)
            p.dimensions = o->dimensions;
    }
    if (!owner->stack)
        return ccdk_cloudwatch_metric_new(owner, &p);
    if (owner->kind == &kind_table_v2 || owner->kind == &kind_import_v2) {
        if (!p.account)
            p.account = ccdk_stack_account(owner->stack);
        if (!p.region) /* a new TableV2's region: its stack's; an import's: its ARN's */
            p.region = owner->kind == &kind_import_v2 ? ((ccdk_dynamodb_table *)owner)->import_region : ccdk_stack_region(owner->stack);
        return ccdk_cloudwatch_metric_new(owner, &p);
    }
    return ccdk_cloudwatch_metric_attach_to(ccdk_cloudwatch_metric_new(owner, &p), owner);
}

/* the table's node (the orphan stack for a NULL or bad handle, recorded under func) and its name
 * (NULL for a bad handle: the metric then has no dimension) */
static ccdk__node *table_node(ccdk_dynamodb_table *t, const char *func, const char **name)
{
    ccdk__node *n = ccdk__scope_(t, func);
    *name = n == (ccdk__node *)t ? t->name : NULL;
    return n;
}

static ccdk_kvs one_dim(ccdk_kv *kv, const char *name)
{
    kv->key = "TableName";
    kv->value = name;
    return name ? (ccdk_kvs){&ccdk__list_mark, kv, 1} : (ccdk_kvs){0};
}

ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric(ccdk_dynamodb_table *t, const char *metric_name, const ccdk_cloudwatch_metric_options *o)
{
    const char *name;
    ccdk__node *n = table_node(t, __func__, &name);
    ccdk_kv kv;
    return table_metric(n, metric_name, NULL, one_dim(&kv, name), 0, o);
}

/* cannedMetric(DynamoDBMetrics.<name>Sum, props) and this.metric(name, {statistic: "sum", ...props}):
 * the same metric, "sum" being normalized to "Sum" */
#define TABLE_METRIC(fn, metric_name, stat)                                                                            \
    ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_##fn(ccdk_dynamodb_table *t, const ccdk_cloudwatch_metric_options *o) \
    {                                                                                                                  \
        const char *name;                                                                                              \
        ccdk__node *n = table_node(t, __func__, &name);                                                                \
        ccdk_kv kv;                                                                                                    \
        return table_metric(n, metric_name, stat, one_dim(&kv, name), 0, o);                                           \
    }
TABLE_METRIC(consumed_read_capacity_units, "ConsumedReadCapacityUnits", "Sum")
TABLE_METRIC(consumed_write_capacity_units, "ConsumedWriteCapacityUnits", "Sum")
TABLE_METRIC(conditional_check_failed_requests, "ConditionalCheckFailedRequests", "sum")
#undef TABLE_METRIC

ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_user_errors(ccdk_dynamodb_table *t, const ccdk_cloudwatch_metric_options *o)
{
    const char *name;
    ccdk__node *n = table_node(t, __func__, &name);
    /* this.metric("UserErrors", {statistic: "sum", ...props, dimensionsMap: {}}): an empty map, given */
    return table_metric(n, "UserErrors", "sum", (ccdk_kvs)CCDK_EMPTY_LIST, 1, o);
}

ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_throttled_requests_for_operation(ccdk_dynamodb_table *t, const char *operation,
                                                                                 const ccdk_cloudwatch_metric_options *o)
{
    const char *name;
    ccdk__node *n = table_node(t, __func__, &name);
    /* {...DynamoDBMetrics.throttledRequestsSum({Operation: operation, TableName}), ...props} */
    ccdk_kv dims[2] = {{"Operation", operation}, {"TableName", name}};
    return table_metric(n, "ThrottledRequests", "Sum", name ? (ccdk_kvs){&ccdk__list_mark, dims, 2} : (ccdk_kvs){0}, 0, o);
}

/* props.dimensionsMap.Operation when truthy (a non-empty string), else NULL */
static const char *operation_of(const ccdk_cloudwatch_metric_options *o)
{
    const char *op = NULL;
    if (o && o->dimensions.built_by_ccdk_list)
        for (size_t i = 0; i < o->dimensions.count; i++)
            if (o->dimensions.items[i].key && !strcmp(o->dimensions.items[i].key, "Operation"))
                op = o->dimensions.items[i].value; /* the last one, as a later key of an object literal */
    return op && *op ? op : NULL;
}

ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_successful_request_latency(ccdk_dynamodb_table *t, const ccdk_cloudwatch_metric_options *o)
{
    const char *name;
    ccdk__node *n = table_node(t, __func__, &name);
    const char *op = operation_of(o);
    if (!op && name)
        ccdk__error(t, t->v2 ? "`Operation` dimension must be passed for the `SuccessfulRequestLatency` metric"
                             : "'Operation' dimension must be passed for the 'SuccessfulRequestLatency' metric.");
    /* {...successfulRequestLatencyAverage(dims), ...props, dimensionsMap: {TableName, Operation}} */
    ccdk_kv dims[2] = {{"TableName", name}, {"Operation", op}};
    return table_metric(n, "SuccessfulRequestLatency", "Average", name && op ? (ccdk_kvs){&ccdk__list_mark, dims, 2} : (ccdk_kvs){0}, 1, o);
}

ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_system_errors(ccdk_dynamodb_table *t, const ccdk_cloudwatch_metric_options *o)
{
    const char *name;
    ccdk__node *n = table_node(t, __func__, &name);
    if (!operation_of(o) && name)
        ccdk__error(t, "'Operation' dimension must be passed for the 'SystemErrors' metric.");
    /* dimensionsMap {TableName: this.tableName, ...props.dimensionsMap} (a TableName given replaces the
     * table's in place: set by the Metric as a later duplicate key) */
    size_t nd = o && o->dimensions.built_by_ccdk_list ? o->dimensions.count : 0;
    ccdk_kv *dims = ccdk__alloc(n->app, (nd + 1) * sizeof *dims);
    dims[0] = (ccdk_kv){"TableName", name};
    for (size_t i = 0; i < nd; i++)
        dims[i + 1] = o->dimensions.items[i];
    return table_metric(n, "SystemErrors", "sum", name ? (ccdk_kvs){&ccdk__list_mark, dims, nd + 1} : (ccdk_kvs){0}, 1, o);
}

/* table.sumMetricsForOperations(metricName, expressionLabel, props): a MathExpression
 * "<op1> + <op2> ..." over this.metric(metricName, {statistic: "sum", ...props, dimensionsMap:
 * {TableName, Operation}}) per operation (ids: the operations lowercased), labelled
 * expressionLabel, with the options' period */
static ccdk_cloudwatch_metric *sum_for_operations(ccdk_dynamodb_table *t, const char *metric_name, const char *label,
                                                  const ccdk_dynamodb_operations_metric_options *o, const char *func)
{
    static const char *const all[] = {"GetItem", "BatchGetItem", "Scan", "Query", "GetRecords", "PutItem", "DeleteItem",
                                      "UpdateItem", "BatchWriteItem", "TransactWriteItems", "TransactGetItems",
                                      "ExecuteTransaction", "BatchExecuteStatement", "ExecuteStatement"};
    const char *name;
    ccdk__node *n = table_node(t, func, &name);
    ccdk_app *app = n->app;
    static const ccdk_dynamodb_operations_metric_options none;
    if (!o)
        o = &none;
    size_t nops = CCDK__GIVEN(o->operations) ? CCDK__LEN(o->operations, "operations") : sizeof all / sizeof *all;
    const char *const *ops = CCDK__GIVEN(o->operations) ? o->operations.items : all;
    ccdk_cloudwatch_using_metric *using = ccdk__alloc(app, (nops + 1) * sizeof *using);
    ccdk__buf expr = {0};
    for (size_t i = 0; i < nops; i++) {
        const char *op = ops[i] ? ops[i] : "";
        char *id = ccdk__strdup(app, op);
        for (char *c = id; *c; c++)
            *c = (char)tolower((unsigned char)*c);
        /* the mapper's check: a first character that toUpperCase leaves alone (a digit, "") */
        if (name && (unsigned char)id[0] == toupper((unsigned char)id[0]))
            ccdk__error(t, "Mapper generated an illegal operation metric name: %s. Must start with a lowercase letter", id);
        ccdk_kv dims[2] = {{"TableName", name}, {"Operation", op}};
        using[i].id = id;
        using[i].metric = table_metric(n, metric_name, "sum", name ? (ccdk_kvs){&ccdk__list_mark, dims, 2} : (ccdk_kvs){0}, 1,
                                       &o->metric);
        if (i)
            ccdk__buf_puts(&expr, " + ");
        ccdk__buf_puts(&expr, id);
    }
    ccdk__buf_putc(&expr, 0);
    ccdk_cloudwatch_metric *m = ccdk_cloudwatch_math_expression_new(n, &(ccdk_cloudwatch_math_expression_props){
        .expression = expr.data ? expr.data : "",
        .using_metrics = {&ccdk__list_mark, using, nops},
        .label = label,
        .period = o->metric.period,
    });
    ccdk__buf_free(&expr);
    return m;
}

ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_throttled_requests_for_operations(ccdk_dynamodb_table *t,
                                                                                  const ccdk_dynamodb_operations_metric_options *options)
{
    return sum_for_operations(t, "ThrottledRequests", "Sum of throttled requests across all operations", options, __func__);
}

ccdk_cloudwatch_metric *ccdk_dynamodb_table_metric_system_errors_for_operations(ccdk_dynamodb_table *t,
                                                                               const ccdk_dynamodb_operations_metric_options *options)
{
    return sum_for_operations(t, "SystemErrors", "Sum of errors across all operations", options, __func__);
}
