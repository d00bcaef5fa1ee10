// Conformance case 'current-version-layers-order': layers given in both orders (Layers is sorted by
// layer path under @aws-cdk/aws-lambda:recognizeLayerVersion), with currentVersion on both functions.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const layerB = new lambda.LayerVersion(stack, 'LayerB', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer-code')),
  compatibleRuntimes: [lambda.Runtime.NODEJS_18_X, lambda.Runtime.NODEJS_20_X],
  compatibleArchitectures: [lambda.Architecture.ARM_64],
  license: 'MIT',
  layerVersionName: 'layer-b',
});
const layerA = new lambda.LayerVersion(stack, 'LayerA', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer-code-2')),
  description: 'layer a',
});
layerA.addPermission('Everyone', { accountId: '*', organizationId: 'o-123456' });
layerB.addPermission('OneAccount', { accountId: '123456789012' });
const imported = lambda.LayerVersion.fromLayerVersionAttributes(stack, 'Imported', {
  layerVersionArn: cdk.Fn.importValue('SharedLayerArn'),
  compatibleRuntimes: [lambda.Runtime.NODEJS_18_X],
});
const f1 = new lambda.Function(stack, 'FnOne', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  layers: [layerB, layerA],
});
f1.addLayers(imported);
const f2 = new lambda.Function(stack, 'FnTwo', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  layers: [layerA, layerB],
});
f1.currentVersion;
f2.currentVersion.addAlias('live');
app.synth();
