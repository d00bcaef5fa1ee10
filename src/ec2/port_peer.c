/* port_peer.c - Port and Peer (aws-cdk-lib/aws-ec2/lib/port.ts, peer.ts): values that say which
 * traffic a security group rule allows, and from or to where. */
#include <stdio.h>
#include <string.h>

#include "ec2_internal.h"

/* renderPort: String(port) */
static void render(char *out, size_t n, double v)
{
    if (v == (long long)v)
        snprintf(out, n, "%lld", (long long)v);
    else
        snprintf(out, n, "%.17g", v);
}

int ccdk__ec2_port_ok(ccdk_app *app, const ccdk_ec2_port *port)
{
    if (port->custom_ && !port->protocol_) { /* ccdk_ec2_port_new's required props */
        ccdk__unscoped_error(app, "protocol is required");
        return 0;
    }
    if (port->custom_ && !port->text_given_) {
        ccdk__unscoped_error(app, "stringRepresentation is required");
        return 0;
    }
    if (port->protocol_ && (port->text_[0] || port->text_given_))
        return 1;
    ccdk__unscoped_error(app, "The port is not set: a zeroed ccdk_ec2_port (make one with ccdk_ec2_port_tcp() and the "
                              "other ccdk_ec2_port_ functions)");
    return 0;
}

const char *ccdk__ec2_port_text(const ccdk_ec2_port *port) { return port->text_given_ ? port->text_given_ : port->text_; }

/* canInlineRule: neither end is a token */
int ccdk__ec2_port_can_inline(const ccdk_ec2_port *port) { return !port->from_token_ && !port->to_token_; }

/* new Port({protocol, fromPort, toPort, stringRepresentation}) of the static methods: the text is
 * `prefix` then the range ("443", "8000-8100"), or `prefix` alone when `ranged` is 0 */
static ccdk_ec2_port port(const char *protocol, double from, double to, int has_range, const char *prefix, int ranged)
{
    ccdk_ec2_port p;
    memset(&p, 0, sizeof p);
    p.protocol_ = protocol;
    p.from_ = from;
    p.to_ = to;
    p.has_from_ = p.has_to_ = (unsigned char)has_range;
    char a[32] = "", b[32] = "";
    if (ranged) {
        render(a, sizeof a, from);
        if (to != from || ranged == 2)
            render(b, sizeof b, to);
    }
    snprintf(p.text_, sizeof p.text_, "%s%s%s%s", prefix, a, *b ? "-" : "", b);
    return p;
}

ccdk_ec2_port ccdk_ec2_port_tcp(double n) { return port("tcp", n, n, 1, "", 1); }
ccdk_ec2_port ccdk_ec2_port_tcp_range(double start, double end) { return port("tcp", start, end, 1, "", 2); }
ccdk_ec2_port ccdk_ec2_port_all_tcp(void) { return port("tcp", 0, 65535, 1, "ALL PORTS", 0); }
ccdk_ec2_port ccdk_ec2_port_udp(double n) { return port("udp", n, n, 1, "UDP ", 1); }
ccdk_ec2_port ccdk_ec2_port_udp_range(double start, double end) { return port("udp", start, end, 1, "UDP ", 2); }
ccdk_ec2_port ccdk_ec2_port_all_udp(void) { return port("udp", 0, 65535, 1, "UDP ALL PORTS", 0); }
ccdk_ec2_port ccdk_ec2_port_all_traffic(void) { return port("-1", 0, 0, 0, "ALL TRAFFIC", 0); }
ccdk_ec2_port ccdk_ec2_port_all_icmp(void) { return port("icmp", -1, -1, 1, "ALL ICMP", 0); }
ccdk_ec2_port ccdk_ec2_port_all_icmp_v6(void) { return port("icmpv6", -1, -1, 1, "ALL ICMPv6", 0); }
ccdk_ec2_port ccdk_ec2_port_esp(void) { return port("50", 50, 50, 1, "ESP 50", 0); }
ccdk_ec2_port ccdk_ec2_port_ah(void) { return port("51", 51, 51, 1, "AH 51", 0); }

ccdk_ec2_port ccdk_ec2_port_icmp_type_and_code(double type, double code)
{
    ccdk_ec2_port p = port("icmp", type, code, 1, "", 0);
    char a[32], b[32];
    render(a, sizeof a, type);
    render(b, sizeof b, code);
    snprintf(p.text_, sizeof p.text_, "ICMP Type %s Code %s", a, b);
    return p;
}

/* Port.icmpType(type): `ICMP Type ${type}`, to -1 */
ccdk_ec2_port ccdk_ec2_port_icmp_type(double type)
{
    ccdk_ec2_port p = port("icmp", type, -1, 1, "", 0);
    char a[32];
    render(a, sizeof a, type);
    snprintf(p.text_, sizeof p.text_, "ICMP Type %s", a);
    return p;
}
ccdk_ec2_port ccdk_ec2_port_icmp_ping(void) { return ccdk_ec2_port_icmp_type(8); }

