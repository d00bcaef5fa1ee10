// Conformance case 'unit-sqs-queue-more': aws-sqs/test/sqs.test.ts's tests that unit-sqs-queue and
// sqs-queue-props leave out, a stack per test: 'fifo: false is dropped from properties' (a queue
// without Properties), 'redrive permission can be set to allowAll' and '... denyAll' (a
// RedriveAllowPolicy of the permission alone), and maxMessageSizeBytes at its bounds (1024,
// 1048576: no error, MaximumMessageSize written).
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
{ // fifo: false is dropped from properties
  const stack = new cdk.Stack(app, 'FifoFalse');
  const queue = new sqs.Queue(stack, 'Queue', { fifo: false });
  new cdk.CfnOutput(stack, 'Fifo', { value: String(queue.fifo) });
}
for (const [name, permission] of [['AllowAll', sqs.RedrivePermission.ALLOW_ALL], ['DenyAll', sqs.RedrivePermission.DENY_ALL]]) {
  // redrive permission can be set to %s
  const stack = new cdk.Stack(app, `Redrive${name}`);
  new sqs.Queue(stack, 'Queue', { redriveAllowPolicy: { redrivePermission: permission } });
}
{ // maxMessageSizeBytes validation at lower bound / at upper bound
  const stack = new cdk.Stack(app, 'MessageSizeBounds');
  new sqs.Queue(stack, 'QueueWithSize1024', { maxMessageSizeBytes: 1024 });
  new sqs.Queue(stack, 'QueueWithSize1048576', { maxMessageSizeBytes: 1048576 });
}
app.synth();
