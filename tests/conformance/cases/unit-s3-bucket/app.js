// Conformance case 'unit-s3-bucket': the s3.Bucket props tests of aws-cdk's bucket.test.ts that no
// other case had, a stack per group: each encryption with and without a key (and one implied by a key),
// bucketKeyEnabled with each encryption that takes it, names that pass validation (dashes, three and
// non-IP four dotted parts, a Lazy name of bad characters) and legacy names of imports, server access
// logs to the bucket itself and to a bucket of each encryption, object lock with and without a
// retention, accessControl LOG_DELIVERY_WRITE alone, a custom blockPublicAccess under
// @aws-cdk/aws-s3:publicAccessBlockedByDefault false and true (a stack's context), arnForObjects of
// tokens (a group's and a user's names) and of an import's name, the inventory defaults and an id made
// from a long construct id, a DELIVERY_TIME partitioned log prefix, transitionDefaultMinimumObjectSize
// ALL_STORAGE_CLASSES_128_K, a routing rule with an empty keyPrefixEquals, replication with a tag filter
// alone and with two.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();

const enc = new cdk.Stack(app, 'Encryption');
new s3.Bucket(enc, 'KmsManaged', { encryption: s3.BucketEncryption.KMS_MANAGED });
new s3.Bucket(enc, 'Unencrypted', { encryption: s3.BucketEncryption.UNENCRYPTED });
new s3.Bucket(enc, 'KmsWithKey', {
  encryptionKey: new kms.Key(enc, 'MyKey', { description: 'hello, world' }),
  encryption: s3.BucketEncryption.KMS,
});
new s3.Bucket(enc, 'DsseWithKey', {
  encryptionKey: new kms.Key(enc, 'DsseKey', { description: 'hello, world' }),
  encryption: s3.BucketEncryption.DSSE,
});
new s3.Bucket(enc, 'KmsNoKey', { encryption: s3.BucketEncryption.KMS });
new s3.Bucket(enc, 'KeyOnly', { encryptionKey: new kms.Key(enc, 'ImpliedKey') });
new s3.Bucket(enc, 'BucketKeyKms', { bucketKeyEnabled: true, encryption: s3.BucketEncryption.KMS });
new s3.Bucket(enc, 'BucketKeyKmsManaged', { bucketKeyEnabled: true, encryption: s3.BucketEncryption.KMS_MANAGED });
new s3.Bucket(enc, 'BucketKeyDsse', { bucketKeyEnabled: true, encryption: s3.BucketEncryption.DSSE });
new s3.Bucket(enc, 'BucketKeyDsseManaged', { bucketKeyEnabled: true, encryption: s3.BucketEncryption.DSSE_MANAGED });
new s3.Bucket(enc, 'BucketKeyS3', { bucketKeyEnabled: true, encryption: s3.BucketEncryption.S3_MANAGED });

const names = new cdk.Stack(app, 'Names');
['abc.xyz-34ab', '124.pp--33', 'bu--cket', '1.2.3', '1.2.3.a', '1000.2.3.4'].forEach((bucketName, i) => {
  new s3.Bucket(names, `MyBucket${i + 1}`, { bucketName });
});
new s3.Bucket(names, 'LazyName', { bucketName: cdk.Lazy.string({ produce: () => '_BUCKET' }) });
const legacy = [
  s3.Bucket.fromBucketName(names, 'ByName', 'test_bucket_name'),
  s3.Bucket.fromBucketAttributes(names, 'ByAttributes', { bucketName: 'Test_Bucket_Name' }),
  s3.Bucket.fromBucketArn(names, 'ByArn', 'arn:aws:s3:::test_bucket_name'),
];
legacy.forEach((b, i) => {
  new cdk.CfnOutput(names, `LegacyName${i}`, { value: b.bucketName });
  new cdk.CfnOutput(names, `LegacyArn${i}`, { value: b.bucketArn });
});

const logs = new cdk.Stack(app, 'Logs');
new s3.Bucket(logs, 'SelfUnencrypted', { encryption: s3.BucketEncryption.UNENCRYPTED, serverAccessLogsPrefix: 'test' });
new s3.Bucket(logs, 'SelfS3', { encryption: s3.BucketEncryption.S3_MANAGED, serverAccessLogsPrefix: 'test' });
new s3.Bucket(logs, 'SelfKms', { encryption: s3.BucketEncryption.KMS, serverAccessLogsPrefix: 'test' });
new s3.Bucket(logs, 'SelfKmsKey', {
  encryptionKey: new kms.Key(logs, 'SelfKey'), encryption: s3.BucketEncryption.KMS, serverAccessLogsPrefix: 'test',
});
new s3.Bucket(logs, 'SelfKeyOnly', { encryptionKey: new kms.Key(logs, 'SelfKeyOnlyKey'), serverAccessLogsPrefix: 'test' });
const targets = {
  Unencrypted: { encryption: s3.BucketEncryption.UNENCRYPTED },
  S3: { encryption: s3.BucketEncryption.S3_MANAGED },
  Kms: { encryption: s3.BucketEncryption.KMS },
  KmsKey: { encryptionKey: new kms.Key(logs, 'TargetKey'), encryption: s3.BucketEncryption.KMS },
  KeyOnly: { encryptionKey: new kms.Key(logs, 'TargetKeyOnly') },
};
for (const [id, props] of Object.entries(targets)) {
  const target = new s3.Bucket(logs, `LogBucket${id}`, props);
  new s3.Bucket(logs, `To${id}`, { serverAccessLogsBucket: target });
}
const accessLogBucket = new s3.Bucket(logs, 'AccessLogs');
new s3.Bucket(logs, 'Partitioned', {
  serverAccessLogsBucket: accessLogBucket,
  targetObjectKeyFormat: s3.TargetObjectKeyFormat.partitionedPrefix(s3.PartitionDateSource.DELIVERY_TIME),
});

