// Conformance case 'unit-sns-subs': aws-sns-subscriptions' subs.test.ts, a stack per test, each with
// the tests' topic MyTopic (topicName, displayName): URL (plain, a dead-letter queue, raw delivery,
// token URLs with a protocol), SQS (plain, a dead-letter queue, raw delivery, a KMS-encrypted queue,
// restrictSqsDescryption off and on, an imported queue), Lambda, email (literal and token
// addresses, four tokens), email and URL tokens together, multiple subscriptions, filter policies
// (attributes and message body), the Region of imported topics (literal ARN and parameter) for SQS
// and Lambda, SMS (literal and token).
// Ported from aws-cdk: aws-sns-subscriptions/test/subs.test.ts (the cross-region tests are the
// unit-sns-subs-cross-region-* cases; the throwing ones the error-sns-* cases).
'use strict';
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');

const app = new cdk.App();
const setup = (id) => {
  const stack = new cdk.Stack(app, id);
  const topic = new sns.Topic(stack, 'MyTopic', { topicName: 'topicName', displayName: 'displayName' });
  return { stack, topic };
};
const fn = (stack) => new lambda.Function(stack, 'MyFunc', {
  runtime: lambda.Runtime.NODEJS_14_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = function(e, c, cb) { return cb() }'),
});
const dlq = (stack) => new sqs.Queue(stack, 'DeadLetterQueue', {
  queueName: 'MySubscription_DLQ',
  retentionPeriod: cdk.Duration.days(14),
});

