// Conformance case 'ported-params-and-secrets-layers': aws-cdk's params-and-secrets.test.ts (aws-lambda),
// its tests of the layer and its environment ported literally: each test's Function 'Function'
// ('lambda-function') in a stack of its own (the tests' stacks are all 'Stack', of separate Apps:
// here named after the test), with the tests' regions (us-west-2, or none: the
// ParamsandsecretslayerMap lookup) and options objects.
// Ported from aws-cdk: params-and-secrets.test.ts 'can provide arn to enable params and secrets with
// default config options', 'can provide an arn to enable params and secrets with non-default config
// options', 'can enable params and secrets from version in non-agnostic stack - x86_64', 'can enable
// params and secrets from version in agnostic stack - x86_64', 'can enbale params and secrets from
// version in non-agnostic stack - arm64', 'can enable params and secrets from version in non-agnostic
// stack - arm64' (the agnostic one), 'can enable params and secrets from version with non-default
// config options'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const layerArn = 'arn:aws:lambda:us-east-1:177933569100:layer:AWS-Parameters-and-Secrets-Lambda-Extension:4';
const options = {
  cacheEnabled: false,
  cacheSize: 500,
  httpPort: 8080,
  logLevel: lambda.ParamsAndSecretsLogLevel.DEBUG,
  maxConnections: 1,
  secretsManagerTimeout: cdk.Duration.seconds(10),
  secretsManagerTtl: cdk.Duration.seconds(250),
  parameterStoreTimeout: cdk.Duration.seconds(10),
  parameterStoreTtl: cdk.Duration.seconds(250),
};
const fn = (stack, paramsAndSecrets, architecture) => new lambda.Function(stack, 'Function', {
  functionName: 'lambda-function',
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  architecture,
  paramsAndSecrets,
});
const V = lambda.ParamsAndSecretsVersions.V1_0_103;

fn(new cdk.Stack(app, 'ArnDefault', {}), lambda.ParamsAndSecretsLayerVersion.fromVersionArn(layerArn));
fn(new cdk.Stack(app, 'ArnOptions', {}), lambda.ParamsAndSecretsLayerVersion.fromVersionArn(layerArn, options));
fn(new cdk.Stack(app, 'VersionX86', { env: { region: 'us-west-2' } }), lambda.ParamsAndSecretsLayerVersion.fromVersion(V));
fn(new cdk.Stack(app, 'AgnosticX86'), lambda.ParamsAndSecretsLayerVersion.fromVersion(V));
fn(new cdk.Stack(app, 'VersionArm', { env: { region: 'us-west-2' } }), lambda.ParamsAndSecretsLayerVersion.fromVersion(V),
  lambda.Architecture.ARM_64);
fn(new cdk.Stack(app, 'AgnosticArm'), lambda.ParamsAndSecretsLayerVersion.fromVersion(V), lambda.Architecture.ARM_64);
fn(new cdk.Stack(app, 'VersionOptions', { env: { region: 'us-west-2' } }), lambda.ParamsAndSecretsLayerVersion.fromVersion(V, options));

app.synth();
