// Conformance case 'ported-efs-deny-anonymous-flag': aws-cdk's efs-file-system.test.ts 'anonymous
// access is prohibited by the @aws-cdk/aws-efs:denyAnonymousAccess feature flag' ported literally: the
// flag in the App's context props (no context of the runner sets it otherwise; cli+init sets it too),
// `new Stack(app)` (the Default stack) with its VPC and the file system.
// Ported from aws-cdk: efs-file-system.test.ts 'anonymous access is prohibited by the
// @aws-cdk/aws-efs:denyAnonymousAccess feature flag'
'use strict';
const cdk = require('aws-cdk-lib');
const cxapi = require('aws-cdk-lib/cx-api');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');

const app = new cdk.App({
  context: {
    [cxapi.EFS_DENY_ANONYMOUS_ACCESS]: true,
  },
});
const customStack = new cdk.Stack(app);
const customVpc = new ec2.Vpc(customStack, 'VPC');
new efs.FileSystem(customStack, 'EfsFileSystem', {
  vpc: customVpc,
});
app.synth();
