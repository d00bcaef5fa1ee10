// Conformance case 'error-layer-incompatible-custom-runtime': error: a function of a runtime of one's own with a layer for another
// Upstream: aws-lambda/test/function.test.ts 'using an incompatible layer'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
const layer = lambda.LayerVersion.fromLayerVersionAttributes(stack, 'TestLayer', {
  layerVersionArn: 'arn:aws:...',
  compatibleRuntimes: [new lambda.Runtime('something2')],
});
new lambda.Function(stack, 'Function', {
  layers: [layer],
  runtime: new lambda.Runtime('something1', lambda.RuntimeFamily.NODEJS, {
    supportsInlineCode: true,
  }),
  code: lambda.Code.fromInline('exports.main = function() { console.log("DONE"); }'),
  handler: 'index.main',
});
app.synth();
