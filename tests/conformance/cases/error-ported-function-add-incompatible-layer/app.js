// Conformance case 'error-ported-function-add-incompatible-layer'
// Upstream: aws-lambda/test/function.test.ts 'add incompatible layer': a python3.7 function on an
// S3Code of a new bucket, a layer of the same code for Runtime.NODEJS, func.addLayers(layer) throws.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = new s3.Bucket(stack, 'Bucket');
const code = new lambda.S3Code(bucket, 'ObjectKey');

const func = new lambda.Function(stack, 'myFunc', {
  runtime: lambda.Runtime.PYTHON_3_7,
  handler: 'index.handler',
  code,
});
const layer = new lambda.LayerVersion(stack, 'myLayer', {
  code,
  compatibleRuntimes: [lambda.Runtime.NODEJS],
});
func.addLayers(layer);
app.synth();
