// Conformance case 's3-imported-website-urls': an imported bucket's default bucketWebsiteUrl and
// bucketWebsiteDomainName as fromBucketAttributes makes them: the region's s3StaticWebsiteEndpoint
// fact (legacy "s3-website-<region>" in us-east-1, "s3-website.<region>" in eu-central-1, the
// aws-cn suffix in cn-north-1), bucketWebsiteNewUrlFormat true / false, a given bucketWebsiteUrl,
// and where the region has no fact (a token, or unknown) the stack's regionalFact at synth: the
// S3-static-websiteMap CfnMapping in the environment-agnostic stack, the stack region's fact in an
// env-specific one (also for an import of an unknown region), the new format in a stack of an
// unknown region. Also the given bucketDomainName / bucketRegionalDomainName /
// bucketDualStackDomainName attributes. All in CfnOutputs.
// Upstream: aws-s3/test/bucket.test.ts 'import can specify website URL format',
// 'import without website URL format', 'fromBucketName'.
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
function outputs(stack, id, bucket) {
  new cdk.CfnOutput(stack, `${id}Url`, { value: bucket.bucketWebsiteUrl });
  new cdk.CfnOutput(stack, `${id}Domain`, { value: bucket.bucketWebsiteDomainName });
}

const agnostic = new cdk.Stack(app, 'Agnostic');
outputs(agnostic, 'ByName', s3.Bucket.fromBucketName(agnostic, 'ByName', 'by-name-bucket'));
outputs(agnostic, 'UsEast1', s3.Bucket.fromBucketAttributes(agnostic, 'UsEast1', {
  bucketName: 'legacy-bucket', region: 'us-east-1',
}));
outputs(agnostic, 'EuCentral1', s3.Bucket.fromBucketAttributes(agnostic, 'EuCentral1', {
  bucketName: 'new-bucket', region: 'eu-central-1',
}));
outputs(agnostic, 'CnNorth1', s3.Bucket.fromBucketAttributes(agnostic, 'CnNorth1', {
  bucketName: 'china-bucket', region: 'cn-north-1',
}));
outputs(agnostic, 'Unknown', s3.Bucket.fromBucketAttributes(agnostic, 'Unknown', {
  bucketName: 'unknown-bucket', region: 'xx-east-1',
}));
outputs(agnostic, 'NewFormat', s3.Bucket.fromBucketAttributes(agnostic, 'NewFormat', {
  bucketName: 'new-format-bucket', bucketWebsiteNewUrlFormat: true,
}));
outputs(agnostic, 'OldFormat', s3.Bucket.fromBucketAttributes(agnostic, 'OldFormat', {
  bucketName: 'old-format-bucket', region: 'eu-central-1', bucketWebsiteNewUrlFormat: false,
}));
outputs(agnostic, 'GivenUrl', s3.Bucket.fromBucketAttributes(agnostic, 'GivenUrl', {
  bucketName: 'given-bucket', bucketWebsiteUrl: 'http://given-bucket.example.com/site',
}));
const domains = s3.Bucket.fromBucketAttributes(agnostic, 'Domains', {
  bucketName: 'domains-bucket',
  bucketDomainName: 'd.example.com',
  bucketRegionalDomainName: 'r.example.com',
  bucketDualStackDomainName: 'ds.example.com',
});
new cdk.CfnOutput(agnostic, 'DomainName', { value: domains.bucketDomainName });
new cdk.CfnOutput(agnostic, 'RegionalDomainName', { value: domains.bucketRegionalDomainName });
new cdk.CfnOutput(agnostic, 'DualStackDomainName', { value: domains.bucketDualStackDomainName });
new cdk.CfnOutput(agnostic, 'VirtualHostedUrl', { value: domains.virtualHostedUrlForObject('k') });

const specific = new cdk.Stack(app, 'Specific', { env: { account: '123456789012', region: 'us-west-2' } });
outputs(specific, 'ByName', s3.Bucket.fromBucketName(specific, 'ByName', 'by-name-bucket'));
outputs(specific, 'EuWest2', s3.Bucket.fromBucketAttributes(specific, 'EuWest2', {
  bucketName: 'london-bucket', region: 'eu-west-2',
}));
outputs(specific, 'Unknown', s3.Bucket.fromBucketAttributes(specific, 'Unknown', {
  bucketName: 'unknown-bucket', region: 'xx-east-1',
}));

const elsewhere = new cdk.Stack(app, 'Elsewhere', { env: { account: '123456789012', region: 'xx-north-9' } });
outputs(elsewhere, 'ByName', s3.Bucket.fromBucketName(elsewhere, 'ByName', 'by-name-bucket'));
app.synth();