{ // 'url subscription'
  const { topic } = setup('Url');
  topic.addSubscription(new subs.UrlSubscription('https://foobar.com/'));
}
{ // 'url subscription with user provided dlq'
  const { stack, topic } = setup('UrlDlq');
  topic.addSubscription(new subs.UrlSubscription('https://foobar.com/', { deadLetterQueue: dlq(stack) }));
}
{ // 'url subscription (with raw delivery)'
  const { topic } = setup('UrlRaw');
  topic.addSubscription(new subs.UrlSubscription('https://foobar.com/', { rawMessageDelivery: true }));
}
{ // 'url subscription (unresolved url with protocol)'
  const { topic } = setup('UrlToken');
  topic.addSubscription(new subs.UrlSubscription(cdk.Token.asString({ Ref: 'my-url-1' }), { protocol: sns.SubscriptionProtocol.HTTPS }));
}
{ // 'url subscription (double unresolved url with protocol)'
  const { topic } = setup('UrlTwoTokens');
  topic.addSubscription(new subs.UrlSubscription(cdk.Token.asString({ Ref: 'my-url-1' }), { protocol: sns.SubscriptionProtocol.HTTPS }));
  topic.addSubscription(new subs.UrlSubscription(cdk.Token.asString({ Ref: 'my-url-2' }), { protocol: sns.SubscriptionProtocol.HTTPS }));
}
{ // 'queue subscription'
  const { stack, topic } = setup('Queue');
  topic.addSubscription(new subs.SqsSubscription(new sqs.Queue(stack, 'MyQueue')));
}
{ // 'queue subscription with user provided dlq'
  const { stack, topic } = setup('QueueDlq');
  const queue = new sqs.Queue(stack, 'MyQueue');
  topic.addSubscription(new subs.SqsSubscription(queue, { deadLetterQueue: dlq(stack) }));
}
{ // 'queue subscription (with raw delivery)'
  const { stack, topic } = setup('QueueRaw');
  topic.addSubscription(new subs.SqsSubscription(new sqs.Queue(stack, 'MyQueue'), { rawMessageDelivery: true }));
}
{ // 'encrypted queue subscription'
  const { stack, topic } = setup('QueueEncrypted');
  const key = new kms.Key(stack, 'MyKey', { removalPolicy: cdk.RemovalPolicy.DESTROY });
  const queue = new sqs.Queue(stack, 'MyQueue', { encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key });
  topic.addSubscription(new subs.SqsSubscription(queue));
}
// 'Restrict decryption of sqs to sns service principal' (flag false), 'Restrict decryption of sqs to
// sns topic' (flag true): the flag set on the stack, as the tests' App context gives it
[['RestrictOff', false], ['RestrictOn', true]].forEach(([id, flag]) => {
  const stack = new cdk.Stack(app, id);
  stack.node.setContext('@aws-cdk/aws-sns-subscriptions:restrictSqsDescryption', flag);
  const topic = new sns.Topic(stack, 'MyTopic', { topicName: 'topicName', displayName: 'displayName' });
  const key = new kms.Key(stack, 'MyKey', { removalPolicy: cdk.RemovalPolicy.DESTROY });
  const queue = new sqs.Queue(stack, 'MyQueue', { encryptionMasterKey: key });
  topic.addSubscription(new subs.SqsSubscription(queue));
});
{ // 'importing SQS queue and specify this as subscription'
  const { stack, topic } = setup('ImportedQueue');
  const queue = sqs.Queue.fromQueueArn(stack, 'Queue', 'arn:aws:sqs:us-east-1:123456789012:queue1');
  topic.addSubscription(new subs.SqsSubscription(queue));
}
{ // 'lambda subscription'
  const { stack, topic } = setup('Lambda');
  topic.addSubscription(new subs.LambdaSubscription(fn(stack)));
}
{ // 'email subscription'
  const { topic } = setup('Email');
  topic.addSubscription(new subs.EmailSubscription('foo@bar.com'));
}
{ // 'email subscription with unresolved'
  const { topic } = setup('EmailToken');
  topic.addSubscription(new subs.EmailSubscription(cdk.Token.asString({ Ref: 'my-email-1' })));
}
{ // 'email and url subscriptions with unresolved'
  const { topic } = setup('EmailUrlTokens');
  topic.addSubscription(new subs.EmailSubscription(cdk.Token.asString({ Ref: 'my-email-1' })));
  topic.addSubscription(new subs.UrlSubscription(cdk.Token.asString({ Ref: 'my-url-1' }), { protocol: sns.SubscriptionProtocol.HTTPS }));
}
{ // 'email and url subscriptions with unresolved - four subscriptions'
  const { topic } = setup('FourEmailTokens');
  for (const n of [1, 2, 3, 4]) {
    topic.addSubscription(new subs.EmailSubscription(cdk.Token.asString({ Ref: `my-email-${n}` })));
  }
}
{ // 'multiple subscriptions'
  const { stack, topic } = setup('Multiple');
  const queue = new sqs.Queue(stack, 'MyQueue');
  const func = fn(stack);
  topic.addSubscription(new subs.SqsSubscription(queue));
  topic.addSubscription(new subs.LambdaSubscription(func));
}
{ // 'with filter policy'
  const { stack, topic } = setup('FilterPolicy');
  topic.addSubscription(new subs.LambdaSubscription(fn(stack), {
    filterPolicy: {
      color: sns.SubscriptionFilter.stringFilter({ allowlist: ['red'], matchPrefixes: ['bl', 'ye'] }),
      size: sns.SubscriptionFilter.stringFilter({ denylist: ['small', 'medium'] }),
      price: sns.SubscriptionFilter.numericFilter({ between: { start: 100, stop: 200 } }),
    },
  }));
}
{ // 'with filter policy scope MessageBody'
  const { stack, topic } = setup('FilterPolicyBody');
  topic.addSubscription(new subs.LambdaSubscription(fn(stack), {
    filterPolicyWithMessageBody: {
      color: sns.FilterOrPolicy.policy({
        background: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.stringFilter({
          allowlist: ['red'],
          matchPrefixes: ['bl', 'ye'],
        })),
      }),
      size: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.stringFilter({ denylist: ['small', 'medium'] })),
    },
  }));
}
{ // 'region property is present on an imported topic - sqs'
  const { stack } = setup('RegionImportedSqs');
  const imported = sns.Topic.fromTopicArn(stack, 'mytopic', 'arn:aws:sns:us-east-1:1234567890:mytopic');
  imported.addSubscription(new subs.SqsSubscription(new sqs.Queue(stack, 'myqueue')));
}
{ // 'region property on an imported topic as a parameter - sqs'
  const { stack } = setup('RegionParameterSqs');
  const topicArn = new cdk.CfnParameter(stack, 'topicArn');
  const imported = sns.Topic.fromTopicArn(stack, 'mytopic', topicArn.valueAsString);
  imported.addSubscription(new subs.SqsSubscription(new sqs.Queue(stack, 'myqueue')));
}
{ // 'region property is present on an imported topic - lambda'
  const { stack } = setup('RegionImportedLambda');
  const imported = sns.Topic.fromTopicArn(stack, 'mytopic', 'arn:aws:sns:us-east-1:1234567890:mytopic');
  imported.addSubscription(new subs.LambdaSubscription(fn(stack)));
}
{ // 'region property on an imported topic as a parameter - lambda'
  const { stack } = setup('RegionParameterLambda');
  const topicArn = new cdk.CfnParameter(stack, 'topicArn');
  const imported = sns.Topic.fromTopicArn(stack, 'mytopic', topicArn.valueAsString);
  imported.addSubscription(new subs.LambdaSubscription(fn(stack)));
}
{ // 'sms subscription'
  const { topic } = setup('Sms');
  topic.addSubscription(new subs.SmsSubscription('+15551231234'));
}
{ // 'sms subscription with unresolved'
  const { topic } = setup('SmsToken');
  topic.addSubscription(new subs.SmsSubscription(cdk.Token.asString({ Ref: 'my-sms-1' })));
}
app.synth();
