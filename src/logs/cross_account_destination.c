/* cross_account_destination.c - logs.CrossAccountDestination (aws-logs/lib/cross-account-destination.ts):
 * an AWS::Logs::Destination with a policy document of its own, and its use as a subscription filter's
 * destination. */
#include "logs_internal.h"

struct ccdk_logs_cross_account_destination {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    ccdk_iam_policy_document *policy;
    size_t nstatements; /* policyDocument.isEmpty: no statement added */
    const char *arn, *name;
};

static const ccdk__kind kind_destination = {.fqn = "aws-cdk-lib.aws_logs.CrossAccountDestination",
                                            .class_name = "CrossAccountDestination2"};

/* generateUniqueName: the stack's name and the resource's logical id */
static const char *unique_name(void *ctx)
{
    ccdk_logs_cross_account_destination *d = ctx;
    return ccdk__sprintf(d->node.app, "%s-%s", ccdk_stack_name(d->node.stack), ccdk__element_logical_id(&d->resource->el.node));
}

/* lazyStringifiedPolicyDocument: "" while empty, else stack.toJsonString(policyDocument) */
static ccdk_value *policy_lazy(void *ctx)
{
    ccdk_logs_cross_account_destination *d = ctx;
    return d->nstatements ? ccdk_iam_policy_document_json_string(d->policy) : ccdk__v_str(d->node.app, "");
}

static void required(ccdk_cfn_resource *r, const char *prop)
{
    ccdk__error(r, "Resolution error: Supplied properties not correct for \"CfnDestinationProps\"\n  %s: required but missing.", prop);
}

ccdk_logs_cross_account_destination *ccdk_logs_cross_account_destination_new(void *scope, const char *id,
                                                                               const ccdk_logs_cross_account_destination_props *props)
{
    ccdk_logs_cross_account_destination *d = ccdk__construct(ccdk_logs_cross_account_destination, &kind_destination, scope, id);
    ccdk_app *app = d->node.app;
    static const ccdk_logs_cross_account_destination_props none;
    if (!props)
        props = &none;
    d->policy = ccdk_iam_policy_document_new(d, (ccdk_iam_policy_statement_list){0});
    d->arn = d->name = "";
    ccdk_cfn_resource *r = ccdk__l1(d, "Resource", "AWS::Logs::Destination", "aws-cdk-lib.aws_logs.CfnDestination");
    d->resource = r;
    /* physicalName: the given name ("" is falsy: generated), or a Lazy unique name */
    const char *physical = props->destination_name && *props->destination_name ? props->destination_name
                                                                                : ccdk_lazy_string(d, unique_name, d);
    ccdk__res_set(r, "DestinationName", ccdk__v_from_string(app, physical));
    ccdk__res_set(r, "DestinationPolicy", ccdk__v_lazy(app, policy_lazy, d));
    if (props->role && ccdk__arg_handle_ok(props->role, __func__, "role"))
        ccdk__res_set(r, "RoleArn", ccdk__v_from_string(app, ccdk_iam_role_arn(props->role)));
    if (props->target_arn)
        ccdk__res_set(r, "TargetArn", ccdk__v_from_string(app, props->target_arn));
    /* CfnDestination's validation of its required props, in its order */
    if (!props->role)
        required(r, "roleArn");
    else if (!props->target_arn)
        required(r, "targetArn");
    const char *pname = ccdk__physical_name(props->destination_name);
    d->name = ccdk__resource_env_attribute(d, r, NULL, pname);
    d->arn = ccdk__resource_env_attribute(d, r, "Arn",
                                          pname ? ccdk__format_arn(d->node.stack, "logs", NULL, "destination", ":", pname) : NULL);
    return d;
}

void ccdk_logs_cross_account_destination_add_to_policy(ccdk_logs_cross_account_destination *d, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(d, __func__) || !ccdk__arg_ok(statement, __func__, "statement"))
        return;
    ccdk_iam_policy_document_add_statements(d->policy, statement);
    d->nstatements++;
}

const char *ccdk_logs_cross_account_destination_arn(ccdk_logs_cross_account_destination *d)
{
    return ccdk__handle_ok(d, __func__) ? d->arn : NULL;
}
const char *ccdk_logs_cross_account_destination_name(ccdk_logs_cross_account_destination *d)
{
    return ccdk__handle_ok(d, __func__) ? d->name : NULL;
}
ccdk_cfn_resource *ccdk_logs_cross_account_destination_resource(ccdk_logs_cross_account_destination *d)
{
    return ccdk__handle_ok(d, __func__) ? d->resource : NULL;
}

ccdk_logs_subscription_destination *ccdk_logs_cross_account_destination_as_destination(ccdk_logs_cross_account_destination *d)
{
    if (!ccdk__handle_ok(d, __func__))
        return NULL;
    return ccdk_logs_subscription_destination_of(d, d->arn, NULL);
}
