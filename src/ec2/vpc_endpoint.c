/* vpc_endpoint.c - GatewayVpcEndpoint and InterfaceVpcEndpoint (aws-cdk-lib/aws-ec2/lib/
 * vpc-endpoint.ts): AWS::EC2::VPCEndpoint resources, the service names aws-cdk-lib computes (with
 * the region tables of vpc_endpoint_regions.c), an interface endpoint's security group and
 * Connections, and the endpoint policy of addToPolicy. */
#include "ccdk/iam.h"
#include "ec2_internal.h"

static const ccdk__kind kind_gateway = {.fqn = "aws-cdk-lib.aws_ec2.GatewayVpcEndpoint", .class_name = "GatewayVpcEndpoint2"};
static const ccdk__kind kind_interface = {.fqn = "aws-cdk-lib.aws_ec2.InterfaceVpcEndpoint",
                                          .class_name = "InterfaceVpcEndpoint2"};

/* VpcEndpoint: what both kinds have */
typedef struct {
    ccdk__node node;
    ccdk_cfn_resource *resource;
    const char *endpoint_id;
    ccdk_iam_policy_document *policy; /* the Box of _policyDocument: NULL until addToPolicy */
    /* vpcEndpointCreationTimestamp, vpcEndpointDnsEntries, vpcEndpointNetworkInterfaceIds: the
     * CfnVPCEndpoint's attributes, made with it (one token each, as aws-cdk-lib's) */
    const char *creation_timestamp;
    ccdk_strs dns_entries, network_interface_ids;
} endpoint_base;

struct ccdk_ec2_gateway_vpc_endpoint {
    endpoint_base base;
};

struct ccdk_ec2_interface_vpc_endpoint {
    endpoint_base base;
    const char *security_group_id;
    ccdk_ec2_connections conn;
};

/* _policyDocumentToken(): undefined until a statement is added */
static ccdk_value *policy_lazy(void *ctx)
{
    endpoint_base *e = ctx;
    return e->policy ? ccdk_iam_policy_document_value(e->policy) : ccdk__v_undef(e->node.app);
}

/* new CfnVPCEndpoint(this, 'Resource', ...): the properties both kinds set */
static ccdk_cfn_resource *endpoint_resource(endpoint_base *e, ccdk_ec2_vpc *vpc, const char *type, const char *service_name)
{
    ccdk_app *app = e->node.app;
    ccdk_cfn_resource *r = ccdk__l1(e, "Resource", "AWS::EC2::VPCEndpoint", "aws-cdk-lib.aws_ec2.CfnVPCEndpoint");
    r->tag_kind = 1;
    ccdk__res_set(r, "PolicyDocument", ccdk__v_lazy(app, policy_lazy, e));
    ccdk__res_set(r, "ServiceName", ccdk__v_from_string(app, service_name));
    ccdk__res_set(r, "VpcEndpointType", ccdk__v_str(app, type));
    ccdk__res_set(r, "VpcId", ccdk__v_from_string(app, ccdk_ec2_vpc_id(vpc)));
    e->resource = r;
    e->endpoint_id = ccdk_cfn_resource_ref(r);
    e->creation_timestamp = ccdk_cfn_resource_get_att(r, "CreationTimestamp");
    /* Token.asList(this.getAtt('DnsEntries', ResolutionTypeHint.STRING_LIST)) and NetworkInterfaceIds */
    ccdk__mark_list_attribute(&r->el.node, "DnsEntries");
    ccdk__mark_list_attribute(&r->el.node, "NetworkInterfaceIds");
    e->dns_entries = ccdk_token_as_list(ccdk__v_getatt(app, &r->el.node, "DnsEntries"));
    e->network_interface_ids = ccdk_token_as_list(ccdk__v_getatt(app, &r->el.node, "NetworkInterfaceIds"));
    return r;
}

/* ipAddressType and dnsRecordIpType (checked by the callers): IpAddressType, and DnsOptions
 * {DnsRecordIpType} when given */
