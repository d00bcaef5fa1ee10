// Conformance case 'unit-sns-logging-subscriptions'
// Upstream: aws-sns/test/sns.test.ts, 'specify delivery status logging configuration through construct
// props', 'add delivery status logging configuration to a topic', 'subscription is created under the
// topic scope by default', 'if "scope" is defined, subscription will be created under that scope'; and
// topic.grantOnKey with and without a key (topic-base.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
// 'specify delivery status logging configuration through construct props'
{
  const stack = new cdk.Stack(app, 'LoggingProps');
  const feedbackRole = new iam.Role(stack, 'feedbackRole', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
  new sns.Topic(stack, 'MyTopic', {
    displayName: 'shown',
    loggingConfigs: [{
      protocol: sns.LoggingProtocol.SQS, failureFeedbackRole: feedbackRole, successFeedbackRole: feedbackRole,
      successFeedbackSampleRate: 50,
    }],
  });
}
// 'add delivery status logging configuration to a topic', and more protocols
{
  const stack = new cdk.Stack(app, 'AddLogging');
  const feedbackRole = new iam.Role(stack, 'feedbackRole', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
  const topic = new sns.Topic(stack, 'MyTopic', {
    loggingConfigs: [{ protocol: sns.LoggingProtocol.LAMBDA, successFeedbackSampleRate: 0 }],
  });
  topic.addLoggingConfig({
    protocol: sns.LoggingProtocol.HTTP, failureFeedbackRole: feedbackRole, successFeedbackRole: feedbackRole,
    successFeedbackSampleRate: 50,
  });
  topic.addLoggingConfig({ protocol: sns.LoggingProtocol.FIREHOSE, failureFeedbackRole: feedbackRole });
  topic.addLoggingConfig({
    protocol: sns.LoggingProtocol.APPLICATION,
    successFeedbackRole: iam.Role.fromRoleArn(stack, 'Imported', 'arn:aws:iam::123456789012:role/feedback'),
    successFeedbackSampleRate: 100,
  });
}
// 'subscription is created under the topic scope by default' / 'if "scope" is defined, ...'
{
  const stack = new cdk.Stack(app, 'A');
  const stack2 = new cdk.Stack(app, 'B');
  const topic = new sns.Topic(stack, 'Topic');
  topic.addSubscription({
    bind: () => ({ protocol: sns.SubscriptionProtocol.HTTP, endpoint: 'http://foo/bar', subscriberId: 'my-subscription' }),
  });
  topic.addSubscription({
    bind: () => ({
      protocol: sns.SubscriptionProtocol.HTTP, endpoint: 'http://foo/bar', subscriberScope: stack2, subscriberId: 'subscriberId',
    }),
  });
  const dep = new iam.Role(stack, 'Dependency', { assumedBy: new iam.ServicePrincipal('sns.amazonaws.com') });
  topic.addSubscription({
    bind: () => ({
      protocol: sns.SubscriptionProtocol.HTTPS, endpoint: 'https://foo/bar', subscriberId: cdk.Lazy.string({ produce: () => 'x' }),
      subscriptionDependency: dep, rawMessageDelivery: true,
      filterPolicy: { color: sns.SubscriptionFilter.stringFilter({ allowlist: ['red'] }) },
    }),
  });
}
// topic.grantOnKey
{
  const stack = new cdk.Stack(app, 'GrantOnKey');
  const key = new kms.Key(stack, 'Key');
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  new sns.Topic(stack, 'Encrypted', { masterKey: key }).grantOnKey(role, 'kms:Decrypt', 'kms:GenerateDataKey');
  new sns.Topic(stack, 'Plain').grantOnKey(role, 'kms:Decrypt');
  sns.Topic.fromTopicAttributes(stack, 'ImportedTopic', {
    topicArn: 'arn:aws:sns:us-east-1:123456789012:mytopic',
    keyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  }).grantOnKey(role, 'kms:Encrypt');
}
app.synth();
