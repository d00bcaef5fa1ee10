// Conformance case 'error-ec2-peer-unused-invalid-ipv6': Peer.ipv6 of a text that is no IPv6 range, made before
// the stack and never used: aws-cdk-lib throws when the peer is made.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const peer = ec2.Peer.ipv6('2001:db8::g/64');
const stack = new cdk.Stack(app, 'TestStack');
new ec2.SecurityGroup(stack, 'SG', {
  vpc: ec2.Vpc.fromVpcAttributes(stack, 'Vpc', { vpcId: 'vpc-1234', availabilityZones: ['us-east-1a'] }),
});
app.synth();
