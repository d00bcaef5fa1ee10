/* security_group.c - ec2.SecurityGroup and SecurityGroup.fromSecurityGroupId
 * (aws-cdk-lib/aws-ec2/lib/security-group.ts): inline rules in the group's own template properties
 * when the peer is an IP range, AWS::EC2::SecurityGroupIngress/Egress resources when it is a group,
 * with aws-cdk-lib's construct ids, defaults and "disallow all traffic" egress rule. */
#include <stdlib.h>

#include "ec2_internal.h"

static const ccdk__kind kind_sg = {.fqn = "aws-cdk-lib.aws_ec2.SecurityGroup", .class_name = "SecurityGroup2"};
static const ccdk__kind kind_sg_import = {.fqn = "aws-cdk-lib.Resource", .class_name = "MutableImport"};

/* ------------------------------------------------------------------ peers */

/* Peer.securityGroupId's checks: /^sg-[a-z0-9]{8,17}$/, an owner /^[0-9]{12}$/ (when truthy) */
static int check_group_id_peer(ccdk_app *app, const ccdk_ec2_peer *peer)
{
    const char *id = peer->cidr_;
    if (!id) {
        ccdk__unscoped_error(app, "securityGroupId is required");
        return 0;
    }
    if (!ccdk__is_unresolved(id)) {
        size_t n = strlen(id), k = 3;
        int ok = n >= 11 && n <= 20 && !strncmp(id, "sg-", 3);
        for (; ok && k < n; k++)
            ok = (id[k] >= 'a' && id[k] <= 'z') || (id[k] >= '0' && id[k] <= '9');
        if (!ok) {
            ccdk__unscoped_error(app, "Invalid security group ID: \"%s\"", id);
            return 0;
        }
    }
    const char *owner = peer->owner_;
    if (owner && *owner && !ccdk__is_unresolved(owner)) {
        int ok = strlen(owner) == 12;
        for (const char *p = owner; ok && *p; p++)
            ok = *p >= '0' && *p <= '9';
        if (!ok) {
            ccdk__unscoped_error(app, "Invalid security group owner ID: \"%s\"", owner);
            return 0;
        }
    }
    return 1;
}

static int check_peer(ccdk_app *app, const ccdk_ec2_peer *peer)
{
    if (peer->kind_ == 3)
        return peer->group_ != NULL;
    if (peer->kind_ == 5)
        return check_group_id_peer(app, peer);
    if (peer->kind_ == 4) {
        if (!peer->cidr_)
            ccdk__unscoped_error(app, "prefixListId is required");
        return peer->cidr_ != NULL;
    }
    if (peer->kind_ != 1 && peer->kind_ != 2) {
        ccdk__unscoped_error(app, "The peer is not set: a zeroed ccdk_ec2_peer (make one with ccdk_ec2_peer_ipv4() and "
                                  "the other ccdk_ec2_peer_ functions)");
        return 0;
    }
    if (!peer->cidr_) {
        ccdk__unscoped_error(app, "Invalid IPv%d CIDR: \"undefined\"", peer->kind_ == 1 ? 4 : 6);
        return 0;
    }
    if (peer->owner_ == ccdk__ec2_peer_reported)
        return 0; /* its range was refused when it was made (port_peer.c): said once, then */
    char msg[512];
    if (ccdk__ec2_cidr_problem(peer->kind_, peer->cidr_, msg, sizeof msg)) {
        ccdk__unscoped_error(app, "%s", msg);
        return 0;
    }
    return 1;
}

/* peer.uniqueId */
static const char *peer_unique_id(const ccdk_ec2_peer *peer)
{
    return peer->kind_ == 3 ? ccdk__node_unique_id(&peer->group_->node) : peer->cidr_;
}

/* peer.canInlineRule: IP ranges and Peer.securityGroupId; not a group (SecurityGroupBase) nor a
 * prefix list */
static int peer_can_inline(const ccdk_ec2_peer *peer)
{
    return peer->kind_ == 1 || peer->kind_ == 2 || peer->kind_ == 5;
}

/* ------------------------------------------------------------------ inline rules */

static int num_eq(const ccdk__sg_rule *a, const ccdk__sg_rule *b)
{
    return a->has_from == b->has_from && a->has_to == b->has_to && (!a->has_from || a->from == b->from) &&
           (!a->has_to || a->to == b->to);
}

