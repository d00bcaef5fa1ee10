// Conformance case 'lambda-layers-tests-2': LayerVersion props next to layers.test.ts's tests, at their
// edges: empty description and license strings (written), an empty compatibleArchitectures list
// (written as []), both architectures, several runtimes, Runtime.ALL (left out), a layerVersionName,
// removal policies DESTROY and RETAIN_ON_UPDATE_OR_DELETE; addPermission on a layer and on imported ones
// (fromLayerVersionArn, fromLayerVersionAttributes), with organizationId under '*'; the layers in a
// function's Layers, the imports' ARNs as outputs.
// Ported from aws-cdk: layers.test.ts (the props and methods its tests use, at their limits)
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = new s3.Bucket(stack, 'Bucket');
const code = new lambda.S3Code(bucket, 'ObjectKey');
const empty = new lambda.LayerVersion(stack, 'Empty', {
  code,
  description: '',
  license: '',
  compatibleArchitectures: [],
});
const full = new lambda.LayerVersion(stack, 'Full', {
  code,
  description: 'a layer',
  license: 'MIT',
  layerVersionName: 'my-layer',
  compatibleArchitectures: [lambda.Architecture.X86_64, lambda.Architecture.ARM_64],
  compatibleRuntimes: [lambda.Runtime.NODEJS_20_X, lambda.Runtime.NODEJS_22_X, lambda.Runtime.PYTHON_3_12],
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
full.addPermission('Everyone', { accountId: '*' });
full.addPermission('Org', { accountId: '*', organizationId: 'o-123456' });
new lambda.LayerVersion(stack, 'All', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer-code')),
  compatibleRuntimes: lambda.Runtime.ALL,
  removalPolicy: cdk.RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE,
});
const byArn = lambda.LayerVersion.fromLayerVersionArn(stack, 'ByArn', 'arn:aws:lambda:us-east-1:123456789012:layer:l:1');
byArn.addPermission('Account', { accountId: '123456789012' });
const byAttrs = lambda.LayerVersion.fromLayerVersionAttributes(stack, 'ByAttrs', {
  layerVersionArn: 'arn:aws:lambda:us-east-1:123456789012:layer:m:2',
  compatibleRuntimes: [lambda.Runtime.NODEJS_20_X],
});
byAttrs.addPermission('Org', { accountId: '*', organizationId: 'o-abc' });
new lambda.Function(stack, 'Fn', {
  code: lambda.Code.fromInline('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  layers: [empty, full, byArn, byAttrs],
});
new cdk.CfnOutput(stack, 'ByArnArn', { value: byArn.layerVersionArn });
new cdk.CfnOutput(stack, 'FullArn', { value: full.layerVersionArn });
app.synth();
