// Conformance case 'ported-lambda-version': aws-cdk's lambda-version.test.ts ported literally, with
// its custom runtime node99.x: 'can import a Lambda version by ARN' in the Default stack, the
// others in a stack each; version.edgeArn in an output.
// Ported from aws-cdk: lambda-version.test.ts 'can import a Lambda version by ARN', 'create a
// version with event invoke config', 'event invoke config on imported versions', 'addAlias can be
// used to add an alias that points to a version', 'edgeArn'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const THE_RUNTIME = new lambda.Runtime('node99.x', lambda.RuntimeFamily.NODEJS, { supportsInlineCode: true });
const app = new cdk.App();
function newFn(stack) {
  return new lambda.Function(stack, 'Fn', {
    runtime: THE_RUNTIME,
    handler: 'index.handler',
    code: lambda.Code.fromInline('foo'),
  });
}
{
  const stack = new cdk.Stack(app);
  const version = lambda.Version.fromVersionArn(stack, 'Version', 'arn:aws:lambda:region:account-id:function:function-name:version');
  new cdk.CfnOutput(stack, 'ARN', { value: version.functionArn });
  new cdk.CfnOutput(stack, 'Name', { value: version.functionName });
}
{
  const stack = new cdk.Stack(app, 'EventInvokeConfig');
  const fn = newFn(stack);
  new lambda.Version(stack, 'Version', { lambda: fn, maxEventAge: cdk.Duration.hours(1), retryAttempts: 0 });
}
{
  const stack = new cdk.Stack(app, 'ImportedVersions');
  const version1 = lambda.Version.fromVersionArn(stack, 'Version1', 'arn:aws:lambda:region:account-id:function:function-name:version1');
  const version2 = lambda.Version.fromVersionArn(stack, 'Version2', 'arn:aws:lambda:region:account-id:function:function-name:version2');
  version1.configureAsyncInvoke({ retryAttempts: 1 });
  version2.configureAsyncInvoke({ retryAttempts: 0 });
}
{
  const stack = new cdk.Stack(app, 'AddAlias');
  const fn = newFn(stack);
  fn.currentVersion.addAlias('foo');
}
{
  const stack = new cdk.Stack(app, 'EdgeArn');
  const fn = newFn(stack);
  new cdk.CfnOutput(stack, 'EdgeArn', { value: fn.currentVersion.edgeArn });
}
app.synth();
