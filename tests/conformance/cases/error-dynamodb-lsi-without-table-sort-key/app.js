// error: a local secondary index on a table without a sort key (synth's validation)
// (aws-dynamodb/test/dynamodb.test.ts, secondary indexes)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const GSI_PK = { name: 'gsiHashKey', type: dynamodb.AttributeType.STRING };
const GSI_SK = { name: 'gsiSortKey', type: dynamodb.AttributeType.BINARY };
const t = new dynamodb.Table(stack, 'MyTable', { partitionKey: { name: 'hashKey', type: dynamodb.AttributeType.STRING } });
{
  t.addLocalSecondaryIndex({ indexName: 'MyLSI', sortKey: GSI_SK });
}
app.synth();