static void ip_options(ccdk_app *app, ccdk_cfn_resource *r, ccdk_ec2_vpc_endpoint_ip_address_type ip_address_type,
                       ccdk_ec2_vpc_endpoint_dns_record_ip_type dns_record_ip_type)
{
    static const char *const ip[] = {NULL, "ipv4", "ipv6", "dualstack"};
    static const char *const dns[] = {NULL, "ipv4", "ipv6", "dualstack", "service-defined"};
    if (ip_address_type)
        ccdk__res_set(r, "IpAddressType", ccdk__v_str(app, ip[ip_address_type]));
    if (dns_record_ip_type) {
        ccdk_value *o = ccdk__v_obj(app);
        ccdk__v_set(o, "DnsRecordIpType", ccdk__v_str(app, dns[dns_record_ip_type]));
        ccdk__res_set(r, "DnsOptions", o);
    }
}

static void add_to_policy(endpoint_base *e, ccdk_iam_policy_statement *statement)
{
    if (!statement)
        return;
    /* statement.hasPrincipal (ccdk's statements give their principals, not their notPrincipals) */
    if (ccdk_iam_policy_statement_principal_count(statement) == 0) {
        ccdk__error(e, "Statement must have a `Principal`.");
        return;
    }
    if (!e->policy)
        e->policy = ccdk_iam_policy_document_new(e, (ccdk_iam_policy_statement_list){0});
    ccdk_iam_policy_document_add_statements(e->policy, statement);
}

/* ------------------------------------------------------------------ GatewayVpcEndpoint */

/* GatewayVpcEndpointAwsService's name: `${prefix || 'com.amazonaws'}.${Aws.REGION}.${name}` */
static const char *gateway_service_name(ccdk_app *app, const ccdk_ec2_gateway_vpc_endpoint_service *s)
{
    if (s->name_)
        return s->name_;
    return ccdk__sprintf(app, "%s.%s.%s", s->prefix_ && *s->prefix_ ? s->prefix_ : "com.amazonaws",
                         ccdk__pseudo_token("AWS::Region"), s->short_name_);
}

static int push_route_table(const char **ids, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(ids[i], id))
            return 0;
    ids[n] = id;
    return 1;
}

ccdk_ec2_gateway_vpc_endpoint *ccdk_ec2_gateway_vpc_endpoint_new(void *scope, const char *id,
                                                                 const ccdk_ec2_gateway_vpc_endpoint_props *props)
{
    ccdk_ec2_gateway_vpc_endpoint *g = ccdk__construct(ccdk_ec2_gateway_vpc_endpoint, &kind_gateway, scope, id);
    endpoint_base *e = &g->base;
    ccdk_app *app = e->node.app;
    static const ccdk_ec2_gateway_vpc_endpoint_props empty;
    if (!props)
        props = &empty;
    if (!props->vpc || !ccdk__handle_ok(props->vpc, __func__)) {
        ccdk__error(e, "vpc is required");
        return g;
    }
    if (!props->service.name_ && !props->service.short_name_) {
        ccdk__error(e, "service is required");
        return g;
    }
    ccdk_ec2_vpc *vpc = props->vpc;
    /* the selected subnets, or all of the VPC's (private, public, isolated) */
    ccdk__ec2_subnet **subs = NULL;
    size_t nsubs = 0;
    if (CCDK__GIVEN(props->subnets)) {
        size_t nsel = CCDK__LEN(props->subnets, "subnets");
        size_t cap = 0;
        for (size_t i = 0; i < nsel; i++) {
            ccdk__ec2_subnet **part;
            size_t npart;
            if (ccdk__ec2_select_subnet_objects(vpc, &props->subnets.items[i], &part, &npart) < 0)
                return g;
            for (size_t k = 0; k < npart; k++) {
                if (nsubs == cap)
                    subs = ccdk__arena_grow(app, subs, nsubs, &cap, sizeof *subs, 8);
                subs[nsubs++] = part[k];
            }
        }
    } else {
        nsubs = vpc->npriv + vpc->npub + vpc->niso;
        subs = ccdk__alloc(app, (nsubs + 1) * sizeof *subs);
        size_t n = 0;
        for (size_t i = 0; i < vpc->npriv; i++)
            subs[n++] = vpc->priv[i];
        for (size_t i = 0; i < vpc->npub; i++)
            subs[n++] = vpc->pub[i];
        for (size_t i = 0; i < vpc->niso; i++)
            subs[n++] = vpc->iso[i];
    }
    /* allRouteTableIds: each once, in the order met */
    const char **rts = ccdk__alloc(app, (nsubs + 1) * sizeof *rts);
    size_t nrt = 0;
    for (size_t i = 0; i < nsubs; i++)
        if (subs[i]->route_table_id && *subs[i]->route_table_id)
            nrt += (size_t)push_route_table(rts, nrt, subs[i]->route_table_id);
    if (nrt == 0) {
        ccdk__error(e, "Can't add a gateway endpoint to VPC; route table IDs are not available");
        return g;
    }
    ccdk_cfn_resource *r = endpoint_resource(e, vpc, "Gateway", gateway_service_name(app, &props->service));
    ccdk_value *list = ccdk__v_list(app);
    for (size_t i = 0; i < nrt; i++)
        ccdk__v_push(list, ccdk__v_from_string(app, rts[i]));
    ccdk__res_set(r, "RouteTableIds", list);
    if (CCDK__ENUM_OK(g, props->ip_address_type, ccdk_ec2_vpc_endpoint_ip_address_type,
                      CCDK_EC2_VPC_ENDPOINT_IP_ADDRESS_TYPE_UNSET, CCDK_EC2_VPC_ENDPOINT_IP_ADDRESS_TYPE_DUALSTACK,
                      "ipAddressType") &&
        CCDK__ENUM_OK(g, props->dns_record_ip_type, ccdk_ec2_vpc_endpoint_dns_record_ip_type,
                      CCDK_EC2_VPC_ENDPOINT_DNS_RECORD_IP_TYPE_UNSET, CCDK_EC2_VPC_ENDPOINT_DNS_RECORD_IP_TYPE_SERVICE_DEFINED,
                      "dnsRecordIpType"))
        ip_options(app, r, props->ip_address_type, props->dns_record_ip_type);
    return g;
}

