// Conformance case 'cfn-lambda-l1-cross-stack': a CfnAlias in one stack on a CfnFunction's ref and a CfnVersion's attrVersion from another: exports and Fn::ImportValue
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer');
const consumer = new cdk.Stack(app, 'Consumer');
const fn = new lambda.CfnFunction(producer, 'MyLambda', {
  code: {
    zipFile: 'foo',
  },
  handler: 'index.handler',
  runtime: 'python3.14',
  role: 'arn:aws:iam::123456789012:role/SomeRole',
});
const ver = new lambda.CfnVersion(producer, 'Version1', {
  functionName: fn.ref,
});
const alias = new lambda.CfnAlias(consumer, 'Alias1', {
  name: 'prod',
  functionName: fn.ref,
  functionVersion: ver.attrVersion,
});
new cdk.CfnOutput(consumer, 'AliasArn', { value: alias.attrAliasArn });
app.synth();
