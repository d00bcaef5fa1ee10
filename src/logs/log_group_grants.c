/* log_group_grants.c - logs.LogGroupGrants on a CfnLogGroup (aws-logs/lib/log-group-grants.ts), and the
 * resource policy aws-logs' default traits give a CfnLogGroup (aws-logs/lib/private/default-traits.ts).
 * A LogGroup's own grants are in log_group.c. */
#include <string.h>

#include "logs_internal.h"

/* the CfnLogGroup of a grant call, checked: NULL (with the error) when it is not one */
static ccdk_cfn_resource *cfn_log_group(ccdk_cfn_resource *r, ccdk_iam_principal *grantee, const char *func)
{
    if (!ccdk__target_ok(r, func) || !ccdk__grantee_ok(grantee, func))
        return NULL;
    ccdk__node *n = ccdk__node_of(r);
    if (!n || n->kind->element != CCDK__EL_RESOURCE || !ccdk__str_eq(r->type, "AWS::Logs::LogGroup")) {
        ccdk__error(r, "%s: not an AWS::Logs::LogGroup resource", func);
        return NULL;
    }
    return r;
}

/* CfnLogGroupWithPolicy.addToResourcePolicy: a CfnResourcePolicy "LogGroupPolicy" under the group on
 * first use, named Names.uniqueId(group), its document {"Statement":[]} and then JSON.stringify of the
 * document with the statement added; the principals stay as given */
static int add_to_resource_policy(void *resource, ccdk_iam_policy_statement *statement)
{
    ccdk_cfn_resource *r = resource;
    ccdk_app *app = r->el.node.app;
    if (!r->module_data) {
        ccdk_cfn_resource *pol = ccdk__l1(r, "LogGroupPolicy", "AWS::Logs::ResourcePolicy", "aws-cdk-lib.aws_logs.CfnResourcePolicy");
        ccdk_iam_policy_document *doc = ccdk_iam_policy_document_new(r, (ccdk_iam_policy_statement_list){0});
        ccdk__res_set(pol, "PolicyDocument", ccdk_iam_policy_document_json_string(doc));
        ccdk__res_set(pol, "PolicyName", ccdk__v_str(app, ccdk__node_unique_id(&r->el.node)));
        r->module_data = doc;
    }
    ccdk_iam_policy_document_add_statements(r->module_data, statement);
    return 1;
}

/* LogGroupGrants.actions(grantee, actions, {resourceArns}): Grant.addToPrincipalOrResource, the
 * resource's account its stack's */
static int grant(ccdk_cfn_resource *r, ccdk_iam_principal *grantee, ccdk_strs actions, ccdk_strs resources)
{
    return ccdk_iam_grant_add_to_principal_or_resource(grantee, &(ccdk_iam_grant_on_resource){
               .actions = actions,
               .resource_arns = resources,
               .resource_account = ccdk_stack_account(r->el.node.stack),
               .add_to_resource_policy = add_to_resource_policy,
               .resource = r,
           }) != 0;
}

/* logGroupArnWithoutStreamSuffix: a CfnLogGroup's Arn attribute is a token, so Arn.format of its Ref
 * in its stack's environment; then CfnLogGroup.arnForLogGroup, its Arn attribute */
static ccdk_strs read_resources(ccdk_cfn_resource *r)
{
    ccdk__node *n = &r->el.node;
    const char *without = ccdk__sprintf(n->app, "arn:%s:logs:%s:%s:log-group:%s", ccdk_stack_partition(n->stack),
                                        ccdk_stack_region(n->stack), ccdk_stack_account(n->stack), ccdk_cfn_resource_ref(r));
    const char **arns = ccdk__alloc(n->app, 2 * sizeof *arns);
    arns[0] = without;
    arns[1] = ccdk_cfn_resource_get_att(r, "Arn");
    return (ccdk_strs)CCDK_LIST_N(arns, 2);
}

int ccdk_logs_log_group_grants_write(ccdk_cfn_resource *log_group, ccdk_iam_principal *grantee)
{
    ccdk_cfn_resource *r = cfn_log_group(log_group, grantee, __func__);
    if (!r)
        return 0;
    return grant(r, grantee, CCDK_STRS("logs:CreateLogStream", "logs:PutLogEvents"),
                 CCDK_STRS(ccdk_cfn_resource_get_att(r, "Arn")));
}

int ccdk_logs_log_group_grants_read(ccdk_cfn_resource *log_group, ccdk_iam_principal *grantee)
{
    ccdk_cfn_resource *r = cfn_log_group(log_group, grantee, __func__);
    if (!r)
        return 0;
    return grant(r, grantee,
                 CCDK_STRS("logs:FilterLogEvents", "logs:GetLogEvents", "logs:GetLogGroupFields", "logs:DescribeLogGroups",
                           "logs:DescribeLogStreams"),
                 read_resources(r));
}

int ccdk_logs_log_group_grants_actions(ccdk_cfn_resource *log_group, ccdk_iam_principal *grantee, ccdk_strs actions)
{
    ccdk_cfn_resource *r = cfn_log_group(log_group, grantee, __func__);
    if (!r)
        return 0;
    return grant(r, grantee, actions, read_resources(r));
}

/* new CfnLogGroup(scope, id, props): a generated L1 (properties alphabetical), standard tags */
ccdk_cfn_resource *ccdk_logs_cfn_log_group_new(void *scope, const char *id, const ccdk_logs_cfn_log_group_props *props)
{
    ccdk_cfn_resource *r = ccdk__l1(scope, id, "AWS::Logs::LogGroup", "aws-cdk-lib.aws_logs.CfnLogGroup");
    ccdk_app *app = r->el.node.app;
    static const ccdk_logs_cfn_log_group_props none;
    if (!props)
        props = &none;
    r->tag_kind = 1;
    if (ccdk__tri_set(props->bearer_token_authentication_enabled))
        ccdk__res_set(r, "BearerTokenAuthenticationEnabled",
                      ccdk__v_bool(app, ccdk__tri_true(props->bearer_token_authentication_enabled)));
    if (props->data_protection_policy)
        ccdk__res_set(r, "DataProtectionPolicy", ccdk__v_copy(app, props->data_protection_policy));
    if (ccdk__tri_set(props->deletion_protection_enabled))
        ccdk__res_set(r, "DeletionProtectionEnabled", ccdk__v_bool(app, ccdk__tri_true(props->deletion_protection_enabled)));
    if (props->field_index_policies)
        ccdk__res_set(r, "FieldIndexPolicies", ccdk__v_copy(app, props->field_index_policies));
    if (props->kms_key_id)
        ccdk__res_set(r, "KmsKeyId", ccdk__v_from_string(app, props->kms_key_id));
    if (props->log_group_class)
        ccdk__res_set(r, "LogGroupClass", ccdk__v_from_string(app, props->log_group_class));
    if (props->log_group_name)
        ccdk__res_set(r, "LogGroupName", ccdk__v_from_string(app, props->log_group_name));
    if (props->resource_policy_document)
        ccdk__res_set(r, "ResourcePolicyDocument", ccdk__v_copy(app, props->resource_policy_document));
    if (props->retention_in_days.set)
        ccdk__res_set(r, "RetentionInDays", ccdk__v_opt_num(app, props->retention_in_days));
    size_t n = CCDK__LEN(props->tags, "tags");
    for (size_t i = 0; i < n; i++)
        if (props->tags.items[i].key)
            ccdk__tags_set(&r->el.node, props->tags.items[i].key, props->tags.items[i].value ? props->tags.items[i].value : "", 50);
    return r;
}
