// Conformance case 'ported-core-cross-stack-ssm-refs-cross-account':
// cross-stack-ssm-refs.test.ts's "cross-account references are not supported even with SSM"
// without its StackReferences line (newer than aws-cdk-lib 2.276.0): a stack of account
// 222222222222 reading a resource of a stack of 111111111111. The test expects a throw, but
// aws-cdk-lib 2.276.0 makes it a weak reference: the producer's Publish output, the consumer's
// Fn::GetStackOutput with the producer's GetStackOutput role ARN (no error).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer', {
  env: { account: '111111111111', region: 'us-east-1' },
});
const resource = new cdk.CfnResource(producer, 'MyResource', { type: 'AWS::S3::Bucket' });
const consumer = new cdk.Stack(app, 'Consumer', {
  env: { account: '222222222222', region: 'us-east-1' },
});
new cdk.CfnResource(consumer, 'ConsumerResource', {
  type: 'AWS::Lambda::Function',
  properties: { BucketArn: resource.getAtt('Arn') },
});
app.synth();
