// Conformance case 'error-ec2-vpc-dns-hostnames-without-support': vpc.test.ts "with
// enableDnsHostnames enabled but enableDnsSupport disabled, should throw an Error".
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
new ec2.Vpc(stack, 'TheVPC', { enableDnsHostnames: true, enableDnsSupport: false });
app.synth();
