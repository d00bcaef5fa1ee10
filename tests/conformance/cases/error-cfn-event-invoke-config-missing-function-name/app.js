// Conformance case 'error-cfn-event-invoke-config-missing-function-name': a lambda.CfnEventInvokeConfig without its required functionName, in the Default stack: requireProperty's error
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const r = new lambda.CfnEventInvokeConfig(stack, 'Resource1', {
  qualifier: '$LATEST',
});
app.synth();
