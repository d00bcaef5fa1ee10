// error: metricSuccessfulRequestLatency without an Operation dimension (dynamodb.test.ts: "Using
// metricSuccessfulRequestLatency without the Operation dimension will fail")
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
table.metricSuccessfulRequestLatency({ dimensionsMap: { TableName: table.tableName } });
app.synth();
