// Conformance case 'security-group-ports': the kinds of Port that security-group-peers leaves out
// (security-group.test.ts): the well-known ports (Static well-known ports are well-defined),
// allIcmpV6/esp/ah, ports of number tokens (peer between all types of peers and port range types;
// if tokens are used in ports, `canInlineRule` should be false, but for its ICMP ports, whose text
// holds the token's number encoding) and new Port(props) with any protocol.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '12345678', region: 'dummy' } });
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });

const known = new ec2.SecurityGroup(stack, 'WellKnown', { vpc, allowAllOutbound: false });
const names = ['SSH', 'SMTP', 'DNS_UDP', 'DNS_TCP', 'HTTP', 'POP3', 'IMAP', 'LDAP', 'HTTPS', 'SMB', 'IMAPS', 'POP3S',
  'MSSQL', 'NFS', 'MYSQL_AURORA', 'RDP', 'POSTGRES'];
for (const name of names) known.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port[name]);
known.addEgressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.DNS_UDP);
known.addEgressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.HTTPS, 'to the VPC');
known.addIngressRule(ec2.Peer.anyIpv6(), ec2.Port.allIcmpV6());
known.addIngressRule(ec2.Peer.ipv4('192.0.2.0/24'), ec2.Port.esp());
known.addIngressRule(ec2.Peer.ipv4('192.0.2.0/24'), ec2.Port.ah());
known.addEgressRule(ec2.Peer.ipv4('192.0.2.0/24'), ec2.Port.esp());
known.addEgressRule(ec2.Peer.anyIpv6(), ec2.Port.allIcmpV6());

// token ports between every kind of peer
const sg = new ec2.SecurityGroup(stack, 'SG', { vpc, allowAllIpv6Outbound: true });
const peers = [
  new ec2.SecurityGroup(stack, 'PeerGroup', { vpc }),
  ec2.Peer.anyIpv4(),
  ec2.Peer.anyIpv6(),
  ec2.Peer.prefixList('pl-012345'),
  ec2.Peer.securityGroupId('sg-012345678'),
];
const tokenPorts = [ec2.Port.tcp(cdk.Lazy.number({ produce: () => 5000 })), ec2.Port.udp(cdk.Lazy.number({ produce: () => 7777 }))];
for (const peer of peers) {
  for (const port of tokenPorts) {
    sg.connections.allowTo(peer, port);
    sg.connections.allowFrom(peer, port);
  }
}

// canInlineRule false: each rule a resource, in a group that inlines the others
const p1 = cdk.Lazy.number({ produce: () => 80 });
const p2 = cdk.Lazy.number({ produce: () => 5000 });
const ports = [
  ec2.Port.tcp(p1),
  ec2.Port.tcp(p2),
  ec2.Port.tcpRange(p1, 90),
  ec2.Port.tcpRange(80, p2),
  ec2.Port.tcpRange(p1, p2),
  ec2.Port.udp(p1),
  ec2.Port.udpRange(p1, 95),
  ec2.Port.udpRange(85, p2),
  ec2.Port.udpRange(p1, p2),
];
const tokens = new ec2.SecurityGroup(stack, 'Tokens', { vpc, allowAllOutbound: false });
ports.forEach((port, i) => {
  tokens.addIngressRule(ec2.Peer.ipv4(`10.${i}.0.0/16`), port);
  tokens.addEgressRule(ec2.Peer.ipv4(`10.${i}.0.0/16`), port, `egress ${i}`);
});
tokens.addIngressRule(ec2.Peer.ipv4('10.100.0.0/16'), ec2.Port.tcp(443), 'inline');
// two token ports of one text to one peer: one rule id, the second is dropped
tokens.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(p2), 'dropped');

// new Port(props)
const custom = new ec2.SecurityGroup(stack, 'Custom', { vpc, allowAllOutbound: false });
custom.addIngressRule(ec2.Peer.ipv4('10.0.0.0/8'), new ec2.Port({ protocol: ec2.Protocol.GRE, stringRepresentation: 'GRE' }));
custom.addIngressRule(ec2.Peer.ipv4('10.0.0.0/8'),
  new ec2.Port({ protocol: ec2.Protocol.IPTM, fromPort: 1, toPort: 2, stringRepresentation: 'IPTM 1-2' }));
custom.addIngressRule(ec2.Peer.ipv4('10.0.0.0/8'),
  new ec2.Port({ protocol: ec2.Protocol.TCP, fromPort: 8080, stringRepresentation: 'from 8080' }), 'from only');
custom.addIngressRule(ec2.Peer.ipv4('10.0.0.0/8'),
  new ec2.Port({ protocol: ec2.Protocol.TCP, fromPort: 8080, stringRepresentation: 'same rule' }), 'a duplicate');
custom.addEgressRule(ec2.Peer.ipv4('10.0.0.0/8'), new ec2.Port({ protocol: ec2.Protocol.SCTP, fromPort: 9, toPort: 9, stringRepresentation: 'SCTP 9' }));
custom.addEgressRule(ec2.Peer.prefixList('pl-99999'),
  new ec2.Port({ protocol: ec2.Protocol.ICMPV6, fromPort: -1, toPort: -1, stringRepresentation: 'any ICMPv6' }));
custom.addIngressRule(peers[0],
  new ec2.Port({ protocol: ec2.Protocol.UDP, fromPort: 1000, toPort: cdk.Lazy.number({ produce: () => 2000 }), stringRepresentation: 'UDP 1000-?' }));
app.synth();
