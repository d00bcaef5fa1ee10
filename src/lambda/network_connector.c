/* network_connector.c - lambda.NetworkConnector (aws-cdk-lib/aws-lambda/lib/network-connector.ts): the
 * AWS::Lambda::NetworkConnector with its vpcEgress configuration and operator role, and the three
 * imports (by unqualified ARN, by version ARN, by attributes). */
#include <string.h>

#include "ccdk/lambda_network_connector.h"
#include "lambda_internal.h"

struct ccdk_lambda_network_connector {
    ccdk__node node;
    ccdk_cfn_resource *resource; /* NULL when imported */
    ccdk_iam_role *operator_role; /* NULL when imported */
    const char *arn;
    const char *latest_version_arn; /* NULL: an import without a version */
    const char *compute_type;       /* AssociatedComputeResourceTypes[0]; NULL: not known (an import) */
};

/* the bundled class is "NetworkConnector2" (@propertyInjectable); an import is the local class Import */
static const ccdk__kind kind_nc = {.fqn = "aws-cdk-lib.aws_lambda.NetworkConnector", .class_name = "NetworkConnector2"};
static const ccdk__kind kind_import = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

#define OPERATOR_MANAGED_POLICY "AWSLambdaNetworkConnectorOperatorPolicy"

ccdk_lambda_network_connector_configuration
ccdk_lambda_network_connector_configuration_vpc_egress(const ccdk_lambda_vpc_egress_configuration *config)
{
    ccdk_lambda_network_connector_configuration c = {0};
    if (config) {
        c.kind_ = 1;
        c.vpc_egress_ = *config;
    }
    return c;
}

/* VpcEgressNetworkConnectorConfiguration._render: the subnets first (selectSubnets' errors), then
 * the counts. NULL after an error. */
static ccdk_value *render_vpc_egress(ccdk_lambda_network_connector *nc, const ccdk_lambda_vpc_egress_configuration *cfg)
{
    ccdk_app *app = nc->node.app;
    if (!cfg->vpc) {
        ccdk__error(nc, "vpc is required");
        return NULL;
    }
    if (!cfg->compute_type) {
        ccdk__error(nc, "computeType is required");
        return NULL;
    }
    if (!CCDK__ENUM_OK(nc, cfg->compute_type, ccdk_lambda_network_connector_compute_type,
                       CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_UNSET, CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_MICRO_VM,
                       "computeType") ||
        !CCDK__ENUM_OK(nc, cfg->network_protocol, ccdk_lambda_network_connector_protocol,
                       CCDK_LAMBDA_NETWORK_CONNECTOR_PROTOCOL_UNSET, CCDK_LAMBDA_NETWORK_CONNECTOR_PROTOCOL_DUAL_STACK,
                       "networkProtocol"))
        return NULL;
    ccdk_ec2_selected_subnets sel;
    if (ccdk_ec2_vpc_select_subnets(cfg->vpc, &cfg->vpc_subnets, &sel) != 0)
        return NULL;
    /* aws-cdk-lib skips the count for Token.isUnresolved(subnetIds): never true of the plain array
     * selectSubnets returns, so the count is always checked */
    if (sel.subnet_ids.count < 1 || sel.subnet_ids.count > 16) {
        ccdk__error(nc, "vpcSubnets must select between 1 and 16 subnets, got %zu", sel.subnet_ids.count);
        return NULL;
    }
    size_t ngroups = CCDK__LEN(cfg->security_groups, "security_groups");
    if (ngroups < 1 || ngroups > 5) {
        ccdk__error(nc, "securityGroups must contain between 1 and 5 items, got %zu", ngroups);
        return NULL;
    }
    /* in the template's order (CloudFormation names, sorted); tree.json has aws-cdk-lib's object
     * order, subnetIds, securityGroupIds, networkProtocol, associatedComputeResourceTypes, from
     * scripts/gen-tree-props-table.js's ORDER */
    ccdk_value *v = ccdk__v_obj(app);
    ccdk_value *types = ccdk__v_list(app);
    nc->compute_type = cfg->compute_type == CCDK_LAMBDA_NETWORK_CONNECTOR_COMPUTE_TYPE_MICRO_VM ? "MicroVm" : "WebFunction";
    ccdk__v_push(types, ccdk__v_str(app, nc->compute_type));
    ccdk__v_set(v, "AssociatedComputeResourceTypes", types);
    ccdk__v_set(v, "NetworkProtocol",
                ccdk__v_str(app, cfg->network_protocol == CCDK_LAMBDA_NETWORK_CONNECTOR_PROTOCOL_DUAL_STACK ? "DualStack" : "IPv4"));
    ccdk_value *sgs = ccdk__v_list(app);
    for (size_t i = 0; i < ngroups; i++)
        ccdk__v_push(sgs, ccdk__v_from_string(app, ccdk_ec2_security_group_id(cfg->security_groups.items[i])));
    ccdk__v_set(v, "SecurityGroupIds", sgs);
    ccdk_value *subnets = ccdk__v_list(app);
    for (size_t i = 0; i < sel.subnet_ids.count; i++)
        ccdk__v_push(subnets, ccdk__v_from_string(app, sel.subnet_ids.items[i]));
    ccdk__v_set(v, "SubnetIds", subnets);
    ccdk_value *out = ccdk__v_obj(app);
    ccdk__v_set(out, "VpcEgressConfiguration", v);
    return out;
}

