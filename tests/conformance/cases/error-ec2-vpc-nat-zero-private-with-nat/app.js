// Conformance case 'error-ec2-vpc-nat-zero-private-with-nat': vpc.test.ts "natGateways = 0 throws if
// PRIVATE_WITH_NAT subnets configured" (testDeprecated).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
new ec2.Vpc(stack, 'VPC', {
  natGateways: 0,
  subnetConfiguration: [
    { name: 'public', subnetType: ec2.SubnetType.PUBLIC },
    { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_NAT },
  ],
});
app.synth();
