// Conformance case 'ported-ec2-port-peer-values': aws-cdk's security-group.test.ts checks of Peer
// and Port values ported literally, each value in an output of one stack (TestStack: account
// 12345678, region dummy): peer.uniqueId, port.canInlineRule, port.toString().
// Ported from aws-cdk: security-group.test.ts 'passes with valid IPv4 CIDR block', 'passes with
// valid IPv6 CIDR block', 'passes with valid security group ID', 'passes with valid security group
// ID and source owner id', 'if tokens are used in ports, `canInlineRule` should be false to avoid
// cycles' (the ports ccdk builds: tcp/udp of a token, new Port with a token end), 'Static
// well-known ports are well-defined'; and 'can look up a security group' (the deprecated
// SecurityGroup.fromLookup, in its own stack 'stack': account 1234, us-east-1). Port.tcpRange /
// udpRange with a token end are ccdk_ec2_port_new in C (ccdk's ranges take numbers).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '12345678', region: 'dummy' } });
let n = 0;
const out = (value) => new cdk.CfnOutput(stack, `Out${n++}`, { value: String(value) });

for (const cidrIp of ['0.0.0.0/0', '192.168.255.255/24']) out(ec2.Peer.ipv4(cidrIp).uniqueId);
for (const cidrIp of ['::/0', '2001:db8::/32', '2001:0db8:0000:0000:0000:8a2e:0370:7334/32', '2001:db8::8a2e:370:7334/32']) {
  out(ec2.Peer.ipv6(cidrIp).uniqueId);
}
for (const securityGroupId of ['sg-12345678', 'sg-0123456789abcdefg']) {
  out(ec2.Peer.securityGroupId(securityGroupId).uniqueId);
  for (const ownerId of ['000000000000', '000000000001']) out(ec2.Peer.securityGroupId(securityGroupId, ownerId).uniqueId);
}
out(ec2.Peer.anyIpv4().uniqueId);
out(ec2.Peer.anyIpv6().uniqueId);
out(ec2.Peer.prefixList('pl-012345').uniqueId);
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });
const group = new ec2.SecurityGroup(stack, 'PeerGroup', { vpc });
const peers = [ec2.Peer.ipv4('10.0.0.0/8'), ec2.Peer.anyIpv6(), ec2.Peer.prefixList('pl-1'), ec2.Peer.securityGroupId('sg-12345678'), group];
for (const peer of peers) out(`${peer.uniqueId} ${peer.canInlineRule}`);

const p1 = cdk.Lazy.number({ produce: () => 80 });
const p2 = cdk.Lazy.number({ produce: () => 5000 });
const ports = [
  ec2.Port.tcp(p1),
  ec2.Port.tcp(p2),
  ec2.Port.tcpRange(p1, 90),
  ec2.Port.tcpRange(80, p2),
  ec2.Port.udp(p1),
  ec2.Port.udpRange(85, p2),
  ec2.Port.tcp(443),
  ec2.Port.allTraffic(),
  ec2.Port.icmpTypeAndCode(5, 1),
  ec2.Port.SSH,
  ec2.Port.DNS_UDP,
  ec2.Port.tcp(22),
  ec2.Port.udp(53),
];
for (const port of ports) out(`${port.toString()} ${port.canInlineRule}`);

// can look up a security group (deprecated fromLookup)
const lookupStack = new cdk.Stack(app, 'stack', { env: { account: '1234', region: 'us-east-1' } });
const securityGroup = ec2.SecurityGroup.fromLookup(lookupStack, 'stack', 'sg-1234');
new cdk.CfnOutput(lookupStack, 'Id', { value: securityGroup.securityGroupId });
new cdk.CfnOutput(lookupStack, 'AllowAllOutbound', { value: String(securityGroup.allowAllOutbound) });
app.synth();
