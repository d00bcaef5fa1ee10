// Conformance case 'cfn-permission-attributes': a CfnPermission on a CfnFunction's attrArn; the permission's attrId and ref in outputs
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
const perm = new lambda.CfnPermission(stack, 'Permission1', {
  action: 'lambda:InvokeFunction',
  principal: 'events.amazonaws.com',
  functionName: fn.attrArn,
});
new cdk.CfnOutput(stack, 'PermissionId', { value: perm.attrId });
new cdk.CfnOutput(stack, 'PermissionRef', { value: perm.ref });
app.synth();
