// Conformance case 'ported-ec2-peer-rule-config': security-group.test.ts's "Peer rule config type
// safety" ported literally (peer.toIngressRuleConfig() / toEgressRuleConfig() of each kind of
// peer, and of a SecurityGroup), each field of each config an output named after the test and the
// field; and 'passes with unresolved security group id token or owner id token' (Peer.securityGroupId
// of Lazy ids and owners, here also used in rules). One stack (the tests' new Stack(): 'Default');
// restrictDefaultSecurityGroup: false as in unit-ec2-vpc-create.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
const out = (name, config) => {
  for (const [key, value] of Object.entries(config)) new cdk.CfnOutput(stack, `${name}${key}`, { value });
};

out('Ipv4Ingress', ec2.Peer.ipv4('10.0.0.0/16').toIngressRuleConfig());
out('Ipv4Egress', ec2.Peer.ipv4('10.0.0.0/16').toEgressRuleConfig());
out('Ipv6Ingress', ec2.Peer.ipv6('::0/0').toIngressRuleConfig());
out('Ipv6Egress', ec2.Peer.ipv6('::0/0').toEgressRuleConfig());
out('PrefixListIngress', ec2.Peer.prefixList('pl-12345').toIngressRuleConfig());
out('PrefixListEgress', ec2.Peer.prefixList('pl-12345').toEgressRuleConfig());
out('SgIdIngress', ec2.Peer.securityGroupId('sg-123456789').toIngressRuleConfig());
out('SgIdOwnerIngress', ec2.Peer.securityGroupId('sg-123456789', '123456789012').toIngressRuleConfig());
out('SgIdEgress', ec2.Peer.securityGroupId('sg-123456789').toEgressRuleConfig());
out('SgIdOwnerEgress', ec2.Peer.securityGroupId('sg-123456789', '123456789012').toEgressRuleConfig());
out('AnyIpv4Ingress', ec2.Peer.anyIpv4().toIngressRuleConfig());
out('AnyIpv6Egress', ec2.Peer.anyIpv6().toEgressRuleConfig());

const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false });
const sg = new ec2.SecurityGroup(stack, 'SG', { vpc });
out('SecurityGroupIngress', sg.toIngressRuleConfig());
out('SecurityGroupEgress', sg.toEgressRuleConfig());

// passes with unresolved security group id token or owner id token
const securityGroupId = cdk.Lazy.string({ produce: () => 'sg-01234567' });
const ownerId = cdk.Lazy.string({ produce: () => '000000000000' });
const closed = new ec2.SecurityGroup(stack, 'Closed', { vpc, allowAllOutbound: false });
closed.addIngressRule(ec2.Peer.securityGroupId(securityGroupId), ec2.Port.tcp(22));
closed.addIngressRule(ec2.Peer.securityGroupId(securityGroupId, ownerId), ec2.Port.tcp(443));
closed.addEgressRule(ec2.Peer.securityGroupId(securityGroupId, ownerId), ec2.Port.tcp(443));
out('TokenIngress', ec2.Peer.securityGroupId(securityGroupId, ownerId).toIngressRuleConfig());
app.synth();
