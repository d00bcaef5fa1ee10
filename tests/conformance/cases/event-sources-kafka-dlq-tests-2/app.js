// Conformance case 'event-sources-kafka-dlq-tests-2': aws-cdk's kafka-dlq.test.ts as written, through
// KafkaDlq.bind({}, {}) (ccdk_lambda_event_source_dlq_bind): each test's destination, or its
// Token.isUnresolved, as an output, a stack per describe; and the other destinations' bind(mapping,
// fn) outside a mapping: SqsDlq, SnsDlq and S3OnFailureDestination grant the function and give their
// ARNs
// Ported from aws-cdk: kafka-dlq.test.ts 'creates destination with topic name', 'adds kafka:// prefix
// when not present', 'does not duplicate kafka:// prefix', 'accepts valid topic names with allowed
// characters', 'appends token as is without validation or prefix', 'returns correct
// DlqDestinationConfig', 'preserves kafka:// prefix in destination', 'handles topic names with dots
// and underscores'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const output = (stack, id, value) => new cdk.CfnOutput(stack, id, { value });

{
  const stack = new cdk.Stack(app, 'Constructor');
  const dlq = new sources.KafkaDlq('my-topic');
  output(stack, 'Defined', String(dlq !== undefined));
  output(stack, 'AddsPrefix', new sources.KafkaDlq('my-topic').bind({}, {}).destination);
  output(stack, 'KeepsPrefix', new sources.KafkaDlq('kafka://my-topic').bind({}, {}).destination);
  for (const name of ['valid-topic', 'valid_topic', 'valid.topic', 'ValidTopic123']) {
    new sources.KafkaDlq(name);
  }
  const token = cdk.Fn.ref('MyTopicParameter');
  new cdk.CfnParameter(stack, 'MyTopicParameter');
  const config = new sources.KafkaDlq(token).bind({}, {});
  output(stack, 'TokenUnresolved', String(cdk.Token.isUnresolved(config.destination)));
  output(stack, 'Token', config.destination);
}
{
  const stack = new cdk.Stack(app, 'Bind');
  output(stack, 'Config', new sources.KafkaDlq('test-topic').bind({}, {}).destination);
  output(stack, 'Preserves', new sources.KafkaDlq('kafka://existing-prefix-topic').bind({}, {}).destination);
  output(stack, 'DotsAndUnderscores', new sources.KafkaDlq('my.complex_topic-name').bind({}, {}).destination);
}
{
  const stack = new cdk.Stack(app, 'OtherDestinations');
  const fn = new lambda.Function(stack, 'Fn', {
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
    runtime: lambda.Runtime.NODEJS_14_X,
  });
  output(stack, 'Queue', new sources.SqsDlq(new sqs.Queue(stack, 'Q')).bind({}, fn).destination);
  output(stack, 'Topic', new sources.SnsDlq(new sns.Topic(stack, 'T')).bind({}, fn).destination);
  output(stack, 'Bucket', new sources.S3OnFailureDestination(new s3.Bucket(stack, 'B')).bind({}, fn).destination);
}

app.synth();
