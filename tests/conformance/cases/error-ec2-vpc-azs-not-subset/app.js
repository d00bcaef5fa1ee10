// Conformance case 'error-ec2-vpc-azs-not-subset': vpc.test.ts "with availabilityZones set to zones
// different from stack" (the stack's AZs set as context, as cdk.context.json would give them).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
stack.node.setContext(`availability-zones:account=${stack.account}:region=${stack.region}`, ['us-east-1a', 'us-east1b', 'us-east-1c']);
new ec2.Vpc(stack, 'VPC', { availabilityZones: [stack.availabilityZones[0] + 'invalid'] });
app.synth();
