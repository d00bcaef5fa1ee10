// Conformance case 'core-cross-stack-reference-strength-resource': resource-level reference
// strength, CfnResource.applyCrossStackReferenceStrength (CrossStackReferences.of(resource)
// .produce(...)): the producer-side version of cross-stack-ssm-refs.test.ts's toHere(), in what
// aws-cdk-lib 2.276.0 has. Three resources of a us-east-1 stack (weak, none, both) read by a
// stack of the same region and by a us-west-2 stack with crossRegionReferences: Fn::GetStackOutput
// for the weak one, Fn::ImportValue / an ExportsReader for the other, an export and a Publish
// output for "both"; the app's "No cross-stack-reference strength configured" warning still
// follows the context (none in the empty context: on the first consumer).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer', {
  env: { account: '123456789012', region: 'us-east-1' },
});
const weak = new cdk.CfnResource(producer, 'WeakResource', { type: 'AWS::S3::Bucket' });
weak.applyCrossStackReferenceStrength(cdk.ReferenceStrength.WEAK);
const plain = new cdk.CfnResource(producer, 'PlainResource', { type: 'AWS::S3::Bucket' });
const both = new cdk.CfnResource(producer, 'BothResource', { type: 'AWS::S3::Bucket' });
cdk.CrossStackReferences.of(both).produce(cdk.ReferenceStrength.BOTH);
const strong = new cdk.CfnResource(producer, 'StrongResource', { type: 'AWS::S3::Bucket' });
strong.applyCrossStackReferenceStrength(cdk.ReferenceStrength.STRONG);

const consumer = new cdk.Stack(app, 'Consumer', {
  env: { account: '123456789012', region: 'us-east-1' },
});
new cdk.CfnResource(consumer, 'ConsumerResource', {
  type: 'AWS::Lambda::Function',
  properties: {
    Weak: weak.getAtt('Arn'),
    Plain: plain.getAtt('Arn'),
    Both: both.ref,
    Strong: strong.ref,
  },
});
const west = new cdk.Stack(app, 'ConsumerWest', {
  env: { account: '123456789012', region: 'us-west-2' },
  crossRegionReferences: true,
});
new cdk.CfnResource(west, 'ConsumerResource', {
  type: 'AWS::Lambda::Function',
  properties: {
    Weak: weak.getAtt('Arn'),
    Plain: plain.getAtt('Arn'),
    Both: both.ref,
  },
});
app.synth();
