// Conformance case 'integ-ec2-vpc-restrict-default-sg': aws-ec2 test/integ.vpc-restrict-default-sg.ts
// (dropped: the IntegTest and its describeSecurityGroups assertion; app.synth() added).
'use strict';
const { Stack, App } = require('aws-cdk-lib');
const { Vpc } = require('aws-cdk-lib/aws-ec2');

const app = new App();
const stack = new Stack(app, 'integ-restrict-default-sg');

new Vpc(stack, 'Vpc', {
  restrictDefaultSecurityGroup: true,
});

app.synth();
