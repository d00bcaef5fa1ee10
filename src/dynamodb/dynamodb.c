/* dynamodb.c - minimal dynamodb.Table L2 (aws-cdk-lib/aws-dynamodb/lib/table.ts): keys, billing,
 * stream, removal policy, and grantStreamRead for Lambda's DynamoEventSource. */
#include <string.h>

#include "ccdk/dynamodb.h"
#include "internal.h"

struct ccdk_dynamodb_table {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *arn, *name, *stream_arn;
};

static const ccdk__kind kind_table = {.fqn = "aws-cdk-lib.aws_dynamodb.Table", .class_name = "Table2"};

static const char *attr_type(ccdk_dynamodb_attribute_type t)
{
    switch (t) {
    case CCDK_DYNAMODB_ATTRIBUTE_NUMBER: return "N";
    case CCDK_DYNAMODB_ATTRIBUTE_BINARY: return "B";
    default: return "S";
    }
}

/* Table.addKey: a KeySchema entry and (once per name) an AttributeDefinitions entry */
static void add_key(ccdk_app *app, ccdk_value *schema, ccdk_value *defs, const ccdk_dynamodb_attribute *a, const char *key_type)
{
    ccdk_value *k = ccdk__v_obj(app);
    ccdk__v_set(k, "AttributeName", ccdk__v_from_string(app, a->name));
    ccdk__v_set(k, "KeyType", ccdk__v_str(app, key_type));
    ccdk__v_push(schema, k);
    ccdk_value *d = ccdk__v_obj(app);
    ccdk__v_set(d, "AttributeName", ccdk__v_from_string(app, a->name));
    ccdk__v_set(d, "AttributeType", ccdk__v_str(app, attr_type(a->type)));
    ccdk__v_push(defs, d);
}

ccdk_dynamodb_table *ccdk_dynamodb_table_new(void *scope, const char *id, const ccdk_dynamodb_table_props *props)
{
    ccdk_dynamodb_table *t = ccdk__construct(ccdk_dynamodb_table, &kind_table, scope, id);
    ccdk_app *app = t->node.app;
    static const ccdk_dynamodb_table_props none;
    const ccdk_dynamodb_table_props *p = props ? props : &none;
    t->arn = t->name = "";
    if (!p->partition_key.name) {
        ccdk__error(t, "partitionKey is required for Table");
        return t;
    }
    int pay = p->billing_mode == CCDK_DYNAMODB_BILLING_MODE_PAY_PER_REQUEST;
    if (pay && (p->read_capacity.set || p->write_capacity.set)) {
        ccdk__error(t, "you cannot provision read and write capacity for a table with PAY_PER_REQUEST billing mode");
        return t;
    }
    ccdk_cfn_resource *r = ccdk__l1(t, "Resource", "AWS::DynamoDB::Table", "aws-cdk-lib.aws_dynamodb.CfnTable");
    r->tag_kind = 1;
    t->resource = r;
    ccdk_value *schema = ccdk__v_list(app), *defs = ccdk__v_list(app);
    add_key(app, schema, defs, &p->partition_key, "HASH");
    if (p->sort_key.name) {
        ccdk_value *k = ccdk__v_obj(app);
        ccdk__v_set(k, "AttributeName", ccdk__v_from_string(app, p->sort_key.name));
        ccdk__v_set(k, "KeyType", ccdk__v_str(app, "RANGE"));
        if (strcmp(p->sort_key.name, p->partition_key.name) != 0)
            add_key(app, schema, defs, &p->sort_key, "RANGE");
        else
            ccdk__v_push(schema, k);
    }
    ccdk__res_set(r, "AttributeDefinitions", defs);
    if (pay)
        ccdk__res_set(r, "BillingMode", ccdk__v_str(app, "PAY_PER_REQUEST"));
    ccdk__res_set(r, "KeySchema", schema);
    if (!pay) {
        /* readCapacity || 5: a 0 is 5 too, as in aws-cdk-lib */
        ccdk_value *pt = ccdk__v_obj(app);
        ccdk_opt_num rc = p->read_capacity, wc = p->write_capacity;
        ccdk__v_set(pt, "ReadCapacityUnits", rc.set && (rc.token || rc.value) ? ccdk__v_opt_num(app, rc) : ccdk__v_num(app, 5));
        ccdk__v_set(pt, "WriteCapacityUnits", wc.set && (wc.token || wc.value) ? ccdk__v_opt_num(app, wc) : ccdk__v_num(app, 5));
        ccdk__res_set(r, "ProvisionedThroughput", pt);
    }
    if (p->stream) {
        static const char *const views[] = {"", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"};
        ccdk_value *ss = ccdk__v_obj(app);
        ccdk__v_set(ss, "StreamViewType", ccdk__v_str(app, views[p->stream]));
        ccdk__res_set(r, "StreamSpecification", ss);
    }
    if (p->table_name)
        ccdk__res_set(r, "TableName", ccdk__v_from_string(app, p->table_name));
    ccdk_cfn_resource_apply_removal_policy(r, p->removal_policy ? p->removal_policy : CCDK_REMOVAL_POLICY_RETAIN);
    t->arn = ccdk_cfn_resource_get_att(r, "Arn");
    t->name = ccdk_cfn_resource_ref(r);
    if (p->stream)
        t->stream_arn = ccdk_cfn_resource_get_att(r, "StreamArn");
    return t;
}

const char *ccdk_dynamodb_table_arn(ccdk_dynamodb_table *t) { return ccdk__handle_ok(t, __func__) ? t->arn : NULL; }
const char *ccdk_dynamodb_table_name(ccdk_dynamodb_table *t) { return ccdk__handle_ok(t, __func__) ? t->name : NULL; }
const char *ccdk_dynamodb_table_stream_arn(ccdk_dynamodb_table *t) { return ccdk__handle_ok(t, __func__) ? t->stream_arn : NULL; }

int ccdk_dynamodb_table_grant_stream_read(ccdk_dynamodb_table *t, ccdk_iam_principal *grantee)
{
    if (!t || !grantee || !ccdk__handle_ok(t, __func__))
        return 0;
    if (!t->stream_arn) {
        ccdk__error(t, "DynamoDB Streams must be enabled on the table %s", t->node.path);
        return 0;
    }
    /* StreamGrants.read: list(grantee), then the stream actions */
    int a = ccdk_iam_grant_add_to_principal(grantee, CCDK_STRS("dynamodb:ListStreams"), CCDK_STRS("*"));
    int b = ccdk_iam_grant_add_to_principal(
        grantee, CCDK_STRS("dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"), CCDK_STRS(t->stream_arn));
    return a || b;
}
