// Conformance case 'error-layer-inline-code'
// Upstream: aws-lambda/lib/layers.ts: a LayerVersion of inline code
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.LayerVersion(stack, 'Layer', {
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
  compatibleRuntimes: [lambda.Runtime.NODEJS_20_X],
});
app.synth();
