// Conformance case 'error-ec2-vpc-nat-subnets-unknown-group': vpc.test.ts "with mis-matched nat and
// subnet configs it throws" (natGatewaySubnets names a group the VPC does not have).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-east-1' } });
new ec2.Vpc(stack, 'VPC', {
  subnetConfiguration: [
    { cidrMask: 24, name: 'ingress', subnetType: ec2.SubnetType.PUBLIC },
    { cidrMask: 24, name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  ],
  natGatewaySubnets: { subnetGroupName: 'notthere' },
});
app.synth();
