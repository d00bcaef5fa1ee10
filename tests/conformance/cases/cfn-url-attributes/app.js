// Conformance case 'cfn-url-attributes': a CfnUrl on a CfnFunction's attrArn; its attrFunctionUrl in an output, its attrFunctionArn in a CfnPermission
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
const url = new lambda.CfnUrl(stack, 'Url1', {
  authType: 'NONE',
  targetFunctionArn: fn.attrArn,
});
const perm = new lambda.CfnPermission(stack, 'UrlPermission', {
  action: 'lambda:InvokeFunctionUrl',
  principal: '*',
  functionUrlAuthType: 'NONE',
  functionName: url.attrFunctionArn,
});
new cdk.CfnOutput(stack, 'Url', { value: url.attrFunctionUrl });
new cdk.CfnOutput(stack, 'UrlRef', { value: url.ref });
app.synth();
