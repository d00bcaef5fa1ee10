// Conformance case 'unit-alias-add-version'
// Upstream: aws-lambda/test/alias.test.ts, its testDeprecated tests made with fn.addVersion: 'version
// and aliases', 'can use newVersion to create a new Version', 'can add additional versions to
// alias', 'version and aliases with provisioned execution'; each in a stack of its own (their ids
// are the same), with the version's resolved `version` as an output.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const newFn = (stack) => new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('hello()'),
  handler: 'index.hello',
  runtime: lambda.Runtime.NODEJS_14_X,
});

// 'version and aliases'
{
  const stack = new cdk.Stack(app, 'VersionAndAliases');
  const fn = newFn(stack);
  const version = fn.addVersion('1');
  new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version });
  new cdk.CfnOutput(stack, 'Version', { value: JSON.stringify(stack.resolve(version.version)) });
}
// 'can use newVersion to create a new Version'
{
  const stack = new cdk.Stack(app, 'NewVersion');
  const fn = newFn(stack);
  const version = fn.addVersion('NewVersion');
  new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version });
}
// 'can add additional versions to alias'
{
  const stack = new cdk.Stack(app, 'AdditionalVersions');
  const fn = newFn(stack);
  const version1 = fn.addVersion('1');
  const version2 = fn.addVersion('2');
  new lambda.Alias(stack, 'Alias', {
    aliasName: 'prod',
    version: version1,
    additionalVersions: [{ version: version2, weight: 0.1 }],
  });
  new cdk.CfnOutput(stack, 'Version1', { value: JSON.stringify(stack.resolve(version1.version)) });
  new cdk.CfnOutput(stack, 'Version2', { value: JSON.stringify(stack.resolve(version2.version)) });
}
// 'version and aliases with provisioned execution'
{
  const stack = new cdk.Stack(app, 'ProvisionedExecution');
  const fn = newFn(stack);
  const pce = 5;
  const version = fn.addVersion('1', undefined, 'testing', pce);
  new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version, provisionedConcurrentExecutions: pce });
}

app.synth();
