// Conformance case 'unit-core-cross-environment-token': aws-cdk's core cross-environment-token.test.ts,
// with queues for its MyResource (a Resource with a physical name, getResourceNameAttribute and
// getResourceArnAttribute): the ARN and name of a resource with a fixed and with an assigned
// (GENERATE_IF_NEEDED) physical name used directly in a stack of another account (no reference);
// 'cross environment when stack is a substack' (a child Stack of another environment inside a
// stack); 'stack.exportValue() on name attributes' with no physical name and with 'SomeName' (the
// producer of automatic exports, Producer, and of manual ones, ProducerM).
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack1 = new cdk.Stack(app, 'Stack1', { env: { account: '123456789012', region: 'bermuda-triangle-1337' } });
const fixed = new sqs.Queue(stack1, 'Fixed', { queueName: 'PhysicalName' });
const generated = new sqs.Queue(stack1, 'MyResource', { queueName: cdk.PhysicalName.GENERATE_IF_NEEDED });
const stack2 = new cdk.Stack(app, 'Stack2', { env: { account: '234567890123', region: 'bermuda-triangle-42' } });
new cdk.CfnOutput(stack2, 'FixedArn', { value: fixed.queueArn });
new cdk.CfnOutput(stack2, 'FixedName', { value: fixed.queueName });
new cdk.CfnOutput(stack2, 'GeneratedArn', { value: generated.queueArn });
new cdk.CfnOutput(stack2, 'GeneratedName', { value: generated.queueName });

const parentStack = new cdk.Stack(app, 'ParentStack', { env: { account: '112233', region: 'us-east-1' } });
const childStack = new cdk.Stack(parentStack, 'ChildStack', { env: { account: '998877', region: 'eu-west-2' } });
const child = new sqs.Queue(childStack, 'ChildResource', { queueName: cdk.PhysicalName.GENERATE_IF_NEEDED });
new cdk.CfnResource(parentStack, 'ParentResource', {
  type: 'Parent::Resource',
  properties: { RefToChildResource: child.queueName },
});

const producer = new cdk.Stack(app, 'Producer');
const unnamed = new sqs.Queue(producer, 'Resource');
const named = new sqs.Queue(producer, 'Named', { queueName: 'SomeName' });
const consumer = new cdk.Stack(app, 'Consumer');
for (const [id, q] of [['Unnamed', unnamed], ['Named', named]]) {
  new cdk.CfnOutput(consumer, `${id}ConsumeName`, { value: q.queueName });
  new cdk.CfnOutput(consumer, `${id}ConsumeArn`, { value: q.queueArn });
}
const producerM = new cdk.Stack(app, 'ProducerM');
for (const [id, name] of [['Resource', undefined], ['Named', 'SomeName']]) {
  const q = new sqs.Queue(producerM, id, { queueName: name });
  producerM.exportValue(q.queueName);
  producerM.exportValue(q.queueArn);
}
app.synth();
