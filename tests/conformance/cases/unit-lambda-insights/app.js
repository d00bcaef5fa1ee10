// Conformance case 'unit-lambda-insights': aws-cdk's lambda-insights.test.ts (aws-lambda), each test that
// synthesizes as its own stack (the tests' `new cdk.Stack(app, 'Stack', ...)` of an App each, here named)
// Ported from aws-cdk: lambda-insights.test.ts 'can provide arn to enable insights', 'can provide a version
// to enable insights', 'using a specific version without providing a region', 'can create two functions in
// a region agnostic stack with the same version', 'insights layer is skipped for container images and the
// role is updated', 'can use with arm architecture', 'can create two functions, with different
// architectures in a region agnostic stack with the same version' (without its Fact.register of an
// invented fact: the fact database as aws-cdk-lib ships it), 'can use layer v1.0.143.0'
'use strict';
const cdk = require('aws-cdk-lib');
const ecr = require('aws-cdk-lib/aws-ecr');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const env = { account: '123456789012', region: 'us-east-1' };
// functionWithInsightsVersion
const fn = (stack, id, insightsVersion, architecture) => new lambda.Function(stack, id, {
  functionName: id,
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  architecture,
  insightsVersion,
});

fn(new cdk.Stack(app, 'InsightsArn', {}), 'MyLambda',
  lambda.LambdaInsightsVersion.fromInsightVersionArn('arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:14'));
fn(new cdk.Stack(app, 'InsightsVersion', { env }), 'MyLambda', lambda.LambdaInsightsVersion.VERSION_1_0_54_0);
fn(new cdk.Stack(app, 'InsightsWithoutRegion', {}), 'MyLambda', lambda.LambdaInsightsVersion.VERSION_1_0_98_0);
{
  const stack = new cdk.Stack(app, 'InsightsTwoFunctions', {});
  fn(stack, 'MyLambda1', lambda.LambdaInsightsVersion.VERSION_1_0_98_0);
  fn(stack, 'MyLambda2', lambda.LambdaInsightsVersion.VERSION_1_0_98_0);
}
{
  const stack = new cdk.Stack(app, 'InsightsContainerImage');
  new lambda.DockerImageFunction(stack, 'MyFunction', {
    code: lambda.DockerImageCode.fromEcr(ecr.Repository.fromRepositoryArn(stack, 'MyRepo',
      'arn:aws:ecr:us-east-1:123456789012:repository/MyRepo')),
    insightsVersion: lambda.LambdaInsightsVersion.VERSION_1_0_98_0,
  });
}
fn(new cdk.Stack(app, 'InsightsArm', { env }), 'MyLambda', lambda.LambdaInsightsVersion.VERSION_1_0_119_0, lambda.Architecture.ARM_64);
{
  const stack = new cdk.Stack(app, 'InsightsTwoArchitectures', {});
  fn(stack, 'MyLambda1', lambda.LambdaInsightsVersion.VERSION_1_0_119_0);
  fn(stack, 'MyLambda2', lambda.LambdaInsightsVersion.VERSION_1_0_119_0, lambda.Architecture.ARM_64);
}
fn(new cdk.Stack(app, 'Insights143', { env }), 'MyLambda', lambda.LambdaInsightsVersion.VERSION_1_0_143_0, lambda.Architecture.X86_64);

app.synth();