/* Port.tcp(token) / Port.udp(token): renderPort gives "{IndirectPort}" for a token */
static ccdk_ec2_port token_port(const char *protocol, const char *t, const char *text)
{
    ccdk_ec2_port p;
    memset(&p, 0, sizeof p);
    if (!t)
        return p; /* a zeroed port: an error where it is used */
    p = port(protocol, 0, 0, 1, text, 0);
    p.from_token_ = p.to_token_ = t;
    return p;
}
ccdk_ec2_port ccdk_ec2_port_tcp_token(const char *t) { return token_port("tcp", t, "{IndirectPort}"); }
ccdk_ec2_port ccdk_ec2_port_udp_token(const char *t) { return token_port("udp", t, "UDP {IndirectPort}"); }

ccdk_ec2_port ccdk_ec2_port_new(const ccdk_ec2_port_props *props)
{
    ccdk_ec2_port p;
    memset(&p, 0, sizeof p);
    if (!props)
        return p;
    p.protocol_ = (const char *)(const void *)props->protocol.value_;
    /* toRuleJson: {[Protocol.IPTM]: '84'}[protocol] ?? protocol */
    if (p.protocol_ && !strcmp(p.protocol_, "84_"))
        p.protocol_ = "84";
    p.has_from_ = props->from_port.set != NULL;
    p.from_ = props->from_port.value;
    p.from_token_ = props->from_port.token;
    p.has_to_ = props->to_port.set != NULL;
    p.to_ = props->to_port.value;
    p.to_token_ = props->to_port.token;
    p.text_given_ = props->string_representation;
    p.custom_ = 1;
    return p;
}

static int digits(const char **p, int min, int max)
{
    int n = 0;
    while (**p >= '0' && **p <= '9' && n < max + 1)
        (*p)++, n++;
    return n >= min && n <= max;
}

/* CidrIPv4's checks: /^(\d{1,3}\.){3}\d{1,3}(\/\d+)?$/ and the mask; CidrIPv6's:
 * /^([\da-f]{0,4}:){2,7}([\da-f]{0,4})?(\/\d+)?$/ and the mask */
/* Peer.ipv4 / Peer.ipv6's checks of a range (CidrIPv4 / CidrIPv6's constructors): 0 when `s` is a
 * range of the kind (1: IPv4, 2: IPv6) or a token, else 1 with aws-cdk-lib's message in msg */
int ccdk__ec2_cidr_problem(int kind, const char *s, char *msg, size_t n)
{
    if (!s || ccdk__is_unresolved(s))
        return 0;
    if (kind == 1) {
        const char *p = s;
        int ok = 1;
        for (int i = 0; i < 4 && ok; i++) {
            ok = digits(&p, 1, 3);
            if (ok && i < 3)
                ok = *p++ == '.';
        }
        int has_mask = 0;
        if (ok && *p == '/') {
            p++;
            ok = *p >= '0' && *p <= '9';
            while (*p >= '0' && *p <= '9')
                p++;
            has_mask = 1;
        }
        if (!ok || *p) {
            snprintf(msg, n, "Invalid IPv4 CIDR: \"%s\"", s);
            return 1;
        }
        if (!has_mask) {
            snprintf(msg, n, "CIDR mask is missing in IPv4: \"%s\". Did you mean \"%s/32\"?", s, s);
            return 1;
        }
        return 0;
    }
        const char *slash = strchr(s, '/');
    size_t len = slash ? (size_t)(slash - s) : strlen(s);
    int colons = 0, run = 0, ok = 1;
    for (size_t i = 0; i < len && ok; i++) {
        char c = s[i];
        if (c == ':') {
            colons++;
            run = 0;
        } else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) {
            ok = ++run <= 4;
        } else {
            ok = 0;
        }
    }
    ok = ok && colons >= 2 && colons <= 7;
    if (ok && slash) {
        const char *p = slash + 1;
        ok = *p >= '0' && *p <= '9';
        while (*p >= '0' && *p <= '9')
            p++;
        ok = ok && !*p;
    }
    if (!ok) {
        snprintf(msg, n, "Invalid IPv6 CIDR: \"%s\"", s);
        return 1;
    }
    if (!slash) {
        snprintf(msg, n, "CIDR mask is missing in IPv6: \"%s\". Did you mean \"%s/128\"?", s, s);
        return 1;
    }
    return 0;
}

const char ccdk__ec2_peer_reported[] = "(range refused)";

