// Conformance case 's3-replication-permission': grantReplicationPermission to a replication role, as
// aws-cdk's bucket.test.ts writes it: a KMS-encrypted source (kms:Decrypt on its key), two
// destinations (one with an encryption key: grantEncrypt), and an imported source.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const role = new iam.Role(stack, 'ReplicationRole', { assumedBy: new iam.ServicePrincipal('s3.amazonaws.com') });
const source = new s3.Bucket(stack, 'Source', { versioned: true, encryption: s3.BucketEncryption.KMS });
const destKey = new kms.Key(stack, 'DestKey');
const dest1 = new s3.Bucket(stack, 'Dest1', { versioned: true });
const dest2 = new s3.Bucket(stack, 'Dest2', { versioned: true, encryptionKey: destKey });
source.grantReplicationPermission(role, {
  destinations: [{ bucket: dest1 }, { bucket: dest2, encryptionKey: destKey }],
});
const imported = s3.Bucket.fromBucketName(stack, 'Imported', 'imported-source');
imported.grantReplicationPermission(role, { destinations: [{ bucket: dest1 }] });
app.synth();
