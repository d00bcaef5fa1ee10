// Conformance case 's3-replication': s3.Bucket replicationRules. A versioned KMS-encrypted source
// with two rules: to a bucket of the stack (id, priority, storage class, the replica KMS key,
// sseKmsEncryptedObjects, replicaModifications false, deleteMarkerReplication,
// replicationTimeControl with metrics, a prefix filter) and to an import of another account
// (accessControlTransition, metrics without time control: no event threshold, a prefix-and-tags
// filter, the cross-account info annotation); the generated ReplicationRole (named
// CDKReplicationRole, or no name under @aws-cdk/aws-s3:setUniqueReplicationRoleName) and its
// grantReplicationPermission policy. A second source given replicationRole (no generated role or
// grant) with one rule without priority or filter. addReplicationPolicy on a destination (with the
// ownership override for an account) and on an import (the info annotation, no policy).
// Upstream: aws-s3/test/bucket.test.ts 'replication' tests.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const destination = new s3.Bucket(stack, 'Destination', { versioned: true });
const replicaKey = new kms.Key(stack, 'ReplicaKey');
const crossAccount = s3.Bucket.fromBucketAttributes(stack, 'CrossAccount', {
  bucketName: 'cross-account-bucket',
  account: '111111111111',
});
new s3.Bucket(stack, 'Source', {
  versioned: true,
  encryption: s3.BucketEncryption.KMS,
  replicationRules: [
    {
      destination,
      id: 'same-account',
      priority: 1,
      storageClass: s3.StorageClass.INFREQUENT_ACCESS,
      kmsKey: replicaKey,
      sseKmsEncryptedObjects: true,
      replicaModifications: false,
      deleteMarkerReplication: true,
      replicationTimeControl: s3.ReplicationTimeValue.FIFTEEN_MINUTES,
      metrics: s3.ReplicationTimeValue.FIFTEEN_MINUTES,
      filter: { prefix: 'data/' },
    },
    {
      destination: crossAccount,
      priority: 2,
      accessControlTransition: true,
      metrics: s3.ReplicationTimeValue.FIFTEEN_MINUTES,
      filter: { prefix: 'logs/', tags: [{ key: 'team', value: 'a' }, { key: 'env', value: 'prod' }] },
    },
  ],
});
const role = new iam.Role(stack, 'GivenRole', { assumedBy: new iam.ServicePrincipal('s3.amazonaws.com') });
new s3.Bucket(stack, 'SourceWithRole', {
  versioned: true,
  replicationRole: role,
  replicationRules: [{ destination, sseKmsEncryptedObjects: false, deleteMarkerReplication: false }],
});
destination.addReplicationPolicy(role.roleArn, true, '222222222222');
destination.addReplicationPolicy('arn:aws:iam::333333333333:role/other');
crossAccount.addReplicationPolicy(role.roleArn);
app.synth();
