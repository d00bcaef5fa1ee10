// Conformance case 'error-layer-incompatible-runtime'
// Upstream: aws-lambda/lib/function.ts addLayers: a layer whose compatibleRuntimes leave out the function's
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('hello()'),
  handler: 'index.hello',
  runtime: lambda.Runtime.NODEJS_18_X,
});
const layer = new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromAsset('layer-code'), compatibleRuntimes: [lambda.Runtime.PYTHON_3_12] });
fn.addLayers(layer);
app.synth();
