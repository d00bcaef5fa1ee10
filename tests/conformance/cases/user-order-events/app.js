// A user's app: order events from EventBridge (source acme.orders, detail-type starting with
// "Order", a status other than TEST) feed a function that writes to a table with a GSI by
// customer; an alarm fires on any error.
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const events = require('aws-cdk-lib/aws-events');
const targets = require('aws-cdk-lib/aws-events-targets');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'OrderEvents');
const table = new dynamodb.Table(stack, 'Orders', {
  partitionKey: { name: 'orderId', type: dynamodb.AttributeType.STRING },
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
table.addGlobalSecondaryIndex({
  indexName: 'byCustomer',
  partitionKey: { name: 'customerId', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'createdAt', type: dynamodb.AttributeType.NUMBER },
});
const fn = new lambda.Function(stack, 'Recorder', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  environment: { TABLE: table.tableName, INDEX: 'byCustomer' },
});
table.grantReadWriteData(fn);
new events.Rule(stack, 'OrderRule', {
  eventPattern: {
    source: ['acme.orders'],
    detailType: events.Match.prefix('Order'),
    detail: { status: events.Match.anythingBut('TEST') },
  },
  targets: [new targets.LambdaFunction(fn, { retryAttempts: 2 })],
});
fn.metricErrors().createAlarm(stack, 'RecorderErrors', { threshold: 1, evaluationPeriods: 1 });
app.synth();
