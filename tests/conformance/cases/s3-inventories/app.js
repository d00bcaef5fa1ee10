// Conformance case 's3-inventories': inventories as aws-cdk's bucket.test.ts writes them (props and
// addInventory; defaults; every option; ids made from the bucket's id), whose rendering gives each
// destination bucket of the app its bucket policy statement -- one declared before the source, one
// after it (with enforceSSL, its policy's removal policy set: BucketPolicy.applyRemovalPolicy), and
// an imported one (no statement).
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const before = new s3.Bucket(stack, 'Before');
const source = new s3.Bucket(stack, 'My-Source.Bucket_1', {
  inventories: [{ destination: { bucket: before, prefix: 'reports/' }, optionalFields: ['Size', 'ETag'] }],
});
const after = new s3.Bucket(stack, 'After', { enforceSSL: true });
after.policy.applyRemovalPolicy(cdk.RemovalPolicy.DESTROY);
source.addInventory({
  destination: { bucket: after, bucketOwner: '123456789012' },
  inventoryId: 'weekly.report-2',
  format: s3.InventoryFormat.PARQUET,
  frequency: s3.InventoryFrequency.DAILY,
  includeObjectVersions: s3.InventoryObjectVersion.CURRENT,
  enabled: false,
  objectsPrefix: 'data/',
});
source.addInventory({
  destination: { bucket: s3.Bucket.fromBucketName(stack, 'Imported', 'my-inventory-bucket'), prefix: 'inv' },
  format: s3.InventoryFormat.ORC,
});
app.synth();
