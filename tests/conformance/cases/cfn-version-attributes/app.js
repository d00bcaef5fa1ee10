// Conformance case 'cfn-version-attributes': a CfnVersion's attrFunctionArn and attrVersion in a CfnEventInvokeConfig, its ref in an output
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
const ver = new lambda.CfnVersion(stack, 'Version1', {
  description: 'v1',
  functionName: fn.ref,
});
const eic = new lambda.CfnEventInvokeConfig(stack, 'Invoke1', {
  maximumRetryAttempts: 0,
  functionName: ver.attrFunctionArn,
  qualifier: ver.attrVersion,
});
new cdk.CfnOutput(stack, 'VersionRef', { value: ver.ref });
new cdk.CfnOutput(stack, 'Version', { value: ver.attrVersion });
app.synth();
