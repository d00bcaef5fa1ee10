// error: a sixth local secondary index (a RangeError)
// (aws-dynamodb/test/dynamodb.test.ts, secondary indexes)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const GSI_PK = { name: 'gsiHashKey', type: dynamodb.AttributeType.STRING };
const GSI_SK = { name: 'gsiSortKey', type: dynamodb.AttributeType.BINARY };
const t = new dynamodb.Table(stack, 'MyTable', { partitionKey: { name: 'hashKey', type: dynamodb.AttributeType.STRING }, sortKey: { name: 'sortKey', type: dynamodb.AttributeType.NUMBER } });
{
  for (let n = 0; n < 6; n++) t.addLocalSecondaryIndex({ indexName: `MyLSI${n}`, sortKey: { name: `lsiSortKey${n}`, type: dynamodb.AttributeType.NUMBER } });
}
app.synth();
