// Conformance case 'error-ec2-peer-ipv6-missing-mask': Peer.ipv6 of an address without a mask: aws-cdk-lib throws when the peer is made,
// ccdk when it is used in a rule (security-group.test.ts: throws if missing mask in IPv6 CIDR block).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });
const sg = new ec2.SecurityGroup(stack, 'SG', { vpc });
sg.addIngressRule(ec2.Peer.ipv6('::'), ec2.Port.tcp(22));
app.synth();
