// Conformance case 'error-function-too-many-layers': error: the same layer six times
// Upstream: aws-lambda/test/function.test.ts 'using more than 5 layers'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
const layers = new Array(6).fill(lambda.LayerVersion.fromLayerVersionAttributes(stack, 'TestLayer', {
  layerVersionArn: 'arn:aws:...',
  compatibleRuntimes: [lambda.Runtime.NODEJS_22_X],
}));
new lambda.Function(stack, 'Function', {
  layers,
  runtime: lambda.Runtime.NODEJS_22_X,
  code: lambda.Code.fromInline('exports.main = function() { console.log("DONE"); }'),
  handler: 'index.main',
});
app.synth();
