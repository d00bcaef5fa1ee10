// Conformance case 's3-imported-website-urls-partitions': an import's default bucketWebsiteUrl in an environment-agnostic
// stack whose '@aws-cdk/core:target-partitions' context is ["aws-cn","aws-iso"]: the aws-cn and aws-iso partitions (one pattern: s3-website.<AWS::Region>.<AWS::URLSuffix>).
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App({ context: { '@aws-cdk/core:target-partitions': ["aws-cn","aws-iso"] } });
const stack = new cdk.Stack(app, 'TestStack');
const bucket = s3.Bucket.fromBucketName(stack, 'Imported', 'imported-bucket');
new cdk.CfnOutput(stack, 'Url', { value: bucket.bucketWebsiteUrl });
new cdk.CfnOutput(stack, 'Domain', { value: bucket.bucketWebsiteDomainName });
app.synth();
