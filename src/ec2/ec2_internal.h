/* ec2_internal.h - EC2 structures shared by the files of the ec2 module. */
#ifndef CCDK_EC2_INTERNAL_H
#define CCDK_EC2_INTERNAL_H

#include "ccdk/ec2.h"
#include "internal.h"

/* A subnet of a VPC: a new PublicSubnet/PrivateSubnet (resources below it) or an imported one. */
typedef struct ccdk__ec2_subnet {
    ccdk__node node;
    ccdk_ec2_subnet_type type;
    const char *group_name; /* subnetGroupNameFromConstructId */
    const char *az;
    const char *subnet_id;
    const char *route_table_id;
    ccdk_cfn_resource *resource, *route_table, *assoc, *nat_gateway;
    /* internetConnectivityEstablished: a DependencyGroup of these (route table association, routes) */
    ccdk__node *conn[4];
    size_t nconn;
} ccdk__ec2_subnet;

struct ccdk_ec2_vpc {
    ccdk__node node;
    int imported;
    ccdk_cfn_resource *resource;
    const char *vpc_id, *cidr_block, *default_sg;
    const char **azs;
    size_t naz;
    ccdk__ec2_subnet **pub, **priv, **iso;
    size_t npub, npriv, niso;
};

struct ccdk_ec2_connections {
    ccdk_app *app;
    ccdk__node *owner;
    ccdk_ec2_security_group **groups;
    size_t ngroups, capgroups;
    ccdk_ec2_port default_port;
    int has_default_port;
    /* a Connections whose groups are those of other connections as well (a function's): none here */
};

struct ccdk_ec2_security_group {
    ccdk__node node;
    int imported;
    int allow_all_outbound, allow_all_ipv6_outbound, mutable_, disable_inline_rules;
    ccdk_cfn_resource *resource; /* NULL when imported */
    const char *group_id;
    const char *unique_id; /* the group's node unique id, for the rule ids of others */
    ccdk_value *ingress, *egress; /* the inline rules (lists), lazily rendered */
    struct ccdk__sg_rule_key *rule_keys; /* rules already added (by their key) */
    ccdk_ec2_connections conn;
};

/* The CIDR arithmetic of aws-cdk-lib's network-util (NetworkBuilder, CidrBlock): cidr.c. */
typedef struct {
    int64_t min, max, next; /* the network's first and last address, the next free one */
    const char *cidr;       /* the network as "a.b.c.d/m" */
    int ok;
} ccdk__net_builder;
/* new NetworkBuilder(cidr): 0, or -1 after recording aws-cdk-lib's error on scope */
int ccdk__net_builder_init(ccdk__net_builder *b, const void *scope, const char *cidr);
/* addSubnet(mask): the subnet's "a.b.c.d/m", or NULL after recording the error on scope */
const char *ccdk__net_builder_add_subnet(ccdk__net_builder *b, const void *scope, double mask);
double ccdk__net_builder_mask_for_remaining(const ccdk__net_builder *b, size_t count);

/* restrict_default_sg.c: the Custom::VpcRestrictDefaultSG of vpc.restrictDefaultSecurityGroup() */
void ccdk__ec2_restrict_default_sg(ccdk_ec2_vpc *vpc);

/* The subnet group name a SubnetType has by default, and the value of its aws-cdk:subnet-type tag. */
const char *ccdk__ec2_subnet_type_tag(ccdk_ec2_subnet_type t);

#endif