/* ingressRulesEqual / egressRulesEqual: every field but the description */
static int rules_equal(const ccdk__sg_rule *a, const ccdk__sg_rule *b)
{
    return ccdk__str_eq(a->cidr_ip, b->cidr_ip) && ccdk__str_eq(a->cidr_ipv6, b->cidr_ipv6) && num_eq(a, b) &&
           ccdk__str_eq(a->ip_protocol, b->ip_protocol) && ccdk__str_eq(a->source_sg, b->source_sg) &&
           ccdk__str_eq(a->source_owner, b->source_owner) && ccdk__str_eq(a->dest_sg, b->dest_sg);
}

static void push_rule(ccdk__sg_rule **list, ccdk__sg_rule *r, int dedupe)
{
    ccdk__sg_rule **p = list;
    for (; *p; p = &(*p)->next)
        if (dedupe && rules_equal(*p, r))
            return;
    *p = r;
}

/* the rule's properties in the order of aws-cdk-lib's object literal, which tree.json shows (the
 * template's render sorts them: gen-tree-props-table.js, INSERTION) */
static void rule_peer(ccdk_app *app, ccdk_value *o, const ccdk__sg_rule *r)
{
    if (r->cidr_ip)
        ccdk__v_set(o, "CidrIp", ccdk__v_from_string(app, r->cidr_ip));
    if (r->cidr_ipv6)
        ccdk__v_set(o, "CidrIpv6", ccdk__v_from_string(app, r->cidr_ipv6));
    if (r->source_sg)
        ccdk__v_set(o, "SourceSecurityGroupId", ccdk__v_from_string(app, r->source_sg));
    if (r->source_owner)
        ccdk__v_set(o, "SourceSecurityGroupOwnerId", ccdk__v_from_string(app, r->source_owner));
    if (r->dest_sg)
        ccdk__v_set(o, "DestinationSecurityGroupId", ccdk__v_from_string(app, r->dest_sg));
}

static void rule_port(ccdk_app *app, ccdk_value *o, const ccdk__sg_rule *r) /* Port.toRuleJson */
{
    ccdk__v_set(o, "IpProtocol", ccdk__v_str(app, r->ip_protocol));
    if (r->has_from)
        ccdk__v_set(o, "FromPort", ccdk__v_num(app, r->from));
    if (r->has_to)
        ccdk__v_set(o, "ToPort", ccdk__v_num(app, r->to));
}

static ccdk_value *render_rule(ccdk_app *app, const ccdk__sg_rule *r)
{
    ccdk_value *o = ccdk__v_obj(app);
    ccdk_value *desc = r->description ? ccdk__v_from_string(app, r->description) : NULL;
    if (r->literal == 2) {
        ccdk__v_set(o, "IpProtocol", ccdk__v_str(app, r->ip_protocol));
        rule_peer(app, o, r);
    } else {
        rule_peer(app, o, r);
        if (r->literal == 1 && desc)
            ccdk__v_set(o, "Description", desc);
        rule_port(app, o, r);
    }
    if (r->literal != 1 && desc)
        ccdk__v_set(o, "Description", desc);
    return o;
}

static ccdk_value *render_rules(ccdk_app *app, const ccdk__sg_rule *r)
{
    if (!r)
        return ccdk__v_undef(app); /* an empty list is left out */
    ccdk_value *l = ccdk__v_list(app);
    for (; r; r = r->next)
        ccdk__v_push(l, render_rule(app, r));
    return l;
}

static ccdk_value *ingress_lazy(void *ctx)
{
    ccdk_ec2_security_group *g = ctx;
    return render_rules(g->node.app, g->ingress);
}

static ccdk_value *egress_lazy(void *ctx)
{
    ccdk_ec2_security_group *g = ctx;
    return render_rules(g->node.app, g->egress);
}

/* an inline rule: the peer is an IP range or a Peer.securityGroupId (a group or a prefix list as
 * peer is never inlined: canInlineRule false); {...peer.toIngressRuleConfig() or
 * toEgressRuleConfig(), ...port.toRuleJson(), description} */
