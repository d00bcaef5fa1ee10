// Conformance case 'error-dynamo-table-v2-import-no-stream': a DynamoEventSource on TableV2.fromTableName
// (an import without a stream ARN): the error names the import's path
// After aws-cdk: dynamo.test.ts 'fails if streaming not enabled on table', on an imported TableV2
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default', { env: { account: '123456789012', region: 'us-east-1' } });
// aws-cdk's test/test-function.ts
const fn = new lambda.Function(stack, 'Fn', {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_14_X,
});
const table = dynamodb.TableV2.fromTableName(stack, 'T', 'nostream');
fn.addEventSource(new sources.DynamoEventSource(table, { batchSize: 50, startingPosition: lambda.StartingPosition.LATEST }));

app.synth();
