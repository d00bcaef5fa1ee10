// Conformance case 'unit-sns-topic': aws-cdk's aws-sns/test/sns.test.ts, the Topic tests that
// synthesize, a stack per test (the tests' `new cdk.Stack()`, here named after the test); values
// the tests read back (topicName, fifo, masterKey, env, ...) as outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
const out = (stack, id, value) => new cdk.CfnOutput(stack, id, { value: String(value) });
const topicTest = (name, props) => new sns.Topic(new cdk.Stack(app, name), 'MyTopic', props);

topicTest('AllDefaults');
topicTest('TopicName', { topicName: 'topicName' });
topicTest('DisplayName', { displayName: 'displayName' });
{ // specify kmsMasterKey
  const stack = new cdk.Stack(app, 'KmsMasterKey');
  const key = new kms.Key(stack, 'CustomKey');
  new sns.Topic(stack, 'MyTopic', { masterKey: key });
}
topicTest('DisplayNameAndTopicName', { topicName: 'topicName', displayName: 'displayName' });
topicTest('FifoNoTopicName', { fifo: true });
topicTest('FifoWithoutSuffix', { fifo: true, topicName: 'topicName' });
topicTest('FifoWithSuffix', { fifo: true, topicName: 'topicName.fifo' });
topicTest('FifoWithContentBasedDeduplication', { contentBasedDeduplication: true, fifo: true, topicName: 'topicName' });
topicTest('SignatureVersion', { signatureVersion: '2' });
{ // can add a policy to the topic
  const stack = new cdk.Stack(app, 'AddPolicy');
  const topic = new sns.Topic(stack, 'Topic');
  topic.addToResourcePolicy(new iam.PolicyStatement({
    resources: ['*'], actions: ['sns:*'], principals: [new iam.ArnPrincipal('arn')],
  }));
}
{ // can enforce ssl when creating the topic
  const stack = new cdk.Stack(app, 'EnforceSSL');
  new sns.Topic(stack, 'Topic', { enforceSSL: true });
}
{ // can enforce ssl with addToResourcePolicy method
  const stack = new cdk.Stack(app, 'EnforceSSLAddToResourcePolicy');
  const topic = new sns.Topic(stack, 'Topic', { enforceSSL: true });
  topic.addToResourcePolicy(new iam.PolicyStatement({
    resources: ['*'], actions: ['sns:*'], principals: [new iam.ArnPrincipal('arn')],
  }));
}
{ // give publishing permissions
  const stack = new cdk.Stack(app, 'GrantsPublish');
  const topic = new sns.Topic(stack, 'Topic');
  topic.grants.publish(new iam.User(stack, 'User'));
}
{ // refer to masterKey
  const stack = new cdk.Stack(app, 'ReferToMasterKey');
  const key = new kms.Key(stack, 'CustomKey');
  const topic = new sns.Topic(stack, 'Topic', { masterKey: key });
  out(stack, 'MasterKeyArn', topic.masterKey.keyArn);
}
{ // give publishing permissions with masterKey
  const stack = new cdk.Stack(app, 'GrantPublishMasterKey');
  const key = new kms.Key(stack, 'CustomKey');
  const topic = new sns.Topic(stack, 'Topic', { masterKey: key });
  topic.grantPublish(new iam.User(stack, 'User'));
}
{ // give subscribing permissions
  const stack = new cdk.Stack(app, 'GrantSubscribe');
  const topic = new sns.Topic(stack, 'Topic');
  topic.grantSubscribe(new iam.User(stack, 'User'));
}
{ // topic resource policy includes unique SIDs (with resources: without, the synth's validation throws)
  const stack = new cdk.Stack(app, 'UniqueSids');
  const topic = new sns.Topic(stack, 'MyTopic');
  topic.addToResourcePolicy(new iam.PolicyStatement({ resources: ['*'], actions: ['service:statement0'], principals: [new iam.ArnPrincipal('arn')] }));
  topic.addToResourcePolicy(new iam.PolicyStatement({ resources: ['*'], actions: ['service:statement1'], principals: [new iam.ArnPrincipal('arn')] }));
}
{ // fromTopicArn, fromTopicArn fifo
  const stack = new cdk.Stack(app, 'FromTopicArn');
  const imported = sns.Topic.fromTopicArn(stack, 'Imported', 'arn:aws:sns:*:123456789012:my_corporate_topic');
  out(stack, 'Name', imported.topicName);
  out(stack, 'Arn', imported.topicArn);
  out(stack, 'Fifo', imported.fifo);
  const fifo = sns.Topic.fromTopicArn(stack, 'ImportedFifo', 'arn:aws:sns:*:123456789012:mytopic.fifo');
  out(stack, 'FifoName', fifo.topicName);
  out(stack, 'FifoArn', fifo.topicArn);
  out(stack, 'FifoFifo', fifo.fifo);
}
{ // fromTopicAttributes contentBasedDeduplication false / true, keyArn
  const stack = new cdk.Stack(app, 'FromTopicAttributes');
  const plain = sns.Topic.fromTopicAttributes(stack, 'Imported', { topicArn: 'arn:aws:sns:*:123456789012:mytopic' });
  out(stack, 'Name', plain.topicName);
  out(stack, 'Arn', plain.topicArn);
  out(stack, 'Dedup', plain.contentBasedDeduplication);
  const dedup = sns.Topic.fromTopicAttributes(stack, 'ImportedDedup', {
    topicArn: 'arn:aws:sns:*:123456789012:mytopic.fifo',
    contentBasedDeduplication: true,
  });
  out(stack, 'DedupName', dedup.topicName);
  out(stack, 'DedupArn', dedup.topicArn);
  out(stack, 'DedupDedup', dedup.contentBasedDeduplication);
  const keyArn = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
  const keyed = sns.Topic.fromTopicAttributes(stack, 'ImportedKey', { topicArn: 'arn:aws:sns:*:123456789012:mytopic', keyArn });
  out(stack, 'KeyArn', keyed.masterKey.keyArn);
  keyed.grantPublish(new iam.User(stack, 'User'));
}
{ // sets account / region for imported topic env
  const stack = new cdk.Stack(app, 'ImportedEnv');
  const imported = sns.Topic.fromTopicArn(stack, 'Imported', 'arn:aws:sns:us-west-2:123456789012:my-topic');
  out(stack, 'Account', imported.env.account);
  out(stack, 'Region', imported.env.region);
}
// message retention period: specify message retention period in days
topicTest('MessageRetentionPeriod', { fifo: true, messageRetentionPeriodInDays: 10 });
// tracingConfig
topicTest('TracingConfig', { tracingConfig: sns.TracingConfig.ACTIVE });
topicTest('TracingConfigPassThrough', { tracingConfig: sns.TracingConfig.PASS_THROUGH });
// fifoThroughputScope
topicTest('FifoThroughputScopeMessageGroup', { fifo: true, fifoThroughputScope: sns.FifoThroughputScope.MESSAGE_GROUP });
topicTest('FifoThroughputScopeTopic', { fifo: true, fifoThroughputScope: sns.FifoThroughputScope.TOPIC });
app.synth();
