// Conformance case 'code-image-and-parameters': Code.fromCfnParameters with the user's parameters,
// Code.fromEcrImage (cmd, entrypoint, workingDirectory, tag or digest) with repositories imported by
// ARN and by name, Code.fromAssetImage with a lambda.Function.
// Ports aws-cdk packages/aws-cdk-lib/aws-lambda/test/code.test.ts: describe('lambda.Code.fromCfnParameters')
// 'can assign parameters' / 'can use custom parameters', describe('lambda.Code.fromEcr')
// 'repository uri is correctly identified', 'props are correctly resolved', 'digests are interpreted
// correctly', 'permission grants'; describe('lambda.Code.fromImageAsset') 'props are correctly
// resolved'; and aws-ecr's repository.test.ts 'import with concrete arn' / 'import from repository name'.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ecr = require('aws-cdk-lib/aws-ecr');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

// fromCfnParameters: the user's bucket parameter, the default key parameter
const bucketParam = new cdk.CfnParameter(stack, 'FunctionLambdaSourceBucketNameParameter', { type: 'String' });
const code = lambda.Code.fromCfnParameters({ bucketNameParam: bucketParam });
new lambda.Function(stack, 'ParamsFunction', { code, runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler' });
new cdk.CfnOutput(stack, 'BucketNameParam', { value: code.bucketNameParam });
new cdk.CfnOutput(stack, 'ObjectKeyParam', { value: code.objectKeyParam });
// both given
const both = lambda.Code.fromCfnParameters({
  bucketNameParam: new cdk.CfnParameter(stack, 'B2', { type: 'String' }),
  objectKeyParam: new cdk.CfnParameter(stack, 'K2', { type: 'String' }),
});
new lambda.Function(stack, 'Params2', { code: both, runtime: lambda.Runtime.PYTHON_3_12, handler: 'index.handler' });
// sourceKMSKey: the function's Code.SourceKMSKeyArn
new lambda.Function(stack, 'Params3', {
  code: lambda.Code.fromCfnParameters({ sourceKMSKey: new kms.Key(stack, 'Key') }),
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
});

// fromEcrImage with an imported repository
const byArn = ecr.Repository.fromRepositoryArn(stack, 'ByArn', 'arn:aws:ecr:us-west-2:123456789012:repository/my/repo');
new lambda.Function(stack, 'EcrByArn', {
  code: lambda.Code.fromEcrImage(byArn, {
    cmd: ['cmd', 'param1'],
    entrypoint: ['entrypoint', 'param2'],
    workingDirectory: '/some/path',
    tagOrDigest: 'mytag',
  }),
  handler: lambda.Handler.FROM_IMAGE,
  runtime: lambda.Runtime.FROM_IMAGE,
});
const byName = ecr.Repository.fromRepositoryName(stack, 'ByName', 'named-repo');
new lambda.Function(stack, 'EcrByName', {
  code: lambda.Code.fromEcrImage(byName, { tagOrDigest: 'sha256:afc607424cc02c92d4d6af5184a4fef46a69548e465a320808c6ff358b6a3a8d' }),
  handler: lambda.Handler.FROM_IMAGE,
  runtime: lambda.Runtime.FROM_IMAGE,
});
new cdk.CfnOutput(stack, 'ByNameArn', { value: byName.repositoryArn });
new cdk.CfnOutput(stack, 'ByNameUri', { value: byName.repositoryUriForTagOrDigest('v1') });
new cdk.CfnOutput(stack, 'ByArnName', { value: byArn.repositoryName });
new cdk.CfnOutput(stack, 'ByArnUri', { value: byArn.repositoryUriForTagOrDigest('sha256:abc') });

// fromAssetImage with a lambda.Function
new lambda.Function(stack, 'AssetImage', {
  code: lambda.Code.fromAssetImage(path.join(__dirname, 'docker-handler'), {
    cmd: ['app.handler'],
    entrypoint: ['/lambda-entrypoint.sh'],
    workingDirectory: '/var/task',
  }),
  handler: lambda.Handler.FROM_IMAGE,
  runtime: lambda.Runtime.FROM_IMAGE,
});

app.synth();
