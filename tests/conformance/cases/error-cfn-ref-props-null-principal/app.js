// Conformance case 'error-cfn-ref-props-null-principal': a lambda.CfnPermission whose optional sourceArn is null: the constructor's TypeError
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.CfnPermission(stack, 'Perm1', {
  "action": "lambda:InvokeFunction",
  "functionName": "f",
  "principal": "s3.amazonaws.com",
  "sourceArn": null
});
app.synth();
