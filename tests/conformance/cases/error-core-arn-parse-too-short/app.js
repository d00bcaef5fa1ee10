// Conformance case 'error-core-arn-parse-too-short': aws-cdk's core arn.test.ts: stack.parseArn of
// an ARN with too few components (the resource component is required).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnOutput(stack, 'Out', { value: stack.parseArn('arn:is:too:short').resource });
app.synth();
