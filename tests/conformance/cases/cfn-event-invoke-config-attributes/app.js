// Conformance case 'cfn-event-invoke-config-attributes': a CfnEventInvokeConfig on a CfnFunction's ref (it has no attributes): its ref in an output
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.CfnFunction(stack, 'MyLambda', {
  code: {
    zipFile: 'foo',
  },
  handler: 'index.handler',
  runtime: 'python3.14',
  role: 'arn:aws:iam::123456789012:role/SomeRole',
});
const eic = new lambda.CfnEventInvokeConfig(stack, 'Invoke1', {
  qualifier: '$LATEST',
  maximumRetryAttempts: 2,
  functionName: fn.ref,
});
new cdk.CfnOutput(stack, 'InvokeConfigRef', { value: eic.ref });
app.synth();
