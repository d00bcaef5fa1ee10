// Conformance case 'error-function-container-layers'
// Upstream: aws-lambda/test/function.test.ts 'error when layers set in a container function'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const s3 = require('aws-cdk-lib/aws-s3');
const bucket = new s3.Bucket(stack, 'Bucket');
const code = new lambda.S3Code(bucket, 'ObjectKey');
const layer = new lambda.LayerVersion(stack, 'Layer', { code });
new lambda.DockerImageFunction(stack, 'MyLambda', {
  code: lambda.DockerImageCode.fromImageAsset('docker-lambda-handler'),
  layers: [layer],
});
app.synth();
