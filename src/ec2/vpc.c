/* vpc.c - ec2.Vpc (aws-cdk-lib/aws-ec2/lib/vpc.ts): the VPC, its subnets (one per AZ per subnet
 * group, CIDRs split as aws-cdk-lib splits them), route tables, the internet gateway, NAT gateways,
 * and selectSubnets. */
#include <math.h>
#include <stdlib.h>

#include "ec2_internal.h"

static const ccdk__kind kind_vpc = {.fqn = "aws-cdk-lib.aws_ec2.Vpc", .class_name = "Vpc2"};
static const ccdk__kind kind_public_subnet = {.fqn = "aws-cdk-lib.aws_ec2.PublicSubnet", .class_name = "PublicSubnet2"};
static const ccdk__kind kind_private_subnet = {.fqn = "aws-cdk-lib.aws_ec2.PrivateSubnet", .class_name = "PrivateSubnet2"};
static const ccdk__kind kind_subnet = {.fqn = "aws-cdk-lib.aws_ec2.Subnet", .class_name = "Subnet2"};
static const ccdk__kind kind_acl = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};

/* The deprecated SubnetType values stand for the current ones (aws-cdk-lib's switch cases and
 * subnetsByType table list them together) */
static ccdk_ec2_subnet_type canonical_type(ccdk_ec2_subnet_type t)
{
    switch (t) {
    case CCDK_EC2_SUBNET_TYPE_ISOLATED: return CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED;
    case CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_NAT:
    case CCDK_EC2_SUBNET_TYPE_PRIVATE: return CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS;
    default: return t;
    }
}

const char *ccdk__ec2_subnet_type_tag(ccdk_ec2_subnet_type t)
{
    switch (canonical_type(t)) {
    case CCDK_EC2_SUBNET_TYPE_PUBLIC: return "Public";
    case CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS: return "Private";
    case CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED: return "Isolated";
    default: return "undefined";
    }
}

/* aws-cdk-lib's SubnetType enum values, as its messages print them */
static const char *subnet_type_value(ccdk_ec2_subnet_type t)
{
    switch (t) {
    case CCDK_EC2_SUBNET_TYPE_ISOLATED: return "Deprecated_Isolated";
    case CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_NAT: return "Deprecated_Private_NAT";
    case CCDK_EC2_SUBNET_TYPE_PRIVATE: return "Deprecated_Private";
    default: return ccdk__ec2_subnet_type_tag(t);
    }
}

static ccdk_value *v_bool(ccdk_app *app, int b) { return ccdk__v_bool(app, b); }
static ccdk_value *v_ref(ccdk_cfn_resource *r) { return ccdk__v_ref(r->el.node.app, &r->el.node); }

/* Stack.availabilityZones (core's ccdk_stack_availability_zones: the lookup reported missing and
 * aws-cdk-lib's dummy AZs until the CLI has looked them up) */
static void stack_azs(ccdk_ec2_vpc *vpc, const char ***out, size_t *n)
{
    ccdk_strs azs = ccdk_stack_availability_zones(vpc->node.stack);
    *n = azs.count;
    *out = ccdk__alloc(vpc->node.app, (*n + 1) * sizeof **out);
    for (size_t i = 0; i < *n; i++)
        (*out)[i] = azs.items[i];
}

/* ------------------------------------------------------------------ subnets */

/* ipv6_cidr: the subnet's IPv6 block in a dual-stack VPC (NULL otherwise, and no
 * AssignIpv6AddressOnCreation either) */
/* Subnet's constructor: the CfnSubnet "Subnet", the "Acl" import, a route table and its
 * association; map_public_ip and assign_ipv6 may be NULL (not written) */
static ccdk__ec2_subnet *subnet_build(void *parent, const ccdk__kind *kind, const char *id, ccdk_value *vpc_id,
                                      const char *az, const char *cidr, ccdk_value *map_public_ip,
                                      ccdk_value *ipv6_cidr, ccdk_value *assign_ipv6);

static ccdk__ec2_subnet *subnet_new(ccdk_ec2_vpc *vpc, const char *id, ccdk_ec2_subnet_type type,
                                    const char *group_name, const char *az, const char *cidr, int map_public_ip,
                                    ccdk_value *ipv6_cidr, int assign_ipv6)
{
    ccdk_app *app = vpc->node.app;
    ccdk__ec2_subnet *s = subnet_build(vpc, type == CCDK_EC2_SUBNET_TYPE_PUBLIC ? &kind_public_subnet : &kind_private_subnet,
                                       id, v_ref(vpc->resource), az, cidr, v_bool(app, map_public_ip), ipv6_cidr,
                                       ipv6_cidr ? v_bool(app, assign_ipv6) : NULL);
    s->type = type;
    s->group_name = ccdk__strdup(app, group_name);
    /* Tags.of(subnet).add(..., {includeResourceTypes: ['AWS::EC2::Subnet']}): the only such
     * resource below the subnet is its CfnSubnet, so the tags go on it directly */
    ccdk_tags_add(s->resource, "aws-cdk:subnet-name", group_name);
    ccdk_tags_add(s->resource, "aws-cdk:subnet-type", ccdk__ec2_subnet_type_tag(type));
    return s;
}

static ccdk_ec2_subnet *subnet_of_props(void *scope, const ccdk__kind *kind, const char *id,
                                        const ccdk_ec2_subnet_props *props);

ccdk_ec2_subnet *ccdk_ec2_subnet_new(void *scope, const char *id, const ccdk_ec2_subnet_props *props)
{
    return subnet_of_props(scope, &kind_subnet, id, props);
}

/* PublicSubnet and PrivateSubnet add nothing to Subnet's resources: only the class differs */
ccdk_ec2_subnet *ccdk_ec2_public_subnet_new(void *scope, const char *id, const ccdk_ec2_subnet_props *props)
{
    return subnet_of_props(scope, &kind_public_subnet, id, props);
}

ccdk_ec2_subnet *ccdk_ec2_private_subnet_new(void *scope, const char *id, const ccdk_ec2_subnet_props *props)
{
    return subnet_of_props(scope, &kind_private_subnet, id, props);
}

static ccdk_ec2_subnet *subnet_of_props(void *scope, const ccdk__kind *kind, const char *id,
                                        const ccdk_ec2_subnet_props *props)
{
    static const ccdk_ec2_subnet_props none = {0};
    if (!props)
        props = &none;
    ccdk_app *app = ccdk__app_of(scope);
    ccdk__ec2_subnet *s = subnet_build(scope, kind, id, ccdk__v_from_string(app, props->vpc_id),
                                       props->availability_zone ? ccdk__keep(app, props->availability_zone) : NULL,
                                       props->cidr_block ? ccdk__keep(app, props->cidr_block) : NULL,
                                       ccdk__tri_set(props->map_public_ip_on_launch)
                                           ? v_bool(app, ccdk__tri_true(props->map_public_ip_on_launch))
                                           : NULL,
                                       props->ipv6_cidr_block ? ccdk__v_from_string(app, props->ipv6_cidr_block) : NULL,
                                       ccdk__tri_set(props->assign_ipv6_address_on_creation)
                                           ? v_bool(app, ccdk__tri_true(props->assign_ipv6_address_on_creation))
                                           : NULL);
    /* vpcId, availabilityZone and cidrBlock are required props (TypeScript's type check) */
    if (!props->vpc_id || !props->availability_zone || !props->cidr_block)
        ccdk__error(s, "vpcId, availabilityZone and cidrBlock are required");
    return s;
}

