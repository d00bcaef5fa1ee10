// Conformance case 'error-ec2-vpc-nat-without-public-subnets': vpc.test.ts "with no public subnets
// and natGateways > 0, should throw an error".
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
new ec2.Vpc(stack, 'TheVPC', {
  subnetConfiguration: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, name: 'egress' }],
  natGateways: 1,
});
app.synth();
