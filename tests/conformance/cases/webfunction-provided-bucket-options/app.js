// Conformance case 'webfunction-provided-bucket-options': fromAssetToProvidedBucket into an imported
// bucket (the warning, no bucket policy) with copyOptions role and logGroup, and into a KMS-encrypted
// bucket of the app (the key's kms:Decrypt grant to the revisions) with copyOptions in a VPC with
// its security groups and a subnet selection of a group name and onePerAz.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const logs = require('aws-cdk-lib/aws-logs');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const dir = path.join(__dirname, '..', 'webfunction-provided-bucket', 'my-app');
const base = {
  runtime: lambda.WebFunctionRuntime.NODEJS_24_X,
  defaultEndpointAuth: lambda.WebFunctionAuthType.IAM_AUTH,
};

const imported = s3.Bucket.fromBucketName(stack, 'Imported', 'my-code-bucket');
const copyRole = new iam.Role(stack, 'CopyRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const copyLogs = new logs.LogGroup(stack, 'CopyLogs', { retention: logs.RetentionDays.ONE_WEEK });
new lambda.WebFunction(stack, 'FromImported', {
  ...base,
  code: lambda.WebFunctionCode.fromAssetToProvidedBucket(imported, dir, {
    keyPrefix: 'code/',
    copyOptions: { role: copyRole, logGroup: copyLogs },
  }),
});

const key = new kms.Key(stack, 'Key');
const encrypted = new s3.Bucket(stack, 'Encrypted', { versioned: true, encryption: s3.BucketEncryption.KMS, encryptionKey: key });
const vpc = new ec2.Vpc(stack, 'Vpc', { restrictDefaultSecurityGroup: false, maxAzs: 2 });
const sg = new ec2.SecurityGroup(stack, 'CopySg', { vpc });
new lambda.WebFunction(stack, 'FromEncrypted', {
  ...base,
  code: lambda.WebFunctionCode.fromAssetToProvidedBucket(encrypted, dir, {
    copyOptions: {
      vpc,
      vpcSubnets: { subnetGroupName: 'Private', onePerAz: true },
      securityGroups: [sg],
    },
  }),
});

app.synth();