/* attachOperatorPolicy: only a role this app defines (Resource.isOwnedResource: a CfnResource as
 * its default child) gets the policy; either way a warning names the role as
 * `'<path>'` (a token ARN) or `'<arn>' (<path>)`. */
static void attach_operator_policy(ccdk_lambda_network_connector *nc, ccdk_iam_role *role, ccdk_iam_managed_policy *policy)
{
    ccdk_app *app = nc->node.app;
    const char *arn = ccdk_iam_role_arn(role);
    const char *path = ccdk__node_of(role)->path;
    const char *name = arn && !ccdk__is_unresolved(arn) ? ccdk__sprintf(app, "'%s' (%s)", arn, path)
                                                        : ccdk__sprintf(app, "'%s'", path);
    if (!ccdk_iam_role_is_imported(role)) {
        ccdk_iam_role_add_managed_policy(role, policy);
        ccdk__warning(nc, "@aws-cdk/aws-lambda:networkConnectorOperatorRoleShared",
                      "The " OPERATOR_MANAGED_POLICY " managed policy was attached to the operator role %s. The "
                      "service assumes this role without a source account or ARN, so its trust cannot be "
                      "conditioned: use a role dedicated to this connector.",
                      name);
        return;
    }
    ccdk__warning(nc, "@aws-cdk/aws-lambda:networkConnectorOperatorRoleNotModified",
                  "The operator role %s cannot be modified from this app, so the " OPERATOR_MANAGED_POLICY
                  " managed policy was not attached to it. Make sure the role carries that policy, or equivalent "
                  "permissions to manage the connector's network interfaces, and that it is dedicated to this "
                  "connector, since the service assumes it without a source account or ARN.",
                  name);
}

ccdk_lambda_network_connector *ccdk_lambda_network_connector_new(void *scope, const char *id,
                                                                 const ccdk_lambda_network_connector_props *props)
{
    ccdk_lambda_network_connector *nc = ccdk__construct(ccdk_lambda_network_connector, &kind_nc, scope, id);
    ccdk_app *app = nc->node.app;
    static const ccdk_lambda_network_connector_props none;
    if (!props)
        props = &none;
    ccdk_iam_managed_policy *policy = ccdk_iam_managed_policy_from_aws_managed_policy_name(nc, OPERATOR_MANAGED_POLICY);
    if (props->operator_role) {
        nc->operator_role = props->operator_role;
        attach_operator_policy(nc, props->operator_role, policy);
    } else {
        nc->operator_role = ccdk_iam_role_new(nc, "OperatorRole", &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(nc, "lambda.amazonaws.com"),
            .managed_policies = CCDK_LIST(policy),
        });
    }
    ccdk_value *config = NULL;
    if (props->configuration.kind_ == 1)
        config = render_vpc_egress(nc, &props->configuration.vpc_egress_);
    else
        ccdk__error(nc, "configuration is required");

    ccdk_cfn_resource *r = ccdk__l1(nc, "Resource", "AWS::Lambda::NetworkConnector",
                                    "aws-cdk-lib.aws_lambda.CfnNetworkConnector");
    r->tag_kind = 1;
    nc->resource = r;
    if (config)
        ccdk__res_set(r, "Configuration", config);
    /* name: this.physicalName, i.e. the given name (undefined: no Name) */
    if (props->network_connector_name)
        ccdk__res_set(r, "Name", ccdk__v_from_string(app, props->network_connector_name));
    ccdk__res_set(r, "OperatorRole", ccdk__v_from_string(app, ccdk_iam_role_arn(nc->operator_role)));
    /* tags: the CfnNetworkConnector's TagManager takes them as external tags (priority 50), sorted
     * with those of Tags.of() (priority 100, which win). Not matched: aws-cdk-lib re-adds them at
     * each render below a Tags.of().remove (priority 200) that came first, which then keeps them out */
    size_t ntags = CCDK__LEN(props->tags, "tags");
    for (size_t i = 0; i < ntags; i++)
        if (props->tags.items[i].key)
            ccdk__tags_set(&r->el.node, props->tags.items[i].key,
                           props->tags.items[i].value ? props->tags.items[i].value : "", 50);
    nc->arn = ccdk_cfn_resource_get_att(r, "Arn");
    nc->latest_version_arn = ccdk_cfn_resource_get_att(r, "LatestVersionArn");
    return nc;
}