static ccdk__ec2_subnet *subnet_build(void *parent, const ccdk__kind *kind, const char *id, ccdk_value *vpc_id,
                                      const char *az, const char *cidr, ccdk_value *map_public_ip,
                                      ccdk_value *ipv6_cidr, ccdk_value *assign_ipv6)
{
    ccdk__ec2_subnet *s = ccdk__construct(ccdk__ec2_subnet, kind, parent, id);
    ccdk_app *app = s->node.app;
    s->az = az;
    s->cidr = cidr;
    ccdk_tags_add(s, "Name", s->node.path);
    ccdk_cfn_resource *r = ccdk__l1(s, "Subnet", "AWS::EC2::Subnet", "aws-cdk-lib.aws_ec2.CfnSubnet");
    r->tag_kind = 1;
    ccdk__res_set(r, "VpcId", vpc_id);
    if (cidr)
        ccdk__res_set(r, "CidrBlock", ccdk__v_str(app, cidr));
    ccdk__res_set(r, "AvailabilityZone", ccdk__v_from_string(app, az));
    if (map_public_ip)
        ccdk__res_set(r, "MapPublicIpOnLaunch", map_public_ip);
    if (ipv6_cidr)
        ccdk__res_set(r, "Ipv6CidrBlock", ipv6_cidr);
    if (assign_ipv6)
        ccdk__res_set(r, "AssignIpv6AddressOnCreation", assign_ipv6);
    s->resource = r;
    s->subnet_id = ccdk_cfn_resource_ref(r);
    ccdk__ext(&s->node)->default_child_override = &r->el.node;
    /* NetworkAcl.fromNetworkAclId(this, 'Acl', ...): a construct without resources */
    ccdk__node *acl = ccdk__alloc(app, sizeof *acl);
    ccdk__node_init(acl, &kind_acl, s, "Acl");
    ccdk_cfn_resource *rt = ccdk__l1(s, "RouteTable", "AWS::EC2::RouteTable", "aws-cdk-lib.aws_ec2.CfnRouteTable");
    rt->tag_kind = 1;
    ccdk__res_set(rt, "VpcId", vpc_id);
    s->route_table = rt;
    s->route_table_id = ccdk_cfn_resource_ref(rt);
    ccdk_cfn_resource *assoc = ccdk__l1(s, "RouteTableAssociation", "AWS::EC2::SubnetRouteTableAssociation",
                                        "aws-cdk-lib.aws_ec2.CfnSubnetRouteTableAssociation");
    ccdk__res_set(assoc, "SubnetId", v_ref(r));
    ccdk__res_set(assoc, "RouteTableId", v_ref(rt));
    s->assoc = assoc;
    s->conn[s->nconn++] = &assoc->el.node;
    return s;
}

/* Subnet.addRoute(id, {routerType, routerId, destination..., enablesInternetConnectivity}): a CfnRoute
 * `id` in the subnet's route table to `dest` (IPv4, or IPv6 when ipv6), part of the subnet's
 * internetConnectivityEstablished. addDefaultInternetRoute: "DefaultRoute", 0.0.0.0/0;
 * addIpv6DefaultInternetRoute / addIpv6DefaultEgressOnlyInternetRoute: "DefaultRoute6", ::/0;
 * addIpv6Nat64Route: "Nat64", 64:ff9b::/96. */
static ccdk_cfn_resource *subnet_add_route(ccdk__ec2_subnet *s, const char *id, int ipv6, const char *dest,
                                           const char *router_prop, ccdk_value *router)
{
    ccdk_app *app = s->node.app;
    ccdk_cfn_resource *route = ccdk__l1(s, id, "AWS::EC2::Route", "aws-cdk-lib.aws_ec2.CfnRoute");
    ccdk__res_set(route, "RouteTableId", v_ref(s->route_table));
    ccdk__res_set(route, ipv6 ? "DestinationIpv6CidrBlock" : "DestinationCidrBlock", ccdk__v_str(app, dest));
    ccdk__res_set(route, router_prop, router);
    if (s->nconn < sizeof s->conn / sizeof s->conn[0])
        s->conn[s->nconn++] = &route->el.node;
    return route;
}

static ccdk_cfn_resource *subnet_route(ccdk__ec2_subnet *s, int ipv6, const char *router_prop, ccdk_value *router)
{
    return subnet_add_route(s, ipv6 ? "DefaultRoute6" : "DefaultRoute", ipv6, ipv6 ? "::/0" : "0.0.0.0/0", router_prop, router);
}

void ccdk_ec2_subnet_add_ipv6_nat64_route(ccdk_ec2_subnet *subnet, const char *nat_gateway_id)
{
    if (!ccdk__target_ok(subnet, __func__))
        return;
    if (!subnet->route_table) {
        /* aws-cdk-lib has the method on Subnet only: an imported subnet (ISubnet) has none */
        ccdk__error(subnet, "addIpv6Nat64Route: only a subnet of a Vpc of this app has a route table to add routes to");
        return;
    }
    if (!nat_gateway_id) {
        ccdk__error(subnet, "addIpv6Nat64Route: natGatewayId is required");
        return;
    }
    subnet_add_route(subnet, "Nat64", 1, "64:ff9b::/96", "NatGatewayId", ccdk__v_str(subnet->node.app, nat_gateway_id));
}

void ccdk_ec2_subnet_add_route(ccdk_ec2_subnet *subnet, const char *id, const ccdk_ec2_add_route_options *options)
{
    static const char *const props[] = {NULL, "CarrierGatewayId", "EgressOnlyInternetGatewayId", "GatewayId",
                                        "InstanceId", "LocalGatewayId", "NatGatewayId", "NetworkInterfaceId",
                                        "TransitGatewayId", "VpcPeeringConnectionId", "VpcEndpointId", "CoreNetworkArn"};
    if (!ccdk__target_ok(subnet, __func__))
        return;
    if (!subnet->route_table) {
        /* aws-cdk-lib has the method on Subnet only: an imported subnet (ISubnet) has none */
        ccdk__error(subnet, "addRoute: only a subnet of a Vpc of this app has a route table to add routes to");
        return;
    }
    if (!id || !options || !options->router_id) {
        ccdk__error(subnet, !id ? "addRoute: id is required" : "addRoute: routerId is required");
        return;
    }
    if (!CCDK__ENUM_OK(subnet, options->router_type, ccdk_ec2_router_type, CCDK_EC2_ROUTER_TYPE_UNSET,
                       CCDK_EC2_ROUTER_TYPE_CORE_NETWORK, "routerType"))
        return;
    if (options->router_type == CCDK_EC2_ROUTER_TYPE_UNSET) {
        ccdk__error(subnet, "addRoute: routerType is required");
        return;
    }
    if (options->destination_cidr_block && *options->destination_cidr_block && options->destination_ipv6_cidr_block &&
        *options->destination_ipv6_cidr_block) {
        ccdk__error(subnet, "Cannot specify both 'destinationCidrBlock' and 'destinationIpv6CidrBlock'");
        return;
    }
    ccdk_app *app = subnet->node.app;
    ccdk_cfn_resource *route = ccdk__l1(subnet, id, "AWS::EC2::Route", "aws-cdk-lib.aws_ec2.CfnRoute");
    ccdk__res_set(route, "RouteTableId", v_ref(subnet->route_table));
    /* destinationCidrBlock || (no IPv6 destination ? '0.0.0.0/0' : undefined) */
    if (options->destination_cidr_block && *options->destination_cidr_block)
        ccdk__res_set(route, "DestinationCidrBlock", ccdk__v_from_string(app, options->destination_cidr_block));
    else if (!options->destination_ipv6_cidr_block)
        ccdk__res_set(route, "DestinationCidrBlock", ccdk__v_str(app, "0.0.0.0/0"));
    if (options->destination_ipv6_cidr_block)
        ccdk__res_set(route, "DestinationIpv6CidrBlock", ccdk__v_from_string(app, options->destination_ipv6_cidr_block));
    ccdk__res_set(route, props[options->router_type], ccdk__v_from_string(app, options->router_id));
    if (ccdk__tri_true(options->enables_internet_connectivity) && subnet->nconn < sizeof subnet->conn / sizeof subnet->conn[0])
        subnet->conn[subnet->nconn++] = &route->el.node;
}

const char *ccdk_ec2_vpc_internet_gateway_id(ccdk_ec2_vpc *vpc)
{
    return ccdk__handle_ok(vpc, __func__) ? vpc->internet_gateway_id : NULL;
}

ccdk_ec2_ip_addresses ccdk_ec2_ip_addresses_aws_ipam_allocation(const ccdk_ec2_aws_ipam_props *props)
{
    ccdk_ec2_ip_addresses a = {.aws_ipam_set_ = 1};
    if (props)
        a.aws_ipam_ = *props;
    return a;
}

ccdk_ec2_nat_provider ccdk_ec2_nat_provider_gateway(const ccdk_ec2_nat_gateway_props *props)
{
    ccdk_ec2_nat_provider p = {.kind_ = 1};
    if (props)
        p.gateway_ = *props;
    return p;
}

ccdk_strs ccdk_ec2_vpc_nat_gateway_ids(ccdk_ec2_vpc *vpc)
{
    if (!ccdk__handle_ok(vpc, __func__))
        return (ccdk_strs)CCDK_LIST_N(NULL, 0);
    ccdk_app *app = vpc->node.app;
    const char **ids = ccdk__alloc(app, (vpc->npub + 1) * sizeof *ids);
    size_t n = 0;
    /* NatProvider.gateway(): configureNat makes the gateways in the NAT subnets' order, which is the
     * public subnets' */
    for (size_t i = 0; i < vpc->npub; i++)
        if (vpc->pub[i]->nat_gateway)
            ids[n++] = ccdk__token_str(app, v_ref(vpc->pub[i]->nat_gateway));
    return (ccdk_strs)CCDK_LIST_N(ids, n);
}

static ccdk_cfn_resource *subnet_default_route(ccdk__ec2_subnet *s, const char *router_prop, ccdk_value *router)
{
    return subnet_route(s, 0, router_prop, router);
}

/* ------------------------------------------------------------------ Vpc */

