// Conformance case 'ported-core-synthesis-customize-publishing': new-style-synthesis.test.ts's 'customize publishing
// resources' ported literally: a DefaultStackSynthesizer with the file bucket, the image repository, both publishing roles and their external ids: the asset manifest's destinations. The test's synthesizer.addFileAsset
// and addDockerImageAsset are a function's Code.fromAsset of a directory and one's Code.fromAssetImage here.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const myapp = new cdk.App();
const mystack = new cdk.Stack(myapp, 'mystack', {
  synthesizer: new cdk.DefaultStackSynthesizer({
    fileAssetsBucketName: 'file-asset-bucket',
    fileAssetPublishingRoleArn: 'file:role:arn',
    fileAssetPublishingExternalId: 'file-external-id',

    imageAssetsRepositoryName: 'image-ecr-repository',
    imageAssetPublishingRoleArn: 'image:role:arn',
    imageAssetPublishingExternalId: 'image-external-id',
  }),
});
new lambda.Function(mystack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
new lambda.Function(mystack, 'ImageFn', {
  code: lambda.Code.fromAssetImage(path.join(__dirname, 'docker-handler')),
  handler: lambda.Handler.FROM_IMAGE,
  runtime: lambda.Runtime.FROM_IMAGE,
});
myapp.synth();