ccdk_ec2_gateway_vpc_endpoint *ccdk_ec2_vpc_add_gateway_endpoint(ccdk_ec2_vpc *vpc, const char *id,
                                                                 const ccdk_ec2_gateway_vpc_endpoint_options *options)
{
    static const ccdk_ec2_gateway_vpc_endpoint_options empty;
    if (!options)
        options = &empty;
    ccdk_ec2_gateway_vpc_endpoint_props props = {.vpc = vpc, .service = options->service, .subnets = options->subnets,
                                                  .ip_address_type = options->ip_address_type,
                                                  .dns_record_ip_type = options->dns_record_ip_type};
    return ccdk_ec2_gateway_vpc_endpoint_new(vpc, id, &props);
}

void ccdk__ec2_vpc_add_gateway_endpoints(ccdk_ec2_vpc *vpc, const ccdk_ec2_vpc_props *props)
{
    size_t n = CCDK__LEN(props->gateway_endpoints, "gateway_endpoints");
    for (size_t i = 0; i < n; i++)
        ccdk_ec2_vpc_add_gateway_endpoint(vpc, props->gateway_endpoints.items[i].id,
                                          &props->gateway_endpoints.items[i].options);
}

const char *ccdk_ec2_gateway_vpc_endpoint_id(ccdk_ec2_gateway_vpc_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? endpoint->base.endpoint_id : NULL;
}

void ccdk_ec2_gateway_vpc_endpoint_add_to_policy(ccdk_ec2_gateway_vpc_endpoint *endpoint, ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(endpoint, __func__))
        return;
    if (ccdk__handle_ok(endpoint, __func__))
        add_to_policy(&endpoint->base, statement);
}

/* ------------------------------------------------------------------ InterfaceVpcEndpoint */

/* a region's entry in one of the tables, when it lists the service */
static const char *region_value(const ccdk__ec2_endpoint_region *table, const char *region, const char *name)
{
    for (const ccdk__ec2_endpoint_region *t = table; t->region; t++) {
        if (strcmp(t->region, region))
            continue;
        for (const char *const *n = t->names; *n; n++)
            if (!strcmp(*n, name))
                return t->value;
        return NULL;
    }
    return NULL;
}

/* InterfaceVpcEndpointAwsService's name, as its lazies produce it in the endpoint's stack:
 * `${prefix || defaultEndpointPrefix}.${regionPrefix}${name}${defaultEndpointSuffix}` */
static const char *interface_service_name(endpoint_base *e, const ccdk_ec2_interface_vpc_endpoint_service *s)
{
    if (s->name_)
        return s->name_;
    ccdk_app *app = e->node.app;
    const char *region = ccdk_stack_region(e->node.stack);
    const char *prefix = s->prefix_ && *s->prefix_ ? s->prefix_ : region_value(ccdk__ec2_endpoint_prefix_regions, region, s->short_name_);
    const char *suffix = region_value(ccdk__ec2_endpoint_suffix_regions, region, s->short_name_);
    return ccdk__sprintf(app, "%s.%s%s%s%s", prefix ? prefix : "com.amazonaws", s->global_ ? "" : region,
                         s->global_ ? "" : ".", s->short_name_, suffix ? suffix : "");
}