static int type_is_private(ccdk_ec2_subnet_type t) { return canonical_type(t) == CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS; }

/* AwsIpam.allocateSubnetsCidr: each requested subnet's netmask (its cidrMask, else the default),
 * laid out by calculateCidrSplits within the VPC's /ipv4NetmaskLength, each block an expression
 * over the VPC's CidrBlock attribute (cidrSplitToCfnExpression) */
static ccdk_value *cidr_split_expr(ccdk_ec2_vpc *vpc, ccdk_value *parent, double count, double netmask, double index)
{
    ccdk_app *app = vpc->node.app;
    if (count == 1)
        return parent;
    if (count <= 256) {
        ccdk__buf hb = {0};
        ccdk__json_write_number(&hb, 32 - netmask); /* `${32 - netmask}` */
        ccdk_value *cargs = ccdk__v_list(app);
        ccdk__v_push(cargs, parent);
        ccdk__v_push(cargs, ccdk__v_num(app, count));
        ccdk__v_push(cargs, ccdk__v_str(app, ccdk__strdup(app, hb.data)));
        ccdk__buf_free(&hb);
        ccdk_value *sargs = ccdk__v_list(app);
        ccdk__v_push(sargs, ccdk__v_num(app, index));
        ccdk__v_push(sargs, ccdk__v_intrinsic(app, "Fn::Cidr", cargs));
        return ccdk__v_intrinsic(app, "Fn::Select", sargs);
    }
    if (netmask - 8 < 1) {
        ccdk__buf nb = {0};
        ccdk__json_write_number(&nb, count);
        ccdk__buf_puts(&nb, " /");
        ccdk__json_write_number(&nb, netmask);
        ccdk__unscoped_error(app, "Cannot split an IP range into %ss", nb.data);
        ccdk__buf_free(&nb);
        return NULL;
    }
    double pcount = ceil(count / 256), pindex = floor(index / 256);
    ccdk_value *p = cidr_split_expr(vpc, parent, pcount, netmask - 8, pindex);
    return p ? cidr_split_expr(vpc, p, 256, netmask, index - pindex * 256) : NULL;
}

static int ipam_subnet_cidrs(ccdk_ec2_vpc *vpc, const ccdk_ec2_aws_ipam_props *ipam,
                             const ccdk_ec2_subnet_configuration *cfg, size_t naz_all, size_t nreq, const char **cidrs)
{
    ccdk_app *app = vpc->node.app;
    double root = ipam->ipv4_netmask_length.value;
    double *masks = ccdk__alloc(app, (nreq + 1) * sizeof *masks);
    for (size_t i = 0; i < nreq; i++) {
        const ccdk_ec2_subnet_configuration *c = &cfg[i / naz_all];
        if (!c->cidr_mask.set && !ipam->default_subnet_ipv4_netmask_length.set) {
            ccdk__unscoped_error(app, "If you have not set a cidr for all subnets in this case you must set a "
                                      "defaultCidrMask in AwsIpam Options");
            return -1;
        }
        masks[i] = c->cidr_mask.set ? c->cidr_mask.value : ipam->default_subnet_ipv4_netmask_length.value;
    }
    /* calculateCidrSplits: each block at the next multiple of its size */
    double offset = 0;
    double *index = ccdk__alloc(app, (nreq + 1) * sizeof *index);
    for (size_t i = 0; i < nreq; i++) {
        double size = pow(2, 32 - masks[i]);
        offset = ceil(offset / size) * size;
        index[i] = offset / size;
        offset += size;
    }
    if (offset > pow(2, 32 - root)) {
        ccdk__buf b = {0};
        for (size_t i = 0; i < nreq; i++) {
            ccdk__buf_puts(&b, i ? ",/" : "/");
            ccdk__json_write_number(&b, masks[i]);
        }
        ccdk__buf rb = {0};
        ccdk__json_write_number(&rb, root);
        ccdk__unscoped_error(app, "IP space of size /%s not big enough to allocate subnets of sizes %s", rb.data,
                             b.data ? b.data : "");
        ccdk__buf_free(&b);
        ccdk__buf_free(&rb);
        return -1;
    }
    ccdk_value *vpc_cidr = ccdk__v_getatt(app, &vpc->resource->el.node, "CidrBlock");
    for (size_t i = 0; i < nreq; i++) {
        ccdk_value *e = cidr_split_expr(vpc, vpc_cidr, pow(2, masks[i] - root), masks[i], index[i]);
        if (!e)
            return -1;
        cidrs[i] = ccdk__token_str(app, e);
    }
    return 0;
}

/* determineNatGatewayCount */
static int nat_gateway_count(ccdk_ec2_vpc *vpc, ccdk_opt_num requested, const ccdk_ec2_subnet_configuration *cfg,
                             size_t ncfg, size_t naz, int *ok)
{
    ccdk_app *app = vpc->node.app;
    *ok = 1;
    if (requested.set && requested.token)
        return 0;
    int has_private = 0, has_public = 0;
    for (size_t i = 0; i < ncfg; i++) {
        int reserved = ccdk__tri_true(cfg[i].reserved);
        has_private |= type_is_private(cfg[i].subnet_type) && !reserved;
        has_public |= cfg[i].subnet_type == CCDK_EC2_SUBNET_TYPE_PUBLIC && !reserved;
    }
    /* hasCustomEgress: any PRIVATE_WITH_EGRESS group, reserved or not (not the deprecated
     * PRIVATE_WITH_NAT/PRIVATE: with only those, no NAT gateways is the first error below) */
    int has_custom_egress = 0;
    for (size_t i = 0; i < ncfg; i++)
        has_custom_egress |= cfg[i].subnet_type == CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS;
    double count = requested.set ? fmin(requested.value, (double)naz) : has_private ? (double)naz : 0;
    if (count == 0 && has_private && !has_custom_egress) {
        ccdk__unscoped_error(app, "If you do not want NAT gateways (natGateways=0), make sure you don't configure any "
                                  "PRIVATE(_WITH_NAT) subnets in 'subnetConfiguration' (make them PUBLIC or ISOLATED instead)");
        *ok = 0;
        return 0;
    }
    if (count > 0 && !has_public) {
        /* JSON.stringify(subnetConfig) */
        ccdk__buf b = {0};
        ccdk__buf_putc(&b, '[');
        for (size_t i = 0; i < ncfg; i++) {
            if (i)
                ccdk__buf_putc(&b, ',');
            ccdk__buf_putc(&b, '{');
            /* the keys in the order the user's object literal has them is unknowable here; ccdk
             * takes SubnetConfiguration's declaration order (cidrMask, subnetType, name, reserved,
             * mapPublicIpOnLaunch, ipv6AssignAddressOnCreation), which is also the order of
             * aws-cdk-lib's own tests of this message (vpc.test.ts) */
            if (cfg[i].cidr_mask.set) {
                ccdk__buf_puts(&b, "\"cidrMask\":");
                ccdk__json_write_number(&b, cfg[i].cidr_mask.value);
                ccdk__buf_putc(&b, ',');
            }
            ccdk__buf_puts(&b, "\"subnetType\":");
            ccdk__json_write_cstr(&b, subnet_type_value(cfg[i].subnet_type));
            ccdk__buf_puts(&b, ",\"name\":");
            ccdk__json_write_cstr(&b, cfg[i].name ? cfg[i].name : "");
            static const char *const keys[] = {"reserved", "mapPublicIpOnLaunch", "ipv6AssignAddressOnCreation"};
            const ccdk_tristate flags[] = {cfg[i].reserved, cfg[i].map_public_ip_on_launch,
                                           cfg[i].ipv6_assign_address_on_creation};
            for (int k = 0; k < 3; k++)
                if (ccdk__tri_set(flags[k]))
                    ccdk__buf_printf(&b, ",\"%s\":%s", keys[k], ccdk__tri_true(flags[k]) ? "true" : "false");
            ccdk__buf_putc(&b, '}');
        }
        ccdk__buf_putc(&b, ']');
        ccdk__unscoped_error(app, "If you configure PRIVATE subnets in 'subnetConfiguration', you must also configure "
                                  "PUBLIC subnets to put the NAT gateways into (got %s.", b.data);
        ccdk__buf_free(&b);
        *ok = 0;
        return 0;
    }
    return (int)count;
}

static void push_subnet(ccdk_app *app, ccdk__ec2_subnet ***arr, size_t *n, size_t *cap, ccdk__ec2_subnet *s)
{
    if (*n == *cap)
        *arr = ccdk__arena_grow(app, *arr, *n, cap, sizeof **arr, 4);
    (*arr)[(*n)++] = s;
}

/* JSON.stringify(vpnRoutePropagation) for enableVpnGateway's message: the keys in
 * ccdk_ec2_subnet_selection's order (the app's own order is unknowable here) */
