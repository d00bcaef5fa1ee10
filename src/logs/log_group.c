/* log_group.c - logs.LogGroup (aws-logs/lib/log-group.ts): the CfnLogGroup with its retention and
 * removal policy, the fromLogGroupName / fromLogGroupArn imports, and grants (with its resource policy). */
#include <string.h>

#include "ccdk/s3.h"
#include "logs_internal.h"

static const ccdk__kind kind_log_group = {.fqn = "aws-cdk-lib.aws_logs.LogGroup", .class_name = "LogGroup2"};
static const ccdk__kind kind_import = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

static const char *log_group_class_name(ccdk_logs_log_group_class c)
{
    switch (c) {
    case CCDK_LOGS_LOG_GROUP_CLASS_STANDARD: return "STANDARD";
    case CCDK_LOGS_LOG_GROUP_CLASS_INFREQUENT_ACCESS: return "INFREQUENT_ACCESS";
    case CCDK_LOGS_LOG_GROUP_CLASS_DELIVERY: return "DELIVERY";
    default: return NULL;
    }
}

const int ccdk__logs_retention_days[24] = {
    CCDK_LOGS_RETENTION_UNSET, CCDK_LOGS_RETENTION_ONE_DAY, CCDK_LOGS_RETENTION_THREE_DAYS, CCDK_LOGS_RETENTION_FIVE_DAYS,
    CCDK_LOGS_RETENTION_ONE_WEEK, CCDK_LOGS_RETENTION_TWO_WEEKS, CCDK_LOGS_RETENTION_ONE_MONTH,
    CCDK_LOGS_RETENTION_TWO_MONTHS, CCDK_LOGS_RETENTION_THREE_MONTHS, CCDK_LOGS_RETENTION_FOUR_MONTHS,
    CCDK_LOGS_RETENTION_FIVE_MONTHS, CCDK_LOGS_RETENTION_SIX_MONTHS, CCDK_LOGS_RETENTION_ONE_YEAR,
    CCDK_LOGS_RETENTION_THIRTEEN_MONTHS, CCDK_LOGS_RETENTION_EIGHTEEN_MONTHS, CCDK_LOGS_RETENTION_TWO_YEARS,
    CCDK_LOGS_RETENTION_THREE_YEARS, CCDK_LOGS_RETENTION_FIVE_YEARS, CCDK_LOGS_RETENTION_SIX_YEARS,
    CCDK_LOGS_RETENTION_SEVEN_YEARS, CCDK_LOGS_RETENTION_EIGHT_YEARS, CCDK_LOGS_RETENTION_NINE_YEARS,
    CCDK_LOGS_RETENTION_TEN_YEARS, CCDK_LOGS_RETENTION_INFINITE};

