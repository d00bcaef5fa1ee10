// Conformance case 'user-kafka-bridge': an app as a CDK user writes it, not shaped to a feature:
// orders arrive on a self-managed Kafka cluster reached through the VPC (SASL/SCRAM credentials in a
// secret, private subnets, the bridge's own security group) and on an MSK topic (a consumer group,
// a filter), failures of both land on a queue; the bridge also hears a price topic (filtered, with
// its own dead-letter queue) and drains a retry queue (bounded concurrency, a batching window, a
// filter on the message body).
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'KafkaBridge', { env: { account: '123456789012', region: 'us-east-2' } });

const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 });
const bridgeSg = new ec2.SecurityGroup(stack, 'BridgeSg', { vpc, description: 'kafka bridge pollers' });
const credentials = new secretsmanager.Secret(stack, 'KafkaCredentials', {
  description: 'SASL/SCRAM user of the bridge',
  generateSecretString: { generateStringKey: 'password', secretStringTemplate: JSON.stringify({ username: 'bridge' }) },
});
const failures = new sqs.Queue(stack, 'Failures', { retentionPeriod: cdk.Duration.days(14) });

const bridge = new lambda.Function(stack, 'Bridge', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'bridge.handle',
  code: lambda.Code.fromInline('def handle(event, context):\n    return None\n'),
  memorySize: 1024,
  timeout: cdk.Duration.minutes(1),
});
bridge.addEventSource(new sources.SelfManagedKafkaEventSource({
  bootstrapServers: ['b-1.orders.internal:9096', 'b-2.orders.internal:9096'],
  topic: 'orders',
  startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  batchSize: 500,
  maxBatchingWindow: cdk.Duration.seconds(5),
  secret: credentials,
  authenticationMethod: sources.AuthenticationMethod.SASL_SCRAM_512_AUTH,
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  securityGroup: bridgeSg,
  consumerGroupId: 'orders-bridge',
  onFailure: new sources.SqsDlq(failures),
}));
bridge.addEventSource(new sources.ManagedKafkaEventSource({
  clusterArn: 'arn:aws:kafka:us-east-2:123456789012:cluster/payments/8e2d1c1b-1111-2222-3333-444455556666-2',
  topic: 'refunds',
  startingPosition: lambda.StartingPosition.LATEST,
  consumerGroupId: 'refunds-bridge',
  filters: [lambda.FilterCriteria.filter({ value: { kind: lambda.FilterRule.isEqual('refund') } })],
  onFailure: new sources.SqsDlq(failures),
}));

const prices = new sns.Topic(stack, 'Prices');
const pricesDlq = new sqs.Queue(stack, 'PricesDlq');
bridge.addEventSource(new sources.SnsEventSource(prices, {
  filterPolicy: { currency: sns.SubscriptionFilter.stringFilter({ allowlist: ['EUR', 'USD'] }) },
  deadLetterQueue: pricesDlq,
}));

const retries = new sqs.Queue(stack, 'Retries', { visibilityTimeout: cdk.Duration.minutes(6) });
bridge.addEventSource(new sources.SqsEventSource(retries, {
  batchSize: 50,
  maxBatchingWindow: cdk.Duration.seconds(20),
  maxConcurrency: 5,
  filters: [lambda.FilterCriteria.filter({ body: { retryable: lambda.FilterRule.isEqual(true) } })],
}));
app.synth();
