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

static ccdk_ec2_port port(const char *protocol, double from, double to, int has_range)
{
    ccdk_ec2_port p;
    memset(&p, 0, sizeof p);
    p.protocol_ = protocol;
    p.from_ = from;
    p.to_ = to;
    p.has_range_ = has_range;
    return p;
}

ccdk_ec2_port ccdk_ec2_port_tcp(double n)
{
    ccdk_ec2_port p = port("tcp", n, n, 1);
    render(p.text_, sizeof p.text_, n);
    return p;
}

ccdk_ec2_port ccdk_ec2_port_tcp_range(double start, double end)
{
    ccdk_ec2_port p = port("tcp", start, end, 1);
    char a[32], b[32];
    render(a, sizeof a, start);
    render(b, sizeof b, end);
    snprintf(p.text_, sizeof p.text_, "%s-%s", a, b);
    return p;
}

ccdk_ec2_port ccdk_ec2_port_all_tcp(void)
{
    ccdk_ec2_port p = port("tcp", 0, 65535, 1);
    snprintf(p.text_, sizeof p.text_, "ALL PORTS");
    return p;
}

ccdk_ec2_port ccdk_ec2_port_udp(double n)
{
    ccdk_ec2_port p = port("udp", n, n, 1);
    char a[32];
    render(a, sizeof a, n);
    snprintf(p.text_, sizeof p.text_, "UDP %s", a);
    return p;
}

ccdk_ec2_port ccdk_ec2_port_udp_range(double start, double end)
{
    ccdk_ec2_port p = port("udp", start, end, 1);
    char a[32], b[32];
    render(a, sizeof a, start);
    render(b, sizeof b, end);
    snprintf(p.text_, sizeof p.text_, "UDP %s-%s", a, b);
    return p;
}

ccdk_ec2_port ccdk_ec2_port_all_udp(void)
{
    ccdk_ec2_port p = port("udp", 0, 65535, 1);
    snprintf(p.text_, sizeof p.text_, "UDP ALL PORTS");
    return p;
}

ccdk_ec2_port ccdk_ec2_port_all_traffic(void)
{
    ccdk_ec2_port p = port("-1", 0, 0, 0);
    snprintf(p.text_, sizeof p.text_, "ALL TRAFFIC");
    return p;
}

ccdk_ec2_port ccdk_ec2_port_all_icmp(void)
{
    ccdk_ec2_port p = port("icmp", -1, -1, 1);
    snprintf(p.text_, sizeof p.text_, "ALL ICMP");
    return p;
}

ccdk_ec2_port ccdk_ec2_port_icmp_type_and_code(double type, double code)
{
    ccdk_ec2_port p = port("icmp", type, code, 1);
    char a[32], b[32];
    render(a, sizeof a, type);
    render(b, sizeof b, code);
    snprintf(p.text_, sizeof p.text_, "ICMP Type %s Code %s", a, b);
    return p;
}

ccdk_ec2_peer ccdk_ec2_peer_ipv4(const char *cidr_ip) { return (ccdk_ec2_peer){1, cidr_ip, NULL}; }
ccdk_ec2_peer ccdk_ec2_peer_any_ipv4(void) { return (ccdk_ec2_peer){1, "0.0.0.0/0", NULL}; }
ccdk_ec2_peer ccdk_ec2_peer_ipv6(const char *cidr_ip) { return (ccdk_ec2_peer){2, cidr_ip, NULL}; }
ccdk_ec2_peer ccdk_ec2_peer_any_ipv6(void) { return (ccdk_ec2_peer){2, "::/0", NULL}; }
ccdk_ec2_peer ccdk_ec2_peer_security_group(ccdk_ec2_security_group *g) { return (ccdk_ec2_peer){3, NULL, g}; }
