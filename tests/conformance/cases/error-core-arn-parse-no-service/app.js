// Conformance case 'error-core-arn-parse-no-service': aws-cdk's core arn.test.ts: stack.parseArn
// of an ARN without a service (the 3rd component).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new cdk.CfnOutput(stack, 'Out', { value: stack.parseArn('arn:aws::4:5:6').resource });
app.synth();
