// Conformance case 'unit-sns-topic-policy': sns.TopicPolicy, a stack per test: a passed document
// with assignSids, statements added to the default document (its Sids), enforceSSL; and enforceSSL
// over two topics with a passed document holding a statement (the SSL statements follow it, one per
// topic in order). Ported from aws-cdk: aws-sns/test/sns.test.ts ('TopicPolicy passed document',
// 'Add statements to policy', 'Create topic policy and enforce ssl').
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sns = require('aws-cdk-lib/aws-sns');

const app = new cdk.App();
{ // TopicPolicy passed document
  const stack = new cdk.Stack(app, 'PassedDocument');
  const topic = new sns.Topic(stack, 'MyTopic');
  const ps = new iam.PolicyStatement({
    actions: ['service:statement0'],
    principals: [new iam.ArnPrincipal('arn')],
  });
  new sns.TopicPolicy(stack, 'topicpolicy', {
    topics: [topic],
    policyDocument: new iam.PolicyDocument({ assignSids: true, statements: [ps] }),
  });
}
{ // Add statements to policy
  const stack = new cdk.Stack(app, 'AddStatements');
  const topic = new sns.Topic(stack, 'MyTopic');
  const topicPolicy = new sns.TopicPolicy(stack, 'TopicPolicy', { topics: [topic] });
  topicPolicy.document.addStatements(new iam.PolicyStatement({
    actions: ['service:statement0'],
    principals: [new iam.ArnPrincipal('arn')],
  }));
}
{ // Create topic policy and enforce ssl
  const stack = new cdk.Stack(app, 'EnforceSsl');
  const topic = new sns.Topic(stack, 'MyTopic');
  new sns.TopicPolicy(stack, 'TopicPolicy', { topics: [topic], enforceSSL: true });
}
{ // enforceSSL over two topics (one imported) with a passed document
  const stack = new cdk.Stack(app, 'TwoTopics');
  const topic = new sns.Topic(stack, 'MyTopic');
  const imported = sns.Topic.fromTopicArn(stack, 'Imported', 'arn:aws:sns:us-east-1:123456789012:other');
  const doc = new iam.PolicyDocument({
    statements: [new iam.PolicyStatement({
      actions: ['sns:Publish'],
      principals: [new iam.ServicePrincipal('events.amazonaws.com')],
      resources: [topic.topicArn],
    })],
  });
  new sns.TopicPolicy(stack, 'TopicPolicy', { topics: [topic, imported], policyDocument: doc, enforceSSL: true });
}
app.synth();