static ccdk__sg_rule *rule_from(ccdk_app *app, const ccdk_ec2_peer *peer, const ccdk_ec2_port *port, const char *description,
                                int ingress)
{
    ccdk__sg_rule *r = ccdk__alloc(app, sizeof *r);
    if (peer->kind_ == 1) {
        r->cidr_ip = ccdk__keep(app, peer->cidr_);
    } else if (peer->kind_ == 2) {
        r->cidr_ipv6 = ccdk__keep(app, peer->cidr_);
    } else if (ingress) {
        r->source_sg = ccdk__keep(app, peer->cidr_);
        if (peer->owner_ && *peer->owner_) /* `...owner && {sourceSecurityGroupOwnerId}`: "" gives none */
            r->source_owner = ccdk__keep(app, peer->owner_);
    } else {
        r->dest_sg = ccdk__keep(app, peer->cidr_);
    }
    r->ip_protocol = port->protocol_;
    r->has_from = port->has_from_;
    r->has_to = port->has_to_;
    r->from = port->from_;
    r->to = port->to_;
    r->description = description ? ccdk__keep(app, description) : NULL;
    return r;
}

/* MATCH_NO_TRAFFIC and ALLOW_ALL_RULE */
static ccdk__sg_rule *no_traffic_rule(ccdk_app *app)
{
    ccdk__sg_rule *r = ccdk__alloc(app, sizeof *r);
    r->cidr_ip = "255.255.255.255/32";
    r->literal = 1;
    r->description = "Disallow all traffic";
    r->ip_protocol = "icmp";
    r->from = 252;
    r->to = 86;
    r->has_from = r->has_to = 1;
    return r;
}

static ccdk__sg_rule *allow_all_rule(ccdk_app *app)
{
    ccdk__sg_rule *r = ccdk__alloc(app, sizeof *r);
    r->cidr_ip = "0.0.0.0/0";
    r->literal = 1;
    r->description = "Allow all outbound traffic by default";
    r->ip_protocol = "-1";
    return r;
}

/* ------------------------------------------------------------------ rule resources (SecurityGroupBase) */

/* renderPeer: a token peer gets a counter, so that two such rules are not taken for one */
static const char *render_peer(ccdk_ec2_security_group *g, const ccdk_ec2_peer *peer)
{
    const char *uid = peer_unique_id(peer);
    if (ccdk__is_unresolved(uid))
        return g->peer_as_token_count++ ? ccdk__sprintf(g->node.app, "'{IndirectPeer%d}'", g->peer_as_token_count)
                                         : "{IndirectPeer}";
    return uid;
}

/* `${fromTo} ${peer}:${port}`.replace('/', '_'): the first slash only */
static const char *rule_id(ccdk_app *app, const char *from_to, const char *peer, const char *port)
{
    char *id = ccdk__sprintf(app, "%s %s:%s", from_to, peer, port);
    char *slash = strchr(id, '/');
    if (slash)
        *slash = '_';
    return id;
}

static void base_add_rule(ccdk_ec2_security_group *g, const ccdk_ec2_peer *peer, const ccdk_ec2_port *port,
                          const char *description, int remote_rule, int ingress)
{
    ccdk_app *app = g->node.app;
    if (!description)
        description = ccdk__sprintf(app, "%s %s:%s", ingress ? "from" : "to", peer_unique_id(peer), ccdk__ec2_port_text(port));
    /* determineRuleScope */
    ccdk__node *scope;
    const char *id;
    if (remote_rule && peer->kind_ == 3 && peer->group_->node.stack != g->node.stack) {
        scope = &peer->group_->node;
        id = ccdk__sprintf(app, "%s:%s %s", ccdk__node_unique_id(&g->node), ccdk__ec2_port_text(port), ingress ? "to" : "from");
    } else {
        scope = &g->node;
        id = rule_id(app, ingress ? "from" : "to", render_peer(g, peer), ccdk__ec2_port_text(port));
    }
    if (ccdk__node_find_child(scope, id))
        return; /* a duplicate */
    ccdk_cfn_resource *r = ingress ? ccdk__l1(scope, id, "AWS::EC2::SecurityGroupIngress", "aws-cdk-lib.aws_ec2.CfnSecurityGroupIngress")
                                   : ccdk__l1(scope, id, "AWS::EC2::SecurityGroupEgress", "aws-cdk-lib.aws_ec2.CfnSecurityGroupEgress");
    ccdk__res_set(r, "GroupId", ccdk__v_from_string(app, g->group_id));
    if (peer->kind_ == 1) {
        ccdk__res_set(r, "CidrIp", ccdk__v_from_string(app, peer->cidr_));
    } else if (peer->kind_ == 2) {
        ccdk__res_set(r, "CidrIpv6", ccdk__v_from_string(app, peer->cidr_));
    } else if (peer->kind_ == 4) {
        ccdk__res_set(r, ingress ? "SourcePrefixListId" : "DestinationPrefixListId", ccdk__v_from_string(app, peer->cidr_));
    } else if (peer->kind_ == 5) {
        ccdk__res_set(r, ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId",
                      ccdk__v_from_string(app, peer->cidr_));
        if (ingress && peer->owner_ && *peer->owner_)
            ccdk__res_set(r, "SourceSecurityGroupOwnerId", ccdk__v_from_string(app, peer->owner_));
    } else {
        ccdk__res_set(r, ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId",
                      ccdk__v_from_string(app, peer->group_->group_id));
    }
    ccdk__res_set(r, "IpProtocol", ccdk__v_str(app, port->protocol_));
    /* a token end is written as its token */
    if (port->has_from_)
        ccdk__res_set(r, "FromPort", port->from_token_ ? ccdk__v_opt_num(app, CCDK_NUM_TOKEN(port->from_token_))
                                                       : ccdk__v_num(app, port->from_));
    if (port->has_to_)
        ccdk__res_set(r, "ToPort", port->to_token_ ? ccdk__v_opt_num(app, CCDK_NUM_TOKEN(port->to_token_))
                                                   : ccdk__v_num(app, port->to_));
    ccdk__res_set(r, "Description", ccdk__v_from_string(app, description));
}

