// Conformance case 'error-core-arn-parse-no-resource': aws-cdk's core arn.test.ts: stack.parseArn
// of an ARN whose resource (the 6th component) is empty.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnOutput(stack, 'Out', { value: stack.parseArn('arn:aws:service:::').resource });
app.synth();
