// Conformance case 'error-ec2-peer-invalid-ipv4': Peer.ipv4 of a text that is no IPv4 CIDR: aws-cdk-lib throws when the peer is made,
// ccdk when it is used in a rule (security-group.test.ts: throws if invalid IPv4 CIDR block).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });
const sg = new ec2.SecurityGroup(stack, 'SG', { vpc });
sg.addIngressRule(ec2.Peer.ipv4('invalid'), ec2.Port.tcp(22));
app.synth();
