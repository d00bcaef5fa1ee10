// Conformance case 'error-core-arn-parse-no-arn-prefix': aws-cdk's core arn.test.ts:
// stack.parseArn of a string that does not start with "arn:" (aws-cdk-lib's error, without a
// path).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnOutput(stack, 'Out', { value: stack.parseArn('barn:foo:x:a:1:2').resource });
app.synth();
