// Conformance case 'code-asset-source-kms-key': Code.fromAsset(dir, { sourceKMSKey }) -- the
// function's Code gets SourceKMSKeyArn after S3Key; one Code object bound to two functions (the
// second reuses the first's asset) keeps it in both; a layer of such a code has no key in its
// Content; an imported key's ARN as it is.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'SourceKey');
const key = new kms.Key(stack, 'CodeKey');
const dir = path.join(__dirname, 'handler');
const code = lambda.Code.fromAsset(dir, { sourceKMSKey: key });
for (const id of ['First', 'Second']) {
  new lambda.Function(stack, id, { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code });
}
const imported = kms.Key.fromKeyArn(stack, 'Imported', 'arn:aws:kms:us-east-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab');
new lambda.Function(stack, 'Third', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(dir, { sourceKMSKey: imported, exclude: ['*.md'] }),
});
new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromAsset(dir, { sourceKMSKey: key }) });
app.synth();
