// error: table.schema() of an index the table does not have
// (aws-dynamodb/test/dynamodb.test.ts, 'get scheama for unknown secondary index')
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const table = new dynamodb.Table(stack, 'Table A', { tableName: 'MyTable', partitionKey: { name: 'hashKey', type: dynamodb.AttributeType.STRING } });
table.schema('MyGSI');
app.synth();