/* ------------------------------------------------------------------ imports */

static ccdk_lambda_network_connector *new_import(void *scope, const char *id, const char *arn, const char *version_arn)
{
    ccdk__node *s = ccdk__scope(scope);
    ccdk_app *app = s->app;
    ccdk_lambda_network_connector *nc = ccdk__alloc(app, sizeof *nc);
    ccdk__node_init(&nc->node, &kind_import, s, id);
    /* new Import(scope, id, {environmentFromArn}): Resource's Arn.split of the ARN */
    ccdk__arn_check(nc, arn);
    nc->arn = ccdk__strdup(app, arn);
    nc->latest_version_arn = version_arn ? ccdk__strdup(app, version_arn) : NULL;
    return nc;
}

ccdk_lambda_network_connector *ccdk_lambda_network_connector_from_network_connector_attributes(
    void *scope, const char *id, const ccdk_lambda_network_connector_attributes *attrs)
{
    const char *arn = attrs && attrs->network_connector_arn ? attrs->network_connector_arn : "";
    return new_import(scope, id, arn, attrs ? attrs->latest_version_arn : NULL);
}

/* Arn.split(arn, ArnFormat.COLON_RESOURCE_NAME) of a literal ARN (one that starts with "arn:",
 * tokens inside or not), after parseArnShape: the pieces Stack.formatArn puts back together. */
typedef struct {
    const char *partition, *service, *region, *account, *resource;
    const char *resource_name; /* NULL: undefined */
    const char *sep;           /* NULL: undefined */
} arn_parts;

static void split_literal(ccdk_app *app, const char *arn, arn_parts *p)
{
    const char *c[6] = {0};
    const char *q = arn;
    for (int i = 0; i < 6; i++) {
        const char *colon = q ? strchr(q, ':') : NULL;
        c[i] = q ? ccdk__strndup(app, q, colon ? (size_t)(colon - q) : strlen(q)) : "";
        q = colon ? colon + 1 : NULL;
    }
    const char *rest = q; /* the components after the 6th, joined by ':' (NULL: none) */
    const char *rt = c[5];
    const char *slash = strchr(rt, '/');
    size_t start = 0;
    if (slash == rt) {
        slash = strchr(rt + 1, '/');
        start = 1;
    }
    p->partition = c[1];
    p->service = c[2];
    p->region = c[3];
    p->account = c[4];
    p->resource_name = NULL;
    if (slash) {
        p->sep = "/";
        p->resource = ccdk__strndup(app, rt + start, (size_t)(slash - rt) - start);
        p->resource_name = slash + 1;
    } else {
        p->sep = rest ? ":" : NULL;
        p->resource = rt;
    }
    if (rest) /* `resourceName ? resourceName += ':' : resourceName = ''`: an empty one takes no ':' */
        p->resource_name = p->resource_name && *p->resource_name ? ccdk__sprintf(app, "%s:%s", p->resource_name, rest)
                                                                 : rest;
}

/* versionSeparator: the index of the last ':' when only digits (at least one) follow it, else -1 */
static long version_separator(const char *resource_name)
{
    const char *colon = strrchr(resource_name, ':');
    if (!colon || !colon[1] || strspn(colon + 1, "0123456789") != strlen(colon + 1))
        return -1;
    return colon - resource_name;
}

ccdk_lambda_network_connector *ccdk_lambda_network_connector_from_network_connector_arn(void *scope, const char *id,
                                                                                        const char *network_connector_arn)
{
    ccdk__node *s = ccdk__scope(scope);
    const char *arn = network_connector_arn ? network_connector_arn : "";
    if (!ccdk__is_unresolved(arn) && ccdk__arn_check(s, arn)) {
        arn_parts p;
        split_literal(s->app, arn, &p);
        if (version_separator(p.resource_name ? p.resource_name : "") >= 0)
            ccdk__unscoped_error(s->app,
                                 "Expected an unqualified network connector ARN, got '%s', which ends in a version. To "
                                 "import a connector version, use fromNetworkConnectorVersionArn().",
                                 arn);
    }
    return new_import(s, id, arn, NULL);
}

