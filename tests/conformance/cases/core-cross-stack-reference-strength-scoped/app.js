// Conformance case 'core-cross-stack-reference-strength-scoped': the reference strength
// (@aws-cdk/core:defaultCrossStackReferences) given in a consuming stack's own context
// (stack.node.setContext, what CrossStackReferences.of(stack).consume(...) does) instead of the
// App's: aws-cdk-lib 2.276.0 reads it from each consumer (crossStackReferenceStrength(consumer)).
// A us-east-1 resource read by ConsumerWeak ("weak": Fn::GetStackOutput, no custom resource),
// ConsumerStrong (none: strong, an ExportsReader, and the app's one "No cross-stack-reference
// strength configured" warning, on this consumer as the first without a strength) and a nested
// stack of ConsumerStrong whose own "weak" counts (its own Fn::GetStackOutput, no parameter);
// ConsumerBoth ("both") in the same region as the producer: an export and a Publish output read
// with Fn::GetStackOutput.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer', {
  env: { account: '123456789012', region: 'us-east-1' },
});
const resource = new cdk.CfnResource(producer, 'MyResource', { type: 'AWS::S3::Bucket' });
const weak = new cdk.Stack(app, 'ConsumerWeak', {
  env: { account: '123456789012', region: 'us-west-2' },
  crossRegionReferences: true,
});
weak.node.setContext('@aws-cdk/core:defaultCrossStackReferences', 'weak');
new cdk.CfnResource(weak, 'ConsumerResource', {
  type: 'AWS::Lambda::Function',
  properties: { BucketArn: resource.getAtt('Arn') },
});
const strong = new cdk.Stack(app, 'ConsumerStrong', {
  env: { account: '123456789012', region: 'us-west-2' },
  crossRegionReferences: true,
});
new cdk.CfnResource(strong, 'ConsumerResource', {
  type: 'AWS::Lambda::Function',
  properties: { BucketArn: resource.getAtt('Arn') },
});
const nested = new cdk.NestedStack(strong, 'Nested');
nested.node.setContext('@aws-cdk/core:defaultCrossStackReferences', 'weak');
new cdk.CfnResource(nested, 'NestedResource', {
  type: 'AWS::Lambda::Function',
  properties: { BucketName: resource.ref },
});
const both = new cdk.Stack(app, 'ConsumerBoth', {
  env: { account: '123456789012', region: 'us-east-1' },
});
both.node.setContext('@aws-cdk/core:defaultCrossStackReferences', 'both');
new cdk.CfnResource(both, 'ConsumerResource', {
  type: 'AWS::Lambda::Function',
  properties: { BucketArn: resource.getAtt('Arn') },
});
app.synth();