/* DataProtectionPolicy._bind(group): {Name, Description, Version, Statement, Configuration} (Json) */
static ccdk_value *data_protection_policy(ccdk_logs_log_group *lg, const ccdk_logs_data_protection_policy_props *p)
{
    ccdk_app *app = lg->node.app;
    ccdk_value *findings = ccdk__v_obj(app);
    if (p->log_group_audit_destination && ccdk__arg_handle_ok(p->log_group_audit_destination, "ccdk_logs_log_group_new",
                                                              "log_group_audit_destination")) {
        ccdk_value *o = ccdk__v_obj(app);
        ccdk__v_set(o, "LogGroup", ccdk__v_from_string(app, ccdk_logs_log_group_name(p->log_group_audit_destination)));
        ccdk__v_set(findings, "CloudWatchLogs", o);
    }
    /* s3BucketAuditDestination.bucketRef.bucketName */
    const char *bucket = p->s3_bucket_audit_destination_name;
    if (p->s3_bucket_audit_destination && ccdk__arg_handle_ok(p->s3_bucket_audit_destination, "ccdk_logs_log_group_new",
                                                              "s3_bucket_audit_destination"))
        bucket = ccdk_s3_bucket_name(p->s3_bucket_audit_destination);
    if (bucket) {
        ccdk_value *o = ccdk__v_obj(app);
        ccdk__v_set(o, "Bucket", ccdk__v_from_string(app, bucket));
        ccdk__v_set(findings, "S3", o);
    }
    if (p->delivery_stream_name_audit_destination) {
        ccdk_value *o = ccdk__v_obj(app);
        ccdk__v_set(o, "DeliveryStream", ccdk__v_from_string(app, p->delivery_stream_name_audit_destination));
        ccdk__v_set(findings, "Firehose", o);
    }
    ccdk_value *ids = ccdk__v_list(app), *custom = ccdk__v_list(app);
    for (size_t i = 0; i < p->identifiers.count; i++) {
        const ccdk_logs_data_identifier *d = &p->identifiers.items[i];
        const char *name = d->name ? d->name : "";
        if (d->regex) {
            ccdk__v_push(ids, ccdk__v_from_string(app, name));
            ccdk_value *c = ccdk__v_obj(app);
            ccdk__v_set(c, "Name", ccdk__v_from_string(app, name));
            ccdk__v_set(c, "Regex", ccdk__v_from_string(app, d->regex));
            ccdk__v_push(custom, c);
        } else {
            ccdk__v_push(ids, ccdk__v_from_string(app, ccdk__sprintf(app, "arn:%s:dataprotection::aws:data-identifier/%s",
                                                                     ccdk__stack_partition(lg->node.stack), name)));
        }
    }
    ccdk_value *audit = ccdk__v_obj(app), *audit_op = ccdk__v_obj(app), *audit_inner = ccdk__v_obj(app);
    ccdk__v_set(audit, "Sid", ccdk__v_str(app, "audit-statement-cdk"));
    ccdk__v_set(audit, "DataIdentifier", ids);
    ccdk__v_set(audit_inner, "FindingsDestination", findings);
    ccdk__v_set(audit_op, "Audit", audit_inner);
    ccdk__v_set(audit, "Operation", audit_op);
    ccdk_value *redact = ccdk__v_obj(app), *redact_op = ccdk__v_obj(app), *deid = ccdk__v_obj(app);
    ccdk__v_set(redact, "Sid", ccdk__v_str(app, "redact-statement-cdk"));
    ccdk__v_set(redact, "DataIdentifier", ids);
    ccdk__v_set(deid, "MaskConfig", ccdk__v_obj(app));
    ccdk__v_set(redact_op, "Deidentify", deid);
    ccdk__v_set(redact, "Operation", redact_op);
    ccdk_value *statements = ccdk__v_list(app);
    ccdk__v_push(statements, audit);
    ccdk__v_push(statements, redact);
    ccdk_value *config = ccdk__v_obj(app);
    ccdk__v_set(config, "CustomDataIdentifier", custom);
    ccdk_value *o = ccdk__v_obj(app);
    ccdk__v_set(o, "Name", ccdk__v_from_string(app, p->name && *p->name ? p->name : "data-protection-policy-cdk"));
    ccdk__v_set(o, "Description", ccdk__v_from_string(app, p->description && *p->description ? p->description
                                                                                          : "cdk generated data protection policy"));
    ccdk__v_set(o, "Version", ccdk__v_str(app, "2021-06-01"));
    ccdk__v_set(o, "Statement", statements);
    ccdk__v_set(o, "Configuration", config);
    return o;
}

static const char *log_group_arn_of(ccdk__node *lg, const char *name)
{
    return ccdk__format_arn(lg->stack, "logs", NULL, "log-group", ":", name);
}

