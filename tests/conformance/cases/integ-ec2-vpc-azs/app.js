// Conformance case 'integ-ec2-vpc-azs': aws-ec2 test/integ.vpc-azs.ts (nothing dropped).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'aws-cdk-ec2-vpc-azs');

new ec2.Vpc(stack, 'MyVpc', {
  availabilityZones: [stack.availabilityZones[1]],
});

app.synth();
