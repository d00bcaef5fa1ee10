// Conformance case 'validation-report-names': validation-report.json (compared) on names and keys
// that no L2 refuses but the resources' schemas do: environment variable names without a letter
// followed by a letter, digit or '_' ("X", "A-1": F3002, unexpected properties), alias names with a
// dot ("v1.2") or of digits alone (F3031), a Kinesis stream's and a consumer's name with a space or
// a '#', a log group's name with a space (F3031), and names of each kind that the schemas take.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const kinesis = require('aws-cdk-lib/aws-kinesis');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Names');
const code = lambda.Code.fromInline('def handler(event, context):\n    return None\n');
const api = new lambda.Function(stack, 'Api', {
  runtime: lambda.Runtime.PYTHON_3_12, handler: 'index.handler', code,
  environment: { STAGE: 'prod', X: '1', feature_flag: 'on' },
});
api.addAlias('v1.2');
const worker = new lambda.Function(stack, 'Worker', {
  runtime: lambda.Runtime.PYTHON_3_12, handler: 'index.handler', code,
  environment: { 'A-1': 'v', 'LOG-LEVEL': 'info' },
});
worker.addAlias('2026');
const reporter = new lambda.Function(stack, 'Reporter', {
  runtime: lambda.Runtime.PYTHON_3_12, handler: 'index.handler', code,
  environment: { _A1: 'a', Z9: 'z' },
});
reporter.addAlias('release-2026_12');
const clicks = new kinesis.Stream(stack, 'Clicks', { streamName: 'click stream' });
new kinesis.StreamConsumer(stack, 'Reader', { stream: clicks, streamConsumerName: 'reader#1' });
const orders = new kinesis.Stream(stack, 'Orders', { streamName: 'orders.v2_stream-1' });
new kinesis.StreamConsumer(stack, 'OrdersReader', { stream: orders, streamConsumerName: 'orders.reader' });
new logs.LogGroup(stack, 'ApiLogs', { logGroupName: '/aws/lambda/orders api' });
new logs.LogGroup(stack, 'AppLogs', { logGroupName: '/app/orders#1.v2_x-y' });
app.synth();
