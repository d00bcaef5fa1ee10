// Conformance case 'ported-core-synthesis-clicreds-bucket-prefix': clicreds-synthesis.test.ts's
// 'synthesis with bucketPrefix' ported literally: a CliCredentialsStackSynthesizer with a file
// assets bucket and bucketPrefix '000000000000/': the asset's objectKey and the template's
// (stackTemplateAssetObjectUrl) start with it. The test's synthesizer.addFileAsset of its own file
// is a function's Code.fromAsset of a directory here.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const myapp = new cdk.App();
const mystack = new cdk.Stack(myapp, 'mystack-bucketPrefix', {
  synthesizer: new cdk.CliCredentialsStackSynthesizer({
    fileAssetsBucketName: 'file-asset-bucket',
    bucketPrefix: '000000000000/',
  }),
});
new lambda.Function(mystack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
myapp.synth();