static const char *selections_json(ccdk_app *app, const ccdk_ec2_subnet_selection *sel, size_t n)
{
    ccdk__buf b = {0};
    ccdk__buf_putc(&b, '[');
    for (size_t i = 0; i < n; i++) {
        const ccdk_ec2_subnet_selection *x = &sel[i];
        int first = 1;
#define KEY(k) (ccdk__buf_puts(&b, first ? "\"" k "\":" : ",\"" k "\":"), first = 0)
        if (i)
            ccdk__buf_putc(&b, ',');
        ccdk__buf_putc(&b, '{');
        if (x->subnet_type) {
            KEY("subnetType");
            ccdk__json_write_cstr(&b, subnet_type_value(x->subnet_type));
        }
        if (x->subnet_group_name) {
            KEY("subnetGroupName");
            ccdk__json_write_cstr(&b, x->subnet_group_name);
        }
        if (CCDK__GIVEN(x->availability_zones)) {
            KEY("availabilityZones");
            ccdk__buf_putc(&b, '[');
            for (size_t k = 0; k < x->availability_zones.count; k++) {
                if (k)
                    ccdk__buf_putc(&b, ',');
                ccdk__json_write_cstr(&b, x->availability_zones.items[k]);
            }
            ccdk__buf_putc(&b, ']');
        }
        if (ccdk__tri_true(x->one_per_az) || ccdk__tri_false(x->one_per_az)) {
            KEY("onePerAz");
            ccdk__buf_puts(&b, ccdk__tri_true(x->one_per_az) ? "true" : "false");
        }
        if (x->subnet_name) {
            KEY("subnetName");
            ccdk__json_write_cstr(&b, x->subnet_name);
        }
#undef KEY
        ccdk__buf_putc(&b, '}');
    }
    ccdk__buf_putc(&b, ']');
    const char *json = ccdk__strndup(app, b.data, b.len);
    ccdk__buf_free(&b);
    return json;
}

/* the Vpc constructor's vpnGateway part and enableVpnGateway: -1 on an error */
static int vpn_gateway(ccdk_ec2_vpc *vpc, const ccdk_ec2_vpc_props *props)
{
    ccdk_app *app = vpc->node.app;
    if (ccdk__tri_true(props->vpn_gateway) && vpc->npub + vpc->npriv + vpc->niso == 0) {
        ccdk__error(vpc, "Can not enable the VPN gateway while the VPC has no subnets at all");
        return -1;
    }
    if (props->vpn_gateway_asn.set && ccdk__tri_false(props->vpn_gateway)) {
        ccdk__error(vpc, "Cannot specify `vpnConnections` or `vpnGatewayAsn` when `vpnGateway` is set to false.");
        return -1;
    }
    if (!ccdk__tri_true(props->vpn_gateway) && !props->vpn_gateway_asn.set)
        return 0;
    static const ccdk__kind kind_vpn_gateway = {.fqn = "aws-cdk-lib.aws_ec2.VpnGateway", .class_name = "VpnGateway2"};
    void *scope = vpc;
    ccdk__node *gw = ccdk__construct(ccdk__node, &kind_vpn_gateway, scope, "VpnGateway");
    ccdk_cfn_resource *cfn = ccdk__l1(gw, "Default", "AWS::EC2::VPNGateway", "aws-cdk-lib.aws_ec2.CfnVPNGateway");
    cfn->tag_kind = 1;
    cfn->sort_props = 1; /* AmazonSideAsn, Tags, Type */
    if (props->vpn_gateway_asn.set)
        ccdk__res_set(cfn, "AmazonSideAsn", ccdk__v_opt_num(app, props->vpn_gateway_asn));
    ccdk__res_set(cfn, "Type", ccdk__v_str(app, "ipsec.1"));
    vpc->vpn_gateway_id = ccdk_cfn_resource_ref(cfn);
    ccdk_cfn_resource *att = ccdk__l1(vpc, "VPCVPNGW", "AWS::EC2::VPCGatewayAttachment",
                                      "aws-cdk-lib.aws_ec2.CfnVPCGatewayAttachment");
    ccdk__res_set(att, "VpcId", v_ref(vpc->resource));
    ccdk__res_set(att, "VpnGatewayId", v_ref(cfn));
    /* vpnRoutePropagation ?? [{}]: allRouteTableIds of the selected subnets, each once */
    static const ccdk_ec2_subnet_selection default_selection;
    size_t nsel = CCDK__LEN(props->vpn_route_propagation, "vpn_route_propagation");
    const ccdk_ec2_subnet_selection *sel = nsel ? props->vpn_route_propagation.items : &default_selection;
    if (!CCDK__GIVEN(props->vpn_route_propagation))
        nsel = 1;
    ccdk_value *rts = ccdk__v_list(app);
    const char **seen = NULL;
    size_t nseen = 0, cap = 0;
    for (size_t i = 0; i < nsel; i++) {
        ccdk__ec2_subnet **subs;
        size_t nsubs;
        if (ccdk__ec2_select_subnet_objects(vpc, &sel[i], &subs, &nsubs) < 0)
            return -1;
        for (size_t k = 0; k < nsubs; k++) {
            const char *rt = subs[k]->route_table_id;
            int dup = !rt || !*rt;
            for (size_t j = 0; !dup && j < nseen; j++)
                dup = !strcmp(seen[j], rt);
            if (dup)
                continue;
            if (nseen == cap)
                seen = ccdk__arena_grow(app, seen, nseen, &cap, sizeof *seen, 8);
            seen[nseen++] = rt;
            ccdk__v_push(rts, ccdk__v_from_string(app, rt));
        }
    }
    if (nseen == 0)
        ccdk__add_trackable_error(&vpc->node, "VpnGatewayNoMatchingSubnets",
                                  ccdk__sprintf(app, "enableVpnGateway: no subnets matching selection: '%s'. Select other "
                                                     "subnets to add routes to.",
                                                selections_json(app, sel, nsel)));
    ccdk_cfn_resource *prop = ccdk__l1(vpc, "RoutePropagation", "AWS::EC2::VPNGatewayRoutePropagation",
                                       "aws-cdk-lib.aws_ec2.CfnVPNGatewayRoutePropagation");
    ccdk__res_set(prop, "RouteTableIds", rts);
    ccdk__res_set(prop, "VpnGatewayId", v_ref(cfn));
    ccdk__res_add_depends(prop, &att->el.node);
    return 0;
}

