// Conformance case 'ported-core-cross-stack-ssm-refs-region': cross-stack-ssm-refs.test.ts's
// "cross-region references are not affected by SSM settings" without its
// StackReferences.of(resource).toHere([SSM]) line (StackReferences is newer than aws-cdk-lib
// 2.276.0): a CfnResource's Arn of a us-east-1 stack read by a us-west-2 stack with
// crossRegionReferences: the producer's ExportsWriter, the consumer's ExportsReader8B249524
// (Custom::CrossRegionExportReader) whose attribute replaces the reference.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer', {
  env: { account: '123456789012', region: 'us-east-1' },
});
const resource = new cdk.CfnResource(producer, 'MyResource', { type: 'AWS::S3::Bucket' });
const consumer = new cdk.Stack(app, 'Consumer', {
  env: { account: '123456789012', region: 'us-west-2' },
  crossRegionReferences: true,
});
new cdk.CfnResource(consumer, 'ConsumerResource', {
  type: 'AWS::Lambda::Function',
  properties: { BucketArn: resource.getAtt('Arn') },
});
app.synth();