ccdk_logs_log_group *ccdk_logs_log_group_new(void *scope, const char *id, const ccdk_logs_log_group_props *props)
{
    ccdk_logs_log_group *lg = ccdk__construct(ccdk_logs_log_group, &kind_log_group, scope, id);
    ccdk_app *app = lg->node.app;
    static const ccdk_logs_log_group_props none;
    if (!props)
        props = &none;
    CCDK__ENUM_OK(lg, props->log_group_class, ccdk_logs_log_group_class, CCDK_LOGS_LOG_GROUP_CLASS_UNSET,
                  CCDK_LOGS_LOG_GROUP_CLASS_DELIVERY, "logGroupClass");
    /* a number of days that is no RetentionDays: aws-cdk-lib's message for one <= 0 (a JavaScript
     * caller can pass any number), the enum's for any other */
    if ((int)props->retention > 0)
        CCDK__ENUM_IN(lg, props->retention, ccdk_logs_retention_days, ccdk__logs_retention_days, "retention");
    int delivery = props->log_group_class == CCDK_LOGS_LOG_GROUP_CLASS_DELIVERY;
    /* new DataProtectionPolicy(props) and new FieldIndexPolicy(props) check before the group does */
    const ccdk_logs_data_protection_policy_props *dpp = props->data_protection_policy;
    if (dpp && !CCDK__LEN(dpp->identifiers, "identifiers"))
        ccdk__unscoped_error(app, "DataIdentifier cannot be empty");
    size_t nfip = CCDK__LEN(props->field_index_policies, "field_index_policies");
    for (size_t i = 0; i < nfip; i++)
        if (CCDK__LEN(props->field_index_policies.items[i].fields, "fields") > 20)
            ccdk__unscoped_error(app, "A maximum of 20 fields can be indexed per log group");
    if (dpp && dpp->s3_bucket_audit_destination && dpp->s3_bucket_audit_destination_name)
        ccdk__error(lg, "s3_bucket_audit_destination and s3_bucket_audit_destination_name are one prop "
                        "(s3BucketAuditDestination): give one, not both");
    if (props->retention_token && props->retention != CCDK_LOGS_RETENTION_UNSET)
        ccdk__error(lg, "retention and retention_token are one prop (retention): give one, not both");
    else if (delivery && (props->retention != CCDK_LOGS_RETENTION_UNSET || props->retention_token))
        ccdk__error(lg, "retention is not supported for a log group with logGroupClass DELIVERY; remove retention or use "
                        "a different LogGroupClass");
    else if (delivery && dpp)
        ccdk__error(lg, "dataProtectionPolicy is not supported for a log group with logGroupClass DELIVERY; remove "
                        "dataProtectionPolicy or use a different LogGroupClass");
    else if (delivery && CCDK__GIVEN(props->field_index_policies))
        ccdk__error(lg, "fieldIndexPolicies is not supported for a log group with logGroupClass DELIVERY; remove "
                        "fieldIndexPolicies or use a different LogGroupClass");
    /* undefined is TWO_YEARS (except for DELIVERY); INFINITE is no RetentionInDays */
    long retention = (int)props->retention; /* the enum may be unsigned: a negative value cast in */
    if (retention == CCDK_LOGS_RETENTION_UNSET && !delivery && !props->retention_token)
        retention = CCDK_LOGS_RETENTION_TWO_YEARS;
    if (retention == CCDK_LOGS_RETENTION_INFINITE)
        retention = 0;
    else if (retention < 0 || (retention == 0 && props->retention != CCDK_LOGS_RETENTION_UNSET))
        ccdk__error(lg, "retentionInDays must be positive, got %ld", retention);

    ccdk_cfn_resource *r = ccdk__l1(lg, "Resource", "AWS::Logs::LogGroup", "aws-cdk-lib.aws_logs.CfnLogGroup");
    r->tag_kind = 1;
    lg->resource = r;
    if (props->encryption_key)
        ccdk__res_set(r, "KmsKeyId", ccdk__v_from_string(app, ccdk_kms_key_arn(props->encryption_key)));
    const char *cls = log_group_class_name(props->log_group_class);
    if (cls)
        ccdk__res_set(r, "LogGroupClass", ccdk__v_str(app, cls));
    /* logGroupArn / logGroupName: getResourceArnAttribute(attrArn, {service: 'logs', resource:
     * 'log-group', resourceName: physicalName, arnFormat: ':'}) (without the ":*" of the Arn
     * attribute, as aws-cdk-lib formats it), getResourceNameAttribute(ref); the physical name
     * logGroupName as given or generated (PhysicalName.GENERATE_IF_NEEDED) */
    ccdk__physical pn;
    ccdk__physical_new(&pn, lg, r, props->log_group_name, NULL, "Arn", log_group_arn_of);
    /* memoized getters: made (and numbered) by aws-cdk-lib at their first read (token.c) */
    lg->arn = ccdk__token_mark_unread(app, pn.arn);
    lg->name = ccdk__token_mark_unread(app, pn.name);
    if (pn.value) {
        ccdk__res_set(r, "LogGroupName", pn.value);
        /* logGroupPhysicalName(): this.physicalName, the generated name's token for the marker */
        lg->physical_name = pn.gen ? ccdk__token_str(app, pn.value) : ccdk__strdup(app, props->log_group_name);
    }
    if (props->retention_token) /* Token.isUnresolved: no check, written as its reference */
        ccdk__res_set(r, "RetentionInDays", ccdk__v_from_string(app, props->retention_token));
    else if (retention > 0)
        ccdk__res_set(r, "RetentionInDays", ccdk__v_num(app, (double)retention));
    if (dpp)
        ccdk__res_set(r, "DataProtectionPolicy", data_protection_policy(lg, dpp));
    if (CCDK__GIVEN(props->field_index_policies)) {
        ccdk_value *list = ccdk__v_list(app);
        for (size_t i = 0; i < nfip; i++) {
            ccdk_value *o = ccdk__v_obj(app), *fields = ccdk__v_list(app);
            ccdk_strs f = props->field_index_policies.items[i].fields;
            for (size_t j = 0; j < CCDK__LEN(f, "fields"); j++)
                ccdk__v_push(fields, ccdk__v_from_string(app, f.items[j] ? f.items[j] : ""));
            ccdk__v_set(o, "Fields", fields);
            ccdk__v_push(list, o);
        }
        ccdk__res_set(r, "FieldIndexPolicies", list);
    }
    if (ccdk__tri_set(props->deletion_protection_enabled))
        ccdk__res_set(r, "DeletionProtectionEnabled", ccdk__v_bool(app, ccdk__tri_true(props->deletion_protection_enabled)));
    /* applyRemovalPolicy(undefined) is RETAIN for a CfnLogGroup (its default policy) */
    ccdk_cfn_resource_apply_removal_policy(r, props->removal_policy ? props->removal_policy : CCDK_REMOVAL_POLICY_RETAIN);
    lg->env_account = ccdk_stack_account(lg->node.stack);
    lg->env_region = ccdk_stack_region(lg->node.stack);
    return lg;
}

