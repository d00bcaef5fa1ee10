// Conformance case 'error-ec2-peer-invalid-security-group-id': Peer.securityGroupId of a text that is no group id: aws-cdk-lib throws when the peer is made,
// ccdk when it is used in a rule (security-group.test.ts: throws if invalid security group ID).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const vpc = new ec2.Vpc(stack, 'VPC', { restrictDefaultSecurityGroup: false, natGateways: 0, maxAzs: 1 });
const sg = new ec2.SecurityGroup(stack, 'SG', { vpc });
sg.addIngressRule(ec2.Peer.securityGroupId('invalid'), ec2.Port.tcp(22));
app.synth();
