// Conformance case 'error-core-cross-stack-reference-strength-scoped': a bad
// @aws-cdk/core:defaultCrossStackReferences ("medium") in a consuming stack's own context, met when
// its reference to another stack is resolved (`Invalid value for
// @aws-cdk/core:defaultCrossStackReferences: "medium". Must be "strong", "weak", or "both".`);
// another stack with the same bad value but no reference is not checked.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer');
producer.node.setContext('@aws-cdk/core:defaultCrossStackReferences', 'medium');
const resource = new cdk.CfnResource(producer, 'MyResource', { type: 'AWS::S3::Bucket' });
const consumer = new cdk.Stack(app, 'Consumer');
consumer.node.setContext('@aws-cdk/core:defaultCrossStackReferences', 'medium');
new cdk.CfnResource(consumer, 'ConsumerResource', {
  type: 'AWS::Lambda::Function',
  properties: { BucketArn: resource.getAtt('Arn') },
});
app.synth();
