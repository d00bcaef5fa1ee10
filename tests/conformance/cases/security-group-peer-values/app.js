// Conformance case 'security-group-peer-values': the peers and groups that security-group.test.ts
// checks by value: valid IPv4/IPv6 ranges and a token range (Peer IP CIDR validation), immutable
// imports that add no rule (immutable imports do not add rules), looked-up groups (the dummy until
// the lookup is done) and their ids as Peer.securityGroupId (security group lookup), and a group's
// allowAllOutbound / allowAllIpv6Outbound / securityGroupVpcId.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack', { env: { account: '1234', region: 'us-east-1' } });
const vpc = ec2.Vpc.fromVpcAttributes(stack, 'VPC', { vpcId: 'vpc-1234', availabilityZones: ['dummy1a', 'dummy1b', 'dummy1c'] });

const sg = new ec2.SecurityGroup(stack, 'Cidrs', { vpc, allowAllOutbound: false, allowAllIpv6Outbound: true });
for (const cidr of ['0.0.0.0/0', '192.168.255.255/24']) sg.addIngressRule(ec2.Peer.ipv4(cidr), ec2.Port.tcp(443));
for (const cidr of ['::/0', '2001:db8::/32', '2001:0db8:0000:0000:0000:8a2e:0370:7334/32', '2001:db8::8a2e:370:7334/32']) {
  sg.addIngressRule(ec2.Peer.ipv6(cidr), ec2.Port.tcp(443));
}
sg.addIngressRule(ec2.Peer.ipv4(cdk.Lazy.string({ produce: () => '10.0.0.0/16' })), ec2.Port.tcp(80), 'a token range');
sg.addEgressRule(ec2.Peer.ipv4(new cdk.CfnParameter(stack, 'Cidr').valueAsString), ec2.Port.tcp(80), 'a parameter');

const frozen = ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG1', 'test-id', { mutable: false });
frozen.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(86), 'This rule was not added');
frozen.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(86), 'This rule was not added');
const frozenClosed = ec2.SecurityGroup.fromSecurityGroupId(stack, 'SG2', 'sg-0123abcd', { mutable: false, allowAllOutbound: false });
frozenClosed.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(86), 'This rule was not added');
frozenClosed.connections.allowFrom(sg, ec2.Port.tcp(22));

const byId = ec2.SecurityGroup.fromLookupById(stack, 'ById', 'sg-12345');
const byName = ec2.SecurityGroup.fromLookupByName(stack, 'ByName', 'my-security-group', vpc);
sg.addIngressRule(ec2.Peer.securityGroupId(byName.securityGroupId), ec2.Port.tcp(22), 'from the looked-up group');
byId.addIngressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(8080));
byId.addEgressRule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(8080), 'dropped: allowAllOutbound');

const open = new ec2.SecurityGroup(stack, 'Open', { vpc });
for (const [id, group] of [['Cidrs', sg], ['Open', open], ['Frozen', frozen], ['FrozenClosed', frozenClosed], ['ById', byId], ['ByName', byName]]) {
  new cdk.CfnOutput(stack, `${id}Id`, { value: group.securityGroupId });
  new cdk.CfnOutput(stack, `${id}Outbound`, { value: `${group.allowAllOutbound} ${group.allowAllIpv6Outbound}` });
}
new cdk.CfnOutput(stack, 'CidrsVpcId', { value: sg.securityGroupVpcId });
new cdk.CfnOutput(stack, 'OpenVpcId', { value: open.securityGroupVpcId });
app.synth();
