// Conformance case 'webfunction-regions-keys': endpoint locations whose regions are only known at
// deployment (a CommaDelimitedList parameter: the list as given, the name hashed over its Ref) or
// hold a token, the stack's own region in an environment-agnostic stack (kept: it is a token), an
// imported kmsKey (its warning, the grant left to the grantee) and an imported code bucket with an
// imported encryption key (the bucket and key warnings).
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const regions = new cdk.CfnParameter(stack, 'Regions', { type: 'CommaDelimitedList' });
const extra = new cdk.CfnParameter(stack, 'ExtraRegion', { type: 'String' });
const bucketKey = kms.Key.fromKeyArn(stack, 'BucketKey',
  'arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555');
const codeBucket = s3.Bucket.fromBucketAttributes(stack, 'CodeBucket', {
  bucketName: 'my-code-bucket',
  encryptionKey: bucketKey,
});
const envKey = kms.Key.fromKeyArn(stack, 'EnvKey',
  'arn:aws:kms:us-east-1:123456789012:key/66666666-7777-8888-9999-000000000000');

const fn = new lambda.WebFunction(stack, 'Web', {
  code: lambda.WebFunctionCode.fromBucket(codeBucket, 'app.zip'),
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
  kmsKey: envKey,
  defaultEndpoint: {
    endpointLocation: lambda.WebFunctionEndpointLocation.perRegion(regions.valueAsList),
  },
});
fn.addEndpoint('Mixed', {
  authType: lambda.WebFunctionAuthType.IAM_AUTH,
  endpointLocation: lambda.WebFunctionEndpointLocation.multiRegion(['eu-west-1', extra.valueAsString]),
});
fn.addEndpoint('Home', {
  authType: lambda.WebFunctionAuthType.IAM_AUTH,
  endpointLocation: lambda.WebFunctionEndpointLocation.perRegion(['us-east-1', 'eu-west-1', 'us-east-1']),
});

app.synth();
