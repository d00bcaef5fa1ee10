// Conformance case 'unit-dynamodb-schema'
// Upstream: aws-dynamodb/test/dynamodb.test.ts, 'schema details': table.schema() of a table with a
// hash key only, with hash + range key, of a global index with hash key, with hash + range key,
// of a local index, of several indexes (the keys as outputs: "name:type", or "-" for none).
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const TABLE_PARTITION_KEY = { name: 'hashKey', type: dynamodb.AttributeType.STRING };
const TABLE_SORT_KEY = { name: 'sortKey', type: dynamodb.AttributeType.NUMBER };
const out = (id, s) => new cdk.CfnOutput(stack, id, {
  value: [s.partitionKey, s.sortKey].map((k) => (k ? `${k.name}:${k.type}` : '-')).join(' '),
});

const a = new dynamodb.Table(stack, 'Table A', { tableName: 'MyTable', partitionKey: TABLE_PARTITION_KEY });
out('HashOnly', a.schema());
const b = new dynamodb.Table(stack, 'TableB', { tableName: 'MyTable', partitionKey: TABLE_PARTITION_KEY, sortKey: TABLE_SORT_KEY });
out('HashRange', b.schema());
a.addGlobalSecondaryIndex({ indexName: 'MyGSI', partitionKey: { name: 'gsiHashKey', type: dynamodb.AttributeType.STRING } });
out('GsiHash', a.schema('MyGSI'));
b.addGlobalSecondaryIndex({
  indexName: 'MyGSI', partitionKey: { name: 'gsiHashKey', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'gsiSortKey', type: dynamodb.AttributeType.BINARY },
});
out('GsiHashRange', b.schema('MyGSI'));
b.addLocalSecondaryIndex({ indexName: 'MyLSI', sortKey: { name: 'lsiSortKey', type: dynamodb.AttributeType.NUMBER } });
out('Lsi', b.schema('MyLSI'));
out('TableAfterIndexes', b.schema());
out('GsiAgain', b.schema('MyGSI'));
app.synth();
