// Conformance case 'security-group-peers': security-group.test.ts's group tests: the default egress
// rules (allowAllOutbound true/false, allowAllIpv6Outbound), an IPv6 egress rule next to
// allowAllOutbound, an ignored IPv4 one, the "Disallow all traffic" rule replaced; every kind of
// peer (a group, anyIpv4, anyIpv6, a prefix list, a security group id) by every port kind through
// connections.allowTo/allowFrom; prefix lists given as tokens; SourceSecurityGroupOwnerId.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '12345678', region: 'dummy' } });
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });

new ec2.SecurityGroup(stack, 'AllOutbound', { vpc, allowAllOutbound: true });
new ec2.SecurityGroup(stack, 'AllIpv6Outbound', { vpc, allowAllIpv6Outbound: true });
const ipv6 = new ec2.SecurityGroup(stack, 'Ipv6Rule', { vpc });
ipv6.addEgressRule(ec2.Peer.ipv6('2001:db8::/128'), ec2.Port.tcp(80));
const ignored = new ec2.SecurityGroup(stack, 'Ignored', { vpc, allowAllOutbound: true });
ignored.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(86), 'This does not show up');
new ec2.SecurityGroup(stack, 'NoOutbound', { vpc, allowAllOutbound: false });
const bogus = new ec2.SecurityGroup(stack, 'Bogus', { vpc, allowAllOutbound: false });
bogus.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(86), 'This replaces the other one');

// peer between all types of peers and port range types
const sg = new ec2.SecurityGroup(stack, 'SG', { vpc, allowAllIpv6Outbound: true });
const peers = [
  new ec2.SecurityGroup(stack, 'PeerGroup', { vpc }),
  ec2.Peer.anyIpv4(),
  ec2.Peer.anyIpv6(),
  ec2.Peer.prefixList('pl-012345'),
  ec2.Peer.securityGroupId('sg-012345678'),
];
const ports = [
  ec2.Port.tcp(1234),
  ec2.Port.allTcp(),
  ec2.Port.tcpRange(80, 90),
  ec2.Port.udp(2345),
  ec2.Port.allUdp(),
  ec2.Port.udpRange(85, 95),
  ec2.Port.icmpTypeAndCode(5, 1),
  ec2.Port.icmpType(8),
  ec2.Port.allIcmp(),
  ec2.Port.icmpPing(),
  ec2.Port.allTraffic(),
];
for (const peer of peers) {
  for (const port of ports) {
    sg.connections.allowTo(peer, port);
    sg.connections.allowFrom(peer, port);
  }
}
const closed = new ec2.SecurityGroup(stack, 'Closed', { vpc, allowAllOutbound: false });
for (const peer of peers.slice(3)) {
  for (const port of ports.slice(0, 4)) {
    closed.connections.allowTo(peer, port);
  }
}

// multiple rules using tokens on the same group
const tokens = new ec2.SecurityGroup(stack, 'Tokens', { vpc });
tokens.addIngressRule(ec2.Peer.prefixList(cdk.Lazy.string({ produce: () => 'dummyid1' })), ec2.Port.tcp(5432), 'Rule 1');
tokens.addIngressRule(ec2.Peer.prefixList(cdk.Lazy.string({ produce: () => 'dummyid2' })), ec2.Port.tcp(5432), 'Rule 2');
tokens.addIngressRule(ec2.Peer.securityGroupId(cdk.Lazy.string({ produce: () => 'sg-01234567' }),
  cdk.Lazy.string({ produce: () => '000000000000' })), ec2.Port.tcp(5432), 'Rule 3');

// SourceSecurityGroupOwnerId
const owners = new ec2.SecurityGroup(stack, 'Owners', { vpc, allowAllOutbound: false });
owners.addIngressRule(ec2.Peer.securityGroupId('sg-123456789'), ec2.Port.allTcp(), 'no owner id property');
owners.addIngressRule(ec2.Peer.securityGroupId('sg-123456789', '000000000000'), ec2.Port.allTcp(), 'contains owner id property');
owners.addEgressRule(ec2.Peer.securityGroupId('sg-123456789', '000000000000'), ec2.Port.allTcp(), 'no owner id property');
const separate = new ec2.SecurityGroup(stack, 'Separate', { vpc, disableInlineRules: true, allowAllOutbound: false });
separate.addIngressRule(ec2.Peer.securityGroupId('sg-0123456789abcdefg', '000000000001'), ec2.Port.tcp(22));
separate.addEgressRule(ec2.Peer.securityGroupId('sg-0123456789abcdefg', '000000000001'), ec2.Port.tcp(22));
separate.addEgressRule(ec2.Peer.prefixList('pl-abcdef'), ec2.Port.udp(53));
app.synth();
