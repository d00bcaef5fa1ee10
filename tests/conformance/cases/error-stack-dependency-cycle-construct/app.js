// Conformance case 'error-stack-dependency-cycle-construct': A references B's topic, and B's queue
// depends on A's bucket through node.addDependency (added later). aws-cdk-lib reifies the construct
// dependency first, so the reference is the edge that closes the cycle, named last in the error.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const a = new cdk.Stack(app, 'A');
const b = new cdk.Stack(app, 'B');
const topic = new cdk.CfnResource(b, 'Topic', { type: 'AWS::SNS::Topic' });
new cdk.CfnOutput(a, 'TopicArn', { value: topic.getAtt('TopicArn').toString() });
const bucket = new cdk.CfnResource(a, 'Bucket', { type: 'AWS::S3::Bucket' });
const queue = new cdk.CfnResource(b, 'Queue', { type: 'AWS::SQS::Queue' });
queue.node.addDependency(bucket);
app.synth();