ccdk_ec2_vpc *ccdk_ec2_vpc_new(void *scope, const char *id, const ccdk_ec2_vpc_props *props)
{
    ccdk_ec2_vpc *vpc = ccdk__construct(ccdk_ec2_vpc, &kind_vpc, scope, id);
    ccdk_app *app = vpc->node.app;
    static const ccdk_ec2_vpc_props empty;
    if (!props)
        props = &empty;
    if (!CCDK__ENUM_OK(vpc, props->ip_protocol, ccdk_ec2_ip_protocol, CCDK_EC2_IP_PROTOCOL_UNSET,
                       CCDK_EC2_IP_PROTOCOL_DUAL_STACK, "ipProtocol"))
        return vpc;
    if (ccdk__tri_true(props->enable_dns_hostnames) && !ccdk__tri_true(props->enable_dns_support)) {
        ccdk__error(vpc, "To use DNS Hostnames, DNS Support must be enabled, however, it was explicitly disabled.");
        return vpc;
    }
    size_t ngiven_azs = CCDK__LEN(props->availability_zones, "availability_zones");
    if (CCDK__GIVEN(props->availability_zones) && props->max_azs.set && (props->max_azs.token || props->max_azs.value)) {
        ccdk__error(vpc, "Vpc supports 'availabilityZones' or 'maxAzs', but not both.");
        return vpc;
    }
    /* IpAddresses.awsIpamAllocation: no CIDR of our own; the subnets' blocks are computed below */
    const ccdk_ec2_aws_ipam_props *ipam = props->ip_addresses.aws_ipam_set_ ? &props->ip_addresses.aws_ipam_ : NULL;
    if (ipam && (props->ip_addresses.cidr_block || !ipam->ipv4_ipam_pool_id || !ipam->ipv4_netmask_length.set)) {
        ccdk__error(vpc, "ip_addresses: awsIpamAllocation needs ipv4_ipam_pool_id and ipv4_netmask_length (and no cidr_block)");
        return vpc;
    }
    const char *cidr = props->ip_addresses.cidr_block ? props->ip_addresses.cidr_block : "10.0.0.0/16";
    if (!ipam && ccdk__is_unresolved(cidr)) {
        ccdk__unscoped_error(app, "'cidr' property must be a concrete CIDR string, got a Token (we need to parse it for automatic subdivision)");
        return vpc;
    }
    ccdk__net_builder nb;
    if (!ipam && ccdk__net_builder_init(&nb, vpc, cidr) < 0)
        return vpc;
    /* ipProtocol: IPv4 is always on; IPv6 with DUAL_STACK only, and its props with it */
    int use_ipv6 = props->ip_protocol == CCDK_EC2_IP_PROTOCOL_DUAL_STACK;
    if (!use_ipv6 && props->ipv6_addresses.amazon_provided_) {
        ccdk__error(vpc, "ipv6Addresses can only be set if IPv6 is enabled. Set ipProtocol to DUAL_STACK");
        return vpc;
    }
    int dns_hostnames = !ccdk__tri_false(props->enable_dns_hostnames);
    int dns_support = !ccdk__tri_false(props->enable_dns_support);
    vpc->dns_hostnames = dns_hostnames;
    vpc->dns_support = dns_support;

    ccdk_cfn_resource *r = ccdk__l1(vpc, "Resource", "AWS::EC2::VPC", "aws-cdk-lib.aws_ec2.CfnVPC");
    r->tag_kind = 1;
    if (!ipam)
        ccdk__res_set(r, "CidrBlock", ccdk__v_str(app, nb.cidr));
    ccdk__res_set(r, "EnableDnsHostnames", v_bool(app, dns_hostnames));
    ccdk__res_set(r, "EnableDnsSupport", v_bool(app, dns_support));
    ccdk__res_set(r, "InstanceTenancy",
                  ccdk__v_str(app, props->default_instance_tenancy && *props->default_instance_tenancy
                                       ? props->default_instance_tenancy
                                       : "default"));
    if (ipam) {
        ccdk__res_set(r, "Ipv4IpamPoolId", ccdk__v_from_string(app, ipam->ipv4_ipam_pool_id));
        ccdk__res_set(r, "Ipv4NetmaskLength", ccdk__v_opt_num(app, ipam->ipv4_netmask_length));
    }
    vpc->resource = r;
    vpc->cidr_block = ccdk_cfn_resource_get_att(r, "CidrBlock");
    vpc->default_sg = ccdk_cfn_resource_get_att(r, "DefaultSecurityGroup");
    vpc->vpc_id = ccdk_cfn_resource_ref(r);
    ccdk_tags_add(vpc, "Name", props->vpc_name && *props->vpc_name ? props->vpc_name : vpc->node.path);

    /* availability zones */
    if (CCDK__GIVEN(props->availability_zones)) {
        const char **stack_azs_;
        size_t nstack;
        stack_azs(vpc, &stack_azs_, &nstack);
        /* resolveStackAvailabilityZones: the stack's AZs that are neither tokens nor dummies */
        const char **resolved = ccdk__alloc(app, (nstack + 1) * sizeof *resolved);
        size_t nres = 0;
        for (size_t i = 0; i < nstack; i++)
            if (!ccdk__is_unresolved(stack_azs_[i]) && strcmp(stack_azs_[i], "dummy1a") && strcmp(stack_azs_[i], "dummy1b") &&
                strcmp(stack_azs_[i], "dummy1c"))
                resolved[nres++] = stack_azs_[i];
        int subset = 1;
        for (size_t i = 0; nres && i < ngiven_azs; i++) {
            const char *az = props->availability_zones.items[i];
            int found = ccdk__is_unresolved(az);
            for (size_t k = 0; !found && k < nres; k++)
                found = !strcmp(resolved[k], az);
            subset &= found;
        }
        if (!subset) {
            ccdk__buf a = {0}, b = {0};
            for (size_t i = 0; i < ngiven_azs; i++)
                ccdk__buf_printf(&a, "%s%s", i ? "," : "", props->availability_zones.items[i]);
            for (size_t i = 0; i < nres; i++)
                ccdk__buf_printf(&b, "%s%s", i ? "," : "", resolved[i]);
            ccdk__error(vpc, "Given VPC 'availabilityZones' %s must be a subset of the stack's availability zones %s",
                        a.data ? a.data : "", b.data ? b.data : "");
            ccdk__buf_free(&a);
            ccdk__buf_free(&b);
            return vpc;
        }
        vpc->naz = ngiven_azs;
        vpc->azs = ccdk__alloc(app, (ngiven_azs + 1) * sizeof *vpc->azs);
        for (size_t i = 0; i < ngiven_azs; i++)
            vpc->azs[i] = ccdk__keep(app, props->availability_zones.items[i]);
        if (ngiven_azs == 0 && !(CCDK__GIVEN(props->subnet_configuration) && CCDK__LEN(props->subnet_configuration, "subnet_configuration") == 0))
            ccdk__warning(vpc, "@aws-cdk/aws-ec2:emptyAvailabilityZonesInVpc",
                          "The VPC has no availability zones, so no subnets will be created. Specify at least one availability zone or omit availabilityZones to use the stack availability zones.");
    } else {
        const char **all;
        size_t nall;
        stack_azs(vpc, &all, &nall);
        double max = props->max_azs.set && !props->max_azs.token ? props->max_azs.value : 3;
        /* slice(0, maxAZs): the end truncated toward zero, counted from the back when negative */
        double e = isnan(max) ? 0 : trunc(max);
        size_t take = e < 0 ? (size_t)fmax(0, (double)nall + e) : (size_t)fmin((double)nall, e);
        vpc->naz = take;
        vpc->azs = all;
    }
    size_t reserved_azs = props->reserved_azs.set && !props->reserved_azs.token && props->reserved_azs.value > 0
                              ? (size_t)ceil(props->reserved_azs.value)
                              : 0;
    size_t naz_all = vpc->naz + reserved_azs; /* FAKE_AZ_NAME entries: address space only */

    /* subnet configuration */
    static const ccdk_ec2_subnet_configuration def[] = {
        {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "Public"},
        {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS, .name = "Private"}};
    static const ccdk_ec2_subnet_configuration def_no_nat[] = {
        {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC, .name = "Public"},
        {.subnet_type = CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED, .name = "Isolated"}};
    const ccdk_ec2_subnet_configuration *cfg;
    size_t ncfg;
    if (CCDK__GIVEN(props->subnet_configuration)) {
        cfg = props->subnet_configuration.items;
        ncfg = CCDK__LEN(props->subnet_configuration, "subnet_configuration");
    } else if (props->nat_gateways.set && !props->nat_gateways.token && props->nat_gateways.value == 0) {
        cfg = def_no_nat;
        ncfg = 2;
    } else {
        cfg = def;
        ncfg = 2;
    }
    for (size_t i = 0; i < ncfg; i++) {
        if (!CCDK__ENUM_OK(vpc, cfg[i].subnet_type, ccdk_ec2_subnet_type, CCDK_EC2_SUBNET_TYPE_UNSET,
                           CCDK_EC2_SUBNET_TYPE_PRIVATE, "subnetConfiguration: subnetType"))
            return vpc;
        if (!cfg[i].subnet_type || !cfg[i].name) {
            ccdk__error(vpc, "subnet_configuration[%zu]: subnet_type and name are required", i);
            return vpc;
        }
    }
    if (props->nat_gateway_provider.kind_ < 0 || props->nat_gateway_provider.kind_ > 1) {
        ccdk__error(vpc, "nat_gateway_provider: not a NAT provider (build it with ccdk_ec2_nat_provider_gateway)");
        return vpc;
    }
    if (props->nat_gateways.set && props->nat_gateways.token)
        ccdk__warning(vpc, "@aws-cdk/aws-ec2:natGatewaysToken",
                      "`natGateways` must be resolved at synthesis time to decide how many NAT gateways to create. The unresolved token is treated as 0, so no NAT gateway will be created.");
    int ok;
    int nat_count = nat_gateway_count(vpc, props->nat_gateways, cfg, ncfg, naz_all, &ok);
    if (!ok)
        return vpc;

    /* Ipv6Addresses.amazonProvided().allocateVpcIpv6Cidr: the VPC's IPv6 block, whose first entry
     * of the VPC's Ipv6CidrBlocks (ipv6SelectedCidr) the subnets split */
    ccdk_cfn_resource *ipv6_block = NULL;
    ccdk_value *ipv6_selected = NULL;
    if (use_ipv6) {
        ipv6_block = ccdk__l1(vpc, "ipv6cidr", "AWS::EC2::VPCCidrBlock", "aws-cdk-lib.aws_ec2.CfnVPCCidrBlock");
        ccdk__res_set(ipv6_block, "VpcId", v_ref(r));
        ccdk__res_set(ipv6_block, "AmazonProvidedIpv6CidrBlock", v_bool(app, 1));
        ccdk_value *args = ccdk__v_list(app);
        ccdk__v_push(args, ccdk__v_num(app, 0));
        ccdk__v_push(args, ccdk__v_getatt(app, &r->el.node, "Ipv6CidrBlocks"));
        ipv6_selected = ccdk__v_intrinsic(app, "Fn::Select", args);
    }

    /* createSubnets: requested subnets in order (group by group, AZ by AZ); those with a mask get
     * their blocks first, in order, then the rest share what is left evenly */
    size_t nreq = ncfg * naz_all;
    const char **cidrs = ccdk__alloc(app, (nreq + 1) * sizeof *cidrs);
    size_t nwithout = 0;
    if (ipam && ipam_subnet_cidrs(vpc, ipam, cfg, naz_all, nreq, cidrs) < 0)
        return vpc;
    for (size_t i = 0; i < nreq && !ipam; i++) {
        const ccdk_ec2_subnet_configuration *c = &cfg[i / (naz_all ? naz_all : 1)];
        if (c->cidr_mask.set) {
            if (!(cidrs[i] = ccdk__net_builder_add_subnet(&nb, vpc, c->cidr_mask.value)))
                return vpc;
        } else {
            nwithout++;
        }
    }
    if (nwithout) {
        double mask = ccdk__net_builder_mask_for_remaining(&nb, nwithout);
        for (size_t i = 0; i < nreq; i++)
            if (!cfg[i / naz_all].cidr_mask.set && !(cidrs[i] = ccdk__net_builder_add_subnet(&nb, vpc, mask)))
                return vpc;
    }
    /* createIpv6CidrBlocks / allocateSubnetsIpv6Cidr: Fn::Cidr splits the block into one /64 per
     * requested subnet (reserved ones and reserved AZs included), the i-th subnet takes the i-th */
    ccdk_value *ipv6_cidrs = NULL;
    if (use_ipv6) {
        ccdk_value *args = ccdk__v_list(app);
        ccdk__v_push(args, ipv6_selected);
        ccdk__v_push(args, ccdk__v_num(app, (double)nreq));
        ccdk__v_push(args, ccdk__v_str(app, "64"));
        ipv6_cidrs = ccdk__v_intrinsic(app, "Fn::Cidr", args);
    }
    for (size_t i = 0; i < nreq; i++) {
        const ccdk_ec2_subnet_configuration *c = &cfg[i / naz_all];
        size_t azi = i % naz_all;
        if (ccdk__tri_true(c->reserved) || azi >= vpc->naz)
            continue;
        if (!use_ipv6 && ccdk__tri_set(c->ipv6_assign_address_on_creation)) {
            ccdk__error(vpc, "ipv6AssignAddressOnCreation can only be set if IPv6 is enabled. Set ipProtocol to DUAL_STACK");
            return vpc;
        }
        /* calculateMapPublicIpOnLaunch: public subnets map public IPv4 addresses unless dual-stack */
        int map_public;
        if (c->subnet_type == CCDK_EC2_SUBNET_TYPE_PUBLIC) {
            map_public = ccdk__tri_set(c->map_public_ip_on_launch) ? ccdk__tri_true(c->map_public_ip_on_launch) : !use_ipv6;
        } else {
            if (ccdk__tri_set(c->map_public_ip_on_launch)) {
                ccdk__error(vpc, "%s subnet cannot include mapPublicIpOnLaunch parameter", subnet_type_value(c->subnet_type));
                return vpc;
            }
            map_public = 0;
        }
        const char *sid = ccdk__sprintf(app, "%sSubnet%zu", c->name, azi + 1);
        ccdk_value *ipv6_cidr = NULL;
        if (use_ipv6) {
            ccdk_value *args = ccdk__v_list(app);
            ccdk__v_push(args, ccdk__v_num(app, (double)i));
            ccdk__v_push(args, ipv6_cidrs);
            ipv6_cidr = ccdk__v_intrinsic(app, "Fn::Select", args);
        }
        ccdk_ec2_subnet_type type = canonical_type(c->subnet_type);
        ccdk__ec2_subnet *s = subnet_new(vpc, sid, type, c->name, vpc->azs[azi], cidrs[i], map_public, ipv6_cidr,
                                         !ccdk__tri_false(c->ipv6_assign_address_on_creation));
        if (type == CCDK_EC2_SUBNET_TYPE_PUBLIC)
            push_subnet(app, &vpc->pub, &vpc->npub, &vpc->cappub, s);
        else if (type == CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS)
            push_subnet(app, &vpc->priv, &vpc->npriv, &vpc->cappriv, s);
        else
            push_subnet(app, &vpc->iso, &vpc->niso, &vpc->capiso, s);
    }

    /* every subnet (all of its resources) waits for the VPC's IPv6 block */
    if (use_ipv6) {
        ccdk__ec2_subnet **groups[3] = {vpc->pub, vpc->priv, vpc->iso};
        size_t counts[3] = {vpc->npub, vpc->npriv, vpc->niso};
        for (int g = 0; g < 3; g++)
            for (size_t i = 0; i < counts[g]; i++)
                ccdk_node_add_dependency(groups[g][i], ipv6_block);
    }

    /* the internet gateway, when some group is neither isolated nor reserved */
    int allow_outbound = 0;
    for (size_t i = 0; i < ncfg; i++)
        allow_outbound |= canonical_type(cfg[i].subnet_type) != CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED &&
                          !ccdk__tri_true(cfg[i].reserved);
    if (allow_outbound && !ccdk__tri_false(props->create_internet_gateway)) {
        ccdk_cfn_resource *igw = ccdk__l1(vpc, "IGW", "AWS::EC2::InternetGateway", "aws-cdk-lib.aws_ec2.CfnInternetGateway");
        igw->tag_kind = 1;
        vpc->internet_gateway_id = ccdk_cfn_resource_ref(igw);
        ccdk_cfn_resource *att = ccdk__l1(vpc, "VPCGW", "AWS::EC2::VPCGatewayAttachment",
                                          "aws-cdk-lib.aws_ec2.CfnVPCGatewayAttachment");
        ccdk__res_set(att, "InternetGatewayId", v_ref(igw));
        ccdk__res_set(att, "VpcId", v_ref(r));
        for (size_t i = 0; i < vpc->npub; i++) {
            ccdk_cfn_resource *route = subnet_default_route(vpc->pub[i], "GatewayId", v_ref(igw));
            ccdk__res_add_depends(route, &att->el.node);
            if (use_ipv6) { /* addIpv6DefaultInternetRoute */
                route = subnet_route(vpc->pub[i], 1, "GatewayId", v_ref(igw));
                ccdk__res_add_depends(route, &att->el.node);
            }
        }
        if (nat_count > 0) {
            /* NatProvider.gateway().configureNat: a gateway in each of the first nat_count public
             * subnets (natGatewaySubnets: the public ones), then each private subnet routes to the
             * gateway of its AZ, or round robin over all of them (PrefSet.pick) */
            static const ccdk_ec2_subnet_selection all_public = {.subnet_type = CCDK_EC2_SUBNET_TYPE_PUBLIC};
            const ccdk_ec2_subnet_selection *placement = &props->nat_gateway_subnets;
            if (!placement->subnet_type && !placement->subnet_group_name && !CCDK__GIVEN(placement->availability_zones) &&
                !ccdk__tri_set(placement->one_per_az) && !CCDK__GIVEN(placement->subnets) && !placement->subnet_name &&
                !CCDK__GIVEN(placement->subnet_filters))
                placement = &all_public;
            ccdk__ec2_subnet **nat_subnets;
            size_t nnat;
            if (ccdk__ec2_select_subnet_objects(vpc, placement, &nat_subnets, &nnat) < 0)
                return vpc;
            for (size_t i = 0; i < nnat; i++) {
                size_t k;
                for (k = 0; k < vpc->npub && vpc->pub[k] != nat_subnets[i]; k++)
                    ;
                if (k == vpc->npub) {
                    /* `${placement}` and `${sub}` of aws-cdk-lib's message: an object, and a construct's path */
                    ccdk__error(vpc, "natGatewayPlacement [object Object] contains non public subnet %s", nat_subnets[i]->node.path);
                    return vpc;
                }
            }
            size_t ngw = (size_t)nat_count < nnat ? (size_t)nat_count : nnat;
            /* NatGatewayProvider.configureNat: eipAllocationIds, when given and not a list token,
             * must cover every NAT subnet; each gateway takes pickN(i, ids) (Fn::Select of a list
             * token) instead of an EIP of its own */
            ccdk_strs eips = props->nat_gateway_provider.gateway_.eip_allocation_ids;
            size_t neips = CCDK__LEN(eips, "eip_allocation_ids");
            int eips_token = ccdk_token_is_unresolved_list(eips);
            for (size_t i = 0; i < neips; i++)
                if (!eips.items[i]) {
                    ccdk__error(vpc, "natGatewayProvider: eip_allocation_ids[%zu] is NULL", i);
                    return vpc;
                }
            if (CCDK__GIVEN(eips) && !eips_token && neips < ngw) {
                ccdk__unscoped_error(app, "Not enough NAT gateway EIP allocation IDs (%zu provided) for the requested "
                                          "subnet count (%zu needed).", neips, ngw);
                return vpc;
            }
            ccdk_cfn_resource **gws = ccdk__alloc(app, (ngw + 1) * sizeof *gws);
            ccdk__ec2_subnet **gw_subnets = nat_subnets;
            for (size_t i = 0; i < ngw; i++) {
                ccdk__ec2_subnet *s = nat_subnets[i];
                ccdk_value *allocation;
                if (eips_token) {
                    allocation = ccdk__v_str(app, ccdk_fn_select(vpc, (int)i, ccdk__token_lookup(app, eips.items[0])));
                } else if (CCDK__GIVEN(eips)) {
                    allocation = ccdk__v_from_string(app, ccdk__keep(app, eips.items[i]));
                } else {
                    ccdk_cfn_resource *eip = ccdk__l1(s, "EIP", "AWS::EC2::EIP", "aws-cdk-lib.aws_ec2.CfnEIP");
                    eip->tag_kind = 1;
                    ccdk__res_set(eip, "Domain", ccdk__v_str(app, "vpc"));
                    allocation = ccdk__v_getatt(app, &eip->el.node, "AllocationId");
                }
                ccdk_cfn_resource *ngw_r = ccdk__l1(s, "NATGateway", "AWS::EC2::NatGateway", "aws-cdk-lib.aws_ec2.CfnNatGateway");
                ngw_r->tag_kind = 1;
                ccdk__res_set(ngw_r, "SubnetId", v_ref(s->resource));
                ccdk__res_set(ngw_r, "AllocationId", allocation);
                for (size_t k = 0; k < s->nconn; k++)
                    ccdk__res_add_depends(ngw_r, s->conn[k]);
                s->nat_gateway = ngw_r;
                gws[i] = ngw_r;
            }
            size_t next = 0;
            for (size_t i = 0; i < vpc->npriv; i++) {
                ccdk__ec2_subnet *s = vpc->priv[i];
                ccdk_cfn_resource *gw = NULL;
                /* map[pref] holds the last gateway added for that AZ */
                for (size_t k = 0; k < ngw; k++)
                    if (!strcmp(gw_subnets[k]->az, s->az))
                        gw = gws[k];
                if (!gw)
                    gw = gws[next++ % ngw];
                subnet_default_route(s, "NatGatewayId", v_ref(gw));
            }
        }
    }

    /* the egress-only internet gateway of a dual-stack VPC and its ::/0 routes from the private
     * subnets. aws-cdk-lib tests `this.privateSubnets` (an array, so always true) unless the flag
     * requirePrivateSubnetsForEgressOnlyInternetGateway asks for at least one private subnet. */
    if (use_ipv6 && (!ccdk__feature_flag(&vpc->node, "@aws-cdk/aws-ec2:requirePrivateSubnetsForEgressOnlyInternetGateway") ||
                     vpc->npriv > 0)) {
        ccdk_cfn_resource *eigw = ccdk__l1(vpc, "EIGW6", "AWS::EC2::EgressOnlyInternetGateway",
                                           "aws-cdk-lib.aws_ec2.CfnEgressOnlyInternetGateway");
        eigw->tag_kind = 1;
        ccdk__res_set(eigw, "VpcId", v_ref(r));
        for (size_t i = 0; i < vpc->npriv; i++)
            subnet_route(vpc->priv[i], 1, "EgressOnlyInternetGatewayId", v_ref(eigw));
    }

    /* vpnGateway (vpnConnections, made after it, are not in ccdk), then gatewayEndpoints, flowLogs */
    if (vpn_gateway(vpc, props) < 0)
        return vpc;
    ccdk__ec2_vpc_add_gateway_endpoints(vpc, props);
    ccdk__ec2_vpc_add_flow_logs(vpc, props);

    /* restrictDefaultSecurityGroup: the flag (on in cdk init projects) unless false, or true */
    if ((ccdk__feature_flag(&vpc->node, "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup") &&
         !ccdk__tri_false(props->restrict_default_security_group)) ||
        ccdk__tri_true(props->restrict_default_security_group))
        ccdk__ec2_restrict_default_sg(vpc);
    return vpc;
}

