/* network_acl.c - ec2.NetworkAcl, NetworkAclEntry and SubnetNetworkAclAssociation
 * (aws-cdk-lib/aws-ec2/lib/network-acl.ts, network-acl-types.ts): an ACL in a VPC, imported ones
 * (fromNetworkAclId), its entries (AclTraffic, AclCidr) and its associations with subnets, which a
 * Vpc's subnet then reports as its subnetNetworkAclAssociationId. */
#include "ec2_internal.h"

static const ccdk__kind kind_network_acl = {.fqn = "aws-cdk-lib.aws_ec2.NetworkAcl", .class_name = "NetworkAcl2"};
static const ccdk__kind kind_imported_acl = {.fqn = "aws-cdk-lib.Resource", .class_name = "Import"};
static const ccdk__kind kind_entry = {.fqn = "aws-cdk-lib.aws_ec2.NetworkAclEntry", .class_name = "NetworkAclEntry2"};
static const ccdk__kind kind_association = {.fqn = "aws-cdk-lib.aws_ec2.SubnetNetworkAclAssociation",
                                            .class_name = "SubnetNetworkAclAssociation2"};

struct ccdk_ec2_network_acl {
    ccdk__node node;
    ccdk_ec2_vpc *vpc; /* NULL when imported */
    ccdk_cfn_resource *resource;
    const char *network_acl_id, *vpc_id;
};

struct ccdk_ec2_network_acl_entry {
    ccdk__node node;
    ccdk_cfn_resource *resource;
};

/* ------------------------------------------------------------------ AclCidr, AclTraffic */

ccdk_ec2_acl_cidr ccdk_ec2_acl_cidr_ipv4(const char *ipv4_cidr) { return (ccdk_ec2_acl_cidr){1, ipv4_cidr}; }
ccdk_ec2_acl_cidr ccdk_ec2_acl_cidr_any_ipv4(void) { return ccdk_ec2_acl_cidr_ipv4("0.0.0.0/0"); }
ccdk_ec2_acl_cidr ccdk_ec2_acl_cidr_ipv6(const char *ipv6_cidr) { return (ccdk_ec2_acl_cidr){2, ipv6_cidr}; }
ccdk_ec2_acl_cidr ccdk_ec2_acl_cidr_any_ipv6(void) { return ccdk_ec2_acl_cidr_ipv6("::/0"); }

static ccdk_ec2_acl_traffic traffic_range(double protocol, double from, double to)
{
    return (ccdk_ec2_acl_traffic){.set_ = 1, .protocol_ = protocol, .has_range_ = 1, .from_ = from, .to_ = to};
}

ccdk_ec2_acl_traffic ccdk_ec2_acl_traffic_all_traffic(void) { return (ccdk_ec2_acl_traffic){.set_ = 1, .protocol_ = -1}; }
ccdk_ec2_acl_traffic ccdk_ec2_acl_traffic_icmp(ccdk_ec2_acl_icmp icmp)
{
    return (ccdk_ec2_acl_traffic){.set_ = 1, .protocol_ = 1, .has_icmp_ = 1, .icmp_ = icmp};
}
ccdk_ec2_acl_traffic ccdk_ec2_acl_traffic_icmpv6(ccdk_ec2_acl_icmp icmp)
{
    return (ccdk_ec2_acl_traffic){.set_ = 1, .protocol_ = 58, .has_icmp_ = 1, .icmp_ = icmp};
}
ccdk_ec2_acl_traffic ccdk_ec2_acl_traffic_tcp_port(double port) { return traffic_range(6, port, port); }
ccdk_ec2_acl_traffic ccdk_ec2_acl_traffic_tcp_port_range(double start_port, double end_port)
{
    return traffic_range(6, start_port, end_port);
}
ccdk_ec2_acl_traffic ccdk_ec2_acl_traffic_udp_port(double port) { return traffic_range(17, port, port); }
ccdk_ec2_acl_traffic ccdk_ec2_acl_traffic_udp_port_range(double start_port, double end_port)
{
    return traffic_range(17, start_port, end_port);
}

/* ------------------------------------------------------------------ NetworkAcl */

static void associate(ccdk_ec2_network_acl *acl, const char *id, ccdk__ec2_subnet *s);

