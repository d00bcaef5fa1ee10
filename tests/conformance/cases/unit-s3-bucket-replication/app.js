// Conformance case 'unit-s3-bucket-replication': bucket.test.ts's replication tests that no other case
// wrote as they are: default settings (the generated role and its policy), full settings (every rule
// prop with a tag-and-prefix filter and a replica KMS key), source object encryption (kms:Decrypt on the
// source's key), and to a destination bucket of another account's stack, with and without
// accessControlTransition (the rule's Account and AccessControlTranslation; the destination stack's
// bucket policy for the source's role, made by the source's rules).
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();

const defaults = new cdk.Stack(app, 'Defaults');
new s3.Bucket(defaults, 'SrcBucket', {
  versioned: true,
  replicationRules: [{ destination: new s3.Bucket(defaults, 'DstBucket') }],
});

const full = new cdk.Stack(app, 'Full');
const fullDst = new s3.Bucket(full, 'DstBucket');
const kmsKey = new kms.Key(full, 'Key');
new s3.Bucket(full, 'SrcBucket', {
  versioned: true,
  replicationRules: [{
    destination: fullDst,
    replicationTimeControl: s3.ReplicationTimeValue.FIFTEEN_MINUTES,
    metrics: s3.ReplicationTimeValue.FIFTEEN_MINUTES,
    kmsKey,
    storageClass: s3.StorageClass.GLACIER,
    sseKmsEncryptedObjects: true,
    replicaModifications: true,
    id: 'rule1',
    priority: 1,
    deleteMarkerReplication: false,
    filter: { prefix: 'filterWord', tags: [{ key: 'filterKey', value: 'filterValue' }] },
  }],
});

const sourceEnc = new cdk.Stack(app, 'SourceEncryption');
const encDst = new s3.Bucket(sourceEnc, 'DstBucket');
new s3.Bucket(sourceEnc, 'SrcBucket', {
  versioned: true,
  encryption: s3.BucketEncryption.KMS,
  encryptionKey: new kms.Key(sourceEnc, 'Key'),
  replicationRules: [{ destination: encDst }],
});

function crossAccount(suffix, accessControlTransition) {
  const stack = new cdk.Stack(app, `stack${suffix}`, { env: { account: '111111111111', region: 'us-east-1' } });
  const dstStack = new cdk.Stack(app, `DstStack${suffix}`, { env: { account: '222222222222' } });
  const dstBucket = new s3.Bucket(dstStack, 'DstBucket', { bucketName: `another-account-dst-bucket${suffix.toLowerCase()}` });
  new s3.Bucket(stack, 'SrcBucket', {
    versioned: true,
    replicationRules: [{ destination: dstBucket, accessControlTransition }],
  });
}
crossAccount('', undefined);
crossAccount('Acl', true);
app.synth();
