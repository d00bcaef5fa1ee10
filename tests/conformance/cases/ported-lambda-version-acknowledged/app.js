// Conformance case 'ported-lambda-version-acknowledged': the newest lambda-version.test.ts ported
// literally, with its Validations.of(stack).acknowledge calls (each rule an aws:cdk:acknowledged-rules
// metadata entry on the stack) and its custom runtime node99.x: 'can import a Lambda version by ARN'
// in the Default stack (with version.lambda.functionArn), the others in a stack each.
// Ported from aws-cdk: lambda-version.test.ts 'can import a Lambda version by ARN', 'can import an
// imported Lambda version by ARN', 'create a version with event invoke config', 'event invoke config
// on imported versions', 'addAlias can be used to add an alias that points to a version', 'edgeArn',
// 'version's implementation of IFunctionRef should point to the version', 'provisionedConcurrentExecutions
// can be a token', 'version with min and max execution environments', 'version with only min execution
// environments', 'version with only max execution environments', 'accepts tokens for execution
// environment scaling config'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const THE_RUNTIME = new lambda.Runtime('node99.x', lambda.RuntimeFamily.NODEJS, { supportsInlineCode: true });
const E3071 = { id: 'CloudFormation-Validate::E3071', reason: 'Tests intentionally use a bogus runtime' };
const W3030 = { id: 'CloudFormation-Validate::W3030', reason: 'Tests intentionally use a bogus runtime' };
const app = new cdk.App();
function newFn(stack) {
  return new lambda.Function(stack, 'Fn', {
    runtime: THE_RUNTIME,
    handler: 'index.handler',
    code: lambda.Code.fromInline('foo'),
  });
}
function latestFn(stack, id) {
  return new lambda.Function(stack, id, {
    code: new lambda.InlineCode(id === 'Fn' ? 'foo' : 'hello()'),
    handler: id === 'Fn' ? 'index.handler' : 'index.hello',
    runtime: lambda.Runtime.NODEJS_LATEST,
  });
}
{
  const stack = new cdk.Stack(app);
  cdk.Validations.of(stack).acknowledge(E3071);
  const version = lambda.Version.fromVersionArn(stack, 'Version', 'arn:aws:lambda:region:account-id:function:function-name:version');
  new cdk.CfnOutput(stack, 'ARN', { value: version.functionArn });
  new cdk.CfnOutput(stack, 'Name', { value: version.functionName });
  new cdk.CfnOutput(stack, 'FunctionArn', { value: version.lambda.functionArn });
}
{
  const stack = new cdk.Stack(app, 'ImportImported');
  cdk.Validations.of(stack).acknowledge(E3071);
  const func = newFn(stack);
  const version = new lambda.Version(stack, 'Version', { lambda: func, maxEventAge: cdk.Duration.hours(1), retryAttempts: 0 });
  const importedVersion = lambda.Version.fromVersionArn(stack, 'ImportedVersion', version.functionArn);
  new cdk.CfnOutput(stack, 'ImportedArn', { value: importedVersion.functionArn });
  new cdk.CfnOutput(stack, 'VersionArn', { value: version.functionArn });
}
{
  const stack = new cdk.Stack(app, 'EventInvokeConfig');
  cdk.Validations.of(stack).acknowledge(E3071, W3030);
  const fn = newFn(stack);
  new lambda.Version(stack, 'Version', { lambda: fn, maxEventAge: cdk.Duration.hours(1), retryAttempts: 0 });
}
{
  const stack = new cdk.Stack(app, 'ImportedVersions');
  cdk.Validations.of(stack).acknowledge(E3071);
  const version1 = lambda.Version.fromVersionArn(stack, 'Version1', 'arn:aws:lambda:region:account-id:function:function-name:version1');
  const version2 = lambda.Version.fromVersionArn(stack, 'Version2', 'arn:aws:lambda:region:account-id:function:function-name:version2');
  version1.configureAsyncInvoke({ retryAttempts: 1 });
  version2.configureAsyncInvoke({ retryAttempts: 0 });
}
{
  const stack = new cdk.Stack(app, 'AddAlias');
  cdk.Validations.of(stack).acknowledge(E3071, W3030);
  const fn = newFn(stack);
  const version = fn.currentVersion;
  version.addAlias('foo');
}
{
  const stack = new cdk.Stack(app, 'EdgeArn');
  cdk.Validations.of(stack).acknowledge(E3071);
  const fn = newFn(stack);
  new cdk.CfnOutput(stack, 'EdgeArn', { value: fn.currentVersion.edgeArn });
}
{
  const stack = new cdk.Stack(app, 'FunctionRef');
  cdk.Validations.of(stack).acknowledge(E3071);
  const fn = latestFn(stack, 'MyLambda');
  const ver = new lambda.Version(stack, 'Version', { lambda: fn });
  new cdk.CfnOutput(stack, 'RefArn', { value: ver.functionRef.functionArn });
  new cdk.CfnOutput(stack, 'Arn', { value: ver.functionArn });
}
{
  const stack = new cdk.Stack(app, 'PceToken');
  const fn = latestFn(stack, 'MyLambda');
  const pce = new cdk.CfnParameter(stack, 'ProvisionedConcurrentExecutions', { type: 'Number' });
  new lambda.Version(stack, 'Version', { lambda: fn, provisionedConcurrentExecutions: pce.valueAsNumber });
}
{
  const stack = new cdk.Stack(app, 'ScalingBoth');
  cdk.Validations.of(stack).acknowledge(E3071);
  const fn = latestFn(stack, 'Fn');
  new lambda.Version(stack, 'Version', { lambda: fn, minExecutionEnvironments: 1, maxExecutionEnvironments: 10 });
}
{
  const stack = new cdk.Stack(app, 'ScalingMin');
  cdk.Validations.of(stack).acknowledge(E3071);
  const fn = latestFn(stack, 'Fn');
  new lambda.Version(stack, 'Version', { lambda: fn, minExecutionEnvironments: 2 });
}
{
  const stack = new cdk.Stack(app, 'ScalingMax');
  cdk.Validations.of(stack).acknowledge(E3071);
  const fn = latestFn(stack, 'Fn');
  new lambda.Version(stack, 'Version', { lambda: fn, maxExecutionEnvironments: 5 });
}
{
  const stack = new cdk.Stack(app, 'ScalingTokens');
  cdk.Validations.of(stack).acknowledge(E3071);
  const fn = latestFn(stack, 'Fn');
  const tokenMin = cdk.Token.asNumber(cdk.Fn.ref('MinEnvParam'));
  const tokenMax = cdk.Token.asNumber(cdk.Fn.ref('MaxEnvParam'));
  new lambda.Version(stack, 'Version', { lambda: fn, minExecutionEnvironments: tokenMin, maxExecutionEnvironments: tokenMax });
}
app.synth();