/* the ARN of a group name in the stack of n: arn:<partition>:logs:<region>:<account>:log-group:<name>:* */
static const char *arn_of_name(ccdk__node *n, const char *name)
{
    return ccdk_stack_format_arn(n->stack, "logs", "log-group", ":", ccdk__sprintf(n->app, "%s:*", name));
}

/* a string without its trailing ":*" (aws-cdk-lib's replace(/:\*$/, "")) */
static const char *strip_star(ccdk_app *app, const char *s)
{
    size_t n = strlen(s);
    if (n >= 2 && !strcmp(s + n - 2, ":*"))
        return ccdk__sprintf(app, "%.*s", (int)(n - 2), s);
    return s;
}

/* an Import construct, and its name or ARN (what) without ":*"; a NULL one is an error on scope */
static ccdk_logs_log_group *import_new(ccdk__node *scope, const char *id, const char *what, const char *value,
                                       const char **base)
{
    ccdk_logs_log_group *lg = ccdk__construct(ccdk_logs_log_group, &kind_import, scope, id);
    lg->env_account = ccdk_stack_account(lg->node.stack);
    lg->env_region = ccdk_stack_region(lg->node.stack);
    if (!value)
        ccdk__error(scope, "%s is required", what);
    *base = strip_star(lg->node.app, ccdk__strdup(lg->node.app, value ? value : ""));
    return lg;
}