/* ------------------------------------------------------------------ SecurityGroup */

ccdk_ec2_security_group *ccdk_ec2_security_group_new(void *scope, const char *id, const ccdk_ec2_security_group_props *props)
{
    ccdk_ec2_security_group *g = ccdk__construct(ccdk_ec2_security_group, &kind_sg, scope, id);
    ccdk_app *app = g->node.app;
    ccdk__ec2_connections_init(&g->conn, app);
    ccdk_ec2_security_group *self = g;
    ccdk__ec2_list_push(app, &g->conn.groups, &self);
    ccdk_ec2_peer me = ccdk_ec2_peer_security_group(g);
    ccdk__ec2_list_push(app, &g->conn.rules, &me);
    static const ccdk_ec2_security_group_props empty;
    if (!props)
        props = &empty;
    if (!props->vpc || !ccdk__handle_ok(props->vpc, __func__)) {
        ccdk__error(g, "vpc is required");
        return g;
    }
    g->allow_all_outbound = !ccdk__tri_false(props->allow_all_outbound);
    g->allow_all_ipv6_outbound = ccdk__tri_true(props->allow_all_ipv6_outbound);
    if (ccdk__tri_set(props->disable_inline_rules)) {
        g->disable_inline_rules = ccdk__tri_true(props->disable_inline_rules);
    } else {
        ccdk_value *v = ccdk__node_context(&g->node, "@aws-cdk/aws-ec2.securityGroupDisableInlineRules");
        g->disable_inline_rules = v && ccdk__truthy(v);
    }
    ccdk_cfn_resource *r = ccdk__l1(g, "Resource", "AWS::EC2::SecurityGroup", "aws-cdk-lib.aws_ec2.CfnSecurityGroup");
    r->tag_kind = 1;
    if (props->security_group_name)
        ccdk__res_set(r, "GroupName", ccdk__v_from_string(app, props->security_group_name));
    ccdk__res_set(r, "GroupDescription",
                  ccdk__v_from_string(app, props->description && *props->description ? props->description : g->node.path));
    ccdk__res_set(r, "SecurityGroupIngress", ccdk__v_lazy(app, ingress_lazy, g));
    ccdk__res_set(r, "SecurityGroupEgress", ccdk__v_lazy(app, egress_lazy, g));
    ccdk__res_set(r, "VpcId", ccdk__v_from_string(app, ccdk_ec2_vpc_id(props->vpc)));
    g->resource = r;
    g->group_id = ccdk_cfn_resource_get_att(r, "GroupId");
    /* addDefaultEgressRule */
    if (g->disable_inline_rules) {
        ccdk_ec2_peer peer = g->allow_all_outbound ? ccdk_ec2_peer_any_ipv4() : ccdk_ec2_peer_ipv4("255.255.255.255/32");
        ccdk_ec2_port port = g->allow_all_outbound ? ccdk_ec2_port_all_traffic() : ccdk_ec2_port_icmp_type_and_code(252, 86);
        base_add_rule(g, &peer, &port,
                      g->allow_all_outbound ? "Allow all outbound traffic by default" : "Disallow all traffic", 0, 0);
    } else {
        push_rule(&g->egress, g->allow_all_outbound ? allow_all_rule(app) : no_traffic_rule(app), 0);
    }
    /* addDefaultIpv6EgressRule */
    if (g->allow_all_ipv6_outbound) {
        ccdk_ec2_peer peer = ccdk_ec2_peer_any_ipv6();
        if (g->disable_inline_rules) {
            ccdk_ec2_port port = ccdk_ec2_port_all_traffic();
            base_add_rule(g, &peer, &port, "Allow all outbound ipv6 traffic by default", 0, 0);
        } else {
            ccdk__sg_rule *rule = ccdk__alloc(app, sizeof *rule);
            rule->ip_protocol = "-1";
            rule->literal = 2;
            rule->cidr_ipv6 = "::/0";
            rule->description = "Allow all outbound ipv6 traffic by default";
            push_rule(&g->egress, rule, 0);
        }
    }
    return g;
}

