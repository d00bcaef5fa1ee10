// Conformance case 'error-cross-stack-reference-region': a stack without a region references a
// topic of a stack in us-east-1: aws-cdk-lib's error (cross-region references need explicit regions).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const producer = new cdk.Stack(app, 'Producer', { env: { account: '123456789012', region: 'us-east-1' } });
const topic = new cdk.CfnResource(producer, 'Topic', { type: 'AWS::SNS::Topic' });
const consumer = new cdk.Stack(app, 'Consumer', { env: { account: '123456789012' } });
new cdk.CfnOutput(consumer, 'QueueArn', { value: topic.getAtt('TopicArn').toString() });
app.synth();
