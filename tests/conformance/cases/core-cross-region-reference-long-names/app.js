// Conformance case 'core-cross-region-reference-long-names': cross-stack-ssm-refs.test.ts's 'SSM
// parameter name stays within 900 character limit' moved to the cross-region mechanism aws-cdk-lib
// 2.276.0 has (StackReferences is newer): stacks of 128-character names ('P' x 128 in us-east-1,
// 'C' x 128 in us-west-2 with crossRegionReferences) and a resource of a 200-character id: the
// SSM parameter names (/cdk/exports/<consumer>/<...>), the ExportsWriter/Reader ids and the
// reader's attribute.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'P'.repeat(128), {
  env: { account: '123456789012', region: 'us-east-1' },
});
const resource = new cdk.CfnResource(producer, 'R'.repeat(200), { type: 'AWS::S3::Bucket' });
const consumer = new cdk.Stack(app, 'C'.repeat(128), {
  env: { account: '123456789012', region: 'us-west-2' },
  crossRegionReferences: true,
});
new cdk.CfnResource(consumer, 'ConsumerResource', {
  type: 'AWS::Lambda::Function',
  properties: { BucketArn: resource.getAtt('Arn') },
});
app.synth();
