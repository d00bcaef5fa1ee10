// Conformance case 's3-lifecycle-rules': lifecycle rules as aws-cdk's rules.test.ts and bucket.test.ts
// write them -- expiration days and date, transitions (days and date), noncurrent versions with and
// without versions to retain, expiredObjectDeleteMarker, abortIncompleteMultipartUploadAfter, prefix,
// tag filters, object size filters (objectSizeLessThan acknowledges cfn-lint's W9003 once per bucket),
// a disabled rule, transitionDefaultMinimumObjectSize -- given as props and with addLifecycleRule.
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Bucket', {
  lifecycleRules: [{ expiration: cdk.Duration.days(30) }],
});
const added = new s3.Bucket(stack, 'Added');
added.addLifecycleRule({ expiration: cdk.Duration.days(30) });
new s3.Bucket(stack, 'Dated', {
  lifecycleRules: [{ expirationDate: new Date('2018-01-01') }],
});
new s3.Bucket(stack, 'Transitions', {
  transitionDefaultMinimumObjectSize: s3.TransitionDefaultMinimumObjectSize.VARIES_BY_STORAGE_CLASS,
  lifecycleRules: [{
    id: 'archive',
    prefix: 'logs/',
    transitions: [
      { storageClass: s3.StorageClass.GLACIER, transitionAfter: cdk.Duration.days(30) },
      { storageClass: s3.StorageClass.DEEP_ARCHIVE, transitionDate: new Date('2030-06-01T12:30:00Z') },
      { storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: cdk.Duration.hours(24 * 60) },
    ],
  }],
});
new s3.Bucket(stack, 'Marker', {
  lifecycleRules: [{ expiredObjectDeleteMarker: true }],
});
new s3.Bucket(stack, 'Bucket1', {
  versioned: true,
  lifecycleRules: [{
    noncurrentVersionExpiration: cdk.Duration.days(10),
    noncurrentVersionTransitions: [{
      storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL,
      transitionAfter: cdk.Duration.days(10),
      noncurrentVersionsToRetain: 1,
    }],
  }, {
    noncurrentVersionExpiration: cdk.Duration.days(10),
    noncurrentVersionsToRetain: 1,
    noncurrentVersionTransitions: [
      { storageClass: s3.StorageClass.ONE_ZONE_INFREQUENT_ACCESS, transitionAfter: cdk.Duration.days(10) },
      { storageClass: s3.StorageClass.INTELLIGENT_TIERING, transitionAfter: cdk.Duration.days(20) },
    ],
  }],
});
const sized = new s3.Bucket(stack, 'Sized', {
  lifecycleRules: [{
    id: 'small',
    enabled: false,
    abortIncompleteMultipartUploadAfter: cdk.Duration.days(1),
    objectSizeLessThan: 1024,
    objectSizeGreaterThan: 0,
    tagFilters: { team: 'a', stage: 'prod' },
    expiration: cdk.Duration.days(365),
  }],
});
sized.addLifecycleRule({ objectSizeLessThan: 10, expiredObjectDeleteMarker: false, abortIncompleteMultipartUploadAfter: cdk.Duration.days(7) });
// objectSizeGreaterThan alone: aws-cdk-lib tests objectSizeLessThan twice, so no acknowledgement
new s3.Bucket(stack, 'Greater', {
  lifecycleRules: [{ objectSizeGreaterThan: 500, expiration: cdk.Duration.days(2) }],
});
app.synth();
