// Conformance case 'core-cross-region-reference-consumers': one us-east-1 producer read by two
// stacks of eu-west-1 and one of ap-southeast-2 (same account, strong references by default). The
// producer gets one ExportWriter per consumer region (the eu-west-1 one writes the parameters of
// both eu-west-1 consumers, each under its own /cdk/exports/<consumer>/ prefix) and one provider,
// whose policy covers the parameters of both regions; each consumer has its own ExportReader. A
// value used twice in one consumer is exported once.
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const account = '123456789012';
const producer = new cdk.Stack(app, 'Producer', { env: { account, region: 'us-east-1' } });
const queue = new sqs.Queue(producer, 'Jobs');
const topic = new cdk.CfnResource(producer, 'Topic', { type: 'AWS::SNS::Topic' });

const first = new cdk.Stack(app, 'First', { env: { account, region: 'eu-west-1' }, crossRegionReferences: true });
new cdk.CfnOutput(first, 'JobsUrl', { value: queue.queueUrl });
new cdk.CfnOutput(first, 'TopicArn', { value: topic.ref });
new cdk.CfnOutput(first, 'JobsUrlAgain', { value: `again ${queue.queueUrl}` });

const second = new cdk.Stack(app, 'Second', { env: { account, region: 'eu-west-1' }, crossRegionReferences: true });
new cdk.CfnOutput(second, 'JobsArn', { value: queue.queueArn });

const third = new cdk.Stack(app, 'Third', { env: { account, region: 'ap-southeast-2' }, crossRegionReferences: true });
new cdk.CfnOutput(third, 'JobsUrl', { value: queue.queueUrl });
new cdk.CfnOutput(third, 'TopicName', { value: topic.getAtt('TopicName').toString() });
app.synth();
