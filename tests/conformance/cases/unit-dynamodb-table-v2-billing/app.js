// Conformance case 'unit-dynamodb-table-v2-billing'
// Upstream: aws-dynamodb/test/table-v2.test.ts, Billing.provisioned with Capacity.fixed /
// Capacity.autoscaled (defaults and every option), Billing.onDemand(), with a global secondary
// index and a replica taking the table's capacities.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { region: 'us-west-2' } });
const partitionKey = { name: 'pk', type: dynamodb.AttributeType.STRING };
new dynamodb.TableV2(stack, 'Fixed', {
  partitionKey,
  billing: dynamodb.Billing.provisioned({
    readCapacity: dynamodb.Capacity.fixed(10), writeCapacity: dynamodb.Capacity.autoscaled({ maxCapacity: 20 }),
  }),
});
const scaled = new dynamodb.TableV2(stack, 'Scaled', {
  partitionKey,
  billing: dynamodb.Billing.provisioned({
    readCapacity: dynamodb.Capacity.autoscaled({ minCapacity: 2, maxCapacity: 50, seedCapacity: 5, targetUtilizationPercent: 60 }),
    writeCapacity: dynamodb.Capacity.autoscaled({ minCapacity: 3, maxCapacity: 30, targetUtilizationPercent: 80 }),
  }),
  globalSecondaryIndexes: [{ indexName: 'gsi', partitionKey: { name: 'gsi-pk', type: dynamodb.AttributeType.NUMBER } }],
  replicas: [{ region: 'us-east-1' }],
});
scaled.addGlobalSecondaryIndex({ indexName: 'gsi2', partitionKey: { name: 'gsi2-pk', type: dynamodb.AttributeType.STRING } });
new dynamodb.TableV2(stack, 'OnDemand', { partitionKey, billing: dynamodb.Billing.onDemand() });
app.synth();
