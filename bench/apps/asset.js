// bench workload (b), aws-cdk-lib half: one function whose code is a directory asset.
// Usage: node asset.js DIR   (output directory: $CDK_OUTDIR, else cdk.out)
'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
const lambda = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda'));

if (!process.argv[2]) {
  console.error('usage: node asset.js DIR');
  process.exit(2);
}
const app = new cdk.App();
const stack = new cdk.Stack(app, 'AssetStack');
new lambda.Function(stack, 'AssetFunction', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(process.argv[2]),
});
app.synth();
