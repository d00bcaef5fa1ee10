// error: metricSystemErrors without an Operation dimension (dynamodb.test.ts: "Using
// metricSystemErrors without the Operation dimension will fail"; given as dimensionsMap, ccdk's
// metric options having no deprecated `dimensions`)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
table.metricSystemErrors({ dimensionsMap: { TableName: table.tableName } });
app.synth();
