// Conformance case 'core-physical-name-generate-if-needed-more': PhysicalName.GENERATE_IF_NEEDED as
// a Queue's queueName, a Topic's topicName (standard and FIFO), a LogGroup's logGroupName, a
// Table's tableName and a LayerVersion's layerVersionName. A role of another account (its own name
// generated) is granted each of them (resource policies naming the role, the role's policy naming
// their ARNs) and reads their names and ARNs (outputs) as literals: the names are generated. A FIFO
// topic gets the generated name with ".fifo" (its ARN and name attribute without), an unused FIFO
// topic with the marker just ".fifo" (aws-cdk-lib's concatenation of an undefined name); a queue
// with the marker used only in its own stack stays unnamed, and a layer's name is never generated
// (its ARN is the plain Ref): no LayerName.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

const G = cdk.PhysicalName.GENERATE_IF_NEEDED;
const app = new cdk.App();
const a = new cdk.Stack(app, 'OwnerStack', { env: { account: '111111111111', region: 'us-east-1' } });
const queue = new sqs.Queue(a, 'Queue', { queueName: G });
const localQueue = new sqs.Queue(a, 'LocalQueue', { queueName: G });
const topic = new sns.Topic(a, 'Topic', { topicName: G });
const fifo = new sns.Topic(a, 'FifoTopic', { topicName: G, fifo: true });
new sns.Topic(a, 'UnusedFifoTopic', { topicName: G, fifo: true });
const group = new logs.LogGroup(a, 'Logs', { logGroupName: G });
const table = new dynamodb.Table(a, 'Table', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  tableName: G,
});
const layer = new lambda.LayerVersion(a, 'Layer', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
  layerVersionName: G,
});
const fn = new lambda.Function(a, 'Fn', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  layers: [layer],
  environment: { QUEUE: localQueue.queueName },
});
localQueue.grantSendMessages(fn);

const b = new cdk.Stack(app, 'UserStack', { env: { account: '222222222222', region: 'us-east-1' } });
const role = new iam.Role(b, 'User', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  roleName: G,
});
queue.grantSendMessages(role);
topic.grantPublish(role);
fifo.grantPublish(role);
group.grantWrite(role);
table.grantReadData(role);
new cdk.CfnOutput(b, 'QueueName', { value: queue.queueName });
new cdk.CfnOutput(b, 'TopicName', { value: topic.topicName });
new cdk.CfnOutput(b, 'FifoName', { value: fifo.topicName });
new cdk.CfnOutput(b, 'FifoArn', { value: fifo.topicArn });
new cdk.CfnOutput(b, 'LogGroupName', { value: group.logGroupName });
new cdk.CfnOutput(b, 'LogGroupArn', { value: group.logGroupArn });
new cdk.CfnOutput(b, 'TableName', { value: table.tableName });
app.synth();