/* ------------------------------------------------------------------ getters */

const char *ccdk_ec2_vpc_vpn_gateway_id(ccdk_ec2_vpc *vpc)
{
    return ccdk__handle_ok(vpc, __func__) ? vpc->vpn_gateway_id : NULL;
}

const char *ccdk_ec2_vpc_id(ccdk_ec2_vpc *vpc) { return ccdk__handle_ok(vpc, __func__) ? vpc->vpc_id : NULL; }
const char *ccdk_ec2_vpc_arn(ccdk_ec2_vpc *vpc)
{
    if (!ccdk__handle_ok(vpc, __func__) || !vpc->vpc_id)
        return NULL;
    /* Arn.format({service: 'ec2', resource: 'vpc', resourceName: vpcId}, stack); a looked-up VPC
     * formats it with its own region and account (this.env) where the lookup gave them */
    ccdk_stack *stack = ccdk_stack_of(vpc);
    if (vpc->imported == 2 && (vpc->env_region || vpc->env_account))
        return ccdk__sprintf(vpc->node.app, "arn:%s:ec2:%s:%s:vpc/%s", ccdk_stack_partition(stack),
                             vpc->env_region ? vpc->env_region : ccdk_stack_region(stack),
                             vpc->env_account ? vpc->env_account : ccdk_stack_account(stack), vpc->vpc_id);
    return ccdk_stack_format_arn(stack, "ec2", "vpc", "/", vpc->vpc_id);
}