ccdk_ec2_security_group *ccdk_ec2_security_group_from_security_group_id(void *scope, const char *id, const char *sg_id,
                                                                        ccdk_tristate allow_all_outbound,
                                                                        ccdk_tristate mutable_)
{
    ccdk_ec2_security_group *g = ccdk__construct(ccdk_ec2_security_group, &kind_sg_import, scope, id);
    ccdk_app *app = g->node.app;
    ccdk__ec2_connections_init(&g->conn, app);
    ccdk_ec2_security_group *self = g;
    ccdk__ec2_list_push(app, &g->conn.groups, &self);
    ccdk_ec2_peer me = ccdk_ec2_peer_security_group(g);
    ccdk__ec2_list_push(app, &g->conn.rules, &me);
    g->imported = 1;
    g->immutable = ccdk__tri_false(mutable_);
    g->allow_all_outbound = !ccdk__tri_false(allow_all_outbound);
    g->egress_allowed_by_import = ccdk__tri_false(allow_all_outbound);
    g->group_id = ccdk__keep(app, sg_id ? sg_id : "");
    if (!sg_id)
        ccdk__error(g, "securityGroupId is required");
    return g;
}

const char *ccdk_ec2_security_group_id(ccdk_ec2_security_group *g) { return ccdk__handle_ok(g, __func__) ? g->group_id : NULL; }
int ccdk_ec2_security_group_allow_all_outbound(ccdk_ec2_security_group *g)
{
    return ccdk__handle_ok(g, __func__) ? g->allow_all_outbound : 0;
}
int ccdk_ec2_security_group_allow_all_ipv6_outbound(ccdk_ec2_security_group *g)
{
    return ccdk__handle_ok(g, __func__) ? g->allow_all_ipv6_outbound : 0;
}
/* securityGroupVpcId: attrVpcId */
const char *ccdk_ec2_security_group_vpc_id(ccdk_ec2_security_group *g)
{
    return ccdk__handle_ok(g, __func__) && g->resource ? ccdk_cfn_resource_get_att(g->resource, "VpcId") : NULL;
}
ccdk_ec2_connections *ccdk_ec2_security_group_connections(ccdk_ec2_security_group *g)
{
    return ccdk__handle_ok(g, __func__) ? &g->conn : NULL;
}

void ccdk__ec2_sg_add_ingress(ccdk_ec2_security_group *g, const ccdk_ec2_peer *peer, const ccdk_ec2_port *port,
                              const char *description, int remote_rule)
{
    ccdk_app *app = g->node.app;
    if (!check_peer(app, peer) || !ccdk__ec2_port_ok(app, port))
        return;
    if (g->imported) {
        if (!g->immutable)
            base_add_rule(g, peer, port, description, remote_rule, 1);
        return;
    }
    /* a group or a prefix list as peer, a token port, cannot be inlined (canInlineRule false) */
    if (!peer_can_inline(peer) || !ccdk__ec2_port_can_inline(port) || g->disable_inline_rules) {
        base_add_rule(g, peer, port, description, remote_rule, 1);
        return;
    }
    if (!description)
        description = ccdk__sprintf(app, "from %s:%s", peer_unique_id(peer), ccdk__ec2_port_text(port));
    push_rule(&g->ingress, rule_from(app, peer, port, description, 1), 1);
}

