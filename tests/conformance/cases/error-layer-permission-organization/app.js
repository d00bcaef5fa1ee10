// Conformance case 'error-layer-permission-organization'
// Upstream: aws-lambda/lib/layers.ts addPermission: an organizationId with an accountId other than '*'
// (layers.test.ts grants to an organization with accountId '*')
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = new s3.Bucket(stack, 'Bucket');
const layer = new lambda.LayerVersion(stack, 'LayerVersion', {
  code: new lambda.S3Code(bucket, 'ObjectKey'),
  compatibleRuntimes: [lambda.Runtime.NODEJS_LATEST],
});
layer.addPermission('GrantUsage-o-123456', { accountId: '123456789012', organizationId: 'o-123456' });
app.synth();
