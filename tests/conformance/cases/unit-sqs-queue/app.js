// Conformance case 'unit-sqs-queue': aws-cdk's aws-sqs/test/sqs.test.ts, a stack per test that
// synthesizes (the tests' `new Stack()`, here named after the test); values the tests read back
// (queue.fifo, queueUrl, encryptionType, env, ...) as outputs.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const out = (stack, id, value) => new cdk.CfnOutput(stack, id, { value: String(value) });
const tokenArn = () => cdk.Token.asString({ Ref: 'ARN' });

{ // default properties
  const stack = new cdk.Stack(app, 'DefaultProperties');
  const q = new sqs.Queue(stack, 'Queue');
  out(stack, 'Fifo', q.fifo);
}
{ // with a dead letter queue
  const stack = new cdk.Stack(app, 'WithDeadLetterQueue');
  const dlq = new sqs.Queue(stack, 'DLQ');
  const queue = new sqs.Queue(stack, 'Queue', { deadLetterQueue: { queue: dlq, maxReceiveCount: 3 } });
  out(stack, 'DlqArn', queue.deadLetterQueue.queue.queueArn);
  out(stack, 'MaxReceiveCount', queue.deadLetterQueue.maxReceiveCount);
}
{ // message retention period can be provided as a parameter
  const stack = new cdk.Stack(app, 'RetentionPeriodParameter');
  const parameter = new cdk.CfnParameter(stack, 'my-retention-period', { type: 'Number', default: 30 });
  new sqs.Queue(stack, 'MyQueue', { retentionPeriod: cdk.Duration.seconds(parameter.valueAsNumber) });
}
{ // addToPolicy will automatically create a policy for this queue
  const stack = new cdk.Stack(app, 'AddToPolicy');
  const queue = new sqs.Queue(stack, 'MyQueue');
  queue.addToResourcePolicy(new iam.PolicyStatement({
    resources: ['*'],
    actions: ['sqs:*'],
    principals: [new iam.ArnPrincipal('arn')],
  }));
}
{ // export and import: importing works correctly
  const stack = new cdk.Stack(app, 'ImportingWorks');
  const imports = sqs.Queue.fromQueueArn(stack, 'Imported', 'arn:aws:sqs:us-east-1:123456789012:queue1');
  out(stack, 'Arn', imports.queueArn);
  out(stack, 'Url', imports.queueUrl);
  out(stack, 'Name', imports.queueName);
}
{ // importing fifo and standard queues are detected correctly
  const stack = new cdk.Stack(app, 'ImportingFifo');
  const stdQueue = sqs.Queue.fromQueueArn(stack, 'StdQueue', 'arn:aws:sqs:us-east-1:123456789012:queue1');
  const fifoQueue = sqs.Queue.fromQueueArn(stack, 'FifoQueue', 'arn:aws:sqs:us-east-1:123456789012:queue2.fifo');
  out(stack, 'StdFifo', stdQueue.fifo);
  out(stack, 'FifoFifo', fifoQueue.fifo);
}
{ // importing with keyArn and encryptionType is set correctly (and a grant then reaches the key)
  const stack = new cdk.Stack(app, 'ImportingWithKeyArn');
  const queue = sqs.Queue.fromQueueAttributes(stack, 'Queue', {
    queueArn: 'arn:aws:sqs:us-east-1:123456789012:queue1',
    keyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  });
  out(stack, 'EncryptionType', queue.encryptionType);
  out(stack, 'KeyArn', queue.encryptionMasterKey.keyArn);
  queue.grantConsumeMessages(new iam.User(stack, 'User'));
}
{ // import queueArn from token, fifo and standard queues can be defined
  const stack = new cdk.Stack(app, 'ImportTokenFifo');
  const stdQueue1 = sqs.Queue.fromQueueAttributes(stack, 'StdQueue1', { queueArn: tokenArn() });
  const stdQueue2 = sqs.Queue.fromQueueAttributes(stack, 'StdQueue2', { queueArn: tokenArn(), fifo: false });
  const fifoQueue = sqs.Queue.fromQueueAttributes(stack, 'FifoQueue', { queueArn: tokenArn(), fifo: true });
  out(stack, 'Std1', stdQueue1.fifo);
  out(stack, 'Std2', stdQueue2.fifo);
  out(stack, 'Fifo', fifoQueue.fifo);
}
{ // import queueArn from token, check attributes
  const stack = new cdk.Stack(app, 'ImportTokenAttributes');
  const stdQueue1 = sqs.Queue.fromQueueArn(stack, 'StdQueue', tokenArn());
  out(stack, 'Arn', stdQueue1.queueArn);
  out(stack, 'Name', stdQueue1.queueName);
  out(stack, 'Url', stdQueue1.queueUrl);
  out(stack, 'Fifo', stdQueue1.fifo);
}
{ // importing works correctly for cross region queue
  const stack = new cdk.Stack(app, 'Stack', { env: { region: 'us-east-1' } });
  const imports = sqs.Queue.fromQueueArn(stack, 'Imported', 'arn:aws:sqs:us-west-2:123456789012:queue1');
  out(stack, 'Arn', imports.queueArn);
  out(stack, 'Url', imports.queueUrl);
  out(stack, 'Name', imports.queueName);
}
{ // sets account / region for imported queue env by fromQueueAttributes and fromQueueArn
  const stack = new cdk.Stack(app, 'ImportedEnv');
  const byAttrs = sqs.Queue.fromQueueAttributes(stack, 'ImportedAttrs', {
    queueArn: 'arn:aws:sqs:us-west-2:999999999999:queue',
  });
  const byArn = sqs.Queue.fromQueueArn(stack, 'ImportedArn', 'arn:aws:sqs:us-west-2:999999999999:queue');
  out(stack, 'AttrsAccount', byAttrs.env.account);
  out(stack, 'AttrsRegion', byAttrs.env.region);
  out(stack, 'ArnAccount', byArn.env.account);
  out(stack, 'ArnRegion', byArn.env.region);
}
// grants: testGrant(action, ...expectedActions)
const testGrant = (name, action) => {
  const stack = new cdk.Stack(app, name);
  const queue = new sqs.Queue(stack, 'MyQueue');
  const principal = new iam.User(stack, 'User');
  action(queue, principal);
};
testGrant('GrantConsumeMessages', (q, p) => q.grantConsumeMessages(p));
testGrant('GrantSendMessages', (q, p) => q.grantSendMessages(p));
testGrant('GrantPurge', (q, p) => q.grantPurge(p));
testGrant('GrantGeneralPurpose', (q, p) => q.grant(p, 'service:hello', 'service:world'));
{ // grants also work on imported queues
  const stack = new cdk.Stack(app, 'GrantsOnImported');
  const queue = sqs.Queue.fromQueueAttributes(stack, 'Import', {
    queueArn: 'arn:aws:sqs:us-east-1:123456789012:queue1',
    queueUrl: 'https://queue-url',
  });
  const user = new iam.User(stack, 'User');
  queue.grantPurge(user);
  out(stack, 'Url', queue.queueUrl);
}
{ // queue encryption: encryptionMasterKey can be set to a custom KMS key
  const stack = new cdk.Stack(app, 'CustomKey');
  const key = new kms.Key(stack, 'CustomKey');
  const queue = new sqs.Queue(stack, 'Queue', { encryptionMasterKey: key });
  out(stack, 'KeyArn', queue.encryptionMasterKey.keyArn);
  out(stack, 'EncryptionType', queue.encryptionType);
}
{ // a kms key will be allocated if encryption = kms but a master key is not specified
  const stack = new cdk.Stack(app, 'KmsAllocated');
  const queue = new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.KMS });
  out(stack, 'EncryptionType', queue.encryptionType);
}
{ // it is possible to use a managed kms key
  const stack = new cdk.Stack(app, 'KmsManaged');
  const queue = new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.KMS_MANAGED });
  out(stack, 'EncryptionType', queue.encryptionType);
}
{ // grant also affects key on encrypted queue
  const stack = new cdk.Stack(app, 'GrantAffectsKey');
  const queue = new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.KMS });
  const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('someone') });
  queue.grantSendMessages(role);
}
{ // it is possible to use sqs managed server side encryption
  const stack = new cdk.Stack(app, 'SqsManaged');
  const queue = new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.SQS_MANAGED });
  out(stack, 'EncryptionType', queue.encryptionType);
}
{ // it is possible to disable encryption (unencrypted)
  const stack = new cdk.Stack(app, 'Unencrypted');
  const queue = new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.UNENCRYPTED });
  out(stack, 'EncryptionType', queue.encryptionType);
}
{ // encryptionType is always KMS, when an encryptionMasterKey is provided
  const stack = new cdk.Stack(app, 'AlwaysKms');
  const key = new kms.Key(stack, 'CustomKey');
  const queue = new sqs.Queue(stack, 'Queue', { encryption: sqs.QueueEncryption.KMS_MANAGED, encryptionMasterKey: key });
  out(stack, 'EncryptionType', queue.encryptionType);
}
{ // encryption in transit: enforceSSL can be enabled
  const stack = new cdk.Stack(app, 'EnforceSSL');
  new sqs.Queue(stack, 'Queue', { enforceSSL: true });
}
{ // test ".fifo" suffixed queues register as fifo
  const stack = new cdk.Stack(app, 'FifoSuffix');
  const queue = new sqs.Queue(stack, 'Queue', { queueName: 'MyQueue.fifo' });
  out(stack, 'Fifo', queue.fifo);
}
{ // test a fifo queue is observed when the "fifo" property is specified
  const stack = new cdk.Stack(app, 'FifoProperty');
  const queue = new sqs.Queue(stack, 'Queue', { fifo: true });
  out(stack, 'Fifo', queue.fifo);
}
{ // test a fifo queue is observed when high throughput properties are specified
  const stack = new cdk.Stack(app, 'FifoHighThroughput');
  const queue = new sqs.Queue(stack, 'Queue', {
    fifo: true,
    fifoThroughputLimit: sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
    deduplicationScope: sqs.DeduplicationScope.MESSAGE_GROUP,
  });
  out(stack, 'Fifo', queue.fifo);
}
{ // Default settings for the dead letter source queue permission
  const stack = new cdk.Stack(app, 'RedriveDefault');
  new sqs.Queue(stack, 'Queue', { redriveAllowPolicy: {} });
}
{ // explicit specification of dead letter source queues
  const stack = new cdk.Stack(app, 'RedriveSourceQueues');
  const sourceQueue1 = new sqs.Queue(stack, 'SourceQueue1');
  const sourceQueue2 = new sqs.Queue(stack, 'SourceQueue2');
  new sqs.Queue(stack, 'Queue', { redriveAllowPolicy: { sourceQueues: [sourceQueue1, sourceQueue2] } });
}
app.synth();
