/* ec2_internal.h - EC2 structures shared by the files of the ec2 module. */
#ifndef CCDK_EC2_INTERNAL_H
#define CCDK_EC2_INTERNAL_H

#include "ccdk/ec2.h"
#include "internal.h"

/* A subnet of a VPC: a new PublicSubnet/PrivateSubnet (resources below it) or an imported one. */
typedef struct ccdk_ec2_subnet {
    ccdk__node node;
    ccdk_ec2_subnet_type type;
    const char *group_name; /* subnetGroupNameFromConstructId */
    const char *az;
    const char *subnet_id;
    const char *route_table_id;
    const char *cidr; /* ipv4CidrBlock, NULL when an import was given none */
    int imported;     /* an ImportedSubnet (its ipv4CidrBlock getter throws without one) */
    ccdk_cfn_resource *resource, *route_table, *assoc, *nat_gateway;
    ccdk_ec2_network_acl *network_acl; /* the last associated (a Subnet's _networkAcl), NULL: "Acl" */
    /* internetConnectivityEstablished: a DependencyGroup of these (route table association, routes) */
    ccdk__node *conn[6];
    size_t nconn;
} ccdk__ec2_subnet;

/* subnet.c: ImportedSubnet's noSubnetRouteTableId warning (imports, lookups, fromSubnetAttributes) */
void ccdk__ec2_warn_no_route_table(ccdk__ec2_subnet *s);
/* network_acl.c: the id subnet.subnetNetworkAclAssociationId resolves to (the associated ACL's, else
 * the CfnSubnet's NetworkAclAssociationId) */
const char *ccdk__ec2_subnet_acl_id(ccdk__ec2_subnet *s);
/* subnet.ipv4CidrBlock: an imported subnet without one is aws-cdk-lib's error on it (NULL) */
const char *ccdk__ec2_subnet_cidr(ccdk__ec2_subnet *s);

struct ccdk_ec2_vpc {
    ccdk__node node;
    int imported;
    int incomplete; /* Vpc.fromLookup's dummy on the first pass: selections may come out empty */
    ccdk_cfn_resource *resource;
    const char *vpc_id, *cidr_block, *default_sg;
    /* the VPC's own env: LookedUpVpc's region / owner account, ImportedVpc's region (not in its
     * vpcArn), or NULL */
    const char *env_region, *env_account;
    int dns_hostnames, dns_support;       /* a new Vpc's dnsHostnamesEnabled / dnsSupportEnabled */
    const char *internet_gateway_id; /* the IGW's Ref, NULL without one */
    const char *vpn_gateway_id;      /* the VPN gateway's Ref, NULL without one */
    const char **azs;
    size_t naz;
    ccdk__ec2_subnet **pub, **priv, **iso;
    size_t npub, npriv, niso;
    size_t cappub, cappriv, capiso;
};

/* aws-cdk-lib's ReactiveList: a list whose listeners (forEachAndForever) see every item, those
 * there now and those pushed later. Connections keeps its security groups and its "rules" (the
 * peers that others' rules name: its groups, or a plain peer) in two of them. */
typedef struct ccdk__ec2_listener ccdk__ec2_listener;
struct ccdk__ec2_listener {
    void (*fn)(ccdk__ec2_listener *l, const void *item); /* item: ccdk_ec2_security_group ** or ccdk_ec2_peer * */
    ccdk_ec2_connections *other;
    ccdk_ec2_security_group *group;
    ccdk_ec2_port port;
    const char *description;
    int remote_rule, egress;
    ccdk__ec2_listener *next;
};
typedef struct {
    void *items; /* ccdk_ec2_security_group * or ccdk_ec2_peer */
    size_t n, cap, elem;
    ccdk__ec2_listener *listeners, *listeners_tail;
} ccdk__ec2_reactive_list;

struct ccdk_ec2_connections {
    ccdk_app *app;
    ccdk__ec2_reactive_list groups; /* ccdk_ec2_security_group * */
    ccdk__ec2_reactive_list rules;  /* ccdk_ec2_peer */
    ccdk_ec2_port default_port;
    int has_default_port;
    int skip, remote_rule;
};
void ccdk__ec2_list_push(ccdk_app *app, ccdk__ec2_reactive_list *l, const void *item);
/* addIngressRule / addEgressRule of a group, new or imported (security_group.c) */
/* Peer.ipv4 / Peer.ipv6's range checks (port_peer.c): 0 when fine or a token, else 1 and the message */
int ccdk__ec2_cidr_problem(int kind, const char *s, char *msg, size_t n);
/* the owner_ of an IPv4/IPv6 peer whose range ccdk_ec2_peer_ipv4/_ipv6 refused (on the process-wide
 * list, as aws-cdk-lib throws when the peer is made): a rule using it adds nothing and says nothing */
extern const char ccdk__ec2_peer_reported[];
/* a port built by the Port functions: a zeroed ccdk_ec2_port (no protocol) is an error on app */
int ccdk__ec2_port_ok(ccdk_app *app, const ccdk_ec2_port *port);
/* port.toString() and port.canInlineRule (no token end) */
const char *ccdk__ec2_port_text(const ccdk_ec2_port *port);
int ccdk__ec2_port_can_inline(const ccdk_ec2_port *port);
void ccdk__ec2_sg_add_ingress(ccdk_ec2_security_group *g, const ccdk_ec2_peer *peer, const ccdk_ec2_port *port,
                              const char *description, int remote_rule);
