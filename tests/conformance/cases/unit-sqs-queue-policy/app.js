// Conformance case 'unit-sqs-queue-policy': sqs.QueuePolicy, a stack per behaviour: statements added
// to its document over one queue; over two queues, one imported (Queues lists their URLs); over no
// queues; and a queue with a QueuePolicy of the user's
// that also adds to its resource policy (its own "Policy", not the user's; the user's document is
// not validated: its statement without resources passes). aws-sqs/test/policy.test.ts
// is not in the index: these follow sns.TopicPolicy's tests and QueuePolicy's source.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
{ // statements added to the policy's document
  const stack = new cdk.Stack(app, 'AddStatements');
  const queue = new sqs.Queue(stack, 'MyQueue');
  const policy = new sqs.QueuePolicy(stack, 'QueuePolicy', { queues: [queue] });
  policy.document.addStatements(new iam.PolicyStatement({
    actions: ['sqs:SendMessage'],
    principals: [new iam.ServicePrincipal('sns.amazonaws.com')],
    resources: [queue.queueArn],
  }));
  policy.document.addStatements(new iam.PolicyStatement({
    actions: ['sqs:ReceiveMessage'],
    principals: [new iam.ArnPrincipal('arn')],
  }));
}
{ // two queues, one imported
  const stack = new cdk.Stack(app, 'TwoQueues');
  const queue = new sqs.Queue(stack, 'MyQueue');
  const imported = sqs.Queue.fromQueueArn(stack, 'Imported', 'arn:aws:sqs:us-east-1:123456789012:other');
  const policy = new sqs.QueuePolicy(stack, 'QueuePolicy', { queues: [queue, imported] });
  policy.document.addStatements(new iam.PolicyStatement({
    actions: ['sqs:*'],
    principals: [new iam.AccountRootPrincipal()],
    resources: [queue.queueArn, imported.queueArn],
  }));
}
{ // no queues
  const stack = new cdk.Stack(app, 'NoQueues');
  const policy = new sqs.QueuePolicy(stack, 'QueuePolicy', { queues: [] });
  policy.document.addStatements(new iam.PolicyStatement({ actions: ['sqs:*'], principals: [new iam.AnyPrincipal()] }));
}
{ // the queue's own policy is another one
  const stack = new cdk.Stack(app, 'OwnPolicy');
  const queue = new sqs.Queue(stack, 'MyQueue');
  const policy = new sqs.QueuePolicy(stack, 'QueuePolicy', { queues: [queue] });
  policy.document.addStatements(new iam.PolicyStatement({
    actions: ['sqs:SendMessage'],
    principals: [new iam.AnyPrincipal()],
  }));
  queue.addToResourcePolicy(new iam.PolicyStatement({
    actions: ['sqs:ReceiveMessage'],
    principals: [new iam.ArnPrincipal('arn')],
    resources: [queue.queueArn],
  }));
}
app.synth();