ccdk_logs_log_group *ccdk_logs_log_group_from_log_group_name(void *scope, const char *id, const char *log_group_name)
{
    const char *base;
    ccdk_logs_log_group *lg = import_new(ccdk__scope(scope), id, "logGroupName", log_group_name, &base);
    lg->name = base;
    lg->arn = arn_of_name(&lg->node, base);
    return lg;
}

ccdk_logs_log_group *ccdk_logs_log_group_from_log_group_arn(void *scope, const char *id, const char *log_group_arn)
{
    const char *base;
    ccdk_logs_log_group *lg = import_new(ccdk__scope(scope), id, "logGroupArn", log_group_arn, &base);
    ccdk_app *app = lg->node.app;
    lg->arn = ccdk__sprintf(app, "%s:*", base);
    if (!ccdk__arn_check(scope, base)) {
        lg->name = base;
        return lg;
    }
    if (strncmp(base, "arn:", 4)) {
        /* a token: Arn.split's parseTokenArn, Fn::Select(n, Fn::Split(":", arn)) */
        lg->name = ccdk_fn_select(lg, 6, ccdk_fn_split(lg, ":", base));
        lg->env_region = ccdk_fn_select(lg, 3, ccdk_fn_split(lg, ":", base));
        lg->env_account = ccdk_fn_select(lg, 4, ccdk_fn_split(lg, ":", base));
        return lg;
    }
    /* arn:partition:service:region:account:resource[:name...]: the resource name is what follows
     * the sixth colon (a log group's resource has no "/") */
    const char *p = base;
    for (int i = 0; i < 6 && p; i++) {
        const char *c = strchr(p, ':');
        size_t len = c ? (size_t)(c - p) : strlen(p);
        if (i == 3)
            lg->env_region = ccdk__sprintf(app, "%.*s", (int)len, p);
        if (i == 4)
            lg->env_account = ccdk__sprintf(app, "%.*s", (int)len, p);
        p = c ? c + 1 : NULL;
    }
    lg->name = p ? p : "";
    return lg;
}

const char *ccdk_logs_log_group_arn(ccdk_logs_log_group *lg)
{
    return CCDK__MEMO_GET(lg, arn);
}
const char *ccdk_logs_log_group_name(ccdk_logs_log_group *lg)
{
    return CCDK__MEMO_GET(lg, name);
}
const char *ccdk_logs_log_group_env_account(ccdk_logs_log_group *lg)
{
    return ccdk__handle_ok(lg, __func__) ? lg->env_account : NULL;
}
const char *ccdk_logs_log_group_env_region(ccdk_logs_log_group *lg)
{
    return ccdk__handle_ok(lg, __func__) ? lg->env_region : NULL;
}
const char *ccdk_logs_log_group_physical_name(ccdk_logs_log_group *lg)
{
    return ccdk__handle_ok(lg, __func__) ? lg->physical_name : NULL;
}
ccdk_cfn_resource *ccdk_logs_log_group_resource(ccdk_logs_log_group *lg)
{
    return ccdk__handle_ok(lg, __func__) ? lg->resource : NULL;
}

/* logGroupArnWithoutStreamSuffix (aws-logs/lib/private/log-group-arn.ts): a literal ARN without its
 * ":*"; else Arn.format of the group's name in its environment (the partition its stack's) */
