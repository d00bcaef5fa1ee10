// Conformance case 'error-ec2-vpc-azs-and-max-azs': vpc.test.ts "throws error when both
// availabilityZones and maxAzs are set".
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
new ec2.Vpc(stack, 'VPC', { availabilityZones: stack.availabilityZones, maxAzs: 1 });
app.synth();
