// Conformance case 'cfn-lambda-l1-escape-hatches': the typed Lambda L1s with the rest of the L1 API: a
// CfnPermission given a property aws-cdk-lib's props lack (addPropertyOverride) and a dependency on a
// CfnUrl, a CfnVersion retained (applyRemovalPolicy), a CfnFunction's Description deleted
// (addPropertyDeletionOverride), a CfnAlias whose logical id is overridden.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.CfnFunction(stack, 'MyLambda', {
  code: { zipFile: 'foo' },
  handler: 'index.handler',
  runtime: 'python3.14',
  role: 'arn:aws:iam::123456789012:role/SomeRole',
  description: 'to be removed',
});
const url = new lambda.CfnUrl(stack, 'Url', { authType: 'NONE', targetFunctionArn: fn.attrArn });
const perm = new lambda.CfnPermission(stack, 'PublicInvoke', {
  action: 'lambda:InvokeFunction',
  functionName: fn.ref,
  principal: '*',
});
perm.addPropertyOverride('InvokedViaFunctionUrl', true);
perm.addDependency(url);
const ver = new lambda.CfnVersion(stack, 'Version', { functionName: fn.ref });
ver.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
fn.addPropertyDeletionOverride('Description');
const alias = new lambda.CfnAlias(stack, 'Alias', {
  functionName: fn.ref,
  functionVersion: ver.attrVersion,
  name: 'live',
});
alias.overrideLogicalId('LiveAlias');
app.synth();