/* aws-cdk-lib checks the range in the peer's constructor and throws there, used or not: a peer
 * that no rule ever takes still fails the synth. A peer value has no App, so the error goes to the
 * process-wide list (every synth after it fails, nothing is written), and the peer is marked so
 * that a rule taking it does not say it again. A NULL range is left to the rule (aws-cdk-lib's
 * constructor fails on it with a TypeError of its own). */
static ccdk_ec2_peer cidr_peer(int kind, const char *cidr_ip)
{
    ccdk_ec2_peer p = {kind, cidr_ip, NULL, NULL};
    char msg[512];
    if (ccdk__ec2_cidr_problem(kind, cidr_ip, msg, sizeof msg)) {
        ccdk__process_error("%s", msg);
        p.owner_ = ccdk__ec2_peer_reported;
    }
    return p;
}

ccdk_ec2_peer ccdk_ec2_peer_ipv4(const char *cidr_ip) { return cidr_peer(1, cidr_ip); }
ccdk_ec2_peer ccdk_ec2_peer_any_ipv4(void) { return (ccdk_ec2_peer){1, "0.0.0.0/0", NULL, NULL}; }
ccdk_ec2_peer ccdk_ec2_peer_ipv6(const char *cidr_ip) { return cidr_peer(2, cidr_ip); }
ccdk_ec2_peer ccdk_ec2_peer_any_ipv6(void) { return (ccdk_ec2_peer){2, "::/0", NULL, NULL}; }
ccdk_ec2_peer ccdk_ec2_peer_security_group(ccdk_ec2_security_group *g) { return (ccdk_ec2_peer){3, NULL, g, NULL}; }
ccdk_ec2_peer ccdk_ec2_peer_prefix_list(const char *id) { return (ccdk_ec2_peer){4, id, NULL, NULL}; }
ccdk_ec2_peer ccdk_ec2_peer_security_group_id(const char *id, const char *owner) { return (ccdk_ec2_peer){5, id, NULL, owner}; }

/* ------------------------------------------------------------------ the public reads */

const char *ccdk_ec2_port_to_string(const ccdk_ec2_port *port)
{
    return port && (port->text_given_ || port->text_[0]) ? ccdk__ec2_port_text(port) : NULL;
}

int ccdk_ec2_port_can_inline_rule(const ccdk_ec2_port *port) { return port ? ccdk__ec2_port_can_inline(port) : 0; }

const char *ccdk_ec2_peer_unique_id(const ccdk_ec2_peer *peer)
{
    if (!peer)
        return NULL;
    /* SecurityGroupBase.uniqueId is Names.nodeUniqueId(this.node); the others their range or id */
    if (peer->kind_ == 3)
        return ccdk__handle_ok(peer->group_, __func__) ? ccdk__node_unique_id(&peer->group_->node) : NULL;
    return peer->kind_ ? peer->cidr_ : NULL;
}

/* CidrIPv4, CidrIPv6, SecurityGroupId: true; PrefixList and a SecurityGroup: false */
int ccdk_ec2_peer_can_inline_rule(const ccdk_ec2_peer *peer)
{
    return peer && (peer->kind_ == 1 || peer->kind_ == 2 || peer->kind_ == 5);
}

/* toIngressRuleConfig / toEgressRuleConfig of each peer class (peer.ts; SecurityGroupBase's in
 * security-group.ts) */
ccdk_ec2_ingress_rule_config ccdk_ec2_peer_to_ingress_rule_config(const ccdk_ec2_peer *peer)
{
    ccdk_ec2_ingress_rule_config c = {0};
    if (!peer)
        return c;
    switch (peer->kind_) {
    case 1: c.cidr_ip = peer->cidr_; break;
    case 2: c.cidr_ipv6 = peer->cidr_; break;
    case 3: c.source_security_group_id = ccdk_ec2_security_group_id(peer->group_); break;
    case 4: c.source_prefix_list_id = peer->cidr_; break;
    case 5:
        c.source_security_group_id = peer->cidr_;
        /* `...this.sourceSecurityGroupOwnerId && {...}`: an empty owner is left out */
        if (peer->owner_ && *peer->owner_)
            c.source_security_group_owner_id = peer->owner_;
        break;
    default: break;
    }
    return c;
}

ccdk_ec2_egress_rule_config ccdk_ec2_peer_to_egress_rule_config(const ccdk_ec2_peer *peer)
{
    ccdk_ec2_egress_rule_config c = {0};
    if (!peer)
        return c;
    switch (peer->kind_) {
    case 1: c.cidr_ip = peer->cidr_; break;
    case 2: c.cidr_ipv6 = peer->cidr_; break;
    case 3: c.destination_security_group_id = ccdk_ec2_security_group_id(peer->group_); break;
    case 4: c.destination_prefix_list_id = peer->cidr_; break;
    case 5: c.destination_security_group_id = peer->cidr_; break;
    default: break;
    }
    return c;
}
