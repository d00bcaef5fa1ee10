// Conformance case 'user-partner-webhook-relay': an app as a CDK user writes it, not shaped to a
// feature: order events on a custom bus are enriched by a function (it puts the enriched events
// back on the bus) and the enriched ones are relayed to a partner's HTTPS endpoint through an
// EventBridge API destination whose connection takes the API key from a generated secret's JSON
// field; failed deliveries go to a dead-letter queue watched by an alarm; the bus is archived.
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const lambda = require('aws-cdk-lib/aws-lambda');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const sqs = require('aws-cdk-lib/aws-sqs');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'WebhookRelay', { env: { account: '898989898989', region: 'eu-west-3' } });
const bus = new events.EventBus(stack, 'OrdersBus', { eventBusName: 'orders' });
bus.archive('OrdersArchive', {
  eventPattern: { source: ['shop.orders'] },
  retention: cdk.Duration.days(30),
});

const enricher = new lambda.Function(stack, 'Enricher', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return event\n'),
  environment: { BUS_NAME: bus.eventBusName },
});
bus.grantPutEventsTo(enricher);
new events.Rule(stack, 'EnrichNewOrders', {
  eventBus: bus,
  eventPattern: { source: ['shop.orders'], detailType: ['OrderPlaced'] },
  targets: [new targets.LambdaFunction(enricher, { retryAttempts: 2 })],
});

const partnerKey = new secretsmanager.Secret(stack, 'PartnerApiKey', {
  generateSecretString: {
    excludePunctuation: true,
    generateStringKey: 'apiKey',
    secretStringTemplate: JSON.stringify({ partner: 'acme' }),
  },
});
const connection = new events.Connection(stack, 'PartnerConnection', {
  description: 'acme order webhook',
  authorization: events.Authorization.apiKey('x-api-key', partnerKey.secretValueFromJson('apiKey')),
  headerParameters: { 'x-source': events.HttpParameter.fromString('shop') },
});
const destination = new events.ApiDestination(stack, 'PartnerEndpoint', {
  connection,
  endpoint: 'https://hooks.acme.example/orders/*',
  httpMethod: events.HttpMethod.POST,
  rateLimitPerSecond: 20,
});
const failed = new sqs.Queue(stack, 'FailedDeliveries', { retentionPeriod: cdk.Duration.days(14) });
new events.Rule(stack, 'RelayEnriched', {
  eventBus: bus,
  eventPattern: { source: ['shop.enricher'], detail: { status: ['ENRICHED'] } },
  targets: [new targets.ApiDestination(destination, {
    pathParameterValues: ['$.detail.orderId'],
    headerParameters: { 'x-order-id': '$.detail.orderId' },
    event: events.RuleTargetInput.fromEventPath('$.detail'),
    deadLetterQueue: failed,
    retryAttempts: 5,
    maxEventAge: cdk.Duration.hours(6),
  })],
});
new cloudwatch.Alarm(stack, 'DeliveriesFailing', {
  metric: failed.metricApproximateNumberOfMessagesVisible({ period: cdk.Duration.minutes(1) }),
  threshold: 1,
  evaluationPeriods: 1,
  comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
});
app.synth();