const char *ccdk_ec2_vpc_env_region(ccdk_ec2_vpc *vpc)
{
    if (!ccdk__handle_ok(vpc, __func__))
        return NULL;
    /* Resource's env: super(scope, id, {region: props.region}) of ImportedVpc / LookedUpVpc */
    return vpc->env_region ? vpc->env_region : ccdk_stack_region(ccdk_stack_of(vpc));
}

int ccdk_ec2_vpc_dns_hostnames_enabled(ccdk_ec2_vpc *vpc)
{
    return ccdk__handle_ok(vpc, __func__) && !vpc->imported ? vpc->dns_hostnames : 0;
}

int ccdk_ec2_vpc_dns_support_enabled(ccdk_ec2_vpc *vpc)
{
    return ccdk__handle_ok(vpc, __func__) && !vpc->imported ? vpc->dns_support : 0;
}

const char *ccdk_ec2_vpc_cidr_block(ccdk_ec2_vpc *vpc)
{
    if (!ccdk__handle_ok(vpc, __func__))
        return NULL;
    if (!vpc->cidr_block && vpc->imported == 2) /* LookedUpVpc */
        ccdk__error(vpc, "Cannot perform this operation: 'vpcCidrBlock' was not found when looking up this VPC. Use a "
                         "newer version of the CDK CLI and clear the old context value.");
    else if (!vpc->cidr_block && vpc->imported)
        ccdk__error(vpc, "Cannot perform this operation: 'vpcCidrBlock' was not supplied when creating this VPC");
    return vpc->cidr_block;
}
const char *ccdk_ec2_vpc_default_security_group(ccdk_ec2_vpc *vpc)
{
    return ccdk__handle_ok(vpc, __func__) ? vpc->default_sg : NULL;
}

ccdk_strs ccdk_ec2_vpc_availability_zones(ccdk_ec2_vpc *vpc)
{
    ccdk_strs l = {&ccdk__list_mark, NULL, 0};
    if (!ccdk__handle_ok(vpc, __func__))
        return l;
    l.items = vpc->azs;
    l.count = vpc->naz;
    return l;
}

/* ------------------------------------------------------------------ selectSubnets */

static const char *group_names_list(ccdk_app *app, ccdk_ec2_vpc *vpc)
{
    ccdk__buf b = {0};
    ccdk__ec2_subnet **all[3] = {vpc->pub, vpc->priv, vpc->iso};
    size_t n[3] = {vpc->npub, vpc->npriv, vpc->niso};
    const char **seen = malloc((vpc->npub + vpc->npriv + vpc->niso + 1) * sizeof *seen);
    size_t nseen = 0;
    for (int g = 0; g < 3; g++)
        for (size_t i = 0; i < n[g]; i++) {
            const char *name = all[g][i]->group_name;
            size_t k;
            for (k = 0; k < nseen && strcmp(seen[k], name); k++)
                ;
            if (k < nseen)
                continue;
            seen[nseen++] = name;
            ccdk__buf_printf(&b, "%s%s", nseen > 1 ? "," : "", name);
        }
    free(seen);
    const char *s = ccdk__strdup(app, b.data ? b.data : "");
    ccdk__buf_free(&b);
    return s;
}

