// Conformance case 'error-lookup-env-agnostic': Vpc.fromLookup in a stack without an account and
// region: aws-cdk-lib's error (a lookup needs the environment to look in).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
ec2.Vpc.fromLookup(stack, 'Vpc', { isDefault: true });
app.synth();
