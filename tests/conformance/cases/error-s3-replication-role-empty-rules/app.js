// Conformance case 'error-s3-replication-role-empty-rules': replicationRole with replicationRules given empty ([])
// Upstream: aws-s3/test/bucket.test.ts 'fails when replicationRules is an empty array'.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack');
new s3.Bucket(stack, 'SrcBucket', {
  versioned: true,
  replicationRole: new iam.Role(stack, 'ReplicationRole', { assumedBy: new iam.ServicePrincipal('s3.amazonaws.com') }),
  replicationRules: [],
});
app.synth();
