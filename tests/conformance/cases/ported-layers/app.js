// Conformance case 'ported-layers': aws-cdk's layers.test.ts ported literally, the same ids: the
// TestStack tests (`new cdk.Stack(undefined, 'TestStack')`) in 'TestStack' and 'CreateStack' (one
// name per app), 'creating a layer with a removal policy' and 'specified compatible architectures
// is recognized' together in the Default stack (their ids do not collide).
// Ported from aws-cdk: layers.test.ts 'creating a layer', 'granting access to a layer',
// 'creating a layer with a removal policy', 'specified compatible architectures is recognized'
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
{
  const stack = new cdk.Stack(app, 'TestStack');
  const bucket = new s3.Bucket(stack, 'Bucket');
  const code = new lambda.S3Code(bucket, 'ObjectKey');
  const layer = new lambda.LayerVersion(stack, 'LayerVersion', {
    code,
    compatibleRuntimes: [lambda.Runtime.NODEJS_LATEST],
  });
  layer.addPermission('GrantUsage-123456789012', { accountId: '123456789012' });
  layer.addPermission('GrantUsage-o-123456', { accountId: '*', organizationId: 'o-123456' });
}
{
  const stack = new cdk.Stack(app, 'CreateStack');
  const bucket = new s3.Bucket(stack, 'Bucket');
  const code = new lambda.S3Code(bucket, 'ObjectKey');
  new lambda.LayerVersion(stack, 'LayerVersion', {
    code,
    compatibleRuntimes: [lambda.Runtime.NODEJS_LATEST],
  });
}
{
  const stack = new cdk.Stack(app);
  new lambda.LayerVersion(stack, 'layer', {
    code: lambda.Code.fromAsset(path.join(__dirname, 'layer-code')),
    removalPolicy: cdk.RemovalPolicy.RETAIN,
  });
  const bucket = new s3.Bucket(stack, 'Bucket');
  const code = new lambda.S3Code(bucket, 'ObjectKey');
  new lambda.LayerVersion(stack, 'MyLayer', {
    code,
    compatibleArchitectures: [lambda.Architecture.ARM_64],
  });
}
app.synth();
