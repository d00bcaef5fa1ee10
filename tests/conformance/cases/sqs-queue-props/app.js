// Conformance case 'sqs-queue-props': sqs.Queue's dead-letter queue, delivery delay, message size,
// long polling, FIFO deduplication scope and throughput limit, enforceSSL and redrive allow
// policies; numbers given as tokens; queue.deadLetterQueue read back
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const maxSize = new cdk.CfnParameter(stack, 'MaxSize', { type: 'Number', default: 4096 });
const receives = new cdk.CfnParameter(stack, 'Receives', { type: 'Number' });

const dlq = new sqs.Queue(stack, 'DeadLetterQueue', { retentionPeriod: cdk.Duration.days(14) });
const source1 = new sqs.Queue(stack, 'Source1');
const source2 = new sqs.Queue(stack, 'Source2', { deliveryDelay: cdk.Duration.seconds(0) });

const main = new sqs.Queue(stack, 'Main', {
  deadLetterQueue: { queue: dlq, maxReceiveCount: 3 },
  deliveryDelay: cdk.Duration.minutes(15),
  maxMessageSizeBytes: 1048576,
  receiveMessageWaitTime: cdk.Duration.seconds(20),
  visibilityTimeout: cdk.Duration.minutes(5),
  enforceSSL: true,
  redriveAllowPolicy: { sourceQueues: [source1, source2] },
});
// a statement after enforceSSL's goes into the same QueuePolicy
main.addToResourcePolicy(new iam.PolicyStatement({
  actions: ['sqs:SendMessage'],
  resources: [main.queueArn],
  principals: [new iam.ServicePrincipal('sns.amazonaws.com')],
}));
new cdk.CfnOutput(stack, 'MainDlqArn', { value: main.deadLetterQueue.queue.queueArn });
new cdk.CfnOutput(stack, 'MainMaxReceiveCount', { value: `${main.deadLetterQueue.maxReceiveCount}` });

new sqs.Queue(stack, 'ByQueue', {
  redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.BY_QUEUE, sourceQueues: [main] },
  maxMessageSizeBytes: 1024,
  receiveMessageWaitTime: cdk.Duration.seconds(0),
});
new sqs.Queue(stack, 'DenyAll', { redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.DENY_ALL } });
new sqs.Queue(stack, 'AllowAll', { redriveAllowPolicy: {}, enforceSSL: false });

// FIFO: inferred from deduplicationScope alone, and given with a name
const fifoDlq = new sqs.Queue(stack, 'FifoDlq', { fifo: true });
new sqs.Queue(stack, 'FifoHighThroughput', {
  deduplicationScope: sqs.DeduplicationScope.MESSAGE_GROUP,
  fifoThroughputLimit: sqs.FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
  deadLetterQueue: { queue: fifoDlq, maxReceiveCount: 5 },
});
new sqs.Queue(stack, 'FifoNamed', {
  queueName: 'orders.fifo',
  fifoThroughputLimit: sqs.FifoThroughputLimit.PER_QUEUE,
  deduplicationScope: sqs.DeduplicationScope.QUEUE,
  contentBasedDeduplication: true,
  enforceSSL: true,
});

// tokens skip the range checks and are written as references; an imported dead-letter queue
const imported = sqs.Queue.fromQueueArn(stack, 'Imported', 'arn:aws:sqs:us-east-1:123456789012:imported-dlq');
new sqs.Queue(stack, 'Tokens', {
  maxMessageSizeBytes: maxSize.valueAsNumber,
  deadLetterQueue: { queue: imported, maxReceiveCount: receives.valueAsNumber },
});
// sourceQueues given empty, without a permission: byQueue with no ARNs (no error: the rules read
// the permission as given)
new sqs.Queue(stack, 'EmptySources', { redriveAllowPolicy: { sourceQueues: [] } });

// a dead-letter queue in another stack: an export and Fn::ImportValue
const consumer = new cdk.Stack(app, 'ConsumerStack');
new sqs.Queue(consumer, 'Queue', { deadLetterQueue: { queue: dlq, maxReceiveCount: 2 } });
app.synth();
