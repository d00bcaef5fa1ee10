// Conformance case 'error-core-arn-extract-no-resource-name': aws-cdk's core arn.test.ts:
// Arn.extractResourceName of a literal ARN without a resource name.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnOutput(stack, 'Out', { value: cdk.Arn.extractResourceName('arn:aws:iam::111111111111:role', 'role') });
app.synth();