int ccdk__ec2_select_subnet_objects(ccdk_ec2_vpc *vpc, const ccdk_ec2_subnet_selection *sel, ccdk__ec2_subnet ***out,
                                    size_t *nout)
{
    ccdk_app *app = vpc->node.app;
    static const ccdk_ec2_subnet_selection none;
    if (!sel)
        sel = &none;
    if (!CCDK__ENUM_OK(vpc, sel->subnet_type, ccdk_ec2_subnet_type, CCDK_EC2_SUBNET_TYPE_UNSET, CCDK_EC2_SUBNET_TYPE_PRIVATE,
                       "subnet selection: subnetType"))
        return -1;
    /* reifySelectionDefaults: subnetName is subnetGroupName, with a warning */
    ccdk_ec2_subnet_selection reified;
    if (sel->subnet_name) {
        if (sel->subnet_group_name) {
            ccdk__error(vpc, "Please use only 'subnetGroupName' ('subnetName' is deprecated and has the same behavior)");
            return -1;
        }
        ccdk__warning(vpc, "@aws-cdk/aws-ec2:subnetNameDeprecated",
                      "Usage of 'subnetName' in SubnetSelection is deprecated, use 'subnetGroupName' instead");
        reified = *sel;
        reified.subnet_group_name = sel->subnet_name;
        sel = &reified;
    }
    int given_subnets = CCDK__GIVEN(sel->subnets);
    if (given_subnets + !!sel->subnet_type + !!sel->subnet_group_name > 1) {
        ccdk__error(vpc, "Only one of '%s%s%s%s%s' can be supplied to subnet selection.", given_subnets ? "subnets" : "",
                    given_subnets && sel->subnet_type ? "," : "", sel->subnet_type ? "subnetType" : "",
                    sel->subnet_group_name ? "," : "", sel->subnet_group_name ? "subnetGroupName" : "");
        return -1;
    }
    /* selectSubnetObjects: explicit subnets are the selection, unfiltered */
    if (given_subnets) {
        size_t n = CCDK__LEN(sel->subnets, "subnets");
        ccdk__ec2_subnet **given = ccdk__alloc(app, (n + 1) * sizeof *given);
        for (size_t i = 0; i < n; i++) {
            if (!ccdk__handle_ok(sel->subnets.items[i], __func__))
                return -1;
            given[i] = sel->subnets.items[i];
        }
        *out = given;
        *nout = n;
        return 0;
    }
    ccdk__ec2_subnet **subs = NULL;
    size_t nsubs = 0;
    ccdk__ec2_subnet **tmp = NULL;
    if (sel->subnet_group_name) {
        size_t total = vpc->npub + vpc->npriv + vpc->niso;
        tmp = ccdk__alloc(app, (total + 1) * sizeof *tmp);
        ccdk__ec2_subnet **all[3] = {vpc->pub, vpc->priv, vpc->iso};
        size_t n[3] = {vpc->npub, vpc->npriv, vpc->niso};
        for (int g = 0; g < 3; g++)
            for (size_t i = 0; i < n[g]; i++)
                if (!strcmp(all[g][i]->group_name, sel->subnet_group_name))
                    tmp[nsubs++] = all[g][i];
        if (nsubs == 0 && !vpc->incomplete) {
            ccdk__error(vpc, "There are no subnet groups with name '%s' in this VPC. Available names: %s",
                        sel->subnet_group_name, group_names_list(app, vpc));
            return -1;
        }
        subs = tmp;
    } else {
        ccdk_ec2_subnet_type t = sel->subnet_type;
        if (!t)
            t = vpc->npriv ? CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS
                : vpc->niso ? CCDK_EC2_SUBNET_TYPE_PRIVATE_ISOLATED
                            : CCDK_EC2_SUBNET_TYPE_PUBLIC;
        if (canonical_type(t) == CCDK_EC2_SUBNET_TYPE_PUBLIC)
            subs = vpc->pub, nsubs = vpc->npub;
        else if (canonical_type(t) == CCDK_EC2_SUBNET_TYPE_PRIVATE_WITH_EGRESS)
            subs = vpc->priv, nsubs = vpc->npriv;
        else
            subs = vpc->iso, nsubs = vpc->niso;
        if (nsubs == 0 && !vpc->incomplete) {
            /* the keys of aws-cdk-lib's table, in its order, that have subnets */
            ccdk__buf b = {0};
            if (vpc->niso)
                ccdk__buf_puts(&b, "Isolated,Deprecated_Isolated");
            if (vpc->npriv)
                ccdk__buf_printf(&b, "%sDeprecated_Private_NAT,Private,Deprecated_Private", b.len ? "," : "");
            if (vpc->npub)
                ccdk__buf_printf(&b, "%sPublic", b.len ? "," : "");
            ccdk__error(vpc, "There are no '%s' subnet groups in this VPC. Available types: %s", subnet_type_value(t),
                        b.data ? b.data : "");
            ccdk__buf_free(&b);
            return -1;
        }
    }
    /* subnetFilters, then the filters that availabilityZones and onePerAz add after them */
    if (CCDK__GIVEN(sel->subnet_filters)) {
        size_t nfilters = CCDK__LEN(sel->subnet_filters, "subnet_filters");
        ccdk__ec2_subnet **f = ccdk__alloc(app, (nsubs + 1) * sizeof *f);
        memcpy(f, subs, nsubs * sizeof *f);
        subs = f;
        for (size_t k = 0; k < nfilters; k++)
            if (ccdk__ec2_apply_subnet_filter(vpc, &sel->subnet_filters.items[k], subs, &nsubs) < 0)
                return -1;
    }
    size_t ngiven = CCDK__LEN(sel->availability_zones, "availability_zones");
    if (CCDK__GIVEN(sel->availability_zones) || ccdk__tri_true(sel->one_per_az)) {
        ccdk__ec2_subnet **f = ccdk__alloc(app, (nsubs + 1) * sizeof *f);
        size_t nf = 0;
        for (size_t i = 0; i < nsubs; i++) {
            int keep = 1;
            if (CCDK__GIVEN(sel->availability_zones)) {
                keep = 0;
                for (size_t k = 0; k < ngiven && !keep; k++)
                    keep = !strcmp(sel->availability_zones.items[k], subs[i]->az);
            }
            if (keep && ccdk__tri_true(sel->one_per_az))
                for (size_t k = 0; k < nf && keep; k++)
                    keep = strcmp(f[k]->az, subs[i]->az) != 0;
            if (keep)
                f[nf++] = subs[i];
        }
        subs = f;
        nsubs = nf;
    }
    *out = subs;
    *nout = nsubs;
    return 0;
}

int ccdk_ec2_vpc_select_subnets(ccdk_ec2_vpc *vpc, const ccdk_ec2_subnet_selection *sel, ccdk_ec2_selected_subnets *out)
{
    if (out)
        memset(out, 0, sizeof *out);
    if (!ccdk__handle_ok(vpc, __func__) || !out)
        return -1;
    ccdk_app *app = vpc->node.app;
    ccdk__ec2_subnet **subs;
    size_t nsubs;
    if (ccdk__ec2_select_subnet_objects(vpc, sel, &subs, &nsubs) < 0)
        return -1;
    const char **ids = ccdk__alloc(app, (nsubs + 1) * sizeof *ids);
    const char **azs = ccdk__alloc(app, (nsubs + 1) * sizeof *azs);
    const char **names = ccdk__alloc(app, (nsubs + 1) * sizeof *names);
    ccdk_ec2_subnet **handles = ccdk__alloc(app, (nsubs + 1) * sizeof *handles);
    size_t nconn = 0;
    for (size_t i = 0; i < nsubs; i++)
        nconn += subs[i]->nconn;
    ccdk_construct **conn = ccdk__alloc(app, (nconn + 1) * sizeof *conn);
    nconn = 0;
    for (size_t i = 0; i < nsubs; i++) {
        ids[i] = subs[i]->subnet_id;
        azs[i] = subs[i]->az;
        names[i] = subs[i]->group_name ? subs[i]->group_name : "";
        handles[i] = subs[i];
        for (size_t k = 0; k < subs[i]->nconn; k++)
            conn[nconn++] = (ccdk_construct *)(void *)subs[i]->conn[k];
        for (size_t k = 0; k < vpc->npub && !out->has_public; k++)
            out->has_public = vpc->pub[k] == subs[i];
    }
    out->subnet_ids = (ccdk_strs){&ccdk__list_mark, ids, nsubs};
    out->availability_zones = (ccdk_strs){&ccdk__list_mark, azs, nsubs};
    out->group_names = (ccdk_strs){&ccdk__list_mark, names, nsubs};
    out->subnets = (ccdk_ec2_subnet_list){&ccdk__list_mark, handles, nsubs};
    out->internet_connectivity.built_by_ccdk_list = &ccdk__list_mark;
    out->internet_connectivity.items = conn;
    out->internet_connectivity.count = nconn;
    return 0;
}
