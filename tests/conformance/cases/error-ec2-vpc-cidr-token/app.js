// Conformance case 'error-ec2-vpc-cidr-token': vpc.test.ts "CIDR cannot be a Token".
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
new ec2.Vpc(stack, 'Vpc', { ipAddresses: ec2.IpAddresses.cidr(cdk.Lazy.string({ produce: () => 'abc' })) });
app.synth();
