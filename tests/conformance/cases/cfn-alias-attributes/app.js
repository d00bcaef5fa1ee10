// Conformance case 'cfn-alias-attributes': a CfnAlias on a CfnVersion's attrVersion of a CfnFunction's ref; the alias's ref and attrAliasArn used by a CfnUrl and an output
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
  functionName: fn.ref,
});
const alias = new lambda.CfnAlias(stack, 'Alias1', {
  name: 'prod',
  functionName: fn.ref,
  functionVersion: ver.attrVersion,
});
const url = new lambda.CfnUrl(stack, 'Url1', {
  authType: 'NONE',
  qualifier: 'prod',
  targetFunctionArn: alias.attrAliasArn,
});
new cdk.CfnOutput(stack, 'AliasRef', { value: alias.ref });
new cdk.CfnOutput(stack, 'AliasArn', { value: alias.attrAliasArn });
app.synth();