ccdk_ec2_network_acl *ccdk_ec2_network_acl_new(void *scope, const char *id, const ccdk_ec2_network_acl_props *props)
{
    ccdk_ec2_network_acl *acl = ccdk__construct(ccdk_ec2_network_acl, &kind_network_acl, scope, id);
    ccdk_app *app = acl->node.app;
    if (!props || !props->vpc || !ccdk__handle_ok(props->vpc, __func__)) {
        ccdk__error(acl, "vpc is required");
        return acl;
    }
    acl->vpc = props->vpc;
    ccdk_tags_add(acl, "Name", props->network_acl_name && *props->network_acl_name ? props->network_acl_name : acl->node.path);
    ccdk_cfn_resource *r = ccdk__l1(acl, "Resource", "AWS::EC2::NetworkAcl", "aws-cdk-lib.aws_ec2.CfnNetworkAcl");
    r->tag_kind = 1;
    ccdk__res_set(r, "VpcId", ccdk__v_from_string(app, ccdk_ec2_vpc_id(props->vpc)));
    acl->resource = r;
    acl->network_acl_id = ccdk_cfn_resource_ref(r);
    /* networkAclVpcId: the CfnNetworkAcl's vpcId, the VPC's id as given */
    acl->vpc_id = ccdk_ec2_vpc_id(props->vpc);
    ccdk__ext(&acl->node)->default_child_override = &r->el.node;
    if (props->subnet_selection)
        ccdk_ec2_network_acl_associate_with_subnet(acl, "DefaultAssociation", props->subnet_selection);
    return acl;
}

ccdk_ec2_network_acl *ccdk_ec2_network_acl_from_network_acl_id(void *scope, const char *id, const char *network_acl_id)
{
    ccdk_ec2_network_acl *acl = ccdk__construct(ccdk_ec2_network_acl, &kind_imported_acl, scope, id);
    acl->network_acl_id = network_acl_id ? ccdk__keep(acl->node.app, network_acl_id) : NULL;
    return acl;
}

const char *ccdk_ec2_network_acl_id(ccdk_ec2_network_acl *network_acl)
{
    return ccdk__handle_ok(network_acl, __func__) ? network_acl->network_acl_id : NULL;
}

const char *ccdk_ec2_network_acl_vpc_id(ccdk_ec2_network_acl *network_acl)
{
    return ccdk__handle_ok(network_acl, __func__) ? network_acl->vpc_id : NULL;
}

void ccdk_ec2_network_acl_associate_with_subnet(ccdk_ec2_network_acl *network_acl, const char *id,
                                                const ccdk_ec2_subnet_selection *selection)
{
    if (!ccdk__handle_ok(network_acl, __func__))
        return;
    if (!network_acl->vpc) {
        /* the import class has no associateWithSubnet (TypeScript's type check) */
        ccdk__error(network_acl, "associateWithSubnet is only available on a new NetworkAcl");
        return;
    }
    ccdk__ec2_subnet **subs;
    size_t n;
    if (ccdk__ec2_select_subnet_objects(network_acl->vpc, selection, &subs, &n) < 0)
        return;
    for (size_t i = 0; i < n; i++)
        associate(network_acl, id, subs[i]);
}

void ccdk_ec2_subnet_associate_network_acl(ccdk_ec2_subnet *subnet, const char *id, ccdk_ec2_network_acl *network_acl)
{
    if (!ccdk__handle_ok(subnet, __func__) || !ccdk__handle_ok(network_acl, __func__))
        return;
    associate(network_acl, id, subnet);
}

/* subnet.associateNetworkAcl: a Subnet (not an ImportedSubnet) keeps the ACL for its
 * subnetNetworkAclAssociationId; the association goes below the ACL (a construct, new or imported),
 * named id + the subnet's unique id */
static void associate(ccdk_ec2_network_acl *acl, const char *id, ccdk__ec2_subnet *s)
{
    ccdk_app *app = acl->node.app;
    if (!s->imported)
        s->network_acl = acl;
    const char *name = ccdk__sprintf(app, "%s%s", id ? id : "", ccdk__node_unique_id(&s->node));
    ccdk__node *assoc = ccdk__alloc(app, sizeof *assoc);
    ccdk__node_init(assoc, &kind_association, acl, name);
    ccdk_cfn_resource *r = ccdk__l1(assoc, "Resource", "AWS::EC2::SubnetNetworkAclAssociation",
                                    "aws-cdk-lib.aws_ec2.CfnSubnetNetworkAclAssociation");
    ccdk__res_set(r, "NetworkAclId", ccdk__v_from_string(app, acl->network_acl_id));
    ccdk__res_set(r, "SubnetId", ccdk__v_from_string(app, s->subnet_id));
    ccdk__ext(assoc)->default_child_override = &r->el.node;
}

