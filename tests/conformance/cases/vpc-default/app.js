// Conformance case 'vpc-default': new ec2.Vpc(stack, 'Vpc') with no props, in an environment-agnostic stack.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ec2.Vpc(stack, 'Vpc');
app.synth();
