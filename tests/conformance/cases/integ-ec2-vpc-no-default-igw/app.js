// Conformance case 'integ-ec2-vpc-no-default-igw': aws-ec2 test/integ.vpc-no-default-igw.ts
// (dropped: the IntegTest; app.synth() added).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();

const stack = new cdk.Stack(app, 'aws-cdk-vpc-no-default-igw');

new ec2.Vpc(stack, 'MyVpc', {
  createInternetGateway: false,
  subnetConfiguration: [
    {
      subnetType: ec2.SubnetType.PUBLIC,
      name: 'Public',
    },
  ],
});

app.synth();
