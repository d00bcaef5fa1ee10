// Conformance case 'user-partner-webhooks': an app as a CDK user writes it, not shaped to a feature:
// a shared stack owns the partner event bus, a layer of signature helpers and the alerts topic; the
// partners stack receives webhooks on a public function URL of a "live" alias (CORS for the partner
// portal), puts them on the bus, and a rule on that bus feeds a processor (retries, a dead-letter
// queue) whose errors alarm to the shared topic. Everything crosses stacks through exports.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const iam = require('aws-cdk-lib/aws-iam');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const actions = require('aws-cdk-lib/aws-cloudwatch-actions');

const app = new cdk.App();
const env = { account: '111122223333', region: 'eu-west-1' };

const shared = new cdk.Stack(app, 'PartnerShared', { env });
const bus = new events.EventBus(shared, 'PartnerBus', { eventBusName: 'partner-events' });
const signing = new lambda.LayerVersion(shared, 'SigningLayer', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
  compatibleRuntimes: [lambda.Runtime.NODEJS_20_X, lambda.Runtime.NODEJS_22_X],
  description: 'HMAC signature helpers',
});
const alerts = new sns.Topic(shared, 'Alerts', { displayName: 'Partner alerts' });

const stack = new cdk.Stack(app, 'PartnerWebhooks', { env, description: 'partner webhooks' });
const receiver = new lambda.Function(stack, 'Receiver', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('const { verify } = require("hmac"); exports.handler = async (e) => ({ statusCode: 202 });'),
  layers: [signing],
  memorySize: 256,
  timeout: cdk.Duration.seconds(10),
  description: 'receives partner webhooks',
  environment: { BUS_NAME: bus.eventBusName, SECRET_PARAMETER: '/partners/signing-secret' },
});
bus.grantPutEventsTo(receiver);
receiver.addToRolePolicy(new iam.PolicyStatement({
  actions: ['ssm:GetParameter'],
  resources: [stack.formatArn({ service: 'ssm', resource: 'parameter', resourceName: 'partners/signing-secret' })],
}));
const live = receiver.addAlias('live');
const url = live.addFunctionUrl({
  authType: lambda.FunctionUrlAuthType.NONE,
  cors: {
    allowedOrigins: ['https://partners.example.com'],
    allowedMethods: [lambda.HttpMethod.POST],
    allowedHeaders: ['content-type', 'x-signature'],
    maxAge: cdk.Duration.minutes(10),
  },
});
new cdk.CfnOutput(stack, 'WebhookUrl', { value: url.url });

const processor = new lambda.Function(stack, 'Processor', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
  timeout: cdk.Duration.minutes(2),
  reservedConcurrentExecutions: 10,
});
const failed = new sqs.Queue(stack, 'ProcessorDlq', { retentionPeriod: cdk.Duration.days(7) });
new events.Rule(stack, 'OrderEvents', {
  eventBus: bus,
  eventPattern: { source: ['partner.webhooks'], detailType: ['order.created', 'order.updated'] },
  targets: [new targets.LambdaFunction(processor, {
    retryAttempts: 3,
    maxEventAge: cdk.Duration.hours(2),
    deadLetterQueue: failed,
  })],
});
processor.metricErrors({ period: cdk.Duration.minutes(5) })
  .createAlarm(stack, 'ProcessorErrors', {
    threshold: 1,
    evaluationPeriods: 1,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  })
  .addAlarmAction(new actions.SnsAction(alerts));
app.synth();