void ccdk__ec2_sg_add_egress(ccdk_ec2_security_group *g, const ccdk_ec2_peer *peer, const ccdk_ec2_port *port,
                             const char *description, int remote_rule)
{
    ccdk_app *app = g->node.app;
    if (!check_peer(app, peer) || !ccdk__ec2_port_ok(app, port))
        return;
    if (g->imported) {
        /* MutableImport: only when allowAllOutbound: false was given; ImmutableImport: never */
        if (!g->immutable && g->egress_allowed_by_import)
            base_add_rule(g, peer, port, description, remote_rule, 0);
        return;
    }
    int ipv6 = peer->kind_ == 2;
    if (!ipv6 && g->allow_all_outbound) {
        if (!remote_rule)
            ccdk__warning(g, "@aws-cdk/aws-ec2:ipv4IgnoreEgressRule",
                          "Ignoring Egress rule since 'allowAllOutbound' is set to true; To add customized rules, set allowAllOutbound=false on the SecurityGroup");
        return;
    }
    if (!ipv6 && !g->allow_all_outbound) {
        /* removeNoTrafficRule */
        if (g->disable_inline_rules) {
            /* the "Disallow all traffic" rule's resource leaves the tree (determineRuleScope of
             * NO_TRAFFIC_PEER, NO_TRAFFIC_PORT, 'to', not remote: under the group) */
            ccdk_ec2_peer np = ccdk_ec2_peer_ipv4("255.255.255.255/32");
            ccdk_ec2_port nport = ccdk_ec2_port_icmp_type_and_code(252, 86);
            ccdk__node_try_remove_child(&g->node, rule_id(app, "to", render_peer(g, &np), ccdk__ec2_port_text(&nport)));
        } else {
            ccdk__sg_rule *nt = no_traffic_rule(app);
            for (ccdk__sg_rule **p = &g->egress; *p; p = &(*p)->next)
                if (rules_equal(*p, nt)) {
                    *p = (*p)->next;
                    break;
                }
        }
    }
    if (ipv6 && g->allow_all_ipv6_outbound) {
        if (!remote_rule)
            ccdk__warning(g, "@aws-cdk/aws-ec2:ipv6IgnoreEgressRule",
                          "Ignoring Egress rule since 'allowAllIpv6Outbound' is set to true; To add customized rules, set allowAllIpv6Outbound=false on the SecurityGroup");
        return;
    }
    if (!peer_can_inline(peer) || !ccdk__ec2_port_can_inline(port) || g->disable_inline_rules) {
        base_add_rule(g, peer, port, description, remote_rule, 0);
        return;
    }
    /* aws-cdk-lib writes "from" in an inline egress rule's default description too */
    if (!description)
        description = ccdk__sprintf(app, "from %s:%s", peer_unique_id(peer), ccdk__ec2_port_text(port));
    ccdk__sg_rule *rule = rule_from(app, peer, port, description, 0);
    if ((ccdk__str_eq(rule->cidr_ip, "0.0.0.0/0") || ccdk__str_eq(rule->cidr_ipv6, "::/0")) && !strcmp(rule->ip_protocol, "-1")) {
        ccdk__error(g, "Cannot add an \"all traffic\" egress rule in this way; set allowAllOutbound=true (for ipv4) or "
                       "allowAllIpv6Outbound=true (for ipv6) on the SecurityGroup instead.");
        return;
    }
    push_rule(&g->egress, rule, 1);
}

void ccdk_ec2_security_group_add_ingress_rule(ccdk_ec2_security_group *g, ccdk_ec2_peer peer, ccdk_ec2_port port,
                                              const char *description, ccdk_tristate remote_rule)
{
    if (!ccdk__target_ok(g, __func__))
        return;
    if (ccdk__handle_ok(g, __func__))
        ccdk__ec2_sg_add_ingress(g, &peer, &port, description, ccdk__tri_true(remote_rule));
}

void ccdk_ec2_security_group_add_egress_rule(ccdk_ec2_security_group *g, ccdk_ec2_peer peer, ccdk_ec2_port port,
                                             const char *description, ccdk_tristate remote_rule)
{
    if (!ccdk__target_ok(g, __func__))
        return;
    if (ccdk__handle_ok(g, __func__))
        ccdk__ec2_sg_add_egress(g, &peer, &port, description, ccdk__tri_true(remote_rule));
}
