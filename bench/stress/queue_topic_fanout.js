// stress shape queue_topic_fanout, aws-cdk-lib half: one stack with one SNS topic and one SQS
// queue; N functions each subscribe to the topic (SnsEventSource) and consume the queue
// (SqsEventSource). Stack resource limit off.
// Usage: node queue_topic_fanout.js [N]   (default 500; output: $CDK_OUTDIR, else cdk.out)
'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
const lambda = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda'));
const sns = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-sns'));
const sqs = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-sqs'));
const sources = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', 'aws-lambda-event-sources'));

const n = parseInt(process.argv[2] || '500', 10);
if (!(n >= 1)) {
  console.error('usage: node queue_topic_fanout.js [N] (N >= 1)');
  process.exit(2);
}
const app = new cdk.App({ context: { '@aws-cdk/core:stackResourceLimit': 0 } });
const stack = new cdk.Stack(app, 'Stack');
const topic = new sns.Topic(stack, 'Topic');
const queue = new sqs.Queue(stack, 'Queue');
for (let i = 0; i < n; i++) {
  const fn = new lambda.Function(stack, `Fn${i}`, {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline("exports.handler = async () => 'ok';"),
  });
  fn.addEventSource(new sources.SnsEventSource(topic));
  fn.addEventSource(new sources.SqsEventSource(queue, { batchSize: 10 }));
}
app.synth();
