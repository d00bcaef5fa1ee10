// Conformance case 'dynamodb-table-v2-imports': TableV2.fromTableName / fromTableArn /
// fromTableAttributes in an environment-agnostic stack: grants (with and without index
// permissions, a stream read through a DynamoEventSource, grantTableListStreams), a key's grants,
// and metrics (the ARN's region, the stack's account).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kms = require('aws-cdk-lib/aws-kms');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
});

const byName = dynamodb.TableV2.fromTableName(stack, 'ByName', 'orders');
byName.grantReadData(fn);
const byArn = dynamodb.TableV2.fromTableArn(stack, 'ByArn', 'arn:aws:dynamodb:eu-central-1:123456789012:table/customers');
byArn.grantReadWriteData(fn);
byArn.grant(fn, 'dynamodb:Query');
const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab');
const withAttrs = dynamodb.TableV2.fromTableAttributes(stack, 'WithAttrs', {
  tableName: 'events',
  tableStreamArn: 'arn:aws:dynamodb:us-east-1:123456789012:table/events/stream/2024-01-01T00:00:00.000',
  encryptionKey: key,
  grantIndexPermissions: true,
});
withAttrs.grantWriteData(fn);
withAttrs.grantTableListStreams(fn);
fn.addEventSource(new sources.DynamoEventSource(withAttrs, { startingPosition: lambda.StartingPosition.LATEST }));

new cloudwatch.Alarm(stack, 'Throttles', {
  metric: byArn.metricThrottledRequestsForOperation('Query'),
  threshold: 1,
  evaluationPeriods: 1,
});
new cloudwatch.Alarm(stack, 'Consumed', {
  metric: byName.metricConsumedReadCapacityUnits(),
  threshold: 100,
  evaluationPeriods: 1,
});
new cdk.CfnOutput(stack, 'Names', { value: `${byName.tableName},${byArn.tableName},${withAttrs.tableArn}` });
app.synth();