void ccdk__ec2_sg_add_egress(ccdk_ec2_security_group *g, const ccdk_ec2_peer *peer, const ccdk_ec2_port *port,
                             const char *description, int remote_rule);
/* A Connections in the App's memory: for a group (its own), a function, a plain peer. */
void ccdk__ec2_connections_init(ccdk_ec2_connections *c, ccdk_app *app);

/* An inline rule of a SecurityGroup (CfnSecurityGroup.IngressProperty / EgressProperty) */
typedef struct ccdk__sg_rule {
    const char *cidr_ip, *cidr_ipv6, *description, *ip_protocol, *source_sg, *source_owner, *dest_sg;
    double from, to;
    int has_from, has_to; /* a port given without one leaves it out (allTraffic(): both) */
    /* the order of aws-cdk-lib's object (tree.json shows it; the template sorts it): 0 peer, port,
     * description; 1 MATCH_NO_TRAFFIC and ALLOW_ALL_RULE's (cidr, description, protocol, ports);
     * 2 the default IPv6 rule's (protocol, cidr, description) */
    int literal;
    struct ccdk__sg_rule *next;
} ccdk__sg_rule;

struct ccdk_ec2_security_group {
    ccdk__node node;
    int imported, immutable, egress_allowed_by_import; /* imports: mutable, allowAllOutbound: false given */
    int allow_all_outbound, allow_all_ipv6_outbound, disable_inline_rules;
    ccdk_cfn_resource *resource; /* NULL when imported */
    const char *group_id;
    ccdk__sg_rule *ingress, *egress; /* inline rules, in order */
    int peer_as_token_count;
    ccdk_ec2_connections conn;
};

/* The CIDR arithmetic of aws-cdk-lib's network-util (NetworkBuilder, CidrBlock): cidr.c. */
typedef struct {
    double min, max, next; /* the network's first and last address, the next free one (numbers as
                            * aws-cdk-lib's: NaN, fractions and all) */
    const char *cidr;       /* the network as "a.b.c.d/m" */
    int ok;
} ccdk__net_builder;
/* new NetworkBuilder(cidr): 0, or -1 after recording aws-cdk-lib's error on scope */
int ccdk__net_builder_init(ccdk__net_builder *b, const void *scope, const char *cidr);
/* addSubnet(mask): the subnet's "a.b.c.d/m", or NULL after recording the error on scope */
const char *ccdk__net_builder_add_subnet(ccdk__net_builder *b, const void *scope, double mask);
double ccdk__net_builder_mask_for_remaining(const ccdk__net_builder *b, size_t count);
/* CidrBlock's range as the subnet filters read it (NaN bounds when the mask is missing) */
typedef struct {
    double min, max, mask;
} ccdk__ec2_block;
int ccdk__ec2_cidr_block(ccdk_app *app, const char *cidr, ccdk__ec2_block *out);
int ccdk__ec2_ip_block(ccdk_app *app, const char *ip, ccdk__ec2_block *out);
/* filter.selectSubnets(subnets): keeps the subnets that pass, in order, in subs (subnet_filter.c);
 * -1 after aws-cdk-lib's error */
int ccdk__ec2_apply_subnet_filter(ccdk_ec2_vpc *vpc, const ccdk_ec2_subnet_filter *filter, ccdk__ec2_subnet **subs,
                                  size_t *n);

/* selectSubnetObjects (vpc.c): the subnets a selection picks (NULL: the default), in the App's
 * memory; -1 after aws-cdk-lib's error on the VPC */
int ccdk__ec2_select_subnet_objects(ccdk_ec2_vpc *vpc, const ccdk_ec2_subnet_selection *sel, ccdk__ec2_subnet ***out,
                                    size_t *nout);

/* restrict_default_sg.c: the Custom::VpcRestrictDefaultSG of vpc.restrictDefaultSecurityGroup() */
void ccdk__ec2_restrict_default_sg(ccdk_ec2_vpc *vpc);

/* The subnet group name a SubnetType has by default, and the value of its aws-cdk:subnet-type tag. */
const char *ccdk__ec2_subnet_type_tag(ccdk_ec2_subnet_type t);

/* vpc_endpoint_regions.c (generated): aws-cdk-lib's getDefaultEndpointPrefix / getDefaultEndpointSuffix
 * tables, the region, its prefix or suffix, and the services (short names) that have it there;
 * {NULL} ends each */
typedef struct {
    const char *region, *value;
    const char *const *names;
} ccdk__ec2_endpoint_region;
extern const ccdk__ec2_endpoint_region ccdk__ec2_endpoint_prefix_regions[];
extern const ccdk__ec2_endpoint_region ccdk__ec2_endpoint_suffix_regions[];

/* vpc_endpoint.c: vpc.addGatewayEndpoint for each of VpcProps.gatewayEndpoints */
void ccdk__ec2_vpc_add_gateway_endpoints(ccdk_ec2_vpc *vpc, const ccdk_ec2_vpc_props *props);

/* flow_log.c: vpc.addFlowLog for each of VpcProps.flowLogs */
void ccdk__ec2_vpc_add_flow_logs(ccdk_ec2_vpc *vpc, const ccdk_ec2_vpc_props *props);

#endif
