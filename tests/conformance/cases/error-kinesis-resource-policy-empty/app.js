// Conformance case 'error-kinesis-resource-policy-empty': a kinesis.ResourcePolicy whose (default)
// document stays empty: it resolves to nothing, and CfnResourcePolicy's resourcePolicy is required.
'use strict';
const cdk = require('aws-cdk-lib');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const stream = new kinesis.Stream(stack, 'Stream');
new kinesis.ResourcePolicy(stack, 'Policy', { stream });
app.synth();
