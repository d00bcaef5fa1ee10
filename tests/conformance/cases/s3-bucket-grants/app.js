// Conformance case 's3-bucket-grants': an s3.Bucket with the props Lambda users set, and its grants
// to a function (read, write, put, delete, readWrite; write and put follow
// @aws-cdk/aws-s3:grantWriteWithoutAcl, which aws-cdk-lib v2 keeps on: error-s3-grant-write-without-acl-off),
// to an imported bucket too.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
const bucket = new s3.Bucket(stack, 'Uploads', {
  bucketName: 'my-uploads-bucket',
  versioned: true,
  encryption: s3.BucketEncryption.KMS_MANAGED,
  bucketKeyEnabled: true,
  // BLOCK_ACLS leaves two options out: @aws-cdk/aws-s3:publicAccessBlockedByDefault fills them in
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS,
  enforceSSL: true,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
bucket.grantRead(fn);
bucket.grantWrite(fn, 'out/*');
bucket.grantPut(fn);
bucket.grantDelete(fn, 'tmp/*');
const logs = new s3.Bucket(stack, 'Logs', { encryption: s3.BucketEncryption.S3_MANAGED, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
logs.grantReadWrite(fn);
const archive = new s3.Bucket(stack, 'Archive', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY, versioned: false });
archive.grantPut(fn.role);
const imported = s3.Bucket.fromBucketArn(stack, 'Imported', 'arn:aws:s3:::shared-data');
imported.grantRead(fn, 'reports/*');
const byName = s3.Bucket.fromBucketName(stack, 'ByName', 'other-bucket');
byName.grantReadWrite(fn);
// principals without a policy of this account: the bucket policy (an imported bucket has none)
bucket.grantRead(new iam.ServicePrincipal('logging.s3.amazonaws.com'), 'logs/*');
const partner = iam.Role.fromRoleArn(stack, 'Partner', 'arn:aws:iam::210987654321:role/partner');
logs.grantPut(partner);
imported.grantPut(new iam.AccountPrincipal('210987654321'));
archive.addToResourcePolicy(new iam.PolicyStatement({
  actions: ['s3:GetObject'], resources: [archive.arnForObjects('public/*')], principals: [new iam.AnyPrincipal()],
}));
imported.addToResourcePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: ['*'], principals: [new iam.AnyPrincipal()] }));
new cdk.CfnOutput(stack, 'UploadsName', { value: bucket.bucketName });
new cdk.CfnOutput(stack, 'UploadsObjects', { value: bucket.arnForObjects('in/*') });
new cdk.CfnOutput(stack, 'ImportedName', { value: imported.bucketName });
new cdk.CfnOutput(stack, 'ByNameArn', { value: byName.bucketArn });

app.synth();