static const char *arn_without_stream_suffix(ccdk_logs_log_group *lg)
{
    if (!ccdk__is_unresolved(lg->arn))
        return strip_star(lg->node.app, lg->arn);
    return ccdk__sprintf(lg->node.app, "arn:%s:logs:%s:%s:log-group:%s", ccdk_stack_partition(lg->node.stack),
                         lg->env_region, lg->env_account, lg->name);
}

static const ccdk__kind kind_policy = {.fqn = "aws-cdk-lib.aws_logs.ResourcePolicy", .class_name = "ResourcePolicy2"};

/* LogGroupBase.convertArnPrincipalToAccountId: a principal with an account as an ArnPrincipal of
 * that account, an ArnPrincipal (but "*") as one of its ARN's account field, the others as they are */
static ccdk_iam_principal *account_id_principal(ccdk_logs_log_group *lg, ccdk_iam_principal *p)
{
    const char *account = ccdk_iam_principal_account(p);
    if (account)
        return ccdk_iam_arn_principal(lg, account);
    const char *arn = ccdk_iam_principal_value(p);
    if (ccdk_iam_principal_kind_of(p) == CCDK_IAM_PRINCIPAL_ARN && arn && strcmp(arn, "*")) {
        if (!ccdk__arn_check(lg, arn)) /* Arn.split's parseArnShape errors */
            return p;
        account = ccdk__arn_component(lg, arn, 4);
        if (account && *account)
            return ccdk_iam_arn_principal(lg, account);
    }
    return p;
}

/* logGroup.addToResourcePolicy (imports too): new ResourcePolicy(this, 'Policy') on first use, its
 * CfnResourcePolicy "ResourcePolicy" named Names.uniqueId(policy), its document JSON.stringify'd;
 * the statement goes in with its principals made account ids */
static int add_to_resource_policy(void *group, ccdk_iam_policy_statement *statement)
{
    ccdk_logs_log_group *lg = group;
    ccdk_app *app = lg->node.app;
    if (!lg->policy) {
        ccdk__node *pol = ccdk__construct_at(&lg->node, &kind_policy, "Policy", sizeof(ccdk__node));
        ccdk_cfn_resource *r = ccdk__l1(pol, "ResourcePolicy", "AWS::Logs::ResourcePolicy", "aws-cdk-lib.aws_logs.CfnResourcePolicy");
        lg->policy = ccdk_iam_policy_document_new(lg, (ccdk_iam_policy_statement_list){0});
        ccdk__res_set(r, "PolicyName", ccdk__v_str(app, ccdk__node_unique_id(pol)));
        ccdk__res_set(r, "PolicyDocument", ccdk_iam_policy_document_json_string(lg->policy));
        ccdk__ext(pol)->default_child_override = &r->el.node; /* this.node.defaultChild = l1 */
    }
    size_t n = ccdk_iam_policy_statement_principal_count(statement);
    ccdk_iam_principal **ps = ccdk__alloc(app, (n ? n : 1) * sizeof *ps);
    for (size_t i = 0; i < n; i++)
        ps[i] = account_id_principal(lg, ccdk_iam_policy_statement_principal(statement, i));
    ccdk_iam_policy_document_add_statements(
        lg->policy, ccdk_iam_policy_statement_copy(statement, &(ccdk_iam_policy_statement_overrides){
                        .principals = (ccdk_iam_principal_list)CCDK_LIST_N(ps, n)}));
    return 1;
}

/* ------------------------------------------------------------------ ResourcePolicy */

struct ccdk_logs_resource_policy {
    ccdk__node node;
    ccdk_iam_policy_document *document;
};

/* new ResourcePolicy(scope, id, props) (policy.ts): its CfnResourcePolicy "ResourcePolicy" (the
 * default child) named resourcePolicyName ?? Names.uniqueId(this), the document
 * JSON.stringify'd (statements as given: no account-id conversion, that is the log group's) */
