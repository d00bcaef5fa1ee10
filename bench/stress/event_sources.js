// stress shape event_sources, aws-cdk-lib half of event_sources.c: N functions in stacks of 100,
// each with an SQS event source, a DynamoDB stream event source (one table per 10 functions) and a
// scheduled EventBridge rule targeting it.
// Usage: node event_sources.js [N]   (default 1000; output: $CDK_OUTDIR, else cdk.out)
'use strict';
const path = require('path');
const ROOT = path.resolve(__dirname, '..', '..');
const cdk = require(path.join(ROOT, 'node_modules', 'aws-cdk-lib'));
const lib = (m) => require(path.join(ROOT, 'node_modules', 'aws-cdk-lib', m));
const lambda = lib('aws-lambda');
const sqs = lib('aws-sqs');
const dynamodb = lib('aws-dynamodb');
const events = lib('aws-events');
const targets = lib('aws-events-targets');
const sources = lib('aws-lambda-event-sources');

const PER_STACK = 100;
const PER_TABLE = 10;
const n = parseInt(process.argv[2] || '1000', 10);
if (!(n >= 1)) {
  console.error('usage: node event_sources.js [N] (N >= 1)');
  process.exit(2);
}
const app = new cdk.App({ context: { '@aws-cdk/core:stackResourceLimit': 0 } });
let stack, table;
for (let i = 0; i < n; i++) {
  if (i % PER_STACK === 0) stack = new cdk.Stack(app, `Stack${Math.floor(i / PER_STACK)}`);
  if (i % PER_TABLE === 0) {
    table = new dynamodb.Table(stack, `Table${Math.floor(i / PER_TABLE)}`, {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      stream: dynamodb.StreamViewType.NEW_IMAGE,
    });
  }
  const fn = new lambda.Function(stack, `Fn${i}`, {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline("exports.handler = async () => 'ok';"),
    timeout: cdk.Duration.seconds(30),
  });
  const queue = new sqs.Queue(stack, `Queue${i}`);
  fn.addEventSource(new sources.SqsEventSource(queue));
  fn.addEventSource(new sources.DynamoEventSource(table, { startingPosition: lambda.StartingPosition.LATEST }));
  const rule = new events.Rule(stack, `Rule${i}`, { schedule: events.Schedule.rate(cdk.Duration.minutes(5)) });
  rule.addTarget(new targets.LambdaFunction(fn));
}
app.synth();
