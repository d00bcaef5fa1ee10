/* port_peer.c - Port and Peer (aws-cdk-lib/aws-ec2/lib/port.ts, peer.ts): values that say which
 * traffic a security group rule allows, and from or to where. */
#include <stdio.h>

#include "ec2_internal.h"

/* renderPort: String(port) */
static void render(char *out, size_t n, double v)
{
    if (v == (long long)v)
        snprintf(out, n, "%lld", (long long)v);
    else
        snprintf(out, n, "%.17g", v);
}

/* new Port({protocol, fromPort, toPort, stringRepresentation}): the text is `prefix` then the range
 * ("443", "8000-8100"), or `prefix` alone when `ranged` is 0 */
int ccdk__ec2_port_ok(ccdk_app *app, const ccdk_ec2_port *port)
{
    if (port->protocol_ && port->text_[0])
        return 1;
    ccdk__unscoped_error(app, "The port is not set: a zeroed ccdk_ec2_port (make one with ccdk_ec2_port_tcp() and the "
                              "other ccdk_ec2_port_ functions)");
    return 0;
}

static ccdk_ec2_port port(const char *protocol, double from, double to, int has_range, const char *prefix, int ranged)
{
    ccdk_ec2_port p;
    memset(&p, 0, sizeof p);
    p.protocol_ = protocol;
    p.from_ = from;
    p.to_ = to;
    p.has_range_ = has_range;
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

ccdk_ec2_peer ccdk_ec2_peer_ipv4(const char *cidr_ip) { return (ccdk_ec2_peer){1, cidr_ip, NULL, NULL}; }
ccdk_ec2_peer ccdk_ec2_peer_any_ipv4(void) { return (ccdk_ec2_peer){1, "0.0.0.0/0", NULL, NULL}; }
ccdk_ec2_peer ccdk_ec2_peer_ipv6(const char *cidr_ip) { return (ccdk_ec2_peer){2, cidr_ip, NULL, NULL}; }
ccdk_ec2_peer ccdk_ec2_peer_any_ipv6(void) { return (ccdk_ec2_peer){2, "::/0", NULL, NULL}; }
ccdk_ec2_peer ccdk_ec2_peer_security_group(ccdk_ec2_security_group *g) { return (ccdk_ec2_peer){3, NULL, g, NULL}; }
ccdk_ec2_peer ccdk_ec2_peer_prefix_list(const char *id) { return (ccdk_ec2_peer){4, id, NULL, NULL}; }
ccdk_ec2_peer ccdk_ec2_peer_security_group_id(const char *id, const char *owner) { return (ccdk_ec2_peer){5, id, NULL, owner}; }
