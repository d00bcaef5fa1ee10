// Conformance case 'core-cross-region-reference-weak': a queue of a us-east-1 stack read by a stack of
// eu-west-1 (same account, made with crossRegionReferences) with @aws-cdk/core:defaultCrossStackReferences "weak" (given after the
// CLI's context, so in every context). aws-cdk-lib 2.276.0: the consumer depends on the producer and
// reads the producer's Publish outputs with Fn::GetStackOutput in the producer's region, without a
// role (same account).
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App({ postCliContext: { '@aws-cdk/core:defaultCrossStackReferences': 'weak' } });
const producer = new cdk.Stack(app, 'Producer', { env: { account: '123456789012', region: 'us-east-1' } });
const queue = new sqs.Queue(producer, 'Jobs');
const consumer = new cdk.Stack(app, 'Consumer', {
  env: { account: '123456789012', region: 'eu-west-1' },
  crossRegionReferences: true,
});
new cdk.CfnOutput(consumer, 'JobsUrl', { value: queue.queueUrl });
new cdk.CfnOutput(consumer, 'JobsArn', { value: `arn is ${queue.queueArn}` });
new cdk.CfnOutput(consumer, 'JobsUrlAgain', { value: queue.queueUrl });
app.synth();