ccdk_ec2_interface_vpc_endpoint *ccdk_ec2_interface_vpc_endpoint_new(void *scope, const char *id,
                                                                     const ccdk_ec2_interface_vpc_endpoint_props *props)
{
    ccdk_ec2_interface_vpc_endpoint *ep = ccdk__construct(ccdk_ec2_interface_vpc_endpoint, &kind_interface, scope, id);
    endpoint_base *e = &ep->base;
    ccdk_app *app = e->node.app;
    ccdk__ec2_connections_init(&ep->conn, app);
    static const ccdk_ec2_interface_vpc_endpoint_props empty;
    if (!props)
        props = &empty;
    if (!props->vpc || !ccdk__handle_ok(props->vpc, __func__)) {
        ccdk__error(e, "vpc is required");
        return ep;
    }
    if (!props->service.name_ && !props->service.short_name_) {
        ccdk__error(e, "service is required");
        return ep;
    }
    ccdk_ec2_vpc *vpc = props->vpc;
    const ccdk_ec2_interface_vpc_endpoint_service *svc = &props->service;
    /* securityGroups, or a new one */
    ccdk_ec2_security_group *const *groups;
    size_t ngroups;
    ccdk_ec2_security_group *own;
    if (CCDK__GIVEN(props->security_groups)) {
        groups = props->security_groups.items;
        ngroups = CCDK__LEN(props->security_groups, "security_groups");
    } else {
        own = ccdk_ec2_security_group_new(e, "SecurityGroup", &(ccdk_ec2_security_group_props){.vpc = vpc});
        groups = &own;
        ngroups = 1;
    }
    const char **group_ids = ccdk__alloc(app, (ngroups + 1) * sizeof *group_ids);
    for (size_t i = 0; i < ngroups; i++) {
        if (!ccdk__handle_ok(groups[i], __func__))
            return ep;
        group_ids[i] = ccdk_ec2_security_group_id(groups[i]);
        ccdk_ec2_connections_add_security_group(&ep->conn, groups[i]);
    }
    ep->security_group_id = ngroups ? group_ids[0] : NULL;
    /* new Connections({defaultPort: Port.tcp(service.port), securityGroups}) */
    ep->conn.default_port = ccdk_ec2_port_tcp(svc->port_ ? svc->port_ : 443);
    ep->conn.has_default_port = 1;
    if (!ccdk__tri_false(props->open)) {
        const char *cidr = ccdk_ec2_vpc_cidr_block(vpc);
        if (!cidr)
            return ep;
        ccdk_ec2_connections_allow_from_peer(&ep->conn, ccdk_ec2_peer_ipv4(cidr), ep->conn.default_port, NULL);
    }
    /* endpointSubnets: the selection, one subnet per AZ */
    ccdk_ec2_subnet_selection sel = props->subnets;
    sel.one_per_az = CCDK_TRUE;
    ccdk_ec2_selected_subnets selected;
    if (ccdk_ec2_vpc_select_subnets(vpc, &sel, &selected) < 0)
        return ep;
    if (selected.subnet_ids.count == 0 && !vpc->incomplete) {
        ccdk__error(e, "Cannot create a VPC Endpoint with no subnets");
        return ep;
    }
    ccdk_cfn_resource *r = endpoint_resource(e, vpc, "Interface", interface_service_name(e, svc));
    int private_dns = ccdk__tri_set(props->private_dns_enabled) ? ccdk__tri_true(props->private_dns_enabled)
                                                                 : svc->private_dns_default_;
    ccdk__res_set(r, "PrivateDnsEnabled", ccdk__v_bool(app, private_dns));
    ccdk_value *sgs = ccdk__v_list(app);
    for (size_t i = 0; i < ngroups; i++)
        ccdk__v_push(sgs, ccdk__v_from_string(app, group_ids[i]));
    ccdk__res_set(r, "SecurityGroupIds", sgs);
    ccdk_value *subnet_ids = ccdk__v_list(app);
    for (size_t i = 0; i < selected.subnet_ids.count; i++)
        ccdk__v_push(subnet_ids, ccdk__v_from_string(app, selected.subnet_ids.items[i]));
    ccdk__res_set(r, "SubnetIds", subnet_ids);
    if (props->service_region)
        ccdk__res_set(r, "ServiceRegion", ccdk__v_from_string(app, props->service_region));
    if (CCDK__ENUM_OK(ep, props->ip_address_type, ccdk_ec2_vpc_endpoint_ip_address_type,
                      CCDK_EC2_VPC_ENDPOINT_IP_ADDRESS_TYPE_UNSET, CCDK_EC2_VPC_ENDPOINT_IP_ADDRESS_TYPE_DUALSTACK,
                      "ipAddressType") &&
        CCDK__ENUM_OK(ep, props->dns_record_ip_type, ccdk_ec2_vpc_endpoint_dns_record_ip_type,
                      CCDK_EC2_VPC_ENDPOINT_DNS_RECORD_IP_TYPE_UNSET, CCDK_EC2_VPC_ENDPOINT_DNS_RECORD_IP_TYPE_SERVICE_DEFINED,
                      "dnsRecordIpType"))
        ip_options(app, r, props->ip_address_type, props->dns_record_ip_type);
    return ep;
}

