// error: Capacity.autoscaled with targetUtilizationPercent below 20 (table-v2.test.ts, billing)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new dynamodb.TableV2(stack, 'Table', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  billing: dynamodb.Billing.provisioned({ readCapacity: dynamodb.Capacity.autoscaled({ maxCapacity: 10, targetUtilizationPercent: 10 }), writeCapacity: dynamodb.Capacity.autoscaled({ maxCapacity: 10 }) }),
});
app.synth();