ccdk_lambda_network_connector *ccdk_lambda_network_connector_from_network_connector_version_arn(
    void *scope, const char *id, const char *network_connector_version_arn)
{
    ccdk__node *s = ccdk__scope(scope);
    ccdk_app *app = s->app;
    const char *varn = network_connector_version_arn ? network_connector_version_arn : "";
    if (!ccdk__arn_check(s, varn))
        return new_import(s, id, varn, varn);
    const char *arn;
    if (strncmp(varn, "arn:", 4)) {
        /* a token ARN: parseTokenArn's Fn::Select pieces; the connector id is component 6, and
         * formatArn joins them back (a Fn::Join), without the version */
        const char *piece[7];
        for (int i = 1; i <= 6; i++)
            piece[i] = ccdk_fn_select(s, i, ccdk_fn_split(s, ":", varn));
        arn = ccdk_fmt(s, "arn:%s:%s:%s:%s:%s:%s", piece[1], piece[2], piece[3], piece[4], piece[5], piece[6]);
    } else {
        arn_parts p;
        split_literal(app, varn, &p);
        const char *connector_id;
        if (ccdk__is_unresolved(varn)) {
            /* aws-cdk-lib takes the whole resourceName of an ARN with a token inside: the version,
             * if any, stays in networkConnectorArn */
            connector_id = p.resource_name ? p.resource_name : "";
        } else {
            long sep = version_separator(p.resource_name ? p.resource_name : "");
            if (sep < 0) {
                ccdk__unscoped_error(app,
                                     "Expected a qualified network connector ARN ending in ':<version>', got '%s'. To "
                                     "import a connector without a version, use fromNetworkConnectorArn().",
                                     varn);
                return new_import(s, id, varn, varn);
            }
            connector_id = ccdk__strndup(app, p.resource_name, (size_t)sep);
        }
        /* Stack.formatArn({...parsed, resourceName, arnFormat: COLON_RESOURCE_NAME}): the parsed
         * separator ('/' for "network-connector/nc-1:2"), ':' when there was none; the leading '/'
         * of a SLASH_RESOURCE_SLASH_RESOURCE_NAME resource is dropped, as the arnFormat given wins */
        arn = ccdk__sprintf(app, "arn:%s:%s:%s:%s:%s%s%s", p.partition, p.service, p.region, p.account, p.resource,
                            p.sep ? p.sep : ":", connector_id);
    }
    (void)ccdk_stack_of(s); /* Stack.of(scope).formatArn: a scope outside any stack is its error */
    return new_import(s, id, arn, varn);
}

/* ------------------------------------------------------------------ getters */

const char *ccdk_lambda_network_connector_arn(ccdk_lambda_network_connector *connector)
{
    return ccdk__handle_ok(connector, __func__) ? connector->arn : NULL;
}

const char *ccdk_lambda_network_connector_latest_version_arn(ccdk_lambda_network_connector *connector)
{
    if (!ccdk__handle_ok(connector, __func__))
        return NULL;
    if (!connector->latest_version_arn) {
        ccdk__error(connector,
                    "The network connector '%s' was imported without a version, so its latest version ARN is not "
                    "known. WebFunction pins a revision to a version: import the connector with "
                    "NetworkConnector.fromNetworkConnectorVersionArn() instead.",
                    connector->arn);
        return "";
    }
    return connector->latest_version_arn;
}

ccdk_iam_role *ccdk_lambda_network_connector_operator_role(ccdk_lambda_network_connector *connector)
{
    return ccdk__handle_ok(connector, __func__) ? connector->operator_role : NULL;
}

ccdk_cfn_resource *ccdk_lambda_network_connector_resource(ccdk_lambda_network_connector *connector)
{
    return ccdk__handle_ok(connector, __func__) ? connector->resource : NULL;
}

const char *ccdk__network_connector_compute_types(ccdk_lambda_network_connector *connector)
{
    return connector ? connector->compute_type : NULL;
}

int ccdk_lambda_network_connector_is_network_connector(const void *x)
{
    const ccdk__node *n = x ? ccdk__node_of(x) : NULL;
    return n && n->kind == &kind_nc;
}
