// Conformance case 'error-kinesis-resource-policy-neither': a kinesis.ResourcePolicy of neither a
// stream nor a streamConsumer (resource-policy.ts: "One of stream or streamConsumer must be set").
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
new kinesis.ResourcePolicy(stack, 'Policy', { policyDocument: new iam.PolicyDocument() });
app.synth();
