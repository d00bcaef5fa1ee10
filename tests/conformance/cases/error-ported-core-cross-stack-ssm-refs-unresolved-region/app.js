// Conformance case 'error-ported-core-cross-stack-ssm-refs-unresolved-region':
// cross-stack-ssm-refs.test.ts's "cross-region with unresolved region throws even with SSM
// configured" without its StackReferences line (newer than aws-cdk-lib 2.276.0): a consumer with
// crossRegionReferences but no region reading a us-east-1 stack (`Cross stack/region references
// are only supported for stacks with an explicit region`).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer', {
  env: { account: '123456789012', region: 'us-east-1' },
});
const resource = new cdk.CfnResource(producer, 'MyResource', { type: 'AWS::S3::Bucket' });
const consumer = new cdk.Stack(app, 'Consumer', {
  env: { account: '123456789012' },
  crossRegionReferences: true,
});
new cdk.CfnResource(consumer, 'ConsumerResource', {
  type: 'AWS::Lambda::Function',
  properties: { BucketArn: resource.getAtt('Arn') },
});
app.synth();