ccdk_ec2_interface_vpc_endpoint *ccdk_ec2_vpc_add_interface_endpoint(ccdk_ec2_vpc *vpc, const char *id,
                                                                     const ccdk_ec2_interface_vpc_endpoint_options *options)
{
    static const ccdk_ec2_interface_vpc_endpoint_options empty;
    if (!options)
        options = &empty;
    ccdk_ec2_interface_vpc_endpoint_props props = {
        .vpc = vpc,
        .service = options->service,
        .private_dns_enabled = options->private_dns_enabled,
        .subnets = options->subnets,
        .security_groups = options->security_groups,
        .open = options->open,
        .service_region = options->service_region,
        .ip_address_type = options->ip_address_type,
        .dns_record_ip_type = options->dns_record_ip_type,
    };
    return ccdk_ec2_interface_vpc_endpoint_new(vpc, id, &props);
}

const char *ccdk_ec2_interface_vpc_endpoint_id(ccdk_ec2_interface_vpc_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? endpoint->base.endpoint_id : NULL;
}

const char *ccdk_ec2_interface_vpc_endpoint_security_group_id(ccdk_ec2_interface_vpc_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? endpoint->security_group_id : NULL;
}

ccdk_ec2_connections *ccdk_ec2_interface_vpc_endpoint_connections(ccdk_ec2_interface_vpc_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? &endpoint->conn : NULL;
}

void ccdk_ec2_interface_vpc_endpoint_add_to_policy(ccdk_ec2_interface_vpc_endpoint *endpoint,
                                                   ccdk_iam_policy_statement *statement)
{
    if (!ccdk__target_ok(endpoint, __func__))
        return;
    if (ccdk__handle_ok(endpoint, __func__))
        add_to_policy(&endpoint->base, statement);
}

/* ------------------------------------------------------------------ the endpoints' attributes */

static ccdk_strs no_strs(void) { return (ccdk_strs){0}; }

const char *ccdk_ec2_gateway_vpc_endpoint_creation_timestamp(ccdk_ec2_gateway_vpc_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? endpoint->base.creation_timestamp : NULL;
}

ccdk_strs ccdk_ec2_gateway_vpc_endpoint_dns_entries(ccdk_ec2_gateway_vpc_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? endpoint->base.dns_entries : no_strs();
}

ccdk_strs ccdk_ec2_gateway_vpc_endpoint_network_interface_ids(ccdk_ec2_gateway_vpc_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? endpoint->base.network_interface_ids : no_strs();
}

const char *ccdk_ec2_interface_vpc_endpoint_creation_timestamp(ccdk_ec2_interface_vpc_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? endpoint->base.creation_timestamp : NULL;
}

ccdk_strs ccdk_ec2_interface_vpc_endpoint_dns_entries(ccdk_ec2_interface_vpc_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? endpoint->base.dns_entries : no_strs();
}

ccdk_strs ccdk_ec2_interface_vpc_endpoint_network_interface_ids(ccdk_ec2_interface_vpc_endpoint *endpoint)
{
    return ccdk__handle_ok(endpoint, __func__) ? endpoint->base.network_interface_ids : no_strs();
}
