// Conformance case 'unit-dynamodb-metrics-for-operations'
// Upstream: aws-dynamodb/test/dynamodb.test.ts, metricThrottledRequestsForOperations and
// metricSystemErrorsForOperations (all operations by default, a subset, options), in alarms; also
// on a TableV2.
'use strict';
const cdk = require('aws-cdk-lib');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const partitionKey = { name: 'id', type: dynamodb.AttributeType.STRING };
const table = new dynamodb.Table(stack, 'Table', { partitionKey });
const alarm = (id, metric) => new cloudwatch.Alarm(stack, id, { metric, threshold: 1, evaluationPeriods: 1 });
// all 14 operations: more than an alarm takes (see error-dynamodb-metric-for-operations-alarm); their ids as an output
new cdk.CfnOutput(stack, 'AllOperations', { value: table.metricThrottledRequestsForOperations().expression });
new cdk.CfnOutput(stack, 'AllErrors', { value: table.metricSystemErrorsForOperations().expression });
alarm('ThrottledSome', table.metricThrottledRequestsForOperations({
  operations: [dynamodb.Operation.GET_ITEM, dynamodb.Operation.PUT_ITEM], period: cdk.Duration.minutes(1), label: 'Each',
}));
alarm('ErrorsSome', table.metricSystemErrorsForOperations({ operations: [dynamodb.Operation.QUERY], statistic: 'max' }));
const v2 = new dynamodb.TableV2(stack, 'TableV2', { partitionKey });
alarm('V2Errors', v2.metricSystemErrorsForOperations({ operations: [dynamodb.Operation.SCAN, dynamodb.Operation.BATCH_WRITE_ITEM] }));
app.synth();
