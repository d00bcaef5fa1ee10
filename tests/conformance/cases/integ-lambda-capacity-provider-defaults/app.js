// Conformance case 'integ-lambda-capacity-provider-defaults': aws-lambda
// test/integ.capacity-provider-defaults.ts. Dropped: the IntegTest (with its regions).
'use strict';
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const cdk = require('aws-cdk-lib/core');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'CapacityProviderDefaultsStack');

const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2 });
const securityGroup = new ec2.SecurityGroup(stack, 'SecurityGroup', { vpc });

new lambda.CapacityProvider(stack, 'CapacityProvider', {
  subnets: vpc.privateSubnets,
  securityGroups: [securityGroup],
});

app.synth();