ccdk_logs_resource_policy *ccdk_logs_resource_policy_new(void *scope, const char *id,
                                                         const ccdk_logs_resource_policy_props *props)
{
    ccdk_logs_resource_policy *pol = ccdk__construct(ccdk_logs_resource_policy, &kind_policy, scope, id);
    ccdk_app *app = pol->node.app;
    static const ccdk_logs_resource_policy_props none;
    const ccdk_logs_resource_policy_props *p = props ? props : &none;
    pol->document = ccdk_iam_policy_document_new(pol, (ccdk_iam_policy_statement_list){0});
    ccdk_cfn_resource *r = ccdk__l1(pol, "ResourcePolicy", "AWS::Logs::ResourcePolicy", "aws-cdk-lib.aws_logs.CfnResourcePolicy");
    ccdk__res_set(r, "PolicyName", ccdk__v_str(app, p->resource_policy_name ? p->resource_policy_name
                                                                            : ccdk__node_unique_id(&pol->node)));
    /* CfnResourcePolicy's props validation: the JSON of an empty document is undefined */
    ccdk__res_set(r, "PolicyDocument",
                  ccdk__l1_required(r, "policyDocument", ccdk_iam_policy_document_json_string(pol->document)));
    ccdk__ext(&pol->node)->default_child_override = &r->el.node;
    size_t n = CCDK__LEN(p->policy_statements, "policy_statements");
    for (size_t i = 0; i < n; i++) {
        if (!ccdk__arg_ok(p->policy_statements.items[i], __func__, "policy_statements[i]"))
            return pol;
        ccdk_iam_policy_document_add_statements(pol->document, p->policy_statements.items[i]);
    }
    return pol;
}

ccdk_iam_policy_document *ccdk_logs_resource_policy_document(ccdk_logs_resource_policy *p)
{
    return ccdk__handle_ok(p, __func__) ? p->document : NULL;
}

/* LogGroupGrants.actions: Grant.addToPrincipalOrResource (resource.env.account: the stack's, an
 * import's ARN's) */
static int grant(ccdk_logs_log_group *lg, ccdk_iam_principal *grantee, ccdk_strs actions, ccdk_strs resources)
{
    return ccdk_iam_grant_add_to_principal_or_resource(grantee, &(ccdk_iam_grant_on_resource){
               .actions = actions,
               .resource_arns = resources,
               .resource_account = lg->env_account,
               .add_to_resource_policy = add_to_resource_policy,
               .resource = lg,
           }) != 0;
}

/* LogGroupGrants.write: logs:CreateLogStream, logs:PutLogEvents on CfnLogGroup.arnForLogGroup(group),
 * which is the group's logGroupArn */
int ccdk_logs_log_group_grant_write(ccdk_logs_log_group *lg, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(lg, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    return grant(lg, grantee, CCDK_STRS("logs:CreateLogStream", "logs:PutLogEvents"), CCDK_STRS(lg->arn));
}

/* LogGroupGrants.read, and actions(): the group's ARN without and with its ":*" */
int ccdk_logs_log_group_grant_read(ccdk_logs_log_group *lg, ccdk_iam_principal *grantee)
{
    if (!ccdk__target_ok(lg, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    return grant(lg, grantee,
                 CCDK_STRS("logs:FilterLogEvents", "logs:GetLogEvents", "logs:GetLogGroupFields", "logs:DescribeLogGroups",
                           "logs:DescribeLogStreams"),
                 CCDK_STRS(arn_without_stream_suffix(lg), lg->arn));
}

int ccdk_logs_log_group_grant(ccdk_logs_log_group *lg, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    if (!ccdk__target_ok(lg, __func__) || !ccdk__grantee_ok(grantee, __func__))
        return 0;
    return grant(lg, grantee, actions, CCDK_STRS(arn_without_stream_suffix(lg), lg->arn));
}

int ccdk_logs_log_group_add_to_resource_policy(ccdk_logs_log_group *lg, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(lg, __func__) || !ccdk__arg_ok(statement, __func__, "statement"))
        return 0;
    return add_to_resource_policy(lg, statement);
}
