// Conformance case 's3-intelligent-tiering': s3.Bucket intelligentTieringConfigurations: one with a
// prefix, tags and both tier times (the Tierings in ARCHIVE_ACCESS, DEEP_ARCHIVE_ACCESS order, whole
// days from other units), one with a name only (Tierings []), and [] (an empty list kept).
// Upstream: aws-s3/test/bucket.test.ts 'Should synth a bucket with intelligent tiering ...'.
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new s3.Bucket(stack, 'Tiered', {
  intelligentTieringConfigurations: [
    {
      name: 'foo',
      prefix: 'bar',
      archiveAccessTierTime: cdk.Duration.days(90),
      deepArchiveAccessTierTime: cdk.Duration.hours(24 * 180),
      tags: [{ key: 'test', value: 'bazz' }, { key: 'team', value: 'a' }],
    },
    { name: 'deep-only', deepArchiveAccessTierTime: cdk.Duration.days(180) },
    { name: 'none' },
  ],
});
new s3.Bucket(stack, 'Empty', { intelligentTieringConfigurations: [] });
app.synth();