const lifecycle = new cdk.Stack(app, 'Lifecycle');
new s3.Bucket(lifecycle, 'MyBucket', {
  transitionDefaultMinimumObjectSize: s3.TransitionDefaultMinimumObjectSize.ALL_STORAGE_CLASSES_128_K,
  lifecycleRules: [{ expiration: cdk.Duration.days(365) }],
});

const lock = new cdk.Stack(app, 'ObjectLock');
new s3.Bucket(lock, 'NoRetention', { objectLockEnabled: true });
new s3.Bucket(lock, 'Defaulted', { objectLockDefaultRetention: s3.ObjectLockRetention.governance(cdk.Duration.days(7 * 365)) });
new s3.Bucket(lock, 'Governance', {
  objectLockEnabled: true, objectLockDefaultRetention: s3.ObjectLockRetention.governance(cdk.Duration.days(1)),
});
new s3.Bucket(lock, 'Compliance', {
  objectLockEnabled: true, objectLockDefaultRetention: s3.ObjectLockRetention.compliance(cdk.Duration.days(1)),
});

const access = new cdk.Stack(app, 'Access');
new s3.Bucket(access, 'LogDelivery', { accessControl: s3.BucketAccessControl.LOG_DELIVERY_WRITE });
new s3.Bucket(access, 'Restrict', { blockPublicAccess: new s3.BlockPublicAccess({ restrictPublicBuckets: true }) });
const flagOff = new cdk.Stack(app, 'BlockedByDefaultOff');
flagOff.node.setContext('@aws-cdk/aws-s3:publicAccessBlockedByDefault', false);
new s3.Bucket(flagOff, 'MyBucket', { blockPublicAccess: new s3.BlockPublicAccess({ restrictPublicBuckets: true }) });
const flagOn = new cdk.Stack(app, 'BlockedByDefaultOn');
flagOn.node.setContext('@aws-cdk/aws-s3:publicAccessBlockedByDefault', true);
new s3.Bucket(flagOn, 'MyBucket', { blockPublicAccess: new s3.BlockPublicAccess({ restrictPublicBuckets: false }) });
new s3.Bucket(flagOn, 'AclsOnly', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY });

const perms = new cdk.Stack(app, 'Permissions');
const bucket = new s3.Bucket(perms, 'MyBucket', { encryption: s3.BucketEncryption.S3_MANAGED });
const user = new iam.User(perms, 'MyUser');
const team = new iam.Group(perms, 'MyTeam');
bucket.addToResourcePolicy(new iam.PolicyStatement({
  resources: [bucket.bucketArn, bucket.arnForObjects(`home/${team.groupName}/${user.userName}/*`)],
  actions: ['s3:GetObject'],
  principals: [new iam.AnyPrincipal()],
}));
const imported = s3.Bucket.fromBucketAttributes(perms, 'ImportedBucket', { bucketArn: 'arn:aws:s3:::my-bucket' });
imported.addToResourcePolicy(new iam.PolicyStatement({ resources: ['*'], actions: ['*'] }));
user.addToPolicy(new iam.PolicyStatement({
  resources: [imported.arnForObjects(`my/folder/${imported.bucketName}`)],
  actions: ['s3:*'],
}));
const china = new cdk.Stack(app, 'China', { env: { region: 'cn-north-1' } });
const eu = s3.Bucket.fromBucketAttributes(china, 'ImportedBucket', { bucketName: 'mybucket', region: 'eu-west-1' });
new cdk.CfnOutput(china, 'Regional', { value: eu.bucketRegionalDomainName });
new cdk.CfnOutput(china, 'WebsiteDomain', { value: eu.bucketWebsiteDomainName });

const inv = new cdk.Stack(app, 'Inventory');
const inventoryBucket = new s3.Bucket(inv, 'InventoryBucket');
new s3.Bucket(inv, 'MyBucket', { inventories: [{ destination: { bucket: inventoryBucket } }] });
new s3.Bucket(inv, 'AVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVery@#$+:;?!&LongNodeIdName', {
  inventories: [{ destination: { bucket: inventoryBucket } }],
});

const web = new cdk.Stack(app, 'Website');
new s3.Bucket(web, 'Website', {
  websiteRoutingRules: [{
    hostName: 'www.example.com',
    httpRedirectCode: '302',
    protocol: s3.RedirectProtocol.HTTPS,
    replaceKey: s3.ReplaceKey.prefixWith('test/'),
    condition: { httpErrorCodeReturnedEquals: '200', keyPrefixEquals: '' },
  }],
});

const repl = new cdk.Stack(app, 'Replication');
const dst = new s3.Bucket(repl, 'DstBucket');
new s3.Bucket(repl, 'SrcBucket', {
  versioned: true,
  replicationRules: [{ destination: dst, filter: { tags: [{ key: 'filterKey', value: 'filterValue' }] } }],
});
new s3.Bucket(repl, 'SrcBucket2', {
  versioned: true,
  replicationRules: [{
    destination: dst,
    filter: { tags: [{ key: 'filterKey1', value: 'filterValue1' }, { key: 'filterKey2', value: 'filterValue2' }] },
  }],
});
app.synth();
