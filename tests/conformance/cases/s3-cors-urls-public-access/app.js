// Conformance case 's3-cors-urls-public-access': what aws-cdk's bucket.test.ts checks of CORS rules
// (props and addCorsRule), metrics (props and addMetric), objectLockDefaultRetention, the object
// URLs (urlForObject, virtualHostedUrlForObject regional or not, s3UrlForObject,
// transferAccelerationUrlForObject with dualStack; keys with and without a leading "/", none) of a
// bucket and of imports (a region of region-info's, one it does not know, none), grantPutAcl, and
// grantPublicAccess (default s3:GetObject on "*", a key prefix and actions, publicReadAccess).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const bucket = new s3.Bucket(stack, 'Bucket', {
  cors: [{
    id: 'myCORSRule',
    maxAge: 3600,
    allowedHeaders: ['*'],
    allowedMethods: [s3.HttpMethods.GET, s3.HttpMethods.HEAD],
    allowedOrigins: ['https://example.com', 'https://example.org'],
    exposedHeaders: ['ETag', 'x-amz-request-id'],
  }],
  metrics: [{ id: 'EntireBucket' }],
  objectLockDefaultRetention: s3.ObjectLockRetention.governance(cdk.Duration.days(30)),
});
bucket.addCorsRule({ allowedMethods: [s3.HttpMethods.PUT, s3.HttpMethods.POST, s3.HttpMethods.DELETE], allowedOrigins: ['*'] });
bucket.addMetric({ id: 'Filtered', prefix: 'logs/', tagFilters: { tagA: 'a', tagB: 'b' } });
bucket.grantPutAcl(fn);
bucket.grantPutAcl(fn, 'public/*');
const out = (id, v) => new cdk.CfnOutput(stack, id, { value: v });
out('Url', bucket.urlForObject('my/file.txt'));
out('UrlNoKey', bucket.urlForObject());
out('UrlSlash', bucket.urlForObject('/leading.txt'));
out('Virtual', bucket.virtualHostedUrlForObject('my/file.txt'));
out('VirtualGlobal', bucket.virtualHostedUrlForObject('my/file.txt', { regional: false }));
out('VirtualNoKey', bucket.virtualHostedUrlForObject());
out('S3Url', bucket.s3UrlForObject('my/file.txt'));
out('S3UrlNoKey', bucket.s3UrlForObject());
out('Accel', bucket.transferAccelerationUrlForObject('my/file.txt'));
out('AccelDual', bucket.transferAccelerationUrlForObject('/my/file.txt', { dualStack: true }));
out('AccelNoKey', bucket.transferAccelerationUrlForObject());
out('DomainName', bucket.bucketDomainName);
out('DualStack', bucket.bucketDualStackDomainName);
const named = s3.Bucket.fromBucketName(stack, 'Named', 'my-bucket');
out('NamedUrl', named.urlForObject('key'));
out('NamedVirtual', named.virtualHostedUrlForObject('key'));
out('NamedGlobal', named.virtualHostedUrlForObject('key', { regional: false }));
const inRegion = s3.Bucket.fromBucketAttributes(stack, 'InRegion', { bucketName: 'my-cn-bucket', region: 'cn-north-1' });
out('InRegionUrl', inRegion.urlForObject('key'));
out('InRegionVirtual', inRegion.virtualHostedUrlForObject('key'));
out('InRegionDual', inRegion.bucketDualStackDomainName);
const unknown = s3.Bucket.fromBucketAttributes(stack, 'Unknown', { bucketName: 'my-far-bucket', region: 'xx-far-1' });
out('UnknownVirtual', unknown.virtualHostedUrlForObject('key'));
const website = new s3.Bucket(stack, 'Website', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY, publicReadAccess: true });
website.grantPublicAccess('only/access/these/*', 's3:GetObject', 's3:PutObject');
const open = new s3.Bucket(stack, 'Open', {
  blockPublicAccess: new s3.BlockPublicAccess({ blockPublicPolicy: false, restrictPublicBuckets: false }),
});
open.grantPublicAccess();
app.synth();
