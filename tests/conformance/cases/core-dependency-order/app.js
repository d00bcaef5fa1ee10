// Conformance case 'core-dependency-order': C references B, and a resource of C (and one of C's
// nested stack) depends on a resource of A through node.addDependency, added after the reference.
// aws-cdk-lib reifies the construct dependencies before it resolves the references
// (prepareApp), so C's manifest dependencies are A, then B.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const a = new cdk.Stack(app, 'A');
const b = new cdk.Stack(app, 'B');
const c = new cdk.Stack(app, 'C');
const d = new cdk.Stack(app, 'D');
const nested = new cdk.NestedStack(d, 'Nested');
const ra = new cdk.CfnResource(a, 'Topic', { type: 'AWS::SNS::Topic' });
const rb = new cdk.CfnResource(b, 'Queue', { type: 'AWS::SQS::Queue' });
new cdk.CfnOutput(c, 'QueueArn', { value: rb.getAtt('Arn').toString() });
const rc = new cdk.CfnResource(c, 'Bucket', { type: 'AWS::S3::Bucket' });
rc.node.addDependency(ra);
new cdk.CfnOutput(nested, 'QueueArn', { value: rb.getAtt('Arn').toString() });
const rn = new cdk.CfnResource(nested, 'Bucket', { type: 'AWS::S3::Bucket' });
rn.node.addDependency(ra);
app.synth();
