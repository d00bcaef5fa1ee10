// Conformance case 'error-ec2-vpc-map-public-ip-private': vpc.test.ts "with private subnets throw
// exception if parameter mapPublicIpOnLaunch is defined".
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
new ec2.Vpc(stack, 'VPC', {
  maxAzs: 1,
  subnetConfiguration: [
    { name: 'public', subnetType: ec2.SubnetType.PUBLIC },
    { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, mapPublicIpOnLaunch: true },
  ],
});
app.synth();