/* the "Acl" import's networkAclId, or the associated ACL's: subnet.subnetNetworkAclAssociationId */
const char *ccdk__ec2_subnet_acl_id(ccdk__ec2_subnet *s)
{
    if (s->network_acl)
        return s->network_acl->network_acl_id;
    return s->resource ? ccdk_cfn_resource_get_att(s->resource, "NetworkAclAssociationId") : NULL;
}

/* ------------------------------------------------------------------ NetworkAclEntry */

ccdk_ec2_network_acl_entry *ccdk_ec2_network_acl_entry_new(void *scope, const char *id,
                                                           const ccdk_ec2_network_acl_entry_props *props)
{
    ccdk_ec2_network_acl_entry *e = ccdk__construct(ccdk_ec2_network_acl_entry, &kind_entry, scope, id);
    ccdk_app *app = e->node.app;
    if (!props || !props->network_acl || !props->rule_number.set || !props->traffic.set_ || !props->cidr.kind_) {
        ccdk__error(e, "networkAcl, ruleNumber, traffic and cidr are required");
        return e;
    }
    if (!ccdk__handle_ok(props->network_acl, __func__) ||
        !CCDK__ENUM_OK(e, props->direction, ccdk_ec2_traffic_direction, CCDK_EC2_TRAFFIC_DIRECTION_UNSET,
                       CCDK_EC2_TRAFFIC_DIRECTION_INGRESS, "direction") ||
        !CCDK__ENUM_OK(e, props->rule_action, ccdk_ec2_acl_action, CCDK_EC2_ACL_ACTION_UNSET, CCDK_EC2_ACL_ACTION_DENY,
                       "ruleAction"))
        return e;
    ccdk_cfn_resource *r = ccdk__l1(e, "Resource", "AWS::EC2::NetworkAclEntry", "aws-cdk-lib.aws_ec2.CfnNetworkAclEntry");
    /* the order of aws-cdk-lib's props object (tree.json): networkAclId, ruleNumber, ruleAction,
     * egress, the traffic's, the cidr's */
    ccdk__res_set(r, "NetworkAclId", ccdk__v_from_string(app, props->network_acl->network_acl_id));
    ccdk__res_set(r, "RuleNumber", ccdk__v_opt_num(app, props->rule_number));
    ccdk__res_set(r, "RuleAction", ccdk__v_str(app, props->rule_action == CCDK_EC2_ACL_ACTION_DENY ? "deny" : "allow"));
    if (props->direction)
        ccdk__res_set(r, "Egress", ccdk__v_bool(app, props->direction == CCDK_EC2_TRAFFIC_DIRECTION_EGRESS));
    const ccdk_ec2_acl_traffic *t = &props->traffic;
    ccdk__res_set(r, "Protocol", ccdk__v_num(app, t->protocol_));
    if (t->has_icmp_) {
        ccdk_value *icmp = ccdk__v_obj(app);
        if (t->icmp_.code.set)
            ccdk__v_set(icmp, "Code", ccdk__v_opt_num(app, t->icmp_.code));
        if (t->icmp_.type.set)
            ccdk__v_set(icmp, "Type", ccdk__v_opt_num(app, t->icmp_.type));
        ccdk__res_set(r, "Icmp", icmp);
    }
    if (t->has_range_) {
        ccdk_value *range = ccdk__v_obj(app);
        ccdk__v_set(range, "From", ccdk__v_num(app, t->from_));
        ccdk__v_set(range, "To", ccdk__v_num(app, t->to_));
        ccdk__res_set(r, "PortRange", range);
    }
    ccdk__res_set(r, props->cidr.kind_ == 2 ? "Ipv6CidrBlock" : "CidrBlock", ccdk__v_from_string(app, props->cidr.cidr_));
    e->resource = r;
    ccdk__ext(&e->node)->default_child_override = &r->el.node;
    return e;
}

ccdk_ec2_network_acl_entry *ccdk_ec2_network_acl_add_entry(ccdk_ec2_network_acl *network_acl, const char *id,
                                                           const ccdk_ec2_network_acl_entry_options *options)
{
    static const ccdk_ec2_network_acl_entry_options none;
    if (!options)
        options = &none;
    return ccdk_ec2_network_acl_entry_new(network_acl, id, &(ccdk_ec2_network_acl_entry_props){
        .network_acl = network_acl,
        .rule_number = options->rule_number,
        .traffic = options->traffic,
        .cidr = options->cidr,
        .direction = options->direction,
        .rule_action = options->rule_action,
        .network_acl_entry_name = options->network_acl_entry_name,
    });
}
